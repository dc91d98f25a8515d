//! Reading orders with their lines (`order_writes.rs` changes them).

use std::collections::HashMap;

use color_eyre::eyre::{Result, eyre};
use rust_decimal::Decimal;
use serde::Serialize;
use time::OffsetDateTime;
use tokio_postgres::{GenericClient, Row};

use crate::domain::{Email, OrderState};

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

pub(super) const ORDER_COLUMNS: &str =
    "id, external_ref, customer_email, state, total_price, created_at, updated_at, closed_at";

pub(super) fn order_from_row(row: &Row) -> Result<Order> {
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

/// The newest order ids, for shell completion, at most `limit`.
pub(crate) async fn recent_ids(
    client: &impl GenericClient,
    limit: i64,
) -> Result<Vec<i64>, tokio_postgres::Error> {
    let rows = client.query("SELECT id FROM orders ORDER BY id DESC LIMIT $1", &[&limit]).await?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}
