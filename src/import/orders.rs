//! `orders import`: validate every record, stage everything by binary COPY
//! into a temporary table (lines as arrays, so one COPY stream carries both),
//! then do the work with set-based SQL in the same transaction
//! (`db/order_import.rs`): resolve product references, snapshot, check
//! totals and stock, insert orders and lines, take stock, enqueue in the
//! search outbox, record the import in history.

use std::collections::HashMap;
use std::sync::atomic::Ordering;

use color_eyre::eyre::Result;
use rust_decimal::Decimal;
use time::OffsetDateTime;
use tokio_postgres::types::ToSql;
use tokio_postgres::{Client, Transaction};

use super::ImportOptions;
use super::batch::{Parsed, Position};
use super::order_record::{ORDER_RECORDS, OrderRecord};
use super::report::{Rejects, Report, Taken};
use super::source::{Input, spawn_reader};
use crate::db;
use crate::db::ids::{IdPool, IdTable};
use crate::db::order_import;
use crate::error::{AppError, ImportShort, Refusal, Short};
use crate::report::{Bar, Job, Phases, Reporter};

/// `sequence` is a second connection: ids are reserved from the sequence while
/// the COPY occupies the first (sequences are not transactional).
pub(crate) async fn import(
    client: &mut Client,
    sequence: &Client,
    input: Input,
    options: &ImportOptions,
    reporter: &dyn Reporter,
) -> Result<Report> {
    let mut report = Report::new(options.max_errors);
    let mut rejects = Rejects::create(options.rejects.as_deref())?;
    let progress = reporter.progress(Job::Import { total_bytes: input.total_bytes });
    let bytes_read = input.bytes_read.clone();
    let mut phases = Phases::new(reporter);

    let tx = client.transaction().await?;
    let now = db::transaction_time(&tx).await?;
    // Boxed so that dropping it (without `finish`) really aborts the COPY.
    let mut writer = Box::pin(order_import::copy_in(&tx).await?);

    let mut in_array = false;
    let mut id_pool = IdPool::new(IdTable::Orders);
    let mut copying = true;
    let mut staged = order_import::Staged::default();
    let mut records =
        spawn_reader(input, options.format, options.delimiter, ORDER_RECORDS, rejects.wanted());
    while let Some(batch) = records.recv().await {
        let batch: Vec<Parsed<OrderRecord>> =
            batch.map_err(|problem| AppError::Rejected(Refusal::Input { problem }))?;
        // A batch holding a refused record ends an atomic import: nothing
        // of it is staged, and no id is drawn for it.
        if super::products::refusal_is_final(options) && batch.iter().any(|p| p.item.is_err()) {
            copying = false;
        }
        let need_ids = batch.iter().filter(|p| matches!(&p.item, Ok(r) if r.id.is_none())).count();
        if copying {
            id_pool.ensure(sequence, need_ids).await?;
        }
        for parsed in batch {
            in_array = matches!(parsed.at, Position::Record(_));
            let taken = report.take(parsed, &mut rejects, &mut copying, options.skip_invalid)?;
            let Some(Taken { record, at, raw }) = taken else { continue };
            // The raw record is kept (and staged) only for a rejects file.
            staged.explicit_ids |= record.id.is_some();
            let row = StagedRow::new(record, at, raw, now, &mut id_pool, options.no_stock);
            staged.external_refs |= row.external_ref.is_some();
            staged.mixed_refs |= row.mixed_refs;
            staged.given_totals |= row.total_given.is_some();
            writer.as_mut().write(&row.values()).await?;
        }
        progress.set(Bar::Read, bytes_read.load(Ordering::Relaxed));
        progress.count(report.read);
        if report.failed > 0 && super::products::refusal_is_final(options) {
            // Said only when there was more to read.
            report.stopped_early = records.recv().await.is_some();
            break;
        }
    }
    progress.finish();

    if report.failed > 0 && !options.skip_invalid {
        drop(writer);
        super::abandon(tx, rejects).await?;
        return Ok(report);
    }
    writer.as_mut().finish().await?;
    phases.done("read, validated and staged");

    let position = |n: i64| Position::new(n as u64, in_array);
    let (refused, skipped) =
        order_import::resolve(&tx, staged, &mut |phase| phases.done(phase)).await?;
    report.skipped = skipped;
    if !refused.is_empty() {
        let lines: Vec<i64> = refused.iter().map(|(line, _)| *line).collect();
        if rejects.wanted() {
            for raw in order_import::raw_records(&tx, &lines).await? {
                rejects.write(&raw)?;
            }
        }
        for (line, message) in &refused {
            report.fail(position(*line), message.clone());
        }
        if !options.skip_invalid {
            super::abandon(tx, rejects).await?;
            return Ok(report);
        }
        order_import::remove(&tx, &lines).await?;
    }
    let shortages =
        check_and_take_stock(&tx, options, &mut report, &mut rejects, &position).await?;
    phases.done("checked and took stock");
    if let Some(refusal) = shortages {
        super::abandon(tx, rejects).await?;
        return Err(AppError::Rejected(refusal).into());
    }
    report.inserted =
        order_import::write(&tx, options.no_stock, &options.source, &options.actor, &mut |phase| {
            phases.done(phase)
        })
        .await?;
    super::conclude(tx, rejects, &mut report, options, IdTable::Orders).await?;
    Ok(report)
}

