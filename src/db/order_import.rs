//! The set-based side of `orders import` (the reading and validating is in
//! `import/orders.rs`): the staging table the records are copied into, the
//! checks that need the database (references, duplicates, totals, stock),
//! and the statements that write the accepted orders — all in the import's
//! one transaction.

use color_eyre::eyre::Result;
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{FromSql, Type};
use tokio_postgres::{Row, Transaction};

use crate::db::decode;
use crate::db::error::{DbError, DbResult};
use crate::db::history::{self, Actor};

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

/// Creates the staging table and starts the binary COPY into it: one row
/// per order, its lines as arrays.
pub(crate) async fn copy_in(
    tx: &Transaction<'_>,
) -> Result<BinaryCopyInWriter, tokio_postgres::Error> {
    // For this transaction only. JIT: the planner reckons the unnested
    // lines at a thousand per order, so the expansion crossed the JIT
    // threshold and spent 0.8 s of a 100,000-order import compiling.
    // work_mem: the sorts and groupings over the staged lines (tens of MB
    // per 100,000 orders) stay in memory instead of spilling to disk.
    tx.batch_execute("SET LOCAL jit = off; SET LOCAL work_mem = '64MB'").await?;
    tx.batch_execute(STAGING).await?;
    let sink = tx
        .copy_in(&format!("COPY import_orders ({STAGING_COLUMNS}) FROM STDIN (FORMAT binary)"))
        .await?;
    Ok(BinaryCopyInWriter::new(sink, &STAGING_TYPES))
}

/// Orders refused after staging: (position number, message).
pub(crate) type Refusals = Vec<(i64, String)>;

/// What the staged records use: a check that cannot find anything in this
/// file is skipped (each costs a pass over the staged orders, a third of a
/// second per 100,000).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Staged {
    pub(crate) external_refs: bool,
    /// Ids given in the file (the others come from the sequence, which is
    /// always past every id in the table: no check needed).
    pub(crate) explicit_ids: bool,
    pub(crate) mixed_refs: bool,
    pub(crate) given_totals: bool,
}

