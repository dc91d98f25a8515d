//! The set-based statements of the bulk commands: many orders moved, many
//! orders deleted, many products changed, each in one statement with one
//! history event per order or product (what `orders history ID` and
//! `products history` show, as for a change of one). The rows must be
//! locked by the caller's transaction first, in the lock order of
//! `db/mod.rs` (`selection::select_orders` / `select_products` with `lock`).

use rust_decimal::Decimal;
use tokio_postgres::GenericClient;
use tokio_postgres::types::Type;

use super::decode;
use super::error::{DbError, DbResult};
use crate::db::history::{ACTOR_COLUMNS, Actor};
use crate::domain::{Email, OptionalText, OrderState, RequiredText};

/// A notification for `orders watch` and the console: the ids when few
/// (as an import's), else only how many (a payload has a size limit).
const NOTIFY_IDS_UP_TO: i64 = 500;

/// Moves the orders `ids` (locked, in state `old` each) to `next`, setting
/// or clearing `closed_at`, marking those in `restocked` as no longer
/// holding stock, each with its `state` history event; notifies `orders
/// watch` once. Returns how many moved.
pub(crate) async fn set_states(
    client: &impl GenericClient,
    moves: &[(i64, OrderState, bool)],
    next: OrderState,
    actor: &Actor,
) -> DbResult<u64> {
    if moves.is_empty() {
        return Ok(0);
    }
    let ids: Vec<i64> = moves.iter().map(|m| m.0).collect();
    let old: Vec<&str> = moves.iter().map(|m| m.1.as_str()).collect();
    let restocked: Vec<bool> = moves.iter().map(|m| m.2).collect();
    let [os_user, host, command] = actor.typed_values();
    let sql = format!(
        "WITH t AS (SELECT * FROM unnest($1::bigint[], $2::text[], $3::bool[]) AS t(id, old, restocked)), \
              u AS (UPDATE orders o SET state = $4, updated_at = now(), \
                           closed_at = CASE WHEN $5 THEN now() ELSE NULL END, \
                           holds_stock = o.holds_stock AND NOT t.restocked \
                    FROM t WHERE o.id = t.id RETURNING o.id, t.old, t.restocked), \
              h AS (INSERT INTO history (entity, entity_id, action, old, new, {ACTOR_COLUMNS}) \
                    SELECT 'order', u.id, 'state', jsonb_build_object('state', u.old), \
                           jsonb_build_object('state', $4::text) || CASE WHEN u.restocked \
                               THEN jsonb_build_object('restocked', true) ELSE '{{}}' END, \
                           $6, $7, $8 FROM u ORDER BY u.id), \
              n AS (SELECT count(*) AS moved FROM u) \
         SELECT n.moved, pg_notify('ecomctl_orders', json_build_object('event', 'state', \
                    'ids', CASE WHEN n.moved <= {NOTIFY_IDS_UP_TO} \
                                THEN (SELECT array_agg(id ORDER BY id) FROM u) END, \
                    'count', n.moved)::text) AS notified \
         FROM n"
    );
    let rows = client
        .query_typed(
            &sql,
            &[
                (&ids, Type::INT8_ARRAY),
                (&old, Type::TEXT_ARRAY),
                (&restocked, Type::BOOL_ARRAY),
                (&next.as_str(), Type::TEXT),
                (&next.is_closed(), Type::BOOL),
                os_user,
                host,
                command,
            ],
        )
        .await?;
    let row = rows.first().ok_or(DbError::NoRow("moved count"))?;
    let moved: i64 = decode::column(row, "orders", "moved")?;
    Ok(moved as u64)
}

/// Puts back in stock what the lines of these orders hold (products that
/// still exist): the products are locked in id order first, then their
/// stock raised in one statement. Returns the units put back.
pub(crate) async fn restock_orders(
    client: &impl GenericClient,
    order_ids: &[i64],
) -> DbResult<u64> {
    if order_ids.is_empty() {
        return Ok(0);
    }
    client
        .execute_typed(
            "SELECT 1 FROM products WHERE id IN \
               (SELECT product_id FROM order_items WHERE order_id = ANY($1)) \
             ORDER BY id FOR NO KEY UPDATE",
            &[(&order_ids, Type::INT8_ARRAY)],
        )
        .await?;
    let rows = client
        .query_typed(
            "WITH s AS (SELECT product_id, sum(quantity)::bigint AS units FROM order_items \
                        WHERE order_id = ANY($1) AND product_id IS NOT NULL GROUP BY product_id), \
                  u AS (UPDATE products p SET stock = p.stock + s.units, updated_at = now() \
                        FROM s WHERE p.id = s.product_id RETURNING s.units) \
             SELECT COALESCE(sum(units), 0)::bigint AS units FROM u",
            &[(&order_ids, Type::INT8_ARRAY)],
        )
        .await
        .map_err(|err| match err.code() {
            Some(&tokio_postgres::error::SqlState::NUMERIC_VALUE_OUT_OF_RANGE) => {
                DbError::StockAboveMax
            }
            _ => DbError::from(err),
        })?;
    let row = rows.first().ok_or(DbError::NoRow("units restocked"))?;
    let units: i64 = decode::column(row, "products", "units")?;
    Ok(units as u64)
}

