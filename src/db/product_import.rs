//! The database side of `products import` (the reading and validating is in
//! `import/products.rs`): the binary COPY target — `products` itself for a
//! plain import, a staging table otherwise — and the set-based merge of the
//! staged records: duplicates, existing SKUs (refuse, update, skip), ids
//! taken, the insert and its history event.

use color_eyre::eyre::Result;
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{FromSql, Type};
use tokio_postgres::{Row, Transaction};

use crate::db::decode;
use crate::db::error::{DbError, DbResult};
use crate::db::history::{self, ACTOR_COLUMNS, Actor};

/// The columns every COPY row carries, in order, and their types.
const COLUMNS: &str = "id, sku, name, description, manufacturer, stocked_at, seller_email, price, stock, created_at, updated_at";
const TYPES: [Type; 11] = [
    Type::INT8,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::NUMERIC,
    Type::INT4,
    Type::TIMESTAMPTZ,
    Type::TIMESTAMPTZ,
];

/// Starts the COPY of the records. `staged`: into a temporary table, where
/// each row also carries its input position, its raw text (for the rejects
/// file) and the optional fields it named (`given`); otherwise straight into
/// `products` (the fastest path: a duplicate SKU aborts the COPY).
pub(crate) async fn copy_in(
    tx: &Transaction<'_>,
    staged: bool,
) -> Result<BinaryCopyInWriter, tokio_postgres::Error> {
    let (table, extra) = if staged {
        tx.batch_execute(&format!(
            "CREATE TEMP TABLE import_products ON COMMIT DROP AS SELECT {COLUMNS} FROM products WITH NO DATA;
             ALTER TABLE import_products ADD COLUMN line bigint, ADD COLUMN raw text, \
                 ADD COLUMN given int;"
        ))
        .await?;
        ("import_products", ", line, raw, given")
    } else {
        ("products", "")
    };
    let mut types = TYPES.to_vec();
    if staged {
        types.extend([Type::INT8, Type::TEXT, Type::INT4]);
    }
    let sink =
        tx.copy_in(&format!("COPY {table} ({COLUMNS}{extra}) FROM STDIN (FORMAT binary)")).await?;
    Ok(BinaryCopyInWriter::new(sink, &types))
}

/// A staged record taken out: its input position, why, and its raw text.
pub(crate) struct Refused {
    pub(crate) line: i64,
    pub(crate) message: String,
    pub(crate) raw: Option<String>,
}

/// Runs a statement that deletes staged records and returns, for each, its
/// position (`line`), its `raw` text and what `message` reads to say why.
async fn take_out(
    tx: &Transaction<'_>,
    sql: &str,
    message: impl Fn(&Row) -> DbResult<String>,
) -> Result<Vec<Refused>> {
    let rows = tx.query(sql, &[]).await?;
    let refused = rows.iter().map(|r| {
        Ok(Refused {
            line: staged_column(r, "line")?,
            raw: staged_column(r, "raw")?,
            message: message(r)?,
        })
    });
    Ok(refused.collect::<DbResult<_>>()?)
}

/// A column of a staged record taken out, by name.
fn staged_column<'a, T: FromSql<'a>>(row: &'a Row, name: &str) -> DbResult<T> {
    Ok(decode::column(row, "import_products", name)?)
}

/// Within the file, the first record of a SKU wins; later ones are refused.
pub(crate) async fn refuse_repeated_skus(tx: &Transaction<'_>) -> Result<Vec<Refused>> {
    take_out(
        tx,
        "DELETE FROM import_products s USING (
             SELECT line, sku, min(line) OVER (PARTITION BY sku) AS first FROM import_products
         ) d
         WHERE s.line = d.line AND d.line <> d.first
         RETURNING s.line, s.raw, s.sku, d.first",
        |r| {
            let (sku, first): (String, i64) =
                (staged_column(r, "sku")?, staged_column(r, "first")?);
            Ok(format!("field sku: duplicate SKU {sku:?} (first on line {first})"))
        },
    )
    .await
}

/// `--on-conflict error`: records whose SKU exists already are refused.
pub(crate) async fn refuse_existing_skus(tx: &Transaction<'_>) -> Result<Vec<Refused>> {
    take_out(
        tx,
        "DELETE FROM import_products s USING products p WHERE p.sku = s.sku
         RETURNING s.line, s.raw, s.sku",
        |r| {
            let sku: String = staged_column(r, "sku")?;
            Ok(format!("field sku: SKU {sku:?} already exists; use --on-conflict update or skip"))
        },
    )
    .await
}

