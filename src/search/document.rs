//! The search document: one per order, denormalised with its lines
//! (docs/search.md). Built from the model's `Order`, lines and all: the
//! document is a deliberate projection of it (no `updated_at`; the
//! creation time also as unix seconds for range filters; the units ordered).

use rust_decimal::Decimal;
use serde::Serialize;
use time::OffsetDateTime;

use crate::domain::OrderState;
use crate::model::{Order, OrderItem};

#[derive(Debug, Clone, Serialize)]
pub(crate) struct OrderDocument {
    pub(crate) id: i64,
    pub(crate) external_ref: Option<String>,
    pub(crate) customer_email: String,
    pub(crate) state: OrderState,
    #[serde(with = "rust_decimal::serde::float")]
    pub(crate) total_price: Decimal,
    #[serde(with = "time::serde::rfc3339")]
    pub(crate) created_at: OffsetDateTime,
    /// Unix seconds, for range filters and sorting.
    pub(crate) created_at_ts: i64,
    #[serde(with = "time::serde::rfc3339::option")]
    pub(crate) closed_at: Option<OffsetDateTime>,
    /// Units ordered: the sum of the lines' quantities.
    pub(crate) item_count: i64,
    pub(crate) items: Vec<OrderItem>,
    /// The version of the change the document reflects (the outbox `seq`
    /// it was pushed for; a rebuild's snapshot watermark): what the watcher
    /// compares with the version PostgreSQL has confirmed. Last, so that
    /// whole-document search ranks it below every real field.
    pub(crate) version: i64,
}

impl OrderDocument {
    /// The document of `order` as of change `version`.
    pub(crate) fn versioned(order: Order, version: i64) -> Self {
        let item_count = order.item_count();
        OrderDocument {
            id: order.id,
            external_ref: order.external_ref,
            customer_email: order.customer_email,
            state: order.state,
            total_price: order.total_price,
            created_at: order.created_at,
            created_at_ts: order.created_at.unix_timestamp(),
            closed_at: order.closed_at,
            item_count,
            items: order.items,
            version,
        }
    }

    /// The document's JSON without its version: what a content comparison
    /// looks at (`index check`).
    pub(crate) fn content(order: &Order) -> serde_json::Value {
        let mut value = serde_json::to_value(Self::versioned(order.clone(), 0)).unwrap_or_default();
        if let Some(object) = value.as_object_mut() {
            object.remove("version");
        }
        value
    }
}

/// Meilisearch refuses requests over 100 MB by default; stay well below.
pub(crate) const MAX_REQUEST_BYTES: usize = 64 * 1024 * 1024;

/// Most bytes one document may take: what one request may carry. An order with thousands of lines of long
/// descriptions can exceed it; its document is then refused, not sent.
pub(crate) const MAX_DOCUMENT_BYTES: usize = MAX_REQUEST_BYTES;

/// An order whose document is larger than `MAX_DOCUMENT_BYTES`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooLarge;

impl TooLarge {
    /// Why, for people and for the outbox.
    pub(crate) fn reason() -> String {
        format!(
            "its search document is larger than the {} MiB a request to Meilisearch may carry",
            MAX_DOCUMENT_BYTES >> 20
        )
    }
}

/// Appends the order's document to `body` as one NDJSON line. A document
/// larger than `MAX_DOCUMENT_BYTES` stops being written as soon as it passes
/// the limit (so it never takes more memory than that) and leaves `body` as
/// it was.
pub(crate) fn append_ndjson(body: &mut Vec<u8>, order: OrderDocument) -> Result<(), TooLarge> {
    struct Limited<'a> {
        body: &'a mut Vec<u8>,
        end: usize,
    }
    impl std::io::Write for Limited<'_> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.body.len() + buf.len() > self.end {
                return Err(std::io::Error::other("document too large"));
            }
            self.body.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let start = body.len();
    let written = serde_json::to_writer(Limited { body, end: start + MAX_DOCUMENT_BYTES }, &order);
    match written {
        Ok(()) => {
            body.push(b'\n');
            Ok(())
        }
        Err(_) => {
            body.truncate(start);
            Err(TooLarge)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_has_the_designed_shape() {
        let order = Order {
            id: 7,
            external_ref: Some("EXT-7".into()),
            customer_email: "ann@example.com".into(),
            state: OrderState::Shipped,
            total_price: "12.50".parse().unwrap(),
            created_at: OffsetDateTime::from_unix_timestamp(1_795_564_800).unwrap(),
            updated_at: OffsetDateTime::from_unix_timestamp(1_795_564_800).unwrap(),
            closed_at: None,
            items: vec![OrderItem {
                product_id: None,
                product_sku: "A".into(),
                product_name: "Lamp".into(),
                product_description: None,
                product_price: "6.25".parse().unwrap(),
                quantity: 2,
            }],
        };
        let json = serde_json::to_value(OrderDocument::versioned(order, 42)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "id": 7, "external_ref": "EXT-7", "customer_email": "ann@example.com",
                "state": "SHIPPED", "total_price": 12.5, "created_at": "2026-11-25T00:00:00Z",
                "created_at_ts": 1_795_564_800, "closed_at": null, "item_count": 2,
                "items": [{"product_id": null, "product_sku": "A", "product_name": "Lamp",
                           "product_description": null, "product_price": 6.25, "quantity": 2}],
                "version": 42
            })
        );
    }
}