/// Set-based checks after staging. Returns the refused orders and how many
/// were skipped because their external_ref exists already (idempotency).
/// Each phase's end is told to `done` (with `-v`, the caller prints how
/// long it took).
pub(crate) async fn resolve(
    tx: &Transaction<'_>,
    staged: Staged,
    done: &mut dyn FnMut(&'static str),
) -> Result<(Refusals, u64)> {
    let mut refused: Refusals = Vec::new();
    let mut collect = |rows: Vec<Row>, message: &dyn Fn(&Row) -> DbResult<String>| {
        for row in &rows {
            refused.push((staged_column(row, "line")?, message(row)?));
        }
        DbResult::Ok(())
    };

    // Statistics for the planner, which otherwise guesses a temporary table
    // holds ~800k rows and, for an import of three orders, hash-joins the
    // whole catalogue instead of looking up three SKUs. The row count is
    // what matters: the columns sampled are the few it joins on (sampling
    // the line arrays too took 0.3 s per 100,000 orders).
    tx.batch_execute("ANALYZE import_orders (line, id, external_ref)").await?;
    let skipped = if staged.external_refs {
        // Re-importing the same file: orders whose external_ref exists are skipped.
        let skipped = tx
            .execute(
                "DELETE FROM import_orders s USING orders o WHERE o.external_ref = s.external_ref",
                &[],
            )
            .await?;
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
            let (external_ref, first): (String, i64) =
                (staged_column(r, "external_ref")?, staged_column(r, "first")?);
            Ok(format!(
                "field external_ref: {external_ref:?} appears earlier in the input (line {first})"
            ))
        })?;
        skipped
    } else {
        0
    };
    done("checked external refs");

    if staged.explicit_ids {
        let rows = tx
            .query("SELECT s.line, s.id FROM import_orders s JOIN orders o ON o.id = s.id", &[])
            .await?;
        collect(rows, &|r| {
            let id: i64 = staged_column(r, "id")?;
            Ok(format!("field id: order {id} already exists"))
        })?;
    }

    done("checked duplicates and ids");
    // Expand the lines, resolving references and taking snapshots. The
    // arrays are unnested in the select list, where they advance in
    // lockstep: a function scan in FROM builds a tuple store per order and
    // cost 2 s more on a million orders.
    tx.batch_execute(
        "CREATE TEMP TABLE import_lines ON COMMIT DROP AS
         SELECT i.line, i.order_id, i.takes_stock, i.pos, i.ref_id, i.ref_sku,
                COALESCE(pi.id, ps.id) AS product_id,
                (i.ref_id IS NOT NULL OR i.ref_sku IS NOT NULL) AS linked,
                CASE WHEN i.snap_name IS NOT NULL THEN i.snap_sku ELSE COALESCE(pi.sku, ps.sku) END AS product_sku,
                COALESCE(i.snap_name, pi.name, ps.name) AS product_name,
                CASE WHEN i.snap_name IS NOT NULL THEN i.snap_description
                     ELSE COALESCE(pi.description, ps.description) END AS product_description,
                COALESCE(i.snap_price, pi.price, ps.price) AS product_price,
                i.quantity
         FROM (SELECT o.line, o.id AS order_id, o.takes_stock,
                      unnest(o.ref_ids) AS ref_id, unnest(o.ref_skus) AS ref_sku,
                      unnest(o.snap_skus) AS snap_sku, unnest(o.snap_names) AS snap_name,
                      unnest(o.snap_descriptions) AS snap_description,
                      unnest(o.snap_prices) AS snap_price, unnest(o.quantities) AS quantity,
                      generate_subscripts(o.quantities, 1)::bigint AS pos
               FROM import_orders o) i
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
        let pos: i64 = staged_column(r, "pos")?;
        Ok(match staged_column::<Option<i64>>(r, "ref_id")? {
            Some(id) => format!("items[{}].product_id: product #{id} not found", pos - 1),
            None => {
                let sku: String = staged_column(r, "ref_sku")?;
                format!("items[{}].sku: product {sku:?} not found", pos - 1)
            }
        })
    })?;

    done("expanded and resolved lines");
    // The same product named once by id and once by SKU in one order (only
    // an order that uses both kinds of reference can).
    if staged.mixed_refs {
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
            let product_id: i64 = staged_column(r, "product_id")?;
            Ok(format!("items: product #{product_id} is named twice (by id and by SKU)"))
        })?;
        done("checked repeated products");
    }
    // Totals, and any total the record states must match its lines.
    tx.batch_execute(
        "CREATE TEMP TABLE import_totals ON COMMIT DROP AS
         SELECT line, sum(product_price * quantity) AS total FROM import_lines GROUP BY line;",
    )
    .await?;
    // A total past numeric(14,2) would fail the whole insert ("numeric
    // field overflow"): refused here, per order.
    let rows = tx
        .query(
            "SELECT line, total::text AS total FROM import_totals WHERE total > $1 ORDER BY line",
            &[&crate::domain::Money::MAX_TOTAL],
        )
        .await?;
    collect(rows, &|r| {
        let total: String = staged_column(r, "total")?;
        Ok(format!(
            "field items: the lines add up to {total}, more than the largest order total {}",
            crate::domain::Money::MAX_TOTAL
        ))
    })?;
    if staged.given_totals {
        let rows = tx
            .query(
                "SELECT s.line, s.total_given::text AS total_given, t.total::text AS total FROM import_orders s JOIN import_totals t USING (line)
                 WHERE s.total_given IS NOT NULL AND s.total_given <> t.total",
                &[],
            )
            .await?;
        collect(rows, &|r| {
            let (given, total): (String, String) =
                (staged_column(r, "total_given")?, staged_column(r, "total")?);
            Ok(format!("field total_price: {given} does not match the lines' sum {total}"))
        })?;
    }

    done("computed and checked totals");
    refused.sort_by_key(|(line, _)| *line);
    refused.dedup_by_key(|(line, _)| *line);
    Ok((refused, skipped))
}

/// A column of a staged order or line, by name.
fn staged_column<'a, T: FromSql<'a>>(row: &'a Row, name: &str) -> DbResult<T> {
    Ok(decode::column(row, "import_orders", name)?)
}

