//! Queries on `orders` and `order_items`.

use std::collections::HashMap;

use color_eyre::eyre::{Result, eyre};
use rust_decimal::Decimal;
use serde::Serialize;
use time::OffsetDateTime;
use tokio_postgres::types::Type;
use tokio_postgres::{GenericClient, Row};

use crate::db::history::{ACTOR_COLUMNS, Actor};
use crate::db::outbox::WAKE_SYNC;
use crate::domain::{Email, OrderState};
use crate::ordering::NewLine;

/// An order with its lines; also its JSON output shape.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Order {
    pub(crate) id: i64,
    pub(crate) external_ref: Option<String>,
    pub(crate) customer_email: String,
    pub(crate) state: OrderState,
    #[serde(with = "rust_decimal::serde::float")]
    pub(crate) total_price: Decimal,
    #[serde(with = "time::serde::rfc3339")]
    pub(crate) created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub(crate) updated_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub(crate) closed_at: Option<OffsetDateTime>,
    pub(crate) items: Vec<OrderItem>,
}

/// One line of an order: the product link (gone when the product is deleted)
/// and the snapshot taken when the line was written.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct OrderItem {
    pub(crate) product_id: Option<i64>,
    pub(crate) product_sku: String,
    pub(crate) product_name: String,
    pub(crate) product_description: Option<String>,
    #[serde(with = "rust_decimal::serde::float")]
    pub(crate) product_price: Decimal,
    pub(crate) quantity: i32,
}

const ORDER_COLUMNS: &str =
    "id, external_ref, customer_email, state, total_price, created_at, updated_at, closed_at";

fn order_from_row(row: &Row) -> Result<Order> {
    let state: &str = row.get(3);
    Ok(Order {
        id: row.get(0),
        external_ref: row.get(1),
        customer_email: row.get(2),
        state: state.parse().map_err(|e| eyre!("order {}: {e}", row.get::<_, i64>(0)))?,
        total_price: row.get(4),
        created_at: row.get(5),
        updated_at: row.get(6),
        closed_at: row.get(7),
        items: Vec::new(),
    })
}

/// Loads the lines of these orders and attaches them, in line order.
async fn attach_items(client: &impl GenericClient, orders: &mut [Order]) -> Result<()> {
    if orders.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = orders.iter().map(|o| o.id).collect();
    let rows = client
        .query(
            "SELECT order_id, product_id, product_sku, product_name, product_description, \
                    product_price, quantity \
             FROM order_items WHERE order_id = ANY($1) ORDER BY order_id, id",
            &[&ids],
        )
        .await?;
    let position: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    for row in rows {
        let order_id: i64 = row.get(0);
        orders[position[&order_id]].items.push(OrderItem {
            product_id: row.get(1),
            product_sku: row.get(2),
            product_name: row.get(3),
            product_description: row.get(4),
            product_price: row.get(5),
            quantity: row.get(6),
        });
    }
    Ok(())
}

pub(crate) async fn get(client: &impl GenericClient, id: i64) -> Result<Option<Order>> {
    let sql = format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = $1");
    let Some(row) = client.query_opt(&sql, &[&id]).await? else {
        return Ok(None);
    };
    let mut orders = [order_from_row(&row)?];
    attach_items(client, &mut orders).await?;
    let [order] = orders;
    Ok(Some(order))
}

/// The orders with these ids that exist, with their lines, in id order.
pub(crate) async fn get_many(client: &impl GenericClient, ids: &[i64]) -> Result<Vec<Order>> {
    let sql = format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = ANY($1) ORDER BY id");
    let rows = client.query(&sql, &[&ids]).await?;
    let mut orders = rows.iter().map(order_from_row).collect::<Result<Vec<_>>>()?;
    attach_items(client, &mut orders).await?;
    Ok(orders)
}

/// `orders list` filters; results are in id order after `after`.
#[derive(Debug, Default)]
pub(crate) struct OrderFilter {
    pub(crate) states: Vec<OrderState>,
    pub(crate) customer_email: Option<Email>,
    pub(crate) since: Option<OffsetDateTime>,
    pub(crate) until: Option<OffsetDateTime>,
    pub(crate) after: Option<i64>,
    pub(crate) limit: i64,
}

