//! Reading orders with their lines (`order_writes.rs` changes them).

use std::collections::HashMap;

use std::sync::LazyLock;

use tokio_postgres::GenericClient;

use super::decode;
use super::error::DbResult;
use crate::model::field::column_list;
use crate::model::{Order, OrderItem};

/// The orders columns, from the model's one list.
pub(super) static ORDER_COLUMNS: LazyLock<String> = LazyLock::new(|| column_list(&Order::FIELDS));

/// The order_items columns after `order_id`, from the model's one list.
pub(super) static ITEM_COLUMNS: LazyLock<String> =
    LazyLock::new(|| column_list(&OrderItem::FIELDS));

/// Loads the lines of these orders and attaches them, in line order.
async fn attach_items(client: &impl GenericClient, orders: &mut [Order]) -> DbResult<()> {
    if orders.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = orders.iter().map(|o| o.id).collect();
    let sql = format!(
        "SELECT order_id, {items} FROM order_items WHERE order_id = ANY($1) ORDER BY order_id, id",
        items = ITEM_COLUMNS.as_str()
    );
    let rows = client.query(&sql, &[&ids]).await?;
    let position: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    for row in rows {
        let order_id: i64 = decode::column(&row, "order_items", "order_id")?;
        if let Some(at) = position.get(&order_id) {
            orders[*at].items.push(decode::order_item(&row)?);
        }
    }
    Ok(())
}

pub(crate) async fn get(client: &impl GenericClient, id: i64) -> DbResult<Option<Order>> {
    let sql = format!("SELECT {cols} FROM orders WHERE id = $1", cols = ORDER_COLUMNS.as_str());
    let Some(row) = client.query_opt(&sql, &[&id]).await? else {
        return Ok(None);
    };
    let mut orders = [decode::order(&row)?];
    attach_items(client, &mut orders).await?;
    let [order] = orders;
    Ok(Some(order))
}

/// The orders with these ids that exist, with their lines, in id order.
pub(crate) async fn get_many(client: &impl GenericClient, ids: &[i64]) -> DbResult<Vec<Order>> {
    let sql = format!(
        "SELECT {cols} FROM orders WHERE id = ANY($1) ORDER BY id",
        cols = ORDER_COLUMNS.as_str()
    );
    let rows = client.query(&sql, &[&ids]).await?;
    let mut orders = rows.iter().map(decode::order).collect::<Result<Vec<_>, _>>()?;
    attach_items(client, &mut orders).await?;
    Ok(orders)
}

/// `orders list`: the orders matching `criteria` (the filters the bulk
/// commands select with too), in id order after `after`, at most `limit`.
#[derive(Debug, Default)]
pub(crate) struct OrderFilter {
    pub(crate) criteria: super::selection::OrderCriteria,
    pub(crate) after: Option<i64>,
    pub(crate) limit: i64,
}

pub(crate) async fn list(
    client: &impl GenericClient,
    filter: &OrderFilter,
) -> DbResult<Vec<Order>> {
    let mut params = super::selection::Params::default();
    let condition = filter.criteria.condition(&mut params);
    let sql = format!(
        "SELECT {cols} FROM orders o WHERE {condition} AND o.id > {after} \
         ORDER BY o.id LIMIT {limit}",
        cols = ORDER_COLUMNS.as_str(),
        after = params.add(filter.after.unwrap_or(0)),
        limit = params.add(filter.limit),
    );
    let rows = client.query(&sql, &params.refs()).await?;
    let mut orders = rows.iter().map(decode::order).collect::<Result<Vec<_>, _>>()?;
    attach_items(client, &mut orders).await?;
    Ok(orders)
}

/// The newest order ids, for shell completion, at most `limit`.
pub(crate) async fn recent_ids(client: &impl GenericClient, limit: i64) -> DbResult<Vec<i64>> {
    let rows = client.query("SELECT id FROM orders ORDER BY id DESC LIMIT $1", &[&limit]).await?;
    Ok(decode::column_of_each(&rows, "orders", "id")?)
}

/// The ids of the next `limit` orders after `after`, in order.
pub(crate) async fn ids_after(
    client: &impl GenericClient,
    after: i64,
    limit: i64,
) -> DbResult<Vec<i64>> {
    let rows = client
        .query("SELECT id FROM orders WHERE id > $1 ORDER BY id LIMIT $2", &[&after, &limit])
        .await?;
    let ids = rows.iter().map(|row| decode::column(row, "orders", "id"));
    Ok(ids.collect::<Result<_, _>>()?)
}
