//! `orders import`: validate every record, stage everything by binary COPY
//! into a temporary table (lines as arrays, so one COPY stream carries both),
//! then do the work with set-based SQL in the same transaction: resolve
//! product references, snapshot, check totals and stock, insert orders and
//! lines, take stock, enqueue in the search outbox.

use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

use color_eyre::eyre::Result;
use rust_decimal::Decimal;
use serde_json::{Map, Value};
use time::OffsetDateTime;
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::{Client, Transaction};

use super::ImportOptions;
use super::fields::{Fields, field_error};
use super::progress::Progress;
use super::report::{Rejects, Report};
use super::source::{Input, Parsed, Position, kind_of, spawn_reader};
use crate::db::history;
use crate::domain::{Email, Money, OrderState, Quantity, RequiredText, Sku};
use crate::error::AppError;

/// One valid order record.
pub(crate) struct OrderRecord {
    id: Option<i64>,
    external_ref: Option<RequiredText>,
    customer_email: Email,
    state: OrderState,
    created_at: Option<OffsetDateTime>,
    updated_at: Option<OffsetDateTime>,
    closed_at: Option<OffsetDateTime>,
    total_price: Option<Decimal>,
    items: Vec<ItemRecord>,
}

/// One line: how it names its product (if linked) and the snapshot it
/// carries (if any; otherwise the product's current fields are used).
struct ItemRecord {
    ref_id: Option<i64>,
    ref_sku: Option<Sku>,
    snapshot: Option<Snapshot>,
    quantity: Quantity,
}

struct Snapshot {
    sku: String,
    name: String,
    description: Option<String>,
    price: Decimal,
}

const ORDER_FIELDS: [&str; 9] = [
    "id",
    "external_ref",
    "customer_email",
    "state",
    "total_price",
    "created_at",
    "updated_at",
    "closed_at",
    "items",
];
const ITEM_FIELDS: [&str; 7] = [
    "product_id",
    "sku",
    "product_sku",
    "product_name",
    "product_description",
    "product_price",
    "quantity",
];

fn validate(map: &Map<String, Value>) -> Result<OrderRecord, String> {
    let f = Fields::new(map, &ORDER_FIELDS)?;
    let id = f.int("id")?;
    if let Some(id) = id.filter(|id| *id < 1) {
        return Err(field_error("id", format!("{id} is not a positive id")));
    }
    let state = f.parse("state", str::parse::<OrderState>)?.unwrap_or(OrderState::Created);
    let created_at = f.time("created_at")?;
    let closed_at = f.time("closed_at")?;
    if closed_at.is_some() && !state.is_closed() {
        return Err(field_error(
            "closed_at",
            format!("must be empty for an order in state {state}"),
        ));
    }
    let total_price = f.decimal("total_price")?;
    let raw_items = f.array("items")?;
    if raw_items.is_empty() {
        return Err(field_error("items", "must hold at least one line"));
    }
    let mut items: Vec<ItemRecord> = Vec::with_capacity(raw_items.len());
    for (i, raw) in raw_items.iter().enumerate() {
        let item = validate_item(raw)
            .map_err(|e| format!("items[{i}].{}", e.strip_prefix("field ").unwrap_or(&e)))?;
        // A product named twice the same way is one line (first snapshot wins).
        let same = items.iter_mut().find(|it| {
            (item.ref_id.is_some() && it.ref_id == item.ref_id)
                || (item.ref_sku.is_some() && it.ref_sku == item.ref_sku)
        });
        match same {
            Some(existing) => {
                existing.quantity = existing
                    .quantity
                    .checked_add(item.quantity)
                    .map_err(|e| format!("items[{i}].quantity: {e}"))?;
            }
            None => items.push(item),
        }
    }
    Ok(OrderRecord {
        id,
        external_ref: f.parse("external_ref", |s| RequiredText::parse("external ref", s))?,
        customer_email: f.required("customer_email", Email::parse)?,
        state,
        created_at,
        updated_at: f.time("updated_at")?,
        closed_at,
        total_price,
        items,
    })
}

