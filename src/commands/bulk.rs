//! `products import|export` and `orders import|export`: the drivers that
//! connect a streaming source to a loader, and a snapshot to stdout.

use std::io::{BufWriter, Write};

use color_eyre::eyre::{Result, WrapErr};
use futures_util::{StreamExt, pin_mut};
use serde::Serialize;

use super::Context;
use crate::cli::{ExportFormat, ImportArgs, OnConflict};
use crate::db::order_stream::Snapshot;
use crate::db::orders::Order;
use crate::db::products::Product;
use crate::error::AppError;
use crate::import::report::Report;
use crate::import::{self, ImportOptions, source};
use crate::output::csv::CsvRow;
use crate::output::print_report;
use crate::requests::imports as requests;
use crate::search::sync::sync_all;

/// What an import that failed part-way left behind: it is one transaction.
const NOT_COMMITTED: &str = "the import was not committed: nothing was written";

pub(crate) async fn import_products(
    ctx: &Context,
    args: ImportArgs,
    on_conflict: OnConflict,
) -> Result<()> {
    let options = requests::products(&args, on_conflict, &ctx.config, ctx.actor())?;
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
    let options = requests::orders(&args, no_stock, &ctx.config, ctx.actor())?;
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
        ctx.messages.record_error(&error.message);
    }
    if report.unlisted_errors() > 0 {
        ctx.messages.prompt_text(format!(
            "… and {} more error(s) (--max-errors to list more)",
            report.unlisted_errors()
        ));
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
    sink: Sink<W>,
    count: u64,
}

enum Sink<W: Write> {
    Ndjson(W),
    Json(W),
    Csv(Box<csv::Writer<W>>),
}

impl<W: Write> Exporter<W> {
    fn new<T: CsvExport>(mut out: W, format: ExportFormat) -> Result<Self> {
        let sink = match format {
            ExportFormat::Ndjson => Sink::Ndjson(out),
            ExportFormat::Json => {
                out.write_all(b"[")?;
                Sink::Json(out)
            }
            ExportFormat::Csv => {
                let mut csv = csv::Writer::from_writer(out);
                csv.write_record(T::EXPORT_HEADER)?;
                Sink::Csv(Box::new(csv))
            }
        };
        Ok(Exporter { sink, count: 0 })
    }

    fn write<T: Serialize + CsvExport>(&mut self, value: &T) -> Result<()> {
        match &mut self.sink {
            Sink::Ndjson(out) => {
                serde_json::to_writer(&mut *out, value)?;
                out.write_all(b"\n")?;
            }
            Sink::Json(out) => {
                out.write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
                serde_json::to_writer(&mut *out, value)?;
            }
            Sink::Csv(csv) => {
                for row in value.export_rows() {
                    crate::output::csv::write_guarded(csv, &row)?;
                }
            }
        }
        self.count += 1;
        Ok(())
    }

    fn finish(self) -> Result<u64> {
        match self.sink {
            Sink::Ndjson(mut out) => out.flush()?,
            Sink::Json(mut out) => {
                out.write_all(if self.count == 0 { b"]\n" } else { b"\n]\n" })?;
                out.flush()?;
            }
            Sink::Csv(mut csv) => csv.flush()?,
        }
        Ok(self.count)
    }
}

/// Rows of a CSV export: a product is one row, an order one row per line.
trait CsvExport {
    const EXPORT_HEADER: &'static [&'static str];
    fn export_rows(&self) -> Vec<Vec<String>>;
}

impl CsvExport for Product {
    const EXPORT_HEADER: &'static [&'static str] = <Product as CsvRow>::HEADER;

    fn export_rows(&self) -> Vec<Vec<String>> {
        vec![self.csv_row()]
    }
}

impl CsvExport for Order {
    const EXPORT_HEADER: &'static [&'static str] = &[
        "order_id",
        "external_ref",
        "customer_email",
        "state",
        "total_price",
        "created_at",
        "updated_at",
        "closed_at",
        "product_id",
        "product_sku",
        "product_name",
        "product_description",
        "product_price",
        "quantity",
    ];

    fn export_rows(&self) -> Vec<Vec<String>> {
        // The order columns of the list row, without its item summary.
        let order: Vec<String> = self.csv_row().into_iter().take(8).collect();
        if self.items.is_empty() {
            return vec![order.into_iter().chain(std::iter::repeat_n(String::new(), 6)).collect()];
        }
        self.items
            .iter()
            .map(|item| {
                let line = [
                    item.product_id.map(|id| id.to_string()).unwrap_or_default(),
                    item.product_sku.clone(),
                    item.product_name.clone(),
                    item.product_description.clone().unwrap_or_default(),
                    format!("{:.2}", item.product_price),
                    item.quantity.to_string(),
                ];
                order.iter().cloned().chain(line).collect()
            })
            .collect()
    }
}

pub(crate) async fn export_products(ctx: &Context, format: ExportFormat) -> Result<()> {
    let client = ctx.db().await?;
    let products = crate::db::products::stream_all(&**client).await?;
    pin_mut!(products);
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
    let snapshot = Snapshot::take(&ctx.config.database).await?;
    let mut orders = snapshot.stream().await?;
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
