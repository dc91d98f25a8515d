//! `ecomctl search`: free text and filters over the order index. The query
//! is `search::query`, the rendering `output::search`.

use std::io::IsTerminal;

use color_eyre::eyre::Result;

use crate::cli::SearchArgs;
use crate::cli::run::Context;
use crate::domain::{ColorChoice, OutputFormat};
use crate::search::query::SearchRequest;

pub(crate) async fn run(ctx: &Context, args: SearchArgs) -> Result<()> {
    search(ctx, &crate::cli::search::request::search(args)?).await
}

/// Runs a search and prints the hits (and facets).
pub(crate) async fn search(ctx: &Context, request: &SearchRequest) -> Result<()> {
    let highlight = ctx.session.config.output == OutputFormat::Table && stdout_color(ctx);
    let meili = ctx.session.meili()?;
    let results = request.run(&meili, highlight).await?;
    crate::output::search::print_results(
        ctx.session.config.output,
        &request.text,
        &results,
        highlight,
    )?;
    if ctx.session.config.output == OutputFormat::Table {
        let total = results.estimated_total_hits.unwrap_or(results.hits.len());
        ctx.messages.info(format!(
            "{} of about {total} hit(s), page {} ({} ms)",
            results.hits.len(),
            request.page,
            results.processing_time_ms
        ));
    }
    Ok(())
}

/// Whether stdout gets colour: `--color`, else a terminal and colour on stderr.
fn stdout_color(ctx: &Context) -> bool {
    match ctx.session.config.color_choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => ctx.session.config.color && std::io::stdout().is_terminal(),
    }
}
