//! An order with its lines. A line keeps a snapshot of its product as it
//! was when the line was written; its product link is gone once the
//! product is deleted.

use rust_decimal::Decimal;
use serde::Serialize;
use time::OffsetDateTime;

use super::field::{Field, SqlType, Value};
use crate::domain::OrderState;

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

impl Order {
    /// The order's own fields, in column order (its lines are `OrderItem::FIELDS`).
    pub(crate) const FIELDS: [Field<Order>; 8] = [
        Field { name: "id", label: "id", sql: SqlType::Int8, value: |o| Value::Id(o.id) },
        Field {
            name: "external_ref",
            label: "external ref",
            sql: SqlType::Text,
            value: |o| Value::MaybeText(o.external_ref.as_deref()),
        },
        Field {
            name: "customer_email",
            label: "customer",
            sql: SqlType::Text,
            value: |o| Value::Text(&o.customer_email),
        },
        Field {
            name: "state",
            label: "state",
            sql: SqlType::Text,
            value: |o| Value::State(o.state),
        },
        Field {
            name: "total_price",
            label: "total",
            sql: SqlType::Numeric,
            value: |o| Value::Money(o.total_price),
        },
        Field {
            name: "created_at",
            label: "created",
            sql: SqlType::Timestamptz,
            value: |o| Value::Time(o.created_at),
        },
        Field {
            name: "updated_at",
            label: "updated",
            sql: SqlType::Timestamptz,
            value: |o| Value::Time(o.updated_at),
        },
        Field {
            name: "closed_at",
            label: "closed",
            sql: SqlType::Timestamptz,
            value: |o| Value::MaybeTime(o.closed_at),
        },
    ];

    /// The fields a list of orders shows, before its lines' summary.
    pub(crate) const LISTED: [&'static str; 5] =
        ["id", "created_at", "customer_email", "state", "total_price"];

    /// Units ordered: the sum of the lines' quantities.
    pub(crate) fn item_count(&self) -> i64 {
        self.items.iter().map(|i| i64::from(i.quantity)).sum()
    }
}

impl OrderItem {
    /// A line's fields, in column order (after its order's id).
    pub(crate) const FIELDS: [Field<OrderItem>; 6] = [
        Field {
            name: "product_id",
            label: "product",
            sql: SqlType::Int8,
            value: |i| Value::MaybeId(i.product_id),
        },
        Field {
            name: "product_sku",
            label: "sku",
            sql: SqlType::Text,
            value: |i| Value::Text(&i.product_sku),
        },
        Field {
            name: "product_name",
            label: "name",
            sql: SqlType::Text,
            value: |i| Value::Text(&i.product_name),
        },
        Field {
            name: "product_description",
            label: "description",
            sql: SqlType::Text,
            value: |i| Value::MaybeText(i.product_description.as_deref()),
        },
        Field {
            name: "product_price",
            label: "price",
            sql: SqlType::Numeric,
            value: |i| Value::Money(i.product_price),
        },
        Field {
            name: "quantity",
            label: "qty",
            sql: SqlType::Int4,
            value: |i| Value::Count(i64::from(i.quantity)),
        },
    ];

    /// The fields an order's table of lines shows, before each subtotal.
    pub(crate) const LISTED: [&'static str; 5] =
        ["product_id", "product_sku", "product_name", "product_price", "quantity"];

    /// price × quantity.
    pub(crate) fn subtotal(&self) -> Decimal {
        self.product_price * Decimal::from(self.quantity)
    }

    /// "2× Desk lamp"
    pub(crate) fn summary(&self) -> String {
        format!("{}× {}", self.quantity, self.product_name)
    }
}

#[cfg(test)]
mod tests {
    use super::super::field::pick;
    use super::*;

    #[test]
    fn the_listed_fields_are_fields() {
        assert_eq!(pick(&Order::FIELDS, &Order::LISTED).len(), Order::LISTED.len());
        assert_eq!(pick(&OrderItem::FIELDS, &OrderItem::LISTED).len(), OrderItem::LISTED.len());
    }
}

/// An order line about to be written: the product link, its snapshot, the quantity.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NewLine {
    pub(crate) product_id: i64,
    pub(crate) sku: String,
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) price: Decimal,
    pub(crate) quantity: i32,
}

impl From<&NewLine> for OrderItem {
    /// The line as written (its snapshot).
    fn from(line: &NewLine) -> Self {
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