pub(crate) async fn list(client: &impl GenericClient, filter: &OrderFilter) -> Result<Vec<Order>> {
    let states: Vec<&str> = filter.states.iter().map(|s| s.as_str()).collect();
    let sql = format!(
        "SELECT {ORDER_COLUMNS} FROM orders \
         WHERE (cardinality($1::text[]) = 0 OR state = ANY($1)) \
           AND ($2::text IS NULL OR customer_email = $2) \
           AND ($3::timestamptz IS NULL OR created_at >= $3) \
           AND ($4::timestamptz IS NULL OR created_at < $4) \
           AND id > $5 \
         ORDER BY id LIMIT $6"
    );
    let rows = client
        .query(
            &sql,
            &[
                &states,
                &filter.customer_email.as_ref().map(Email::as_str),
                &filter.since,
                &filter.until,
                &filter.after.unwrap_or(0),
                &filter.limit,
            ],
        )
        .await?;
    let mut orders = rows.iter().map(order_from_row).collect::<Result<Vec<_>>>()?;
    attach_items(client, &mut orders).await?;
    Ok(orders)
}

/// An order row locked for change, with its lines' (product, quantity).
#[derive(Debug)]
pub(crate) struct LockedOrder {
    pub(crate) id: i64,
    pub(crate) state: OrderState,
    /// Lines still linked to a product; lines of deleted products cannot be restocked.
    pub(crate) linked_quantities: Vec<(i64, i32)>,
}

/// The newest order ids, for shell completion, at most `limit`.
pub(crate) async fn recent_ids(
    client: &impl GenericClient,
    limit: i64,
) -> Result<Vec<i64>, tokio_postgres::Error> {
    let rows = client.query("SELECT id FROM orders ORDER BY id DESC LIMIT $1", &[&limit]).await?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// Locks an order row (always before any product row, the order every writer
/// follows) and reads its lines.
pub(crate) async fn lock(client: &impl GenericClient, id: i64) -> Result<Option<LockedOrder>> {
    let Some(row) =
        client.query_opt("SELECT state FROM orders WHERE id = $1 FOR UPDATE", &[&id]).await?
    else {
        return Ok(None);
    };
    let state: &str = row.get(0);
    let state: OrderState = state.parse()?;
    let rows = client
        .query(
            "SELECT product_id, quantity FROM order_items \
             WHERE order_id = $1 AND product_id IS NOT NULL ORDER BY product_id",
            &[&id],
        )
        .await?;
    Ok(Some(LockedOrder {
        id,
        state,
        linked_quantities: rows.iter().map(|r| (r.get(0), r.get(1))).collect(),
    }))
}

/// New lines as the column arrays the `unnest(…)` of an INSERT reads.
struct LineColumns<'a> {
    product_ids: Vec<i64>,
    skus: Vec<&'a str>,
    names: Vec<&'a str>,
    descriptions: Vec<Option<&'a str>>,
    prices: Vec<Decimal>,
    quantities: Vec<i32>,
}

impl<'a> LineColumns<'a> {
    fn of(lines: &'a [NewLine]) -> Self {
        LineColumns {
            product_ids: lines.iter().map(|l| l.product_id).collect(),
            skus: lines.iter().map(|l| l.sku.as_str()).collect(),
            names: lines.iter().map(|l| l.name.as_str()).collect(),
            descriptions: lines.iter().map(|l| l.description.as_deref()).collect(),
            prices: lines.iter().map(|l| l.price).collect(),
            quantities: lines.iter().map(|l| l.quantity).collect(),
        }
    }
}