/// Takes the stock the staged orders want (locking the products). Atomic:
/// a shortage refuses the whole import, naming the products short, and
/// takes nothing. With --skip-invalid: orders are accepted in input order
/// while they fit, and take their stock; the others are refused.
async fn check_and_take_stock(
    tx: &Transaction<'_>,
    options: &ImportOptions,
    report: &mut Report,
    rejects: &mut Rejects,
    position: &dyn Fn(i64) -> Position,
) -> Result<Option<Refusal>> {
    if options.no_stock || order_import::take_stock_if_enough(tx).await? {
        return Ok(None);
    }
    // Some product is short: which, and (with --skip-invalid) whose orders.
    let shortages = order_import::lock_products_and_find_shortages(tx).await?;
    if shortages.is_empty() {
        // Stock came back between the two statements.
        order_import::take_stock(tx).await?;
        return Ok(None);
    }
    if !options.skip_invalid {
        let first = shortages
            .iter()
            .take(20)
            .map(|s| ImportShort { sku: s.sku.clone(), needs: s.wanted, available: s.stock })
            .collect();
        return Ok(Some(Refusal::ImportStock { products: shortages.len(), first }));
    }
    // Greedy in input order over the orders that touch a short product,
    // one order at a time as their lines stream in (memory: the short
    // products and the refused positions, whatever the file's size).
    let mut available: HashMap<i64, i64> =
        shortages.iter().map(|s| (s.product_id, s.stock)).collect();
    let sku: HashMap<i64, &str> =
        shortages.iter().map(|s| (s.product_id, s.sku.as_str())).collect();
    let short_ids: Vec<i64> = available.keys().copied().collect();
    let mut refused: Vec<i64> = Vec::new();
    let mut decide = |line: i64, lines: &[(i64, i64)], report: &mut Report| {
        if lines.iter().all(|(product, qty)| available[product] >= *qty) {
            for (product, qty) in lines {
                *available.get_mut(product).expect("a short product") -= qty;
            }
            return;
        }
        let short: Vec<Short> = lines
            .iter()
            .filter(|(product, qty)| available[product] < *qty)
            .map(|(product, qty)| Short {
                sku: sku[product].to_owned(),
                requested: *qty,
                available: available[product],
            })
            .collect();
        // The same words as an order refused for stock on its own.
        report.fail(position(line), Refusal::Stock { short }.to_string());
        refused.push(line);
    };
    let rows = order_import::lines_taking_from(tx, &short_ids).await?;
    futures_util::pin_mut!(rows);
    let mut order: Vec<(i64, i64)> = Vec::new();
    let mut current: Option<i64> = None;
    while let Some(row) = futures_util::StreamExt::next(&mut rows).await {
        let (line, product, quantity) = row?;
        if let Some(previous) = current.filter(|c| *c != line) {
            decide(previous, &order, report);
            order.clear();
        }
        current = Some(line);
        order.push((product, quantity));
    }
    if let Some(line) = current {
        decide(line, &order, report);
    }
    if rejects.wanted() {
        for raw in order_import::raw_records(tx, &refused).await? {
            rejects.write(&raw)?;
        }
    }
    order_import::refuse_for_stock(tx, &refused).await?;
    order_import::take_stock(tx).await?;
    Ok(None)
}