fn validate_item(raw: &Value) -> Result<ItemRecord, String> {
    let Value::Object(map) = raw else {
        return Err(format!("expected an object, got {}", kind_of(raw)));
    };
    let f = Fields::new(map, &ITEM_FIELDS)?;
    let quantity = match f.int("quantity")? {
        Some(q) => Quantity::new(q).map_err(|e| field_error("quantity", e))?,
        None => return Err(field_error("quantity", "is required")),
    };
    let ref_id = f.int("product_id")?;
    if let Some(id) = ref_id.filter(|id| *id < 1) {
        return Err(field_error("product_id", format!("{id} is not a positive id")));
    }
    let ref_sku = f.parse("sku", Sku::parse)?;
    let snapshot_sku = f.str("product_sku")?.or(ref_sku.as_ref().map(Sku::as_str));
    let name = f.str("product_name")?;
    let price = f.decimal("product_price")?;
    let snapshot = match (name, price) {
        (Some(name), Some(price)) => Some(Snapshot {
            sku: snapshot_sku
                .ok_or_else(|| field_error("product_sku", "is required with a snapshot"))?
                .to_owned(),
            name: name.to_owned(),
            description: f.str("product_description")?.map(String::from),
            price: Money::from_decimal(price)
                .map_err(|e| field_error("product_price", e))?
                .decimal(),
        }),
        (None, None) => None,
        (Some(_), None) => {
            return Err(field_error("product_price", "is required with product_name"));
        }
        (None, Some(_)) => {
            return Err(field_error("product_name", "is required with product_price"));
        }
    };
    if ref_id.is_none() && ref_sku.is_none() && snapshot.is_none() {
        return Err("sku: name the product with sku or product_id (or give a full snapshot)".into());
    }
    Ok(ItemRecord { ref_id, ref_sku, snapshot, quantity })
}

const STAGING: &str = "
    CREATE TEMP TABLE import_orders (
        line bigint, id bigint, external_ref text, customer_email text, state text,
        created_at timestamptz, updated_at timestamptz, closed_at timestamptz,
        total_given numeric, takes_stock boolean, mixed_refs boolean, raw text,
        ref_ids bigint[], ref_skus text[], snap_skus text[], snap_names text[],
        snap_descriptions text[], snap_prices numeric[], quantities int[]
    ) ON COMMIT DROP";

const STAGING_COLUMNS: &str = "line, id, external_ref, customer_email, state, created_at, updated_at, closed_at, \
    total_given, takes_stock, mixed_refs, raw, ref_ids, ref_skus, snap_skus, snap_names, snap_descriptions, snap_prices, quantities";

const STAGING_TYPES: [Type; 19] = [
    Type::INT8,
    Type::INT8,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TIMESTAMPTZ,
    Type::TIMESTAMPTZ,
    Type::TIMESTAMPTZ,
    Type::NUMERIC,
    Type::BOOL,
    Type::BOOL,
    Type::TEXT,
    Type::INT8_ARRAY,
    Type::TEXT_ARRAY,
    Type::TEXT_ARRAY,
    Type::TEXT_ARRAY,
    Type::TEXT_ARRAY,
    Type::NUMERIC_ARRAY,
    Type::INT4_ARRAY,
];

/// Orders refused after staging: (position number, message).
type Refusals = Vec<(i64, String)>;

