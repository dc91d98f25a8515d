//! A product of the catalogue, as stored, and the validated values that
//! create or change one.

use rust_decimal::Decimal;
use serde::Serialize;
use time::OffsetDateTime;

use super::field::{Field, SqlType, Value, names};
use crate::domain::{Email, Money, OptionalText, RequiredText, Sku, Stock};

/// A product as stored; also its JSON output shape.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Product {
    pub(crate) id: i64,
    pub(crate) sku: String,
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) manufacturer: Option<String>,
    pub(crate) stocked_at: Option<String>,
    pub(crate) seller_email: String,
    #[serde(with = "rust_decimal::serde::float")]
    pub(crate) price: Decimal,
    pub(crate) stock: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub(crate) created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub(crate) updated_at: OffsetDateTime,
}

impl Product {
    /// Every field, in column order: what a row holds, what an import
    /// record may carry, the CSV header of an export (which imports back).
    pub(crate) const FIELDS: [Field<Product>; 11] = [
        Field { name: "id", label: "id", sql: SqlType::Int8, value: |p| Value::Id(p.id) },
        Field { name: "sku", label: "sku", sql: SqlType::Text, value: |p| Value::Text(&p.sku) },
        Field { name: "name", label: "name", sql: SqlType::Text, value: |p| Value::Text(&p.name) },
        Field {
            name: "description",
            label: "description",
            sql: SqlType::Text,
            value: |p| Value::MaybeText(p.description.as_deref()),
        },
        Field {
            name: "manufacturer",
            label: "manufacturer",
            sql: SqlType::Text,
            value: |p| Value::MaybeText(p.manufacturer.as_deref()),
        },
        Field {
            name: "stocked_at",
            label: "stocked at",
            sql: SqlType::Text,
            value: |p| Value::MaybeText(p.stocked_at.as_deref()),
        },
        Field {
            name: "seller_email",
            label: "seller",
            sql: SqlType::Text,
            value: |p| Value::Text(&p.seller_email),
        },
        Field {
            name: "price",
            label: "price",
            sql: SqlType::Numeric,
            value: |p| Value::Money(p.price),
        },
        Field {
            name: "stock",
            label: "stock",
            sql: SqlType::Int4,
            value: |p| Value::Count(i64::from(p.stock)),
        },
        Field {
            name: "created_at",
            label: "created",
            sql: SqlType::Timestamptz,
            value: |p| Value::Time(p.created_at),
        },
        Field {
            name: "updated_at",
            label: "updated",
            sql: SqlType::Timestamptz,
            value: |p| Value::Time(p.updated_at),
        },
    ];

    /// The fields of the field list a person scans (`products list`).
    pub(crate) const LISTED: [&'static str; 6] =
        ["id", "sku", "name", "price", "stock", "seller_email"];

    /// The field names (an import's known fields).
    pub(crate) const NAMES: [&'static str; 11] = names(&Self::FIELDS);
}

/// A validated product to insert.
#[derive(Debug)]
pub(crate) struct NewProduct {
    pub(crate) sku: Sku,
    pub(crate) name: RequiredText,
    pub(crate) price: Money,
    pub(crate) stock: Stock,
    pub(crate) seller_email: Email,
    pub(crate) description: OptionalText,
    pub(crate) manufacturer: OptionalText,
    pub(crate) stocked_at: OptionalText,
}

/// The fields `products update` may change; `None` leaves a field as it is.
#[derive(Debug, Default)]
pub(crate) struct ProductChanges {
    pub(crate) name: Option<RequiredText>,
    pub(crate) price: Option<Money>,
    pub(crate) stock: Option<Stock>,
    pub(crate) add_stock: Option<i32>,
    pub(crate) seller_email: Option<Email>,
    pub(crate) description: Option<OptionalText>,
    pub(crate) manufacturer: Option<OptionalText>,
    pub(crate) stocked_at: Option<OptionalText>,
}

impl ProductChanges {
    pub(crate) fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.price.is_none()
            && self.stock.is_none()
            && self.add_stock.is_none()
            && self.seller_email.is_none()
            && self.description.is_none()
            && self.manufacturer.is_none()
            && self.stocked_at.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_listed_fields_are_fields() {
        assert_eq!(super::super::field::pick(&Product::FIELDS, &Product::LISTED).len(), 6);
        assert_eq!(Product::NAMES[6], "seller_email");
    }
}
