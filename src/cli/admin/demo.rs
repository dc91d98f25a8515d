//! `ecomctl demo`: load the embedded sample catalogue and orders, reindex,
//! and show what search looks like — a newcomer's first command.

use color_eyre::Report;
use color_eyre::eyre::Result;

use crate::app;
use crate::cli::run::Context;
use crate::error::{AppError, Refusal};
use crate::search::filter::SearchFilters;
use crate::search::query::SearchRequest;

pub(crate) async fn run(ctx: &Context, force: bool) -> Result<()> {
    let loaded = app::demo::load(&ctx.session, force).await?;
    if loaded.migrations > 0 {
        ctx.messages.info(format!("applied {} migration(s)", loaded.migrations));
    }
    ctx.messages.info(format!(
        "loaded {} product(s) and {} order(s) ({} already there)",
        loaded.products.inserted,
        loaded.orders.inserted,
        loaded.products.skipped + loaded.orders.skipped
    ));
    let meili = ctx.session.meili()?;
    let reindexed = app::reindex::reindex(&ctx.session, &meili, 10_000, false).await;
    let reindexed = match reindexed {
        Ok(reindexed) => reindexed,
        Err(err) => match search_later(&err) {
            // The data is what matters; search can come later.
            Some(first) => {
                // Meilisearch's own messages end with a full stop; ours go on.
                let why = err.to_string();
                let why = why.trim_end_matches('.');
                ctx.messages.warn(format!(
                    "search was skipped: {why}. The data is loaded; {first}, then run `ecomctl reindex`"
                ));
                return Ok(());
            }
            None => return Err(err),
        },
    };
    ctx.messages.info(format!(
        "indexed {} order(s) into {} in {:.1}s\n\nsearch \"lamp\", with the orders per state:",
        reindexed.documents, reindexed.index, reindexed.seconds
    ));
    let search = SearchRequest {
        text: "lamp".into(),
        filters: SearchFilters::default(),
        sort: vec!["created_at_ts:desc".into()],
        limit: 10,
        page: 1,
        facets: true,
    };
    crate::cli::search::run::search(ctx, &search).await?;
    ctx.messages
        .info("try: ecomctl search <words> --state SHIPPED --facets    (ecomctl search --help)");
    Ok(())
}

/// What to do before `ecomctl reindex` when search failed for a reason that
/// leaves the loaded data as it is.
fn search_later(err: &Report) -> Option<&'static str> {
    match AppError::find(err)? {
        AppError::Unavailable { .. } | AppError::TimedOut { .. } => {
            Some("start Meilisearch (`docker compose up -d meilisearch`)")
        }
        AppError::Rejected(Refusal::MeiliKey { .. }) => Some(
            "give its key (--meili-key or MEILI_API_KEY; docker compose's is in .env.example: \
             `cp .env.example .env`)",
        ),
        _ => None,
    }
}