/// `sequence` is a second connection: ids are reserved from the sequence while
/// the COPY occupies the first (sequences are not transactional).
pub(crate) async fn import(
    client: &mut Client,
    sequence: &Client,
    input: Input,
    options: &ImportOptions,
) -> Result<Report> {
    let mut report = Report::new(options.max_errors);
    let mut rejects = Rejects::create(options.rejects.as_deref())?;
    let progress = Progress::new(options.progress, input.total_bytes, input.bytes_read.clone());
    let started = Instant::now();
    let mut phases = super::Phases::new(options.verbose);

    let tx = client.transaction().await?;
    let now: OffsetDateTime = tx.query_one("SELECT now()", &[]).await?.get(0);
    tx.batch_execute(STAGING).await?;
    let sink = tx
        .copy_in(&format!("COPY import_orders ({STAGING_COLUMNS}) FROM STDIN (FORMAT binary)"))
        .await?;
    // Boxed so that dropping it (without `finish`) really aborts the COPY.
    let mut writer = Box::pin(BinaryCopyInWriter::new(sink, &STAGING_TYPES));

    let mut in_array = false;
    let mut ids_pool: Vec<i64> = Vec::new();
    let mut copying = true;
    let mut records = spawn_reader(input, options.format, options.delimiter, validate);
    while let Some(batch) = records.recv().await {
        let batch: Vec<Parsed<OrderRecord>> = batch.map_err(AppError::rejected)?;
        let need_ids = batch.iter().filter(|p| matches!(&p.item, Ok(r) if r.id.is_none())).count();
        if copying && ids_pool.len() < need_ids {
            ids_pool.extend(
                super::allocate_ids(sequence, "orders_id_seq", need_ids - ids_pool.len() + 1024)
                    .await?,
            );
        }
        for parsed in batch {
            in_array = matches!(parsed.at, Position::Record(_));
            let taken = report.take(parsed, &mut rejects, &mut copying, options.skip_invalid)?;
            let Some((record, at, raw)) = taken else { continue };
            // The raw record is staged only when a rejects file was asked for.
            let raw = rejects.wanted().then_some(raw);
            let row = StagedRow::new(record, at, raw, now, &mut ids_pool, options.no_stock);
            writer.as_mut().write(&row.values()).await?;
        }
        progress.update(report.read, started.elapsed().as_secs_f64());
    }
    progress.finish();

    if report.failed > 0 && !options.skip_invalid {
        drop(writer);
        tx.rollback().await.ok();
        rejects.finish()?;
        return Ok(report);
    }
    writer.as_mut().finish().await?;
    phases.done("read, validated and staged");

    let position = |n: i64| Position::new(n as u64, in_array);
    let (refused, skipped) = resolve(&tx, &mut phases).await?;
    report.skipped = skipped;
    if !refused.is_empty() {
        let lines: Vec<i64> = refused.iter().map(|(line, _)| *line).collect();
        if rejects.wanted() {
            let rows = tx
                .query(
                    "SELECT raw FROM import_orders WHERE line = ANY($1) ORDER BY line",
                    &[&lines],
                )
                .await?;
            for row in rows {
                rejects.write(row.get::<_, &str>(0))?;
            }
        }
        for (line, message) in &refused {
            report.fail(position(*line), message.clone());
        }
        if !options.skip_invalid {
            tx.rollback().await.ok();
            rejects.finish()?;
            return Ok(report);
        }
        remove(&tx, &lines).await?;
    }
    let shortages = check_stock(&tx, options, &mut report, &mut rejects, &position).await?;
    phases.done("locked products and checked stock");
    if let Some(message) = shortages {
        tx.rollback().await.ok();
        rejects.finish()?;
        return Err(AppError::rejected(message).into());
    }
    report.inserted = write(&tx, options, &mut phases).await?;
    rejects.finish()?;
    if options.dry_run {
        tx.rollback().await?;
        return Ok(report);
    }
    // Only now: setval is not transactional, a dry run or a refused import
    // must leave the sequence where it was.
    super::advance_sequence(&tx, "orders").await?;
    tx.commit().await?;
    report.committed = true;
    Ok(report)
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
        ids: &mut Vec<i64>,
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
            id: record.id.unwrap_or_else(|| ids.pop().expect("ids allocated")),
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

/// Set-based checks after staging. Returns the refused orders and how many
/// were skipped because their external_ref exists already (idempotency).
async fn resolve(tx: &Transaction<'_>, phases: &mut super::Phases) -> Result<(Refusals, u64)> {
    let mut refused: Refusals = Vec::new();
    let mut collect = |rows: Vec<tokio_postgres::Row>,
                       message: &dyn Fn(&tokio_postgres::Row) -> String| {
        for row in &rows {
            refused.push((row.get(0), message(row)));
        }
    };

    // Re-importing the same file: orders whose external_ref exists are skipped.
    let skipped = tx
        .execute(
            "DELETE FROM import_orders s USING orders o WHERE o.external_ref = s.external_ref",
            &[],
        )
        .await?;

    phases.done("skipped existing external refs");
    // Within the file, an external_ref may appear once.
    let rows = tx
        .query(
            "SELECT line, external_ref, first FROM (
                 SELECT line, external_ref, min(line) OVER (PARTITION BY external_ref) AS first
                 FROM import_orders WHERE external_ref IS NOT NULL) d
             WHERE line <> first",
            &[],
        )
        .await?;
    collect(rows, &|r| {
        format!(
            "field external_ref: {:?} appears earlier in the input (line {})",
            r.get::<_, String>(1),
            r.get::<_, i64>(2)
        )
    });

    let rows = tx
        .query("SELECT s.line, s.id FROM import_orders s JOIN orders o ON o.id = s.id", &[])
        .await?;
    collect(rows, &|r| format!("field id: order {} already exists", r.get::<_, i64>(1)));

    phases.done("checked duplicates and ids");
    // Expand the lines, resolving references and taking snapshots.
    tx.batch_execute(
        "CREATE TEMP TABLE import_lines ON COMMIT DROP AS
         SELECT o.line, o.id AS order_id, o.takes_stock, i.pos, i.ref_id, i.ref_sku,
                COALESCE(pi.id, ps.id) AS product_id,
                (i.ref_id IS NOT NULL OR i.ref_sku IS NOT NULL) AS linked,
                CASE WHEN i.snap_name IS NOT NULL THEN i.snap_sku ELSE COALESCE(pi.sku, ps.sku) END AS product_sku,
                COALESCE(i.snap_name, pi.name, ps.name) AS product_name,
                CASE WHEN i.snap_name IS NOT NULL THEN i.snap_description
                     ELSE COALESCE(pi.description, ps.description) END AS product_description,
                COALESCE(i.snap_price, pi.price, ps.price) AS product_price,
                i.quantity
         FROM import_orders o
         CROSS JOIN LATERAL unnest(o.ref_ids, o.ref_skus, o.snap_skus, o.snap_names, o.snap_descriptions,
                                   o.snap_prices, o.quantities)
              WITH ORDINALITY AS i(ref_id, ref_sku, snap_sku, snap_name, snap_description, snap_price, quantity, pos)
         LEFT JOIN products pi ON pi.id = i.ref_id
         LEFT JOIN products ps ON ps.sku = i.ref_sku AND i.ref_id IS NULL;
         ANALYZE import_lines;",
    )
    .await?;
    let rows = tx
        .query(
            "SELECT line, pos, ref_id, ref_sku FROM import_lines WHERE linked AND product_id IS NULL ORDER BY line, pos",
            &[],
        )
        .await?;
    collect(rows, &|r| {
        let pos: i64 = r.get(1);
        match r.get::<_, Option<i64>>(2) {
            Some(id) => format!("items[{}].product_id: product #{id} not found", pos - 1),
            None => {
                format!("items[{}].sku: product {:?} not found", pos - 1, r.get::<_, String>(3))
            }
        }
    });

    phases.done("expanded and resolved lines");
    // The same product named once by id and once by SKU in one order (only
    // an order that uses both kinds of reference can).
    let rows = tx
        .query(
            "SELECT line, product_id FROM import_lines
             WHERE product_id IS NOT NULL
               AND line IN (SELECT line FROM import_orders WHERE mixed_refs)
             GROUP BY line, product_id HAVING count(*) > 1",
            &[],
        )
        .await?;
    collect(rows, &|r| {
        format!("items: product #{} is named twice (by id and by SKU)", r.get::<_, i64>(1))
    });

    phases.done("checked repeated products");
    // Totals, and any total the record states must match its lines.
    tx.batch_execute(
        "CREATE TEMP TABLE import_totals ON COMMIT DROP AS
         SELECT line, sum(product_price * quantity) AS total FROM import_lines GROUP BY line;",
    )
    .await?;
    let rows = tx
        .query(
            "SELECT s.line, s.total_given::text, t.total::text FROM import_orders s JOIN import_totals t USING (line)
             WHERE s.total_given IS NOT NULL AND s.total_given <> t.total",
            &[],
        )
        .await?;
    collect(rows, &|r| {
        format!(
            "field total_price: {} does not match the lines' sum {}",
            r.get::<_, String>(1),
            r.get::<_, String>(2)
        )
    });

    phases.done("computed and checked totals");
    refused.sort_by_key(|(line, _)| *line);
    refused.dedup_by_key(|(line, _)| *line);
    Ok((refused, skipped))
}

