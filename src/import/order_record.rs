//! One `orders import` record, validated field by field with the record's
//! own words ("items[1].quantity: …"), before anything is staged.

use rust_decimal::Decimal;
use time::OffsetDateTime;

use super::batch::RecordKind;
use super::record::{Record, field_error};
use crate::domain::{Email, Money, OptionalText, OrderState, Quantity, RequiredText, Sku};

/// One valid order record.
pub(crate) struct OrderRecord {
    pub(crate) id: Option<i64>,
    pub(crate) external_ref: Option<RequiredText>,
    pub(crate) customer_email: Email,
    pub(crate) state: OrderState,
    pub(crate) created_at: Option<OffsetDateTime>,
    pub(crate) updated_at: Option<OffsetDateTime>,
    pub(crate) closed_at: Option<OffsetDateTime>,
    pub(crate) total_price: Option<Decimal>,
    pub(crate) items: Vec<ItemRecord>,
}

/// One line: how it names its product (if linked) and the snapshot it
/// carries (if any; otherwise the product's current fields are used).
pub(crate) struct ItemRecord {
    pub(crate) ref_id: Option<i64>,
    pub(crate) ref_sku: Option<Sku>,
    pub(crate) snapshot: Option<Snapshot>,
    pub(crate) quantity: Quantity,
}

pub(crate) struct Snapshot {
    pub(crate) sku: String,
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) price: Decimal,
}

const ORDER_FIELDS: [&str; 9] = [
    "id",
    "external_ref",
    "customer_email",
    "state",
    "total_price",
    "created_at",
    "updated_at",
    "closed_at",
    "items",
];
const ITEM_FIELDS: [&str; 7] = [
    "product_id",
    "sku",
    "product_sku",
    "product_name",
    "product_description",
    "product_price",
    "quantity",
];

/// What an order record may hold and how it is checked.
pub(crate) const ORDER_RECORDS: RecordKind<OrderRecord> =
    RecordKind { fields: &ORDER_FIELDS, validate };

fn validate(record: &Record) -> Result<OrderRecord, String> {
    let id = record.id("id")?;
    let state = record.parse("state", str::parse::<OrderState>)?.unwrap_or(OrderState::Created);
    let created_at = record.time("created_at")?;
    let closed_at = record.time("closed_at")?;
    if closed_at.is_some() && !state.is_closed() {
        return Err(field_error(
            "closed_at",
            format!("must be empty for an order in state {state}"),
        ));
    }
    let total_price = record.number("total_price", Money::total_from_json_text)?;
    let raw_items = record.array("items")?;
    if raw_items.is_empty() {
        return Err(field_error("items", "must hold at least one line"));
    }
    let mut items: Vec<ItemRecord> = Vec::with_capacity(raw_items.len());
    for (i, raw) in raw_items.iter().enumerate() {
        let item = Record::from_json(raw.get(), &ITEM_FIELDS)
            .and_then(|item| validate_item(&item))
            .map_err(|e| match e.strip_prefix("field ") {
                Some(field) => format!("items[{i}].{field}"),
                None => format!("items[{i}]: {e}"),
            })?;
        // A product named twice the same way is one line (first snapshot wins).
        let same = items.iter_mut().find(|it| {
            (item.ref_id.is_some() && it.ref_id == item.ref_id)
                || (item.ref_sku.is_some() && it.ref_sku == item.ref_sku)
        });
        match same {
            Some(existing) => {
                existing.quantity = existing
                    .quantity
                    .checked_add(item.quantity)
                    .map_err(|e| format!("items[{i}].quantity: {e}"))?;
            }
            None => items.push(item),
        }
    }
    // When every line carries its price, the total is known here; otherwise
    // it is checked once the products' prices are looked up.
    let prices: Option<Vec<Decimal>> = items
        .iter()
        .map(|i| i.snapshot.as_ref().map(|s| s.price * Decimal::from(i.quantity.get())))
        .collect();
    if let Some(prices) = prices {
        Money::check_total(prices.iter().sum()).map_err(|e| field_error("items", e))?;
    }
    Ok(OrderRecord {
        id,
        external_ref: record
            .parse("external_ref", |s| RequiredText::parse_identifier("external ref", s))?,
        customer_email: record.required("customer_email", Email::parse)?,
        state,
        created_at,
        updated_at: record.time("updated_at")?,
        closed_at,
        total_price,
        items,
    })
}

/// One line; a snapshot's fields meet the same rules as a product's.
fn validate_item(record: &Record) -> Result<ItemRecord, String> {
    let quantity = match record.int("quantity")? {
        Some(q) => Quantity::new(q).map_err(|e| field_error("quantity", e))?,
        None => return Err(field_error("quantity", "is required")),
    };
    let ref_id = record.id("product_id")?;
    let ref_sku = record.parse("sku", Sku::parse)?;
    let snapshot_sku = record.parse("product_sku", Sku::parse)?.or_else(|| ref_sku.clone());
    let name = record.parse("product_name", |s| RequiredText::parse("product_name", s))?;
    let price = record.number("product_price", Money::from_json_text)?;
    let snapshot = match (name, price) {
        (Some(name), Some(price)) => Some(Snapshot {
            sku: snapshot_sku
                .ok_or_else(|| field_error("product_sku", "is required with a snapshot"))?
                .as_str()
                .to_owned(),
            name: name.as_str().to_owned(),
            description: record
                .parse("product_description", |s| {
                    OptionalText::parse_multiline("product_description", s)
                })?
                .and_then(|d| d.as_deref().map(String::from)),
            price: price.decimal(),
        }),
        (None, None) => None,
        (Some(_), None) => {
            return Err(field_error("product_price", "is required with product_name"));
        }
        (None, Some(_)) => {
            return Err(field_error("product_name", "is required with product_price"));
        }
    };
    if ref_id.is_none() && ref_sku.is_none() && snapshot.is_none() {
        return Err(field_error(
            "sku",
            "name the product with sku or product_id (or give a full snapshot)",
        ));
    }
    Ok(ItemRecord { ref_id, ref_sku, snapshot, quantity })
}