/// Takes refused orders (by input position) out of the staged data.
pub(crate) async fn remove(tx: &Transaction<'_>, lines: &[i64]) -> Result<()> {
    tx.execute("DELETE FROM import_orders WHERE line = ANY($1)", &[&lines]).await?;
    tx.execute("DELETE FROM import_lines WHERE line = ANY($1)", &[&lines]).await?;
    Ok(())
}

/// What the staged orders take from each product their lines link to.
const DEMAND: &str = "SELECT product_id,
        COALESCE(sum(quantity) FILTER (WHERE takes_stock), 0)::bigint AS wanted
    FROM import_lines WHERE product_id IS NOT NULL GROUP BY product_id";

/// Takes the demand from every product it names, walking them in id order
/// (2.5 s against 5.4 s for a million products): by its estimates the
/// planner prefers a hash join, which visits the products at random, and
/// PostgreSQL has no join hints, so hash joins are off for this one
/// statement (a merge join, or a nested loop for a few rows). Products that
/// give no stock are only locked in passing: their updated_at stays.
const TAKE_STOCK: &str = "SET LOCAL enable_hashjoin = off;
    UPDATE products p SET stock = p.stock - d.wanted,
           updated_at = CASE WHEN d.wanted > 0 THEN now() ELSE p.updated_at END
    FROM import_demand d WHERE p.id = d.product_id;
    RESET enable_hashjoin;";

/// A product the staged orders want more of than it has.
pub(crate) struct Shortage {
    pub(crate) product_id: i64,
    pub(crate) sku: String,
    pub(crate) stock: i64,
    pub(crate) wanted: i64,
}

/// Computes what the staged orders take from each product (kept for the
/// steps below), then tries to take it all in one pass: every product the
/// lines link to is updated in id order, like every writer locks, so the
/// update also holds the locks the lines' foreign keys need. Returns false,
/// having taken nothing, when some product has too little (its CHECK
/// constraint stops the update); then `lock_products_and_find_shortages`
/// says which. The one pass instead of lock-then-update saves a walk over
/// the products: a second of a 100,000-order import.
pub(crate) async fn take_stock_if_enough(tx: &Transaction<'_>) -> Result<bool> {
    tx.batch_execute(&format!("CREATE TEMP TABLE import_demand ON COMMIT DROP AS {DEMAND};"))
        .await?;
    tx.batch_execute("SAVEPOINT take_stock").await?;
    match tx.batch_execute(TAKE_STOCK).await {
        Ok(()) => {
            tx.batch_execute("RELEASE SAVEPOINT take_stock").await?;
            Ok(true)
        }
        Err(err) if matches!(DbError::refusal(&err), Some(DbError::StockBelowZero)) => {
            // Undoes the update, its locks and the SET LOCAL.
            tx.batch_execute("ROLLBACK TO SAVEPOINT take_stock").await?;
            Ok(false)
        }
        Err(err) => Err(err.into()),
    }
}

/// Locks every product the lines link to, in id order like every writer,
/// and returns those short of what the staged orders take (after
/// `take_stock_if_enough` found some).
///
/// All of them are locked here, in one pass: those that give stock need it,
/// the others only for their lines' foreign keys (KEY SHARE would do, but a
/// second pass over them cost 2.6 s of a million-order import; the locks
/// are held to the commit either way). The demand is kept for `write`.
pub(crate) async fn lock_products_and_find_shortages(
    tx: &Transaction<'_>,
) -> Result<Vec<Shortage>> {
    // A join, not `id IN (…)`: the planner then walks the products in id
    // order (a merge join on the primary key) instead of probing the index
    // at random — 1.3 s against 6.5 s for a million products.
    let rows = tx
        .query(
            "WITH locked AS MATERIALIZED (
                 SELECT p.id, p.sku, p.stock, d.wanted
                 FROM import_demand d JOIN products p ON p.id = d.product_id
                 ORDER BY p.id FOR NO KEY UPDATE OF p)
             SELECT id, sku, stock::bigint AS stock, wanted FROM locked WHERE wanted > stock ORDER BY id",
            &[],
        )
        .await?;
    let shortage = |r: &Row| -> DbResult<Shortage> {
        Ok(Shortage {
            product_id: decode::column(r, "products", "id")?,
            sku: decode::column(r, "products", "sku")?,
            stock: decode::column(r, "products", "stock")?,
            wanted: decode::column(r, "products", "wanted")?,
        })
    };
    Ok(rows.iter().map(shortage).collect::<DbResult<_>>()?)
}