/// Writes a new order whole in one statement — the order row, its lines,
/// the stock it takes (`stock_deltas`, products already locked), its
/// outbox entry, the notifications (`orders watch`, `sync --watch`) and
/// its `created` history event — and returns it (without lines) with the
/// outbox version. One statement instead of five: one round trip and one plan.
pub(crate) async fn create(
    client: &impl GenericClient,
    customer_email: &Email,
    external_ref: Option<&str>,
    total: Decimal,
    lines: &[NewLine],
    stock_deltas: &[(i64, i32)],
    actor: &Actor,
) -> Result<(Order, i64), InsertError> {
    let columns = LineColumns::of(lines);
    let (stock_ids, stock_amounts): (Vec<i64>, Vec<i32>) = stock_deltas.iter().copied().unzip();
    let [os_user, host, command] = actor.typed_values();
    let sql = format!(
        "WITH o AS (INSERT INTO orders (customer_email, external_ref, total_price) \
                    VALUES ($1, $2, $3) RETURNING {ORDER_COLUMNS}, history_order(orders) AS snapshot), \
              i AS (INSERT INTO order_items (order_id, product_id, product_sku, product_name, \
                                             product_description, product_price, quantity) \
                    SELECT o.id, a, b, c, d, e, f FROM o, \
                           unnest($4::bigint[], $5::text[], $6::text[], $7::text[], $8::numeric[], \
                                  $9::int[]) WITH ORDINALITY AS l(a, b, c, d, e, f, n) \
                    ORDER BY n), \
              s AS (UPDATE products p SET stock = p.stock + d.delta, updated_at = now() \
                    FROM unnest($10::bigint[], $11::int[]) AS d(id, delta) WHERE p.id = d.id), \
              q AS (INSERT INTO search_outbox (order_id) SELECT id FROM o \
                    ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq') \
                    RETURNING seq), \
              f AS (SELECT pg_notify('ecomctl_orders', json_build_object( \
                        'event', 'created', 'ids', ARRAY[o.id], 'count', 1)::text) FROM o), \
              w AS (SELECT {WAKE_SYNC} FROM q), \
              h AS (INSERT INTO history (entity, entity_id, action, new, {ACTOR_COLUMNS}) \
                    SELECT 'order', o.id, 'created', \
                           o.snapshot || jsonb_build_object('items', (\
                               SELECT jsonb_agg(jsonb_build_object('sku', b, 'name', c, \
                                          'price', e::text, 'quantity', f) ORDER BY n) \
                               FROM unnest($5::text[], $6::text[], $8::numeric[], $9::int[]) \
                                    WITH ORDINALITY AS l(b, c, e, f, n))), \
                           $12, $13, $14 FROM o) \
         SELECT {ORDER_COLUMNS}, q.seq FROM o CROSS JOIN q LEFT JOIN f ON true LEFT JOIN w ON true"
    );
    let rows = client
        .query_typed(
            &sql,
            &[
                (&customer_email.as_str(), Type::TEXT),
                (&external_ref, Type::TEXT),
                (&total, Type::NUMERIC),
                (&columns.product_ids, Type::INT8_ARRAY),
                (&columns.skus, Type::TEXT_ARRAY),
                (&columns.names, Type::TEXT_ARRAY),
                (&columns.descriptions, Type::TEXT_ARRAY),
                (&columns.prices, Type::NUMERIC_ARRAY),
                (&columns.quantities, Type::INT4_ARRAY),
                (&stock_ids, Type::INT8_ARRAY),
                (&stock_amounts, Type::INT4_ARRAY),
                os_user,
                host,
                command,
            ],
        )
        .await
        .map_err(InsertError::Db)?;
    let row = rows.first().expect("the order row and its outbox entry");
    let order = order_from_row(row).map_err(InsertError::Row)?;
    Ok((order, row.get(8)))
}

/// Why `create` failed: the database refused, or the row it returned
/// could not be read.
#[derive(Debug, thiserror::Error)]
pub(crate) enum InsertError {
    #[error(transparent)]
    Db(tokio_postgres::Error),
    #[error("{0}")]
    Row(color_eyre::Report),
}

impl OrderItem {
    /// The line as written from a new line (its snapshot).
    pub(crate) fn from_new(line: &NewLine) -> Self {
        OrderItem {
            product_id: Some(line.product_id),
            product_sku: line.sku.clone(),
            product_name: line.name.clone(),
            product_description: line.description.clone(),
            product_price: line.price,
            quantity: line.quantity,
        }
    }
}

/// Writes the lines of an order in one statement.
pub(crate) async fn insert_items(
    client: &impl GenericClient,
    order_id: i64,
    lines: &[NewLine],
) -> Result<(), tokio_postgres::Error> {
    let columns = LineColumns::of(lines);
    client
        .execute_typed(
            "INSERT INTO order_items (order_id, product_id, product_sku, product_name, \
                                      product_description, product_price, quantity) \
             SELECT $1, a, b, c, d, e, f FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], \
                                      $6::numeric[], $7::int[]) WITH ORDINALITY AS l(a, b, c, d, e, f, n) \
             ORDER BY n",
            &[
                (&order_id, Type::INT8),
                (&columns.product_ids, Type::INT8_ARRAY),
                (&columns.skus, Type::TEXT_ARRAY),
                (&columns.names, Type::TEXT_ARRAY),
                (&columns.descriptions, Type::TEXT_ARRAY),
                (&columns.prices, Type::NUMERIC_ARRAY),
                (&columns.quantities, Type::INT4_ARRAY),
            ],
        )
        .await?;
    Ok(())
}

