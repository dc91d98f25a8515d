//! Changes to orders: the lock every change of an order starts with, and
//! the statements that create, re-line, move and delete orders — each with
//! its history event, and the notification `orders watch` follows.

use rust_decimal::Decimal;
use tokio_postgres::GenericClient;
use tokio_postgres::types::{ToSql, Type};

use super::decode;
use super::error::{DbError, DbResult};
use super::orders::ORDER_COLUMNS;
use crate::db::history::{ACTOR_COLUMNS, Actor};
use crate::db::outbox::WAKE_SYNC;
use crate::domain::{Email, OrderState};
use crate::model::NewLine;
use crate::model::Order;

/// An order row locked for change, with its lines' (product, quantity).
#[derive(Debug)]
pub(crate) struct LockedOrder {
    pub(crate) id: i64,
    pub(crate) state: OrderState,
    /// The order took its quantities out of stock and has not given them
    /// back (false for orders imported with `--no-stock`; migration V8).
    took_stock: bool,
    /// Lines still linked to a product; lines of deleted products cannot be restocked.
    pub(crate) linked_quantities: Vec<(i64, i32)>,
}

impl LockedOrder {
    /// Whether the order's quantities are out of stock on its account, so
    /// that cancelling, refunding, failing it before shipping, replacing
    /// its lines or deleting it with `--restock` may give them back.
    pub(crate) fn holds_stock(&self) -> bool {
        self.took_stock && self.state.holds_stock()
    }
}

/// Locks an order row (always before any product row, the order every writer
/// follows) and reads its lines.
pub(crate) async fn lock(client: &impl GenericClient, id: i64) -> DbResult<Option<LockedOrder>> {
    let Some(row) = client
        .query_opt("SELECT id, state, holds_stock FROM orders WHERE id = $1 FOR UPDATE", &[&id])
        .await?
    else {
        return Ok(None);
    };
    let state: OrderState = decode::state(&row)?;
    let took_stock: bool = decode::column(&row, "orders", "holds_stock")?;
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
        took_stock,
        linked_quantities: rows
            .iter()
            .map(|r| {
                Ok((
                    decode::column(r, "order_items", "product_id")?,
                    decode::column(r, "order_items", "quantity")?,
                ))
            })
            .collect::<DbResult<_>>()?,
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

    /// The six arrays in the order the statements unnest them
    /// (product id, SKU, name, description, price, quantity).
    fn typed_values(&self) -> [(&(dyn ToSql + Sync), Type); 6] {
        [
            (&self.product_ids, Type::INT8_ARRAY),
            (&self.skus, Type::TEXT_ARRAY),
            (&self.names, Type::TEXT_ARRAY),
            (&self.descriptions, Type::TEXT_ARRAY),
            (&self.prices, Type::NUMERIC_ARRAY),
            (&self.quantities, Type::INT4_ARRAY),
        ]
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
) -> DbResult<(Order, i64)> {
    let columns = LineColumns::of(lines);
    let (stock_ids, stock_amounts): (Vec<i64>, Vec<i32>) = stock_deltas.iter().copied().unzip();
    let [product_ids, skus, names, descriptions, prices, quantities] = columns.typed_values();
    let [os_user, host, command] = actor.typed_values();
    let sql = format!(
        "WITH o AS (INSERT INTO orders (customer_email, external_ref, total_price) \
                    VALUES ($1, $2, $3) RETURNING {cols}, history_order(orders) AS snapshot), \
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
         SELECT {cols}, q.seq FROM o CROSS JOIN q LEFT JOIN f ON true LEFT JOIN w ON true",
        cols = ORDER_COLUMNS.as_str()
    );
    let rows = client
        .query_typed(
            &sql,
            &[
                (&customer_email.as_str(), Type::TEXT),
                (&external_ref, Type::TEXT),
                (&total, Type::NUMERIC),
                product_ids,
                skus,
                names,
                descriptions,
                prices,
                quantities,
                (&stock_ids, Type::INT8_ARRAY),
                (&stock_amounts, Type::INT4_ARRAY),
                os_user,
                host,
                command,
            ],
        )
        .await?;
    let row = rows.first().ok_or(DbError::NoRow("created order"))?;
    let order = decode::order(row)?;
    Ok((order, decode::column(row, "search_outbox", "seq")?))
}

/// Writes the lines of an order in one statement.
pub(crate) async fn insert_items(
    client: &impl GenericClient,
    order_id: i64,
    lines: &[NewLine],
) -> DbResult<()> {
    let columns = LineColumns::of(lines);
    let [product_ids, skus, names, descriptions, prices, quantities] = columns.typed_values();
    client
        .execute_typed(
            "INSERT INTO order_items (order_id, product_id, product_sku, product_name, \
                                      product_description, product_price, quantity) \
             SELECT $1, a, b, c, d, e, f FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], \
                                      $6::numeric[], $7::int[]) WITH ORDINALITY AS l(a, b, c, d, e, f, n) \
             ORDER BY n",
            &[(&order_id, Type::INT8), product_ids, skus, names, descriptions, prices, quantities],
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
) -> DbResult<()> {
    let before = client
        .query_one(
            "WITH old AS (SELECT history_order(o) || jsonb_build_object('items', history_lines(o.id)) \
                          AS snapshot FROM orders o WHERE id = $1), \
                  d AS (DELETE FROM order_items WHERE order_id = $1) \
             SELECT snapshot FROM old",
            &[&order_id],
        )
        .await?;
    let before: serde_json::Value = decode::column(&before, "orders", "snapshot")?;
    insert_items(client, order_id, lines).await?;
    // Becoming CHANGED is a state change for `orders watch` (unless it was).
    let [os_user, host, command] = actor.values();
    client
        .execute(
            &format!(
                "WITH u AS (UPDATE orders SET state = 'CHANGED', total_price = $2, updated_at = now(), \
                                   holds_stock = true \
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
) -> DbResult<()> {
    let [os_user, host, command] = actor.values();
    client
        .execute(
            &format!(
                "WITH old AS (SELECT state FROM orders WHERE id = $1), \
                      u AS (UPDATE orders SET state = $2, updated_at = now(), \
                                   closed_at = CASE WHEN $3 THEN now() ELSE NULL END, \
                                   holds_stock = holds_stock AND NOT $7 \
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
) -> DbResult<Vec<i64>> {
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
    Ok(decode::column_of_each(&rows, "orders", "id")?)
}
