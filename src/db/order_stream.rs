//! Every order with its lines, in id order, from one consistent snapshot,
//! streamed (never all in memory): orders and lines come by binary COPY over
//! two connections sharing an exported snapshot and are merged by order id.
//! Used by `reindex` and `orders export`.

use std::pin::Pin;

use color_eyre::eyre::Result;
use futures_util::StreamExt;
use rust_decimal::Decimal;
use time::OffsetDateTime;
use tokio_postgres::Client;
use tokio_postgres::binary_copy::{BinaryCopyOutRow, BinaryCopyOutStream};
use tokio_postgres::types::Type;

use super::connection::DatabaseConfig;
use super::orders::{Order, OrderItem};

/// A consistent snapshot, before streaming starts.
pub(crate) struct Snapshot {
    orders_conn: Client,
    items_conn: Client,
    /// How many orders the snapshot holds.
    pub(crate) orders: u64,
}

/// A connection outside the pool (the stream holds it for its whole run).
pub(crate) async fn connect(db: &DatabaseConfig) -> Result<Client> {
    Ok(db.connect().await?)
}

impl Snapshot {
    pub(crate) async fn take(db: &DatabaseConfig) -> Result<Self> {
        let orders_conn = connect(db).await?;
        orders_conn.batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").await?;
        let id: String = orders_conn.query_one("SELECT pg_export_snapshot()", &[]).await?.get(0);
        let orders: i64 = orders_conn.query_one("SELECT count(*) FROM orders", &[]).await?.get(0);
        let items_conn = connect(db).await?;
        items_conn
            .batch_execute(&format!(
                "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '{}'",
                id.replace('\'', "")
            ))
            .await?;
        Ok(Snapshot { orders_conn, items_conn, orders: orders as u64 })
    }

    /// Runs a query in the snapshot (e.g. to read the outbox as of it).
    pub(crate) fn client(&self) -> &Client {
        &self.orders_conn
    }

    /// Starts streaming the orders.
    pub(crate) async fn stream(&self) -> Result<OrderStream> {
        let orders = self
            .orders_conn
            .copy_out(
                "COPY (SELECT id, external_ref, customer_email, state, total_price, created_at, updated_at, closed_at \
                 FROM orders ORDER BY id) TO STDOUT (FORMAT binary)",
            )
            .await?;
        let items = self
            .items_conn
            .copy_out(
                "COPY (SELECT order_id, product_id, product_sku, product_name, product_description, \
                              product_price, quantity \
                 FROM order_items ORDER BY order_id, id) TO STDOUT (FORMAT binary)",
            )
            .await?;
        Ok(OrderStream {
            orders: Box::pin(BinaryCopyOutStream::new(orders, &ORDER_TYPES)),
            items: Box::pin(BinaryCopyOutStream::new(items, &ITEM_TYPES)),
            pending_item: None,
        })
    }
}

const ORDER_TYPES: [Type; 8] = [
    Type::INT8,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::NUMERIC,
    Type::TIMESTAMPTZ,
    Type::TIMESTAMPTZ,
    Type::TIMESTAMPTZ,
];
const ITEM_TYPES: [Type; 7] =
    [Type::INT8, Type::INT8, Type::TEXT, Type::TEXT, Type::TEXT, Type::NUMERIC, Type::INT4];

pub(crate) struct OrderStream {
    orders: Pin<Box<BinaryCopyOutStream>>,
    items: Pin<Box<BinaryCopyOutStream>>,
    /// The first line of the next order, read ahead.
    pending_item: Option<BinaryCopyOutRow>,
}

impl OrderStream {
    /// The next order with its lines, or `None` at the end.
    pub(crate) async fn next(&mut self) -> Result<Option<Order>> {
        let Some(row) = self.orders.next().await else {
            return Ok(None);
        };
        let row = row?;
        let id: i64 = row.get(0);
        let mut order = Order {
            id,
            external_ref: row.get(1),
            customer_email: row.get(2),
            state: row.get::<&str>(3).parse()?,
            total_price: row.get::<Decimal>(4),
            created_at: row.get::<OffsetDateTime>(5),
            updated_at: row.get::<OffsetDateTime>(6),
            closed_at: row.get(7),
            items: Vec::new(),
        };
        // Lines arrive grouped by order id, in the same order as the orders.
        loop {
            let item = match self.pending_item.take() {
                Some(item) => item,
                None => match self.items.next().await {
                    Some(item) => item?,
                    None => break,
                },
            };
            if item.get::<i64>(0) != id {
                self.pending_item = Some(item);
                break;
            }
            order.items.push(OrderItem {
                product_id: item.get(1),
                product_sku: item.get(2),
                product_name: item.get(3),
                product_description: item.get(4),
                product_price: item.get(5),
                quantity: item.get(6),
            });
        }
        Ok(Some(order))
    }
}