/// Replaces an order's lines and total, marks it CHANGED, and appends the
/// `items` history event (lines, total and state before and after). The
/// order must be locked by the caller's transaction.
pub(crate) async fn replace_items(
    client: &impl GenericClient,
    order_id: i64,
    lines: &[NewLine],
    total: Decimal,
    actor: &Actor,
) -> Result<(), tokio_postgres::Error> {
    let before: serde_json::Value = client
        .query_one(
            "WITH old AS (SELECT history_order(o) || jsonb_build_object('items', history_lines(o.id)) \
                          AS snapshot FROM orders o WHERE id = $1), \
                  d AS (DELETE FROM order_items WHERE order_id = $1) \
             SELECT snapshot FROM old",
            &[&order_id],
        )
        .await?
        .get(0);
    insert_items(client, order_id, lines).await?;
    // Becoming CHANGED is a state change for `orders watch` (unless it was).
    let [os_user, host, command] = actor.values();
    client
        .execute(
            &format!(
                "WITH u AS (UPDATE orders SET state = 'CHANGED', total_price = $2, updated_at = now() \
                            WHERE id = $1 RETURNING id, \
                            history_order(orders) || jsonb_build_object('items', history_lines(id)) \
                            AS snapshot), \
                      h AS (INSERT INTO history (entity, entity_id, action, old, new, {ACTOR_COLUMNS}) \
                            SELECT 'order', u.id, 'items', history_changed($3, u.snapshot), \
                                   history_changed(u.snapshot, $3), $4, $5, $6 FROM u) \
                 SELECT pg_notify('ecomctl_orders', json_build_object( \
                     'event', 'state', 'ids', ARRAY[u.id], 'count', 1)::text) \
                 FROM u WHERE $3::jsonb ->> 'state' <> 'CHANGED'"
            ),
            &[&order_id, &total, &before, os_user, host, command],
        )
        .await?;
    Ok(())
}

/// Moves an order to `state`, setting `closed_at` when the state closes it,
/// and appends the `state` history event (noting when the move returned the
/// order's stock). The order must be locked by the caller's transaction (so
/// the state read here is the one replaced).
pub(crate) async fn set_state(
    client: &impl GenericClient,
    order_id: i64,
    state: OrderState,
    restocked: bool,
    actor: &Actor,
) -> Result<(), tokio_postgres::Error> {
    let [os_user, host, command] = actor.values();
    client
        .execute(
            &format!(
                "WITH old AS (SELECT state FROM orders WHERE id = $1), \
                      u AS (UPDATE orders SET state = $2, updated_at = now(), \
                                   closed_at = CASE WHEN $3 THEN now() ELSE NULL END \
                            WHERE id = $1 RETURNING id, state), \
                      h AS (INSERT INTO history (entity, entity_id, action, old, new, {ACTOR_COLUMNS}) \
                            SELECT 'order', u.id, 'state', jsonb_build_object('state', old.state), \
                                   jsonb_build_object('state', u.state) || CASE WHEN $7 \
                                       THEN jsonb_build_object('restocked', true) ELSE '{{}}' END, \
                                   $4, $5, $6 FROM u, old) \
                 SELECT pg_notify('ecomctl_orders', json_build_object( \
                     'event', 'state', 'ids', ARRAY[u.id], 'count', 1)::text) FROM u"
            ),
            &[&order_id, &state.as_str(), &state.is_closed(), os_user, host, command, &restocked],
        )
        .await?;
    Ok(())
}

/// Deletes orders (their lines go with them), each with a `deleted` history
/// event keeping its last values and lines (and, for those in `restocked`,
/// that their stock was returned); returns the ids deleted.
pub(crate) async fn delete(
    client: &impl GenericClient,
    ids: &[i64],
    restocked: &[i64],
    actor: &Actor,
) -> Result<Vec<i64>, tokio_postgres::Error> {
    let [os_user, host, command] = actor.values();
    let rows = client
        .query(
            &format!(
                "WITH d AS (DELETE FROM orders WHERE id = ANY($1) RETURNING id, \
                            history_order(orders) || jsonb_build_object('items', history_lines(id)) \
                            AS snapshot), \
                      h AS (INSERT INTO history (entity, entity_id, action, old, new, {ACTOR_COLUMNS}) \
                            SELECT 'order', id, 'deleted', snapshot, \
                                   CASE WHEN id = ANY($2) THEN jsonb_build_object('restocked', true) END, \
                                   $3, $4, $5 FROM d) \
                 SELECT id FROM d ORDER BY id"
            ),
            &[&ids, &restocked, os_user, host, command],
        )
        .await?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}