/// `--on-conflict update`: existing products take the records' values (an
/// absent optional field keeps its value, an explicit null clears it); each
/// product that really changed gets its `updated` history event. Returns
/// how many records matched an existing product.
pub(crate) async fn update_existing(tx: &Transaction<'_>, actor: &Actor) -> Result<u64> {
    // Lock the products in id order first (the lock order of db/mod.rs),
    // not in whatever order the join would visit them.
    tx.execute(
        "SELECT 1 FROM products WHERE sku IN (SELECT sku FROM import_products)
         ORDER BY id FOR NO KEY UPDATE",
        &[],
    )
    .await?;
    let [os_user, host, command] = actor.values();
    let updated = tx
        .query_one(
            &format!(
                "WITH old AS (SELECT p.id, history_product(p) AS snapshot
                              FROM products p JOIN import_products s USING (sku)),
                      u AS (UPDATE products p SET name = s.name, seller_email = s.seller_email,
                              price = s.price,
                              description = CASE WHEN s.given & 1 <> 0 THEN s.description ELSE p.description END,
                              manufacturer = CASE WHEN s.given & 2 <> 0 THEN s.manufacturer ELSE p.manufacturer END,
                              stocked_at = CASE WHEN s.given & 4 <> 0 THEN s.stocked_at ELSE p.stocked_at END,
                              stock = CASE WHEN s.given & 8 <> 0 THEN s.stock ELSE p.stock END,
                              updated_at = now()
                            FROM import_products s WHERE p.sku = s.sku
                            RETURNING p.id, p.sku, history_product(p) AS snapshot),
                      h AS (INSERT INTO history (entity, entity_id, product_sku, action, old, new,
                                                 {ACTOR_COLUMNS})
                            SELECT 'product', u.id, u.sku, 'updated',
                                   history_changed(old.snapshot, u.snapshot),
                                   history_changed(u.snapshot, old.snapshot), $1, $2, $3
                            FROM u JOIN old USING (id) WHERE u.snapshot <> old.snapshot)
                 SELECT count(*) AS updated FROM u"
            ),
            &[os_user, host, command],
        )
        .await?;
    skip_existing_skus(tx).await?;
    let updated: i64 = decode::column(&updated, "products", "updated").map_err(DbError::from)?;
    Ok(updated as u64)
}

/// `--on-conflict skip` (and after an update): takes out the records whose
/// SKU exists; returns how many.
pub(crate) async fn skip_existing_skus(tx: &Transaction<'_>) -> Result<u64> {
    Ok(tx
        .execute("DELETE FROM import_products s USING products p WHERE p.sku = s.sku", &[])
        .await?)
}

/// Records with an explicit id already used by another product are refused.
pub(crate) async fn refuse_taken_ids(tx: &Transaction<'_>) -> Result<Vec<Refused>> {
    take_out(
        tx,
        "DELETE FROM import_products s USING products p WHERE p.id = s.id
         RETURNING s.line, s.raw, s.id",
        |r| {
            let id: i64 = staged_column(r, "id")?;
            Ok(format!("field id: id {id} is already used by another product"))
        },
    )
    .await
}

/// Inserts what is left of the staged records, in input order, with the
/// import's history event; returns how many.
pub(crate) async fn insert_staged(
    tx: &Transaction<'_>,
    source: &str,
    actor: &Actor,
) -> Result<u64> {
    let [os_user, host, command] = actor.values();
    let inserted = tx
        .query_one(
            &format!(
                "WITH ins AS (INSERT INTO products ({COLUMNS})
                              SELECT COALESCE(id, nextval('products_id_seq')), sku, name, description,
                                     manufacturer, stocked_at, seller_email, price, stock, created_at,
                                     updated_at
                              FROM import_products ORDER BY line
                              RETURNING id),
                      h AS ({})
                 SELECT count(*) AS inserted FROM ins",
                history::import_event("product", "SELECT id FROM ins")
            ),
            &[&source, os_user, host, command],
        )
        .await?;
    let inserted: i64 = decode::column(&inserted, "products", "inserted").map_err(DbError::from)?;
    Ok(inserted as u64)
}