async fn remove(tx: &Transaction<'_>, lines: &[i64]) -> Result<()> {
    tx.execute("DELETE FROM import_orders WHERE line = ANY($1)", &[&lines]).await?;
    tx.execute("DELETE FROM import_lines WHERE line = ANY($1)", &[&lines]).await?;
    Ok(())
}

/// Locks the products orders take stock from (in id order, like every
/// writer) and checks demand against stock. Atomic: a shortage refuses the
/// whole import, naming the products short. With --skip-invalid: orders are
/// accepted in input order while they fit; the others are refused.
/// What the staged orders take from each product their lines link to.
const DEMAND: &str = "SELECT product_id,
        COALESCE(sum(quantity) FILTER (WHERE takes_stock), 0)::bigint AS wanted
    FROM import_lines WHERE product_id IS NOT NULL GROUP BY product_id";

async fn check_stock(
    tx: &Transaction<'_>,
    options: &ImportOptions,
    report: &mut Report,
    rejects: &mut Rejects,
    position: &dyn Fn(i64) -> Position,
) -> Result<Option<String>> {
    if options.no_stock {
        return Ok(None);
    }
    // Every product the lines link to, with what the accepted orders take
    // from it (kept for `write`). All of them are locked here, in one pass
    // in id order: those that give stock need it, the others only for their
    // lines' foreign keys (KEY SHARE would do, but a second pass over them
    // cost 2.6 s of a million-order import; they are held to the commit
    // either way).
    tx.batch_execute(&format!("CREATE TEMP TABLE import_demand ON COMMIT DROP AS {DEMAND};"))
        .await?;
    let demand = tx
        .query(
            "WITH locked AS (
                 SELECT id, sku, stock FROM products WHERE id IN (SELECT product_id FROM import_demand)
                 ORDER BY id FOR NO KEY UPDATE)
             SELECT locked.id, locked.sku, locked.stock::bigint, d.wanted
             FROM locked JOIN import_demand d ON d.product_id = locked.id
             WHERE d.wanted > locked.stock ORDER BY locked.id",
            &[],
        )
        .await?;
    if demand.is_empty() {
        return Ok(None);
    }
    if !options.skip_invalid {
        let short: Vec<String> = demand
            .iter()
            .take(20)
            .map(|r| {
                format!(
                    "{} (needs {}, available {})",
                    r.get::<_, String>(1),
                    r.get::<_, i64>(3),
                    r.get::<_, i64>(2)
                )
            })
            .collect();
        let more = demand.len().saturating_sub(short.len());
        let more = if more > 0 { format!(" and {more} more") } else { String::new() };
        return Ok(Some(format!(
            "insufficient stock for {} product(s): {}{more}; nothing was imported (use --no-stock for historical orders)",
            demand.len(),
            short.join("; ")
        )));
    }
    // Greedy in input order over the orders that touch a short product.
    let mut available: HashMap<i64, i64> = demand.iter().map(|r| (r.get(0), r.get(2))).collect();
    let sku: HashMap<i64, String> = demand.iter().map(|r| (r.get(0), r.get(1))).collect();
    let short_ids: Vec<i64> = available.keys().copied().collect();
    let rows = tx
        .query(
            "SELECT line, product_id, quantity::bigint FROM import_lines
             WHERE takes_stock AND product_id = ANY($1) ORDER BY line",
            &[&short_ids],
        )
        .await?;
    let mut per_order: BTreeMap<i64, Vec<(i64, i64)>> = BTreeMap::new();
    for row in &rows {
        per_order.entry(row.get(0)).or_default().push((row.get(1), row.get(2)));
    }
    let mut refused: Vec<(i64, String)> = Vec::new();
    for (line, lines) in per_order {
        let fits = lines.iter().all(|(product, qty)| available[product] >= *qty);
        if fits {
            for (product, qty) in &lines {
                *available.get_mut(product).unwrap() -= qty;
            }
        } else {
            let short: Vec<String> = lines
                .iter()
                .filter(|(product, qty)| available[product] < *qty)
                .map(|(product, qty)| {
                    format!("{} (requested {qty}, available {})", sku[product], available[product])
                })
                .collect();
            refused.push((line, format!("insufficient stock: {}", short.join("; "))));
        }
    }
    let lines: Vec<i64> = refused.iter().map(|(line, _)| *line).collect();
    if rejects.wanted() {
        for row in tx
            .query("SELECT raw FROM import_orders WHERE line = ANY($1) ORDER BY line", &[&lines])
            .await?
        {
            rejects.write(row.get::<_, &str>(0))?;
        }
    }
    for (line, message) in refused {
        report.fail(position(line), message);
    }
    remove(tx, &lines).await?;
    // The refused orders no longer take stock.
    tx.batch_execute(&format!("TRUNCATE import_demand; INSERT INTO import_demand {DEMAND};"))
        .await?;
    Ok(None)
}