/// One staged row, owning its column values.
struct StagedRow {
    line: i64,
    id: i64,
    external_ref: Option<String>,
    customer_email: String,
    state: &'static str,
    created_at: OffsetDateTime,
    updated_at: OffsetDateTime,
    closed_at: Option<OffsetDateTime>,
    total_given: Option<Decimal>,
    takes_stock: bool,
    /// Names products both by id and by SKU (so may name one twice).
    mixed_refs: bool,
    raw: Option<Box<str>>,
    ref_ids: Vec<Option<i64>>,
    ref_skus: Vec<Option<String>>,
    snap_skus: Vec<Option<String>>,
    snap_names: Vec<Option<String>>,
    snap_descriptions: Vec<Option<String>>,
    snap_prices: Vec<Option<Decimal>>,
    quantities: Vec<i32>,
}

impl StagedRow {
    fn new(
        record: OrderRecord,
        at: Position,
        raw: Option<Box<str>>,
        now: OffsetDateTime,
        ids: &mut IdPool,
        no_stock: bool,
    ) -> Self {
        let created_at = record.created_at.unwrap_or(now);
        let updated_at = record.updated_at.unwrap_or(created_at);
        // A closed order without a closing time closed when it was last updated.
        let closed_at = if record.state.is_closed() {
            Some(record.closed_at.unwrap_or(updated_at))
        } else {
            None
        };
        let n = record.items.len();
        let mut row = StagedRow {
            line: at.number() as i64,
            id: record.id.unwrap_or_else(|| ids.next()),
            external_ref: record.external_ref.map(|r| r.as_str().to_owned()),
            customer_email: record.customer_email.as_str().to_owned(),
            state: record.state.as_str(),
            created_at,
            updated_at,
            closed_at,
            total_given: record.total_price,
            takes_stock: !no_stock && record.state.holds_stock(),
            mixed_refs: false,
            raw,
            ref_ids: Vec::with_capacity(n),
            ref_skus: Vec::with_capacity(n),
            snap_skus: Vec::with_capacity(n),
            snap_names: Vec::with_capacity(n),
            snap_descriptions: Vec::with_capacity(n),
            snap_prices: Vec::with_capacity(n),
            quantities: Vec::with_capacity(n),
        };
        for item in record.items {
            row.ref_ids.push(item.ref_id);
            row.ref_skus.push(item.ref_sku.map(|s| s.as_str().to_owned()));
            match item.snapshot {
                Some(s) => {
                    row.snap_skus.push(Some(s.sku));
                    row.snap_names.push(Some(s.name));
                    row.snap_descriptions.push(s.description);
                    row.snap_prices.push(Some(s.price));
                }
                None => {
                    row.snap_skus.push(None);
                    row.snap_names.push(None);
                    row.snap_descriptions.push(None);
                    row.snap_prices.push(None);
                }
            }
            row.quantities.push(item.quantity.get());
        }
        row.mixed_refs =
            row.ref_ids.iter().any(Option::is_some) && row.ref_skus.iter().any(Option::is_some);
        row
    }

    fn values(&self) -> Vec<&(dyn ToSql + Sync)> {
        vec![
            &self.line,
            &self.id,
            &self.external_ref,
            &self.customer_email,
            &self.state,
            &self.created_at,
            &self.updated_at,
            &self.closed_at,
            &self.total_given,
            &self.takes_stock,
            &self.mixed_refs,
            &self.raw,
            &self.ref_ids,
            &self.ref_skus,
            &self.snap_skus,
            &self.snap_names,
            &self.snap_descriptions,
            &self.snap_prices,
            &self.quantities,
        ]
    }
}
