//! `products import`: validate every record, then load.
//!
//! The default (atomic, `--on-conflict error`) streams valid records by
//! binary COPY straight into `products` inside one transaction: the fastest
//! path, and all-or-nothing (a duplicate SKU aborts the COPY and nothing is
//! written). The other modes COPY into a temporary staging table and merge
//! with set-based SQL (duplicates within the file, conflicts with existing
//! products, updates, skips).

use std::sync::atomic::Ordering;

use color_eyre::eyre::Result;
use rust_decimal::Decimal;
use time::OffsetDateTime;
use tokio_postgres::Client;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::ToSql;

use super::batch::{Parsed, Position, RecordKind};
use super::record::{Record, field_error};
use super::report::{Rejects, Report, Taken};
use super::source::{Input, spawn_reader};
use super::{ImportOptions, OnConflict};
use crate::db::ids::{IdPool, IdTable, WrittenIds};
use crate::db::{self, history, product_import};
use crate::domain::{Email, Money, OptionalText, RequiredText, Sku, Stock};
use crate::error::{AppError, Refusal};
use crate::report::{Bar, Job, Reporter};

/// One valid product record.
pub(crate) struct ProductRecord {
    id: Option<i64>,
    sku: Sku,
    name: RequiredText,
    description: OptionalText,
    manufacturer: OptionalText,
    stocked_at: OptionalText,
    seller_email: Email,
    price: Money,
    stock: Stock,
    created_at: Option<OffsetDateTime>,
    updated_at: Option<OffsetDateTime>,
    /// Which optional fields the record names (see `Given`): an upsert
    /// changes only those.
    given: i32,
}

/// Bits of `ProductRecord::given`. A field present with `null` counts as
/// given (it clears an optional text); `stock: null` does not (stock cannot
/// be cleared, so it is kept).
struct Given;

impl Given {
    const DESCRIPTION: i32 = 1;
    const MANUFACTURER: i32 = 2;
    const STOCKED_AT: i32 = 4;
    const STOCK: i32 = 8;

    fn of(record: &Record) -> Result<i32, String> {
        let mut given = 0;
        for (name, bit) in [
            ("description", Given::DESCRIPTION),
            ("manufacturer", Given::MANUFACTURER),
            ("stocked_at", Given::STOCKED_AT),
        ] {
            if record.has(name) {
                given |= bit;
            }
        }
        if record.int("stock")?.is_some() {
            given |= Given::STOCK;
        }
        Ok(given)
    }
}

/// What a product record may hold and how it is checked.
pub(crate) const PRODUCT_RECORDS: RecordKind<ProductRecord> =
    RecordKind { fields: &crate::model::Product::NAMES, validate };

fn validate(record: &Record) -> Result<ProductRecord, String> {
    let optional = |name: &str| -> Result<OptionalText, String> {
        let parse = |s: &str| {
            if name == "description" {
                OptionalText::parse_multiline(name, s)
            } else {
                OptionalText::parse(name, s)
            }
        };
        Ok(record.parse(name, parse)?.unwrap_or_else(OptionalText::none))
    };
    let id = record.id("id")?;
    let sku = record.required("sku", Sku::parse)?;
    let name = record.required("name", |s| RequiredText::parse("name", s))?;
    let price = record
        .number("price", Money::from_json_text)?
        .ok_or_else(|| field_error("price", "is required"))?;
    Ok(ProductRecord {
        id,
        sku,
        name,
        price,
        description: optional("description")?,
        manufacturer: optional("manufacturer")?,
        stocked_at: optional("stocked_at")?,
        seller_email: record.required("seller_email", Email::parse)?,
        stock: match record.int("stock")? {
            Some(n) => Stock::new(n).map_err(|e| field_error("stock", e))?,
            None => Stock::ZERO,
        },
        created_at: record.time("created_at")?,
        updated_at: record.time("updated_at")?,
        given: Given::of(record)?,
    })
}

