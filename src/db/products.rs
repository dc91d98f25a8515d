//! Queries on the `products` table: reads, and the writes with their
//! history events. (Just over 400 lines: one table's statements; the
//! import's set-based ones are in `product_import.rs`.)

use rust_decimal::Decimal;
use serde::Serialize;
use time::OffsetDateTime;
use tokio_postgres::Row;
use tokio_postgres::types::ToSql;
use tokio_postgres::types::Type;

use crate::db::history::{ACTOR_COLUMNS, Actor};
use crate::domain::{Email, Money, OptionalText, ProductRef, RequiredText, Sku, Stock};

/// A product as stored; also its JSON output shape.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Product {
    pub(crate) id: i64,
    pub(crate) sku: String,
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) manufacturer: Option<String>,
    pub(crate) stocked_at: Option<String>,
    pub(crate) seller_email: String,
    #[serde(with = "rust_decimal::serde::float")]
    pub(crate) price: Decimal,
    pub(crate) stock: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub(crate) created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub(crate) updated_at: OffsetDateTime,
}

pub(crate) const COLUMNS: &str = "id, sku, name, description, manufacturer, stocked_at, seller_email, \
                       price, stock, created_at, updated_at";

/// A product's fields by name, in column order: its JSON and CSV names, what
/// an import record may carry, and the header of a CSV export (which imports
/// back unchanged).
pub(crate) const FIELDS: [&str; 11] = [
    "id",
    "sku",
    "name",
    "description",
    "manufacturer",
    "stocked_at",
    "seller_email",
    "price",
    "stock",
    "created_at",
    "updated_at",
];

impl Product {
    pub(crate) fn from_row(row: &Row) -> Self {
        Product {
            id: row.get(0),
            sku: row.get(1),
            name: row.get(2),
            description: row.get(3),
            manufacturer: row.get(4),
            stocked_at: row.get(5),
            seller_email: row.get(6),
            price: row.get(7),
            stock: row.get(8),
            created_at: row.get(9),
            updated_at: row.get(10),
        }
    }
}

/// A validated product to insert.
#[derive(Debug)]
pub(crate) struct NewProduct {
    pub(crate) sku: Sku,
    pub(crate) name: RequiredText,
    pub(crate) price: Money,
    pub(crate) stock: Stock,
    pub(crate) seller_email: Email,
    pub(crate) description: OptionalText,
    pub(crate) manufacturer: OptionalText,
    pub(crate) stocked_at: OptionalText,
}

/// Writes a new product and its `created` history event, in one statement.
pub(crate) async fn insert(
    client: &impl tokio_postgres::GenericClient,
    p: &NewProduct,
    actor: &Actor,
) -> Result<Product, tokio_postgres::Error> {
    let sql = format!(
        "WITH p AS (INSERT INTO products (sku, name, price, stock, seller_email, description, \
                                          manufacturer, stocked_at) \
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                    RETURNING {COLUMNS}, history_product(products) AS snapshot), \
              h AS (INSERT INTO history (entity, entity_id, product_sku, action, new, {ACTOR_COLUMNS}) \
                    SELECT 'product', p.id, p.sku, 'created', p.snapshot, $9, $10, $11 FROM p) \
         SELECT {COLUMNS} FROM p"
    );
    let [os_user, host, command] = actor.values();
    let row = client
        .query_one(
            &sql,
            &[
                &p.sku.as_str(),
                &p.name.as_str(),
                &p.price.decimal(),
                &p.stock.get(),
                &p.seller_email.as_str(),
                &p.description.as_deref(),
                &p.manufacturer.as_deref(),
                &p.stocked_at.as_deref(),
                os_user,
                host,
                command,
            ],
        )
        .await?;
    Ok(Product::from_row(&row))
}

/// The `WHERE` condition and parameter that select a referenced product.
fn condition(reference: &ProductRef) -> (&'static str, Box<dyn ToSql + Sync + Send + '_>) {
    match reference {
        ProductRef::Id(id) => ("id = $1", Box::new(*id)),
        ProductRef::Sku(sku) => ("sku = $1", Box::new(sku.as_str())),
    }
}

pub(crate) async fn find(
    client: &impl tokio_postgres::GenericClient,
    reference: &ProductRef,
) -> Result<Option<Product>, tokio_postgres::Error> {
    let (cond, param) = condition(reference);
    let sql = format!("SELECT {COLUMNS} FROM products WHERE {cond}");
    let row = client.query_opt(&sql, &[param.as_ref() as &(dyn ToSql + Sync)]).await?;
    Ok(row.as_ref().map(Product::from_row))
}

/// `products list` filters; results are in id order after `after`.
#[derive(Debug, Default)]
pub(crate) struct ProductFilter {
    pub(crate) seller_email: Option<Email>,
    pub(crate) search: Option<String>,
    pub(crate) after: Option<i64>,
    pub(crate) limit: i64,
}

