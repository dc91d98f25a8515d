//! `products import|export` and `orders import|export`: the drivers that
//! connect a streaming source to a loader, and a snapshot to stdout.

use std::io::BufWriter;

use color_eyre::eyre::Result;
use futures_util::{StreamExt, pin_mut};

use crate::app;
use crate::cli::imports as requests;
use crate::cli::run::Context;
use crate::cli::{ExportFormat, OrderImportArgs, ProductImportArgs};
use crate::db::order_stream::Snapshot;
use crate::error::{AppError, Refusal};
use crate::import::report::Report;
use crate::import::{ImportOptions, source};
use crate::model::{Order, Product};
use crate::output::export::Exporter;
use crate::output::print_report;

pub(crate) async fn import_products(ctx: &Context, args: ProductImportArgs) -> Result<()> {
    let options = requests::products(&args, ctx.session.actor())?;
    let input = source::open(&args.args.file)?;
    let report = app::imports::products(&ctx.session, input, &options, &ctx.messages).await?;
    finish(ctx, "product", &report, &options)
}

pub(crate) async fn import_orders(ctx: &Context, args: OrderImportArgs) -> Result<()> {
    let options = requests::orders(&args, ctx.session.actor())?;
    let input = source::open(&args.args.file)?;
    let report = app::imports::orders(&ctx.session, input, &options, &ctx.messages).await?;
    finish(ctx, "order", &report, &options)?;
    let wrote = report.committed && report.inserted > 0;
    if wrote && !args.no_sync && ctx.session.config.meili.push_on_write {
        // The orders are committed and queued; pushing them is best effort.
        match app::imports::push_imported(&ctx.session).await {
            Ok(synced) => ctx
                .messages
                .info(format!("synced {} order(s) to the search index", synced.pushed())),
            Err(err) => ctx.messages.warn(format!(
                "the imported orders are queued but not in the search index yet ({err}); run \
                 `ecomctl sync` (or `ecomctl reindex` after a very large import)"
            )),
        }
    }
    Ok(())
}

/// Prints the report and decides the outcome: an atomic import with any
/// refused record wrote nothing and exits 4.
fn finish(
    ctx: &Context,
    what: &'static str,
    report: &Report,
    options: &ImportOptions,
) -> Result<()> {
    crate::telemetry::job::records(report.read);
    for error in &report.errors {
        ctx.messages.record_error(&error.message);
    }
    if report.unlisted_errors() > 0 {
        ctx.messages.prompt_text(format!(
            "… and {} more error(s) (--max-errors to list more)",
            report.unlisted_errors()
        ));
    }
    print_report(ctx.session.config.output, report)?;
    let stopped = if report.stopped_early {
        " (reading stopped at the first refused records; --dry-run checks the whole file)"
    } else {
        ""
    };
    let counts = format!(
        "read {}{stopped}, inserted {}, updated {}, skipped {}, failed {}",
        report.read, report.inserted, report.updated, report.skipped, report.failed
    );
    if report.failed > 0 && !options.skip_invalid {
        return Err(AppError::Rejected(Refusal::RecordsRefused {
            failed: report.failed,
            what,
            counts,
        })
        .into());
    }
    if report.read == 0 {
        ctx.messages.warn("the input holds no records");
    }
    let outcome = if options.dry_run { " (dry run: nothing was written)" } else { "" };
    ctx.messages.info(format!("{what}s: {counts}{outcome}"));
    Ok(())
}

pub(crate) async fn export_products(ctx: &Context, format: ExportFormat) -> Result<()> {
    let client = ctx.session.db().await?;
    let products = crate::db::products::stream_all(&**client).await?;
    pin_mut!(products);
    crate::output::escape_on_terminal(export_escape(format));
    let mut exporter = Exporter::new::<Product>(
        BufWriter::with_capacity(1 << 20, crate::output::Stdout::lock()),
        format,
    )?;
    while let Some(product) = products.next().await {
        exporter.write(&product?)?;
    }
    let count = exporter.finish()?;
    ctx.messages.info(format!("exported {count} product(s)"));
    Ok(())
}

pub(crate) async fn export_orders(ctx: &Context, format: ExportFormat) -> Result<()> {
    let snapshot = Snapshot::take(&ctx.session.config.database).await?;
    let mut orders = snapshot.stream().await?;
    crate::output::escape_on_terminal(export_escape(format));
    let mut exporter = Exporter::new::<Order>(
        BufWriter::with_capacity(1 << 20, crate::output::Stdout::lock()),
        format,
    )?;
    while let Some(order) = orders.next().await? {
        exporter.write(&order)?;
    }
    let count = exporter.finish()?;
    ctx.messages.info(format!("exported {count} order(s)"));
    Ok(())
}

/// How an export is escaped should stdout be a terminal.
fn export_escape(format: ExportFormat) -> crate::output::OnTerminal {
    match format {
        ExportFormat::Ndjson | ExportFormat::Json => crate::output::OnTerminal::Json,
        ExportFormat::Csv => crate::output::OnTerminal::Text,
    }
}
