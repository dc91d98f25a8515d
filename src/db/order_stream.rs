//! Every order with its lines, in id order, from one consistent snapshot,
//! streamed (never all in memory): orders and lines come by binary COPY over
//! two connections sharing an exported snapshot and are merged by order id.
//! Used by `reindex` and `orders export`.

use std::pin::Pin;

use futures_util::StreamExt;
use tokio_postgres::Client;
use tokio_postgres::binary_copy::{BinaryCopyOutRow, BinaryCopyOutStream};
use tokio_postgres::types::Type;

use super::connection::DatabaseConfig;
use super::decode::{self, CopyRow, pg_type, state_of};
use super::error::DbResult;
use super::orders::{ITEM_COLUMNS, ORDER_COLUMNS};
use crate::model::{Order, OrderItem};

/// The column the lines' COPY (`stream`) sends before their fields: the
/// order a line belongs to, by which lines are matched to their order.
const LINE_ORDER: &[&str] = &["order_id"];

/// A consistent snapshot, before streaming starts.
pub(crate) struct Snapshot {
    orders_conn: Client,
    items_conn: Client,
    /// How many orders the snapshot holds.
    pub(crate) orders: u64,
    /// The outbox sequence as the snapshot began: at least the version of
    /// every change it holds (read after the snapshot is taken), so the
    /// version its documents carry.
    pub(crate) watermark: i64,
}

/// A connection outside the pool (the stream holds it for its whole run).
pub(crate) async fn connect(db: &DatabaseConfig) -> Result<Client, crate::error::AppError> {
    db.connect().await
}

impl Snapshot {
    pub(crate) async fn take(db: &DatabaseConfig) -> color_eyre::Result<Self> {
        let orders_conn = connect(db).await?;
        orders_conn.batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").await?;
        let row = orders_conn.query_one("SELECT pg_export_snapshot() AS snapshot", &[]).await?;
        let snapshot: String = decode::column(&row, "orders", "snapshot")?;
        let row = orders_conn
            .query_one(
                "SELECT count(*) AS orders, \
                        (SELECT CASE WHEN is_called THEN last_value ELSE 0 END \
                         FROM search_outbox_seq) AS watermark \
                 FROM orders",
                &[],
            )
            .await?;
        let orders: i64 = decode::column(&row, "orders", "orders")?;
        let watermark: i64 = decode::column(&row, "orders", "watermark")?;
        let items_conn = connect(db).await?;
        items_conn
            .batch_execute(&format!(
                "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '{}'",
                snapshot.replace('\'', "")
            ))
            .await?;
        Ok(Snapshot { orders_conn, items_conn, orders: orders as u64, watermark })
    }

    /// Runs a query in the snapshot (e.g. to read the outbox as of it).
    pub(crate) fn client(&self) -> &Client {
        &self.orders_conn
    }

    /// Starts streaming the orders.
    pub(crate) async fn stream(&self) -> DbResult<OrderStream> {
        let orders = self
            .orders_conn
            .copy_out(&format!(
                "COPY (SELECT {cols} FROM orders ORDER BY id) TO STDOUT (FORMAT binary)",
                cols = ORDER_COLUMNS.as_str()
            ))
            .await?;
        let items = self
            .items_conn
            .copy_out(&format!(
                "COPY (SELECT order_id, {cols} FROM order_items ORDER BY order_id, id) \
                 TO STDOUT (FORMAT binary)",
                cols = ITEM_COLUMNS.as_str()
            ))
            .await?;
        let order_types: Vec<Type> = Order::FIELDS.iter().map(|f| pg_type(f.sql)).collect();
        let item_types: Vec<Type> = std::iter::once(Type::INT8)
            .chain(OrderItem::FIELDS.iter().map(|f| pg_type(f.sql)))
            .collect();
        Ok(OrderStream {
            orders: Box::pin(BinaryCopyOutStream::new(orders, &order_types)),
            items: Box::pin(BinaryCopyOutStream::new(items, &item_types)),
            pending_item: None,
            items_done: false,
        })
    }
}

pub(crate) struct OrderStream {
    orders: Pin<Box<BinaryCopyOutStream>>,
    items: Pin<Box<BinaryCopyOutStream>>,
    /// The first line of the next order, read ahead.
    pending_item: Option<BinaryCopyOutRow>,
    /// The lines have all been read: a finished COPY stream must not be
    /// polled again (it answers "connection closed"), which the orders
    /// after the last one with lines would otherwise do.
    items_done: bool,
}

impl OrderStream {
    /// The next order with its lines, or `None` at the end.
    pub(crate) async fn next(&mut self) -> DbResult<Option<Order>> {
        let Some(row) = self.orders.next().await else {
            return Ok(None);
        };
        let row = row?;
        let row = CopyRow::new(&row, "orders", &[], &Order::FIELDS);
        let id: i64 = row.get("id")?;
        let state: &str = row.get("state")?;
        let mut order = Order {
            id,
            external_ref: row.get("external_ref")?,
            customer_email: row.get("customer_email")?,
            state: state_of(Some(id), state)?,
            total_price: row.get("total_price")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
            closed_at: row.get("closed_at")?,
            items: Vec::new(),
        };
        // Lines arrive grouped by order id, in the same order as the orders.
        loop {
            let item = match self.pending_item.take() {
                Some(item) => item,
                None if self.items_done => break,
                None => match self.items.next().await {
                    Some(item) => item?,
                    None => {
                        self.items_done = true;
                        break;
                    }
                },
            };
            let line = CopyRow::new(&item, "order_items", LINE_ORDER, &OrderItem::FIELDS);
            if line.get::<i64>("order_id")? != id {
                self.pending_item = Some(item);
                break;
            }
            order.items.push(OrderItem {
                product_id: line.get("product_id")?,
                product_sku: line.get("product_sku")?,
                product_name: line.get("product_name")?,
                product_description: line.get("product_description")?,
                product_price: line.get("product_price")?,
                quantity: line.get("quantity")?,
            });
        }
        Ok(Some(order))
    }
}