/// `sequence` is a second connection: ids are reserved from the sequence while
/// the COPY occupies the first (sequences are not transactional).
pub(crate) async fn import(
    client: &mut Client,
    sequence: &Client,
    input: Input,
    options: &ImportOptions,
    reporter: &dyn Reporter,
) -> Result<Report> {
    let staged =
        options.on_conflict != OnConflict::Error || options.skip_invalid || options.dry_run;
    let mut report = Report::new(options.max_errors);
    let mut rejects = Rejects::create(options.rejects.as_deref())?;
    let progress = reporter.progress(Job::Import { total_bytes: input.total_bytes });
    let bytes_read = input.bytes_read.clone();

    let tx = client.transaction().await?;
    let now = db::transaction_time(&tx).await?;
    // Boxed so that dropping it (without `finish`) really aborts the COPY.
    let mut writer = Box::pin(product_import::copy_in(&tx, staged).await?);

    // Row number in the COPY → input position, to place a COPY error.
    let mut positions = RowPositions::default();
    let mut id_pool = IdPool::new(IdTable::Products);
    // The ids written by the direct COPY, for the import's history event.
    let mut written_ids = WrittenIds::default();
    let mut copying = true;
    // The direct COPY is finished and started again every `COPY_CHUNK`
    // rows: PostgreSQL reports a row it refuses (a SKU already there) only
    // when a COPY ends, and the refusal must stop the read early, not after
    // the whole file. Rows of the COPYs already finished:
    let mut copied: u64 = 0;
    // A COPY that failed while rows were being sent (e.g. a duplicate SKU).
    let mut copy_failed: Option<tokio_postgres::Error> = None;
    let mut records =
        spawn_reader(input, options.format, options.delimiter, PRODUCT_RECORDS, rejects.wanted());
    'read: while let Some(batch) = records.recv().await {
        let batch: Vec<Parsed<ProductRecord>> =
            batch.map_err(|problem| AppError::Rejected(Refusal::Input { problem }))?;
        // A batch holding a refused record ends an atomic import: nothing
        // of it is written, and no id is drawn for it.
        if refusal_is_final(options) && batch.iter().any(|p| p.item.is_err()) {
            copying = false;
        }
        let need_ids = batch.iter().filter(|p| matches!(&p.item, Ok(r) if r.id.is_none())).count();
        if copying && !staged {
            id_pool.ensure(sequence, need_ids).await?;
        }
        for parsed in batch {
            let taken = report.take(parsed, &mut rejects, &mut copying, options.skip_invalid)?;
            let Some(Taken { record, at, raw }) = taken else { continue };
            let id = if staged {
                record.id
            } else {
                let id = record.id.unwrap_or_else(|| id_pool.next());
                written_ids.push(id);
                Some(id)
            };
            let (sku, name, seller_email) =
                (record.sku.as_str(), record.name.as_str(), record.seller_email.as_str());
            let description = record.description.as_deref();
            let manufacturer = record.manufacturer.as_deref();
            let stocked_at = record.stocked_at.as_deref();
            let price: Decimal = record.price.decimal();
            let stock = record.stock.get();
            let created_at = record.created_at.unwrap_or(now);
            let updated_at = record.updated_at.unwrap_or(created_at);
            let line = at.number() as i64;
            let raw = raw.as_deref();
            let given = record.given;
            let mut row: Vec<&(dyn ToSql + Sync)> = vec![
                &id,
                &sku,
                &name,
                &description,
                &manufacturer,
                &stocked_at,
                &seller_email,
                &price,
                &stock,
                &created_at,
                &updated_at,
            ];
            if staged {
                row.push(&line);
                row.push(&raw);
                row.push(&given);
            }
            positions.push(at);
            if let Err(err) = writer.as_mut().write(&row).await {
                copy_failed = Some(err);
                break 'read;
            }
        }
        progress.set(Bar::Read, bytes_read.load(Ordering::Relaxed));
        progress.count(report.read);
        if report.failed > 0 && refusal_is_final(options) {
            // Said only when there was more to read.
            report.stopped_early = records.recv().await.is_some();
            break;
        }
        if !staged && positions.rows - copied >= COPY_CHUNK {
            match writer.as_mut().finish().await {
                Ok(n) => copied += n,
                Err(err) => {
                    copy_failed = Some(err);
                    break;
                }
            }
            writer = Box::pin(product_import::copy_in(&tx, false).await?);
        }
    }
    progress.finish();

    if report.failed > 0 && !options.skip_invalid {
        // Dropping the writer without finishing aborts the COPY.
        drop(writer);
        super::abandon(tx, rejects).await?;
        return Ok(report);
    }
    drop(records);
    let finished = match copy_failed {
        Some(err) => Err(err),
        None => writer.as_mut().finish().await,
    };
    let copied = match finished {
        Ok(n) => copied + n,
        Err(err) => {
            let message = copy_error(&err);
            let position = copy_row(&err).and_then(|row| positions.get(copied + row as u64));
            super::abandon(tx, rejects).await?;
            match (message, position) {
                (Some(message), Some(at)) => {
                    report.fail(at, message);
                    return Ok(report);
                }
                _ => return Err(err.into()),
            }
        }
    };

    if staged {
        let in_array = positions.in_array();
        merge_staged(&tx, options, &mut report, &mut rejects, in_array).await?;
    } else {
        report.inserted = copied;
        history::record_product_import(&tx, &written_ids, &options.source, &options.actor).await?;
    }
    super::conclude(tx, rejects, &mut report, options, IdTable::Products).await?;
    Ok(report)
}

