//! Queries on the `products` table: reads, and the writes with their
//! history events. (Just over 400 lines: one table's statements; the
//! import's set-based ones are in `product_import.rs`.)

use std::sync::LazyLock;

use tokio_postgres::types::ToSql;
use tokio_postgres::types::Type;

use super::decode;
use super::error::{DbError, DbResult};
use crate::db::history::{ACTOR_COLUMNS, Actor};
use crate::domain::{Email, Money, OptionalText, ProductRef, RequiredText, Stock};
use crate::model::field::column_list;
use crate::model::{NewProduct, Product, ProductChanges};

/// The products columns, from the model's one list.
pub(super) static COLUMNS: LazyLock<String> = LazyLock::new(|| column_list(&Product::FIELDS));

/// Writes a new product and its `created` history event, in one statement.
pub(crate) async fn insert(
    client: &impl tokio_postgres::GenericClient,
    p: &NewProduct,
    actor: &Actor,
) -> DbResult<Product> {
    let sql = format!(
        "WITH p AS (INSERT INTO products (sku, name, price, stock, seller_email, description, \
                                          manufacturer, stocked_at) \
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                    RETURNING {cols}, history_product(products) AS snapshot), \
              h AS (INSERT INTO history (entity, entity_id, product_sku, action, new, {ACTOR_COLUMNS}) \
                    SELECT 'product', p.id, p.sku, 'created', p.snapshot, $9, $10, $11 FROM p) \
         SELECT {cols} FROM p",
        cols = COLUMNS.as_str()
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
    Ok(decode::product(&row)?)
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
) -> DbResult<Option<Product>> {
    let (cond, param) = condition(reference);
    let sql = format!("SELECT {cols} FROM products WHERE {cond}", cols = COLUMNS.as_str());
    let row = client.query_opt(&sql, &[param.as_ref() as &(dyn ToSql + Sync)]).await?;
    Ok(row.as_ref().map(decode::product).transpose()?)
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
) -> DbResult<Vec<Product>> {
    let pattern = filter.search.as_deref().map(like_pattern);
    let sql = format!(
        "SELECT {cols} FROM products \
         WHERE ($1::text IS NULL OR seller_email = $1) \
           AND ($2::text IS NULL OR sku ILIKE $2 OR name ILIKE $2) \
           AND id > $3 \
         ORDER BY id LIMIT $4",
        cols = COLUMNS.as_str()
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
    Ok(rows.iter().map(decode::product).collect::<Result<_, _>>()?)
}

/// `%text%` for ILIKE, with the user's `%`, `_` and `\` taken literally.
pub(super) fn like_pattern(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

/// Applies the changes and appends the `updated` history event; `add_stock`
/// is atomic against concurrent orders. Must run in a transaction: the row
/// is locked by a statement of its own first, so the old values recorded
/// are the ones this update replaced, even when it waited for another
/// writer. (Locking and updating the row in one statement, as this did,
/// deadlocked under load: when the lock had waited, the statement's update
/// queued for the row again behind a writer that was waiting for it.)
pub(crate) async fn update(
    client: &impl tokio_postgres::GenericClient,
    id: i64,
    c: &ProductChanges,
    actor: &Actor,
) -> DbResult<Option<Product>> {
    let lock = "SELECT 1 FROM products WHERE id = $1 FOR NO KEY UPDATE";
    let sql = format!(
        "WITH old AS (SELECT history_product(p) AS snapshot FROM products p WHERE id = $1), \
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
                    RETURNING {cols}, history_product(products) AS snapshot), \
              h AS (INSERT INTO history (entity, entity_id, product_sku, action, old, new, \
                                         {ACTOR_COLUMNS}) \
                    SELECT 'product', u.id, u.sku, 'updated', \
                           history_changed(old.snapshot, u.snapshot), \
                           history_changed(u.snapshot, old.snapshot), $13, $14, $15 \
                    FROM u, old) \
         SELECT {cols} FROM u",
        cols = COLUMNS.as_str()
    );
    let [os_user, host, command] = actor.values();
    let (name, price, stock) = (
        c.name.as_ref().map(RequiredText::as_str),
        c.price.map(Money::decimal),
        c.stock.map(Stock::get),
    );
    let seller_email = c.seller_email.as_ref().map(Email::as_str);
    let description = c.description.as_ref().and_then(OptionalText::as_deref);
    let manufacturer = c.manufacturer.as_ref().and_then(OptionalText::as_deref);
    let stocked_at = c.stocked_at.as_ref().and_then(OptionalText::as_deref);
    let params: [&(dyn ToSql + Sync); 15] = [
        &id,
        &name,
        &price,
        &stock,
        &c.add_stock,
        &seller_email,
        &c.description.is_some(),
        &description,
        &c.manufacturer.is_some(),
        &manufacturer,
        &c.stocked_at.is_some(),
        &stocked_at,
        os_user,
        host,
        command,
    ];
    client.execute(lock, &[&id]).await?;
    let row = client.query_opt(&sql, &params).await.map_err(|err| match err.code() {
        // stock + --add-stock past `integer`.
        Some(&tokio_postgres::error::SqlState::NUMERIC_VALUE_OUT_OF_RANGE) => {
            DbError::StockAboveMax
        }
        _ => DbError::from(err),
    })?;
    Ok(row.as_ref().map(decode::product).transpose()?)
}

/// Locks the given products in id order (the order every writer uses, so that
/// concurrent transactions cannot deadlock) and returns them.
pub(crate) async fn lock_by_ids(
    client: &impl tokio_postgres::GenericClient,
    ids: &[i64],
) -> DbResult<Vec<Product>> {
    let sql = format!(
        "SELECT {cols} FROM products WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE",
        cols = COLUMNS.as_str()
    );
    let rows = client.query(&sql, &[&ids]).await?;
    Ok(rows.iter().map(decode::product).collect::<Result<_, _>>()?)
}

/// `products delete`: locks the orders with lines of these products, then the
/// products themselves (FOR UPDATE: their key goes away), following the lock
/// order of `db/mod.rs`; returns the orders whose documents must change.
pub(crate) async fn lock_for_delete(
    client: &impl tokio_postgres::GenericClient,
    ids: &[i64],
) -> DbResult<Vec<i64>> {
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
    Ok(decode::column_of_each(&rows, "order_items", "order_id")?)
}

/// Resolves references to products and locks them, in id order.
pub(crate) async fn lock_refs(
    client: &impl tokio_postgres::GenericClient,
    refs: &[&ProductRef],
    extra_ids: &[i64],
) -> DbResult<Vec<Product>> {
    let mut ids: Vec<i64> = extra_ids.to_vec();
    let mut skus: Vec<&str> = Vec::new();
    for reference in refs {
        match reference {
            ProductRef::Id(id) => ids.push(*id),
            ProductRef::Sku(sku) => skus.push(sku.as_str()),
        }
    }
    let sql = format!(
        "SELECT {cols} FROM products WHERE id = ANY($1) OR sku = ANY($2) ORDER BY id FOR NO KEY UPDATE",
        cols = COLUMNS.as_str()
    );
    // Typed: no separate prepare round trip on the write path.
    let rows =
        client.query_typed(&sql, &[(&ids, Type::INT8_ARRAY), (&skus, Type::TEXT_ARRAY)]).await?;
    Ok(rows.iter().map(decode::product).collect::<Result<_, _>>()?)
}

/// Adds `delta` to each product's stock (negative takes stock). The rows must
/// already be locked by the caller's transaction.
pub(crate) async fn adjust_stock(
    client: &impl tokio_postgres::GenericClient,
    deltas: &[(i64, i32)],
) -> DbResult<()> {
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
pub(crate) async fn count(client: &impl tokio_postgres::GenericClient) -> DbResult<i64> {
    let row = client.query_one("SELECT count(*) AS products FROM products", &[]).await?;
    Ok(decode::column(&row, "products", "products")?)
}

/// Every product in id order, as a stream (an export of any size in
/// bounded memory).
pub(crate) async fn stream_all(
    client: &impl tokio_postgres::GenericClient,
) -> DbResult<impl futures_util::Stream<Item = DbResult<Product>>> {
    use futures_util::StreamExt;
    let rows = client
        .query_raw(
            &format!("SELECT {cols} FROM products ORDER BY id", cols = COLUMNS.as_str()),
            std::iter::empty::<i64>(),
        )
        .await?;
    Ok(rows.map(|row| Ok(decode::product(&row?)?)))
}

/// SKUs for shell completion, in order, at most `limit`.
pub(crate) async fn skus(
    client: &impl tokio_postgres::GenericClient,
    limit: i64,
) -> DbResult<Vec<String>> {
    let rows = client.query("SELECT sku FROM products ORDER BY sku LIMIT $1", &[&limit]).await?;
    Ok(decode::column_of_each(&rows, "products", "sku")?)
}

/// Deletes products by id, each with a `deleted` history event keeping its
/// last values; returns the ids actually deleted.
pub(crate) async fn delete(
    client: &impl tokio_postgres::GenericClient,
    ids: &[i64],
    actor: &Actor,
) -> DbResult<Vec<i64>> {
    let sql = format!(
        "WITH d AS (DELETE FROM products WHERE id = ANY($1) \
                    RETURNING id, sku, history_product(products) AS snapshot), \
              h AS (INSERT INTO history (entity, entity_id, product_sku, action, old, {ACTOR_COLUMNS}) \
                    SELECT 'product', id, sku, 'deleted', snapshot, $2, $3, $4 FROM d) \
         SELECT id FROM d ORDER BY id"
    );
    let [os_user, host, command] = actor.values();
    let rows = client.query(&sql, &[&ids, os_user, host, command]).await?;
    Ok(decode::column_of_each(&rows, "products", "id")?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_pattern_escapes_wildcards() {
        assert_eq!(like_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
    }
}