/// One stock-taking line: (position, product, quantity).
pub(crate) type TakingLine = (i64, i64, i64);

/// The stock-taking lines on `products`, in input order, streamed (there
/// may be millions).
pub(crate) async fn lines_taking_from(
    tx: &Transaction<'_>,
    products: &[i64],
) -> Result<impl futures_util::Stream<Item = DbResult<TakingLine>>> {
    use futures_util::StreamExt;
    let rows = tx
        .query_raw(
            "SELECT line, product_id, quantity::bigint AS quantity FROM import_lines
             WHERE takes_stock AND product_id = ANY($1) ORDER BY line",
            [&products],
        )
        .await?;
    Ok(rows.map(|row| -> DbResult<TakingLine> {
        let row = row?;
        let get = |name| staged_column(&row, name);
        Ok((get("line")?, get("product_id")?, get("quantity")?))
    }))
}

/// The raw records staged at these positions (for the rejects file).
pub(crate) async fn raw_records(tx: &Transaction<'_>, lines: &[i64]) -> Result<Vec<String>> {
    let rows = tx
        .query("SELECT raw FROM import_orders WHERE line = ANY($1) ORDER BY line", &[&lines])
        .await?;
    Ok(decode::column_of_each(&rows, "import_orders", "raw").map_err(DbError::from)?)
}

/// Takes refused orders out, and their stock out of the demand.
pub(crate) async fn refuse_for_stock(tx: &Transaction<'_>, lines: &[i64]) -> Result<()> {
    remove(tx, lines).await?;
    tx.batch_execute(&format!("TRUNCATE import_demand; INSERT INTO import_demand {DEMAND};"))
        .await?;
    Ok(())
}

/// Takes the stock of the orders left after `refuse_for_stock`, from the
/// products `lock_products_and_find_shortages` locked.
pub(crate) async fn take_stock(tx: &Transaction<'_>) -> Result<()> {
    tx.batch_execute(TAKE_STOCK).await?;
    Ok(())
}

/// Writes the accepted orders (their stock taken already, unless
/// `no_stock`), their lines and the outbox entries; returns how many
/// orders were written.
pub(crate) async fn write(
    tx: &Transaction<'_>,
    no_stock: bool,
    source: &str,
    actor: &Actor,
    done: &mut dyn FnMut(&'static str),
) -> Result<u64> {
    let inserted = tx
        .execute(
            "INSERT INTO orders (id, external_ref, customer_email, state, total_price, created_at, updated_at, closed_at, holds_stock)
             SELECT s.id, s.external_ref, s.customer_email, s.state, t.total, s.created_at, s.updated_at, s.closed_at, s.takes_stock
             FROM import_orders s JOIN import_totals t USING (line) ORDER BY s.id",
            &[],
        )
        .await?;
    let [os_user, host, command] = actor.values();
    tx.execute(
        &history::import_event("order", "SELECT id FROM import_orders"),
        &[&source, os_user, host, command],
    )
    .await?;
    done("inserted orders");
    // The lines' foreign keys take KEY SHARE locks on their products; take
    // them first, in id order (db/mod.rs), not in file order, so a
    // concurrent `products delete` cannot deadlock with the import. (When
    // the import takes stock, taking it has locked them all already.)
    if no_stock {
        tx.execute(
            "SELECT 1 FROM (SELECT DISTINCT product_id FROM import_lines) d
             JOIN products p ON p.id = d.product_id ORDER BY p.id FOR KEY SHARE OF p",
            &[],
        )
        .await?;
        done("locked the linked products");
    }
    tx.execute(
        "INSERT INTO order_items (order_id, product_id, product_sku, product_name, product_description, product_price, quantity)
         SELECT order_id, product_id, product_sku, product_name, product_description, product_price, quantity
         FROM import_lines ORDER BY order_id, pos",
        &[],
    )
    .await?;
    done("inserted lines");
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