pub(crate) async fn list(
    client: &impl tokio_postgres::GenericClient,
    filter: &ProductFilter,
) -> Result<Vec<Product>, tokio_postgres::Error> {
    let pattern = filter.search.as_deref().map(like_pattern);
    let sql = format!(
        "SELECT {COLUMNS} FROM products \
         WHERE ($1::text IS NULL OR seller_email = $1) \
           AND ($2::text IS NULL OR sku ILIKE $2 OR name ILIKE $2) \
           AND id > $3 \
         ORDER BY id LIMIT $4"
    );
    let rows = client
        .query(
            &sql,
            &[
                &filter.seller_email.as_ref().map(Email::as_str),
                &pattern,
                &filter.after.unwrap_or(0),
                &filter.limit,
            ],
        )
        .await?;
    Ok(rows.iter().map(Product::from_row).collect())
}

/// `%text%` for ILIKE, with the user's `%`, `_` and `\` taken literally.
fn like_pattern(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

impl From<&Product> for crate::ordering::ProductOnHand {
    fn from(p: &Product) -> Self {
        crate::ordering::ProductOnHand {
            id: p.id,
            sku: p.sku.clone(),
            name: p.name.clone(),
            description: p.description.clone(),
            price: p.price,
            stock: p.stock,
        }
    }
}

/// The fields `products update` may change; `None` leaves a field as it is.
#[derive(Debug, Default)]
pub(crate) struct ProductChanges {
    pub(crate) name: Option<RequiredText>,
    pub(crate) price: Option<Money>,
    pub(crate) stock: Option<Stock>,
    pub(crate) add_stock: Option<i32>,
    pub(crate) seller_email: Option<Email>,
    pub(crate) description: Option<OptionalText>,
    pub(crate) manufacturer: Option<OptionalText>,
    pub(crate) stocked_at: Option<OptionalText>,
}

impl ProductChanges {
    pub(crate) fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.price.is_none()
            && self.stock.is_none()
            && self.add_stock.is_none()
            && self.seller_email.is_none()
            && self.description.is_none()
            && self.manufacturer.is_none()
            && self.stocked_at.is_none()
    }
}

/// Applies the changes and appends the `updated` history event in one
/// statement, so `add_stock` is atomic against concurrent orders (the row
/// lock is held only for this statement). The row is locked first so that
/// the recorded old values are the ones this update replaced, even when it
/// waited for another writer.
pub(crate) async fn update(
    client: &impl tokio_postgres::GenericClient,
    id: i64,
    c: &ProductChanges,
    actor: &Actor,
) -> Result<Option<Product>, tokio_postgres::Error> {
    let sql = format!(
        "WITH old AS (SELECT history_product(p) AS snapshot FROM products p \
                      WHERE id = $1 FOR NO KEY UPDATE), \
              u AS (UPDATE products SET \
                      name = COALESCE($2, name), \
                      price = COALESCE($3, price), \
                      stock = COALESCE($4, stock + $5, stock), \
                      seller_email = COALESCE($6, seller_email), \
                      description = CASE WHEN $7 THEN $8 ELSE description END, \
                      manufacturer = CASE WHEN $9 THEN $10 ELSE manufacturer END, \
                      stocked_at = CASE WHEN $11 THEN $12 ELSE stocked_at END, \
                      updated_at = now() \
                    WHERE id = $1 AND EXISTS (SELECT FROM old) \
                    RETURNING {COLUMNS}, history_product(products) AS snapshot), \
              h AS (INSERT INTO history (entity, entity_id, product_sku, action, old, new, \
                                         {ACTOR_COLUMNS}) \
                    SELECT 'product', u.id, u.sku, 'updated', \
                           history_changed(old.snapshot, u.snapshot), \
                           history_changed(u.snapshot, old.snapshot), $13, $14, $15 \
                    FROM u, old) \
         SELECT {COLUMNS} FROM u"
    );
    let [os_user, host, command] = actor.values();
    let row = client
        .query_opt(
            &sql,
            &[
                &id,
                &c.name.as_ref().map(RequiredText::as_str),
                &c.price.map(Money::decimal),
                &c.stock.map(Stock::get),
                &c.add_stock,
                &c.seller_email.as_ref().map(Email::as_str),
                &c.description.is_some(),
                &c.description.as_ref().and_then(OptionalText::as_deref),
                &c.manufacturer.is_some(),
                &c.manufacturer.as_ref().and_then(OptionalText::as_deref),
                &c.stocked_at.is_some(),
                &c.stocked_at.as_ref().and_then(OptionalText::as_deref),
                os_user,
                host,
                command,
            ],
        )
        .await?;
    Ok(row.as_ref().map(Product::from_row))
}

/// Locks the given products in id order (the order every writer uses, so that
/// concurrent transactions cannot deadlock) and returns them.
pub(crate) async fn lock_by_ids(
    client: &impl tokio_postgres::GenericClient,
    ids: &[i64],
) -> Result<Vec<Product>, tokio_postgres::Error> {
    let sql =
        format!("SELECT {COLUMNS} FROM products WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE");
    let rows = client.query(&sql, &[&ids]).await?;
    Ok(rows.iter().map(Product::from_row).collect())
}