/// Deletes the orders `ids` (locked) and their lines, each with a `deleted`
/// history event keeping its last values and lines (and, for those marked
/// restocked, that their stock went back). Returns the ids deleted.
pub(crate) async fn delete_orders(
    client: &impl GenericClient,
    orders: &[(i64, bool)],
    actor: &Actor,
) -> DbResult<Vec<i64>> {
    if orders.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = orders.iter().map(|o| o.0).collect();
    let restocked: Vec<bool> = orders.iter().map(|o| o.1).collect();
    let [os_user, host, command] = actor.typed_values();
    let sql = format!(
        "WITH t AS (SELECT * FROM unnest($1::bigint[], $2::bool[]) AS t(id, restocked)), \
              d AS (DELETE FROM orders o USING t WHERE o.id = t.id RETURNING o.id, t.restocked, \
                    history_order(o) || jsonb_build_object('items', history_lines(o.id)) AS snapshot), \
              h AS (INSERT INTO history (entity, entity_id, action, old, new, {ACTOR_COLUMNS}) \
                    SELECT 'order', id, 'deleted', snapshot, \
                           CASE WHEN restocked THEN jsonb_build_object('restocked', true) END, \
                           $3, $4, $5 FROM d ORDER BY id) \
         SELECT id FROM d ORDER BY id"
    );
    let rows = client
        .query_typed(
            &sql,
            &[(&ids, Type::INT8_ARRAY), (&restocked, Type::BOOL_ARRAY), os_user, host, command],
        )
        .await?;
    Ok(decode::column_of_each(&rows, "orders", "id")?)
}

/// What a bulk change sets on every product alike (each `Some` is a change).
#[derive(Debug, Default, Clone)]
pub(crate) struct SameForAll {
    pub(crate) name: Option<RequiredText>,
    pub(crate) seller_email: Option<Email>,
    pub(crate) description: Option<OptionalText>,
    pub(crate) manufacturer: Option<OptionalText>,
    pub(crate) stocked_at: Option<OptionalText>,
}

/// Changes the products `rows` (locked): each its own new price and stock
/// (`None` keeps it), and the fields of `same` alike; one `updated` history
/// event per product that changed. Returns how many changed.
pub(crate) async fn update_products(
    client: &impl GenericClient,
    rows: &[(i64, Option<Decimal>, Option<i32>)],
    same: &SameForAll,
    actor: &Actor,
) -> DbResult<u64> {
    if rows.is_empty() {
        return Ok(0);
    }
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let prices: Vec<Option<Decimal>> = rows.iter().map(|r| r.1).collect();
    let stocks: Vec<Option<i32>> = rows.iter().map(|r| r.2).collect();
    let text =
        |t: &Option<OptionalText>| t.as_ref().and_then(OptionalText::as_deref).map(str::to_owned);
    let (description, manufacturer, stocked_at) =
        (text(&same.description), text(&same.manufacturer), text(&same.stocked_at));
    let name = same.name.as_ref().map(|n| n.as_str().to_owned());
    let seller = same.seller_email.as_ref().map(|e| e.as_str().to_owned());
    let [os_user, host, command] = actor.typed_values();
    let sql = format!(
        "WITH c AS (SELECT * FROM unnest($1::bigint[], $2::numeric[], $3::int[]) AS c(id, price, stock)), \
              old AS (SELECT p.id, history_product(p) AS snapshot FROM products p JOIN c USING (id)), \
              u AS (UPDATE products p SET \
                      price = COALESCE(c.price, p.price), stock = COALESCE(c.stock, p.stock), \
                      name = COALESCE($4, p.name), seller_email = COALESCE($5, p.seller_email), \
                      description = CASE WHEN $6 THEN $7 ELSE p.description END, \
                      manufacturer = CASE WHEN $8 THEN $9 ELSE p.manufacturer END, \
                      stocked_at = CASE WHEN $10 THEN $11 ELSE p.stocked_at END, \
                      updated_at = now() \
                    FROM c WHERE p.id = c.id RETURNING p.id, p.sku, history_product(p) AS snapshot), \
              h AS (INSERT INTO history (entity, entity_id, product_sku, action, old, new, {ACTOR_COLUMNS}) \
                    SELECT 'product', u.id, u.sku, 'updated', \
                           history_changed(old.snapshot, u.snapshot), \
                           history_changed(u.snapshot, old.snapshot), $12, $13, $14 \
                    FROM u JOIN old USING (id) \
                    WHERE history_changed(old.snapshot, u.snapshot) IS NOT NULL ORDER BY u.id \
                    RETURNING 1) \
         SELECT count(*) AS changed FROM h"
    );
    let found = client
        .query_typed(
            &sql,
            &[
                (&ids, Type::INT8_ARRAY),
                (&prices, Type::NUMERIC_ARRAY),
                (&stocks, Type::INT4_ARRAY),
                (&name, Type::TEXT),
                (&seller, Type::TEXT),
                (&same.description.is_some(), Type::BOOL),
                (&description, Type::TEXT),
                (&same.manufacturer.is_some(), Type::BOOL),
                (&manufacturer, Type::TEXT),
                (&same.stocked_at.is_some(), Type::BOOL),
                (&stocked_at, Type::TEXT),
                os_user,
                host,
                command,
            ],
        )
        .await?;
    let row = found.first().ok_or(DbError::NoRow("changed count"))?;
    let changed: i64 = decode::column(row, "products", "changed")?;
    Ok(changed as u64)
}