/// Rows per direct COPY (see `import`): a refusal by PostgreSQL is known
/// within this many rows; each new COPY costs one round trip.
const COPY_CHUNK: u64 = 50_000;

/// Whether the first refused record decides the outcome: an atomic import
/// (neither `--skip-invalid` nor `--dry-run`, which report every record).
pub(super) fn refusal_is_final(options: &ImportOptions) -> bool {
    !options.skip_invalid && !options.dry_run
}

/// Maps a COPY row number (1-based) back to the input position, in memory
/// proportional to the number of gaps (blank NDJSON lines), not to the number
/// of rows: rows are consecutive records, so only the points where the offset
/// between row and position changes are kept.
#[derive(Default)]
struct RowPositions {
    rows: u64,
    /// (first row with this offset, position number − row, array input)
    anchors: Vec<(u64, i64, bool)>,
}

impl RowPositions {
    fn push(&mut self, at: Position) {
        self.rows += 1;
        let offset = at.number() as i64 - self.rows as i64;
        let in_array = matches!(at, Position::Record(_));
        if self.anchors.last().is_none_or(|(_, last, _)| *last != offset) {
            self.anchors.push((self.rows, offset, in_array));
        }
    }

    fn get(&self, row: u64) -> Option<Position> {
        if row == 0 || row > self.rows {
            return None;
        }
        let (_, offset, in_array) =
            self.anchors.iter().rev().find(|(first, _, _)| *first <= row)?;
        let number = (row as i64 + offset) as u64;
        Some(Position::new(number, *in_array))
    }

    fn in_array(&self) -> bool {
        self.anchors.first().is_some_and(|(_, _, in_array)| *in_array)
    }
}

/// The 1-based row of a COPY error ("COPY products, line 12").
fn copy_row(err: &tokio_postgres::Error) -> Option<usize> {
    let context = err.as_db_error()?.where_()?;
    let rest = &context[context.find("line ")? + 5..];
    rest.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

/// A readable message for a COPY failure caused by the data.
fn copy_error(err: &tokio_postgres::Error) -> Option<String> {
    let db = err.as_db_error()?;
    if db.code() == &SqlState::UNIQUE_VIOLATION && db.constraint() == Some("products_sku_key") {
        let sku = db
            .detail()
            .and_then(|d| d.split("=(").nth(1))
            .and_then(|s| s.split(')').next())
            .unwrap_or("?");
        return Some(format!(
            "field sku: SKU {sku:?} already exists (in the database or earlier in the file); \
             use --on-conflict update or --on-conflict skip to import over existing products"
        ));
    }
    if db.code() == &SqlState::UNIQUE_VIOLATION && db.constraint() == Some("products_pkey") {
        return Some(format!("field id: {}", db.detail().unwrap_or("the id is already taken")));
    }
    None
}

/// Merges the staging table into `products` according to the options.
async fn merge_staged(
    tx: &tokio_postgres::Transaction<'_>,
    options: &ImportOptions,
    report: &mut Report,
    rejects: &mut Rejects,
    in_array: bool,
) -> Result<()> {
    let mut refused = product_import::refuse_repeated_skus(tx).await?;
    match options.on_conflict {
        OnConflict::Error => refused.extend(product_import::refuse_existing_skus(tx).await?),
        OnConflict::Update => {
            report.updated = product_import::update_existing(tx, &options.actor).await?;
        }
        OnConflict::Skip => report.skipped = product_import::skip_existing_skus(tx).await?,
    }
    refused.extend(product_import::refuse_taken_ids(tx).await?);

    refused.sort_by_key(|r| r.line);
    for r in refused {
        report.fail(Position::new(r.line as u64, in_array), r.message);
        if let Some(raw) = r.raw {
            rejects.write(&raw)?;
        }
    }
    report.inserted = product_import::insert_staged(tx, &options.source, &options.actor).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_positions_follow_gaps_in_the_input() {
        let mut rows = RowPositions::default();
        for line in [1, 2, 4, 5, 9] {
            rows.push(Position::Line(line));
        }
        assert_eq!(rows.anchors.len(), 3, "only the offset changes are stored");
        let found: Vec<_> = (1..=5).map(|row| rows.get(row)).collect();
        assert_eq!(found, [1, 2, 4, 5, 9].map(|n| Some(Position::Line(n))).to_vec());
        assert_eq!(rows.get(6), None);
        assert!(!rows.in_array());
    }
}