/// `products delete`: locks the orders with lines of these products, then the
/// products themselves (FOR UPDATE: their key goes away), following the lock
/// order of `db/mod.rs`; returns the orders whose documents must change.
pub(crate) async fn lock_for_delete(
    client: &impl tokio_postgres::GenericClient,
    ids: &[i64],
) -> Result<Vec<i64>, tokio_postgres::Error> {
    client
        .execute(
            "SELECT 1 FROM orders WHERE id IN \
               (SELECT order_id FROM order_items WHERE product_id = ANY($1)) \
             ORDER BY id FOR NO KEY UPDATE",
            &[&ids],
        )
        .await?;
    client
        .execute("SELECT 1 FROM products WHERE id = ANY($1) ORDER BY id FOR UPDATE", &[&ids])
        .await?;
    // Read after the locks: orders created meanwhile are included.
    let rows = client
        .query(
            "SELECT DISTINCT order_id FROM order_items WHERE product_id = ANY($1) ORDER BY order_id",
            &[&ids],
        )
        .await?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// Resolves references to products and locks them, in id order.
pub(crate) async fn lock_refs(
    client: &impl tokio_postgres::GenericClient,
    refs: &[&ProductRef],
    extra_ids: &[i64],
) -> Result<Vec<Product>, tokio_postgres::Error> {
    let mut ids: Vec<i64> = extra_ids.to_vec();
    let mut skus: Vec<&str> = Vec::new();
    for reference in refs {
        match reference {
            ProductRef::Id(id) => ids.push(*id),
            ProductRef::Sku(sku) => skus.push(sku.as_str()),
        }
    }
    let sql = format!(
        "SELECT {COLUMNS} FROM products WHERE id = ANY($1) OR sku = ANY($2) ORDER BY id FOR NO KEY UPDATE"
    );
    // Typed: no separate prepare round trip on the write path.
    let rows =
        client.query_typed(&sql, &[(&ids, Type::INT8_ARRAY), (&skus, Type::TEXT_ARRAY)]).await?;
    Ok(rows.iter().map(Product::from_row).collect())
}

/// Adds `delta` to each product's stock (negative takes stock). The rows must
/// already be locked by the caller's transaction.
pub(crate) async fn adjust_stock(
    client: &impl tokio_postgres::GenericClient,
    deltas: &[(i64, i32)],
) -> Result<(), tokio_postgres::Error> {
    if deltas.is_empty() {
        return Ok(());
    }
    let (ids, amounts): (Vec<i64>, Vec<i32>) = deltas.iter().copied().unzip();
    client
        .execute_typed(
            "UPDATE products p SET stock = p.stock + d.delta, updated_at = now() \
             FROM unnest($1::bigint[], $2::int[]) AS d(id, delta) WHERE p.id = d.id",
            &[(&ids, Type::INT8_ARRAY), (&amounts, Type::INT4_ARRAY)],
        )
        .await?;
    Ok(())
}

/// How many products there are.
pub(crate) async fn count(
    client: &impl tokio_postgres::GenericClient,
) -> Result<i64, tokio_postgres::Error> {
    Ok(client.query_one("SELECT count(*) FROM products", &[]).await?.get(0))
}

/// Every product in id order, as a stream (an export of any size in
/// bounded memory).
pub(crate) async fn stream_all(
    client: &impl tokio_postgres::GenericClient,
) -> Result<
    impl futures_util::Stream<Item = Result<Product, tokio_postgres::Error>>,
    tokio_postgres::Error,
> {
    use futures_util::StreamExt;
    let rows = client
        .query_raw(
            &format!("SELECT {COLUMNS} FROM products ORDER BY id"),
            std::iter::empty::<i64>(),
        )
        .await?;
    Ok(rows.map(|row| row.map(|row| Product::from_row(&row))))
}

/// SKUs for shell completion, in order, at most `limit`.
pub(crate) async fn skus(
    client: &impl tokio_postgres::GenericClient,
    limit: i64,
) -> Result<Vec<String>, tokio_postgres::Error> {
    let rows = client.query("SELECT sku FROM products ORDER BY sku LIMIT $1", &[&limit]).await?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// Deletes products by id, each with a `deleted` history event keeping its
/// last values; returns the ids actually deleted.
pub(crate) async fn delete(
    client: &impl tokio_postgres::GenericClient,
    ids: &[i64],
    actor: &Actor,
) -> Result<Vec<i64>, tokio_postgres::Error> {
    let sql = format!(
        "WITH d AS (DELETE FROM products WHERE id = ANY($1) \
                    RETURNING id, sku, history_product(products) AS snapshot), \
              h AS (INSERT INTO history (entity, entity_id, product_sku, action, old, {ACTOR_COLUMNS}) \
                    SELECT 'product', id, sku, 'deleted', snapshot, $2, $3, $4 FROM d) \
         SELECT id FROM d ORDER BY id"
    );
    let [os_user, host, command] = actor.values();
    let rows = client.query(&sql, &[&ids, os_user, host, command]).await?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_pattern_escapes_wildcards() {
        assert_eq!(like_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
    }
}
