//! `products import|export` and `orders import|export`: the drivers that
//! connect a streaming source to a loader, and a snapshot to stdout.

use std::io::{BufWriter, Write};

use color_eyre::eyre::{Result, WrapErr};
use futures_util::{StreamExt, pin_mut};
use serde::Serialize;

use super::Context;
use crate::cli::{ExportFormat, ImportArgs, OnConflict};
use crate::db::order_stream::Snapshot;
use crate::db::products::{COLUMNS, Product};
use crate::error::AppError;
use crate::import::report::Report;
use crate::import::{self, ImportOptions, source};
use crate::output::print_report;
use crate::search::sync::sync_all;

/// What an import that failed part-way left behind: it is one transaction.
const NOT_COMMITTED: &str = "the import was not committed: nothing was written";

fn options(
    ctx: &Context,
    args: &ImportArgs,
    on_conflict: OnConflict,
    no_stock: bool,
) -> ImportOptions {
    ImportOptions {
        format: args.format,
        on_conflict,
        skip_invalid: args.skip_invalid,
        rejects: args.rejects.clone(),
        dry_run: args.dry_run,
        max_errors: args.max_errors,
        progress: ctx.config.progress,
        no_stock,
        verbose: ctx.config.verbose > 0 && !ctx.config.quiet,
    }
}

pub(crate) async fn import_products(
    ctx: &Context,
    args: ImportArgs,
    on_conflict: OnConflict,
) -> Result<()> {
    let options = options(ctx, &args, on_conflict, false);
    let input = source::open(&args.file)?;
    let mut client = ctx.db().await?;
    let sequence = ctx.db().await?;
    let report = import::products::import(&mut client, &sequence, input, &options)
        .await
        .wrap_err(NOT_COMMITTED)?;
    finish(ctx, "product", &report, &options)
}

pub(crate) async fn import_orders(
    ctx: &Context,
    args: ImportArgs,
    no_stock: bool,
    no_sync: bool,
) -> Result<()> {
    let options = options(ctx, &args, OnConflict::Error, no_stock);
    let input = source::open(&args.file)?;
    let mut client = ctx.db().await?;
    let sequence = ctx.db().await?;
    let report = import::orders::import(&mut client, &sequence, input, &options)
        .await
        .wrap_err(NOT_COMMITTED)?;
    let outcome = finish(ctx, "order", &report, &options);
    let wrote = report.committed && report.inserted > 0;
    if outcome.is_ok() && wrote && !no_sync && ctx.config.meili.push_on_write {
        // The orders are committed and queued; pushing them is best effort.
        let pushed = async {
            let meili = ctx.meili()?;
            let limit = ctx.config.meili.wait_timeout;
            sync_all(&client, &meili, 10_000, limit, |_| {}, |_| {}).await
        };
        match pushed.await {
            Ok(synced) => ctx.messages.info(format!("synced {} order(s) to the search index", synced.pushed())),
            Err(err) => ctx.messages.warn(format!(
                "the imported orders are queued but not in the search index yet ({err}); run `ecomctl sync` \
                 (or `ecomctl reindex` after a very large import)"
            )),
        }
    }
    outcome
}

/// Prints the report and decides the outcome: an atomic import with any
/// refused record wrote nothing and exits 4.
fn finish(ctx: &Context, what: &str, report: &Report, options: &ImportOptions) -> Result<()> {
    for error in &report.errors {
        eprintln!("error: {}", error.message);
    }
    if report.unlisted_errors() > 0 {
        eprintln!("… and {} more error(s) (--max-errors to list more)", report.unlisted_errors());
    }
    print_report(ctx.config.output, report)?;
    let counts = format!(
        "read {}, inserted {}, updated {}, skipped {}, failed {}",
        report.read, report.inserted, report.updated, report.skipped, report.failed
    );
    if report.failed > 0 && !options.skip_invalid {
        return Err(AppError::rejected(format!(
            "{} {what} record(s) refused ({counts}): nothing was imported; fix them, or use --skip-invalid \
             to import the valid ones",
            report.failed
        ))
        .into());
    }
    if report.read == 0 {
        ctx.messages.warn("the input holds no records");
    }
    let outcome = if options.dry_run { " (dry run: nothing was written)" } else { "" };
    ctx.messages.info(format!("{what}s: {counts}{outcome}"));
    Ok(())
}

/// Writes NDJSON lines or one JSON array, streaming.
struct Exporter<W: Write> {
    out: W,
    format: ExportFormat,
    count: u64,
}

impl<W: Write> Exporter<W> {
    fn new(mut out: W, format: ExportFormat) -> std::io::Result<Self> {
        if format == ExportFormat::Json {
            out.write_all(b"[")?;
        }
        Ok(Exporter { out, format, count: 0 })
    }

    fn write<T: Serialize>(&mut self, value: &T) -> Result<()> {
        match self.format {
            ExportFormat::Ndjson => {
                serde_json::to_writer(&mut self.out, value)?;
                self.out.write_all(b"\n")?;
            }
            ExportFormat::Json => {
                self.out.write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
                serde_json::to_writer(&mut self.out, value)?;
            }
        }
        self.count += 1;
        Ok(())
    }

    fn finish(mut self) -> std::io::Result<u64> {
        if self.format == ExportFormat::Json {
            self.out.write_all(if self.count == 0 { b"]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.count)
    }
}

pub(crate) async fn export_products(ctx: &Context, format: ExportFormat) -> Result<()> {
    let client = ctx.db().await?;
    let rows = client
        .query_raw(
            &format!("SELECT {COLUMNS} FROM products ORDER BY id"),
            std::iter::empty::<i64>(),
        )
        .await?;
    pin_mut!(rows);
    let mut exporter =
        Exporter::new(BufWriter::with_capacity(1 << 20, crate::output::Stdout::lock()), format)?;
    while let Some(row) = rows.next().await {
        exporter.write(&Product::from_row(&row?))?;
    }
    let count = exporter.finish()?;
    ctx.messages.info(format!("exported {count} product(s)"));
    Ok(())
}

pub(crate) async fn export_orders(ctx: &Context, format: ExportFormat) -> Result<()> {
    let snapshot = Snapshot::take(&ctx.config.database).await?;
    let mut orders = snapshot.stream().await?;
    let mut exporter =
        Exporter::new(BufWriter::with_capacity(1 << 20, crate::output::Stdout::lock()), format)?;
    while let Some(order) = orders.next().await? {
        exporter.write(&order)?;
    }
    let count = exporter.finish()?;
    ctx.messages.info(format!("exported {count} order(s)"));
    Ok(())
}