/// Writes the accepted orders, their lines, the stock taken and the outbox
/// entries; returns how many orders were written.
async fn write(
    tx: &Transaction<'_>,
    options: &ImportOptions,
    phases: &mut super::Phases,
) -> Result<u64> {
    let inserted = tx
        .execute(
            "INSERT INTO orders (id, external_ref, customer_email, state, total_price, created_at, updated_at, closed_at)
             SELECT s.id, s.external_ref, s.customer_email, s.state, t.total, s.created_at, s.updated_at, s.closed_at
             FROM import_orders s JOIN import_totals t USING (line) ORDER BY s.id",
            &[],
        )
        .await?;
    let [os_user, host, command] = options.actor.values();
    tx.execute(
        &history::import_event("order", "SELECT id FROM import_orders"),
        &[&options.source, os_user, host, command],
    )
    .await?;
    phases.done("inserted orders");
    // The lines' foreign keys take KEY SHARE locks on their products; take
    // them first, in id order (db/mod.rs), not in file order, so a
    // concurrent `products delete` cannot deadlock with the import. (When
    // the import takes stock, check_stock has locked them all already.)
    if options.no_stock {
        tx.execute(
            "SELECT 1 FROM products WHERE id IN (SELECT DISTINCT product_id FROM import_lines)
             ORDER BY id FOR KEY SHARE",
            &[],
        )
        .await?;
        phases.done("locked the linked products");
    }
    tx.execute(
        "INSERT INTO order_items (order_id, product_id, product_sku, product_name, product_description, product_price, quantity)
         SELECT order_id, product_id, product_sku, product_name, product_description, product_price, quantity
         FROM import_lines ORDER BY order_id, pos",
        &[],
    )
    .await?;
    phases.done("inserted lines");
    if !options.no_stock {
        // The rows were locked in id order by check_stock.
        tx.execute(
            "UPDATE products p SET stock = p.stock - d.wanted, updated_at = now()
             FROM import_demand d WHERE p.id = d.product_id AND d.wanted > 0",
            &[],
        )
        .await?;
    }
    phases.done("took stock");
    tx.execute(
        "INSERT INTO search_outbox (order_id) SELECT id FROM import_orders
         ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')",
        &[],
    )
    .await?;
    // One notification for the whole import (`orders watch`: the ids when
    // few), and one to wake `sync --watch`.
    tx.execute(
        "SELECT pg_notify('ecomctl_orders', json_build_object(
                    'event', 'created',
                    'ids', CASE WHEN c.n <= 500 THEN (SELECT array_agg(id ORDER BY id) FROM import_orders) END,
                    'count', c.n)::text),
                pg_notify('ecomctl_search_outbox', '')
         FROM (SELECT count(*) AS n FROM import_orders) c WHERE c.n > 0",
        &[],
    )
    .await?;
    Ok(inserted)
}
