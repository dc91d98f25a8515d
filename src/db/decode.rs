//! Rows into the model, by column name (the names of `model::Field`s). A
//! value the model cannot hold — a time past 9999 or `infinity` written by
//! plain SQL, text that is not UTF-8 in a SQL_ASCII database — is an error
//! naming the table, the row and the column, never a panic.

use tokio_postgres::Row;
use tokio_postgres::binary_copy::BinaryCopyOutRow;
use tokio_postgres::types::FromSql;

use crate::domain::OrderState;
use crate::model::{Field, Order, OrderItem, Product, SqlType};

/// A stored value ecomctl cannot read.
#[derive(Debug, thiserror::Error)]
#[error("{table} row {id}: column {column} holds a value ecomctl cannot read ({cause})")]
pub(crate) struct DecodeError {
    table: &'static str,
    /// The row's id when it could be read, else "?".
    id: String,
    column: String,
    cause: String,
}

/// One column of a row, by name.
pub(crate) fn column<'a, T: FromSql<'a>>(
    row: &'a Row,
    table: &'static str,
    name: &str,
) -> Result<T, DecodeError> {
    row.try_get(name).map_err(|err| DecodeError {
        table,
        id: row.try_get::<_, i64>("id").map_or_else(|_| "?".into(), |id| id.to_string()),
        column: name.to_owned(),
        cause: std::error::Error::source(&err).map_or_else(|| err.to_string(), |c| c.to_string()),
    })
}

/// One column of every row, by name (ids, SKUs, one computed value each).
pub(crate) fn column_of_each<'a, T: FromSql<'a>>(
    rows: &'a [Row],
    table: &'static str,
    name: &str,
) -> Result<Vec<T>, DecodeError> {
    rows.iter().map(|row| column(row, table, name)).collect()
}

pub(crate) fn product(row: &Row) -> Result<Product, DecodeError> {
    let get = |name| column(row, "products", name);
    Ok(Product {
        id: column(row, "products", "id")?,
        sku: get("sku")?,
        name: get("name")?,
        description: column(row, "products", "description")?,
        manufacturer: column(row, "products", "manufacturer")?,
        stocked_at: column(row, "products", "stocked_at")?,
        seller_email: get("seller_email")?,
        price: column(row, "products", "price")?,
        stock: column(row, "products", "stock")?,
        created_at: column(row, "products", "created_at")?,
        updated_at: column(row, "products", "updated_at")?,
    })
}

/// An order's state column (a text column the schema's check keeps to
/// the seven states).
pub(crate) fn state(row: &Row) -> Result<OrderState, DecodeError> {
    let id = row.try_get::<_, i64>("id").ok();
    state_of(id, column(row, "orders", "state")?)
}

/// An order's state from its text.
pub(crate) fn state_of(id: Option<i64>, text: &str) -> Result<OrderState, DecodeError> {
    text.parse().map_err(|e: crate::domain::InvalidValue| DecodeError {
        table: "orders",
        id: id.map_or_else(|| "?".into(), |id| id.to_string()),
        column: "state".into(),
        cause: e.0,
    })
}

/// An order row, without its lines.
pub(crate) fn order(row: &Row) -> Result<Order, DecodeError> {
    Ok(Order {
        id: column(row, "orders", "id")?,
        external_ref: column(row, "orders", "external_ref")?,
        customer_email: column(row, "orders", "customer_email")?,
        state: state(row)?,
        total_price: column(row, "orders", "total_price")?,
        created_at: column(row, "orders", "created_at")?,
        updated_at: column(row, "orders", "updated_at")?,
        closed_at: column(row, "orders", "closed_at")?,
        items: Vec::new(),
    })
}

pub(crate) fn order_item(row: &Row) -> Result<OrderItem, DecodeError> {
    let get = |name| column(row, "order_items", name);
    Ok(OrderItem {
        product_id: column(row, "order_items", "product_id")?,
        product_sku: get("product_sku")?,
        product_name: get("product_name")?,
        product_description: column(row, "order_items", "product_description")?,
        product_price: column(row, "order_items", "product_price")?,
        quantity: column(row, "order_items", "quantity")?,
    })
}

/// The PostgreSQL type of a model field's column.
pub(crate) fn pg_type(sql: SqlType) -> tokio_postgres::types::Type {
    use tokio_postgres::types::Type;
    match sql {
        SqlType::Int8 => Type::INT8,
        SqlType::Int4 => Type::INT4,
        SqlType::Text => Type::TEXT,
        SqlType::Numeric => Type::NUMERIC,
        SqlType::Timestamptz => Type::TIMESTAMPTZ,
    }
}

/// Binary COPY rows carry no names: the columns are the leading ones and
/// then the fields', in order, and a value is found by its name through its
/// position.
pub(crate) struct CopyRow<'r, T: 'static> {
    row: &'r BinaryCopyOutRow,
    table: &'static str,
    /// The names of the columns before the fields (an order line's `order_id`).
    leading: &'static [&'static str],
    fields: &'static [Field<T>],
}

impl<'r, T> CopyRow<'r, T> {
    pub(crate) fn new(
        row: &'r BinaryCopyOutRow,
        table: &'static str,
        leading: &'static [&'static str],
        fields: &'static [Field<T>],
    ) -> Self {
        CopyRow { row, table, leading, fields }
    }

    pub(crate) fn get<'a, V: FromSql<'a>>(&'a self, name: &str) -> Result<V, DecodeError> {
        let failed = |cause: String| DecodeError {
            table: self.table,
            id: "?".into(),
            column: name.to_owned(),
            cause,
        };
        let mut names = self.leading.iter().copied().chain(self.fields.iter().map(|f| f.name));
        let index = names.position(|n| n == name);
        let index = index.ok_or_else(|| failed("not a column of this row".into()))?;
        self.row.try_get(index).map_err(|err| {
            failed(
                std::error::Error::source(&err).map_or_else(|| err.to_string(), |c| c.to_string()),
            )
        })
    }
}
