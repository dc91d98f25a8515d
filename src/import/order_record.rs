//! One `orders import` record, validated field by field with the record's
//! own words ("items[1].quantity: …"), before anything is staged.

use rust_decimal::Decimal;
use serde_json::{Map, Value};
use time::OffsetDateTime;

use super::fields::{Fields, field_error};
use super::source::kind_of;
use crate::domain::{Email, Money, OrderState, Quantity, RequiredText, Sku};

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

pub(crate) fn validate(map: &Map<String, Value>) -> Result<OrderRecord, String> {
    let f = Fields::new(map, &ORDER_FIELDS)?;
    let id = f.int("id")?;
    if let Some(id) = id.filter(|id| *id < 1) {
        return Err(field_error("id", format!("{id} is not a positive id")));
    }
    let state = f.parse("state", str::parse::<OrderState>)?.unwrap_or(OrderState::Created);
    let created_at = f.time("created_at")?;
    let closed_at = f.time("closed_at")?;
    if closed_at.is_some() && !state.is_closed() {
        return Err(field_error(
            "closed_at",
            format!("must be empty for an order in state {state}"),
        ));
    }
    let total_price = f.decimal("total_price")?;
    let raw_items = f.array("items")?;
    if raw_items.is_empty() {
        return Err(field_error("items", "must hold at least one line"));
    }
    let mut items: Vec<ItemRecord> = Vec::with_capacity(raw_items.len());
    for (i, raw) in raw_items.iter().enumerate() {
        let item = validate_item(raw)
            .map_err(|e| format!("items[{i}].{}", e.strip_prefix("field ").unwrap_or(&e)))?;
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
    Ok(OrderRecord {
        id,
        external_ref: f.parse("external_ref", |s| RequiredText::parse("external ref", s))?,
        customer_email: f.required("customer_email", Email::parse)?,
        state,
        created_at,
        updated_at: f.time("updated_at")?,
        closed_at,
        total_price,
        items,
    })
}

fn validate_item(raw: &Value) -> Result<ItemRecord, String> {
    let Value::Object(map) = raw else {
        return Err(format!("expected an object, got {}", kind_of(raw)));
    };
    let f = Fields::new(map, &ITEM_FIELDS)?;
    let quantity = match f.int("quantity")? {
        Some(q) => Quantity::new(q).map_err(|e| field_error("quantity", e))?,
        None => return Err(field_error("quantity", "is required")),
    };
    let ref_id = f.int("product_id")?;
    if let Some(id) = ref_id.filter(|id| *id < 1) {
        return Err(field_error("product_id", format!("{id} is not a positive id")));
    }
    let ref_sku = f.parse("sku", Sku::parse)?;
    let snapshot_sku = f.str("product_sku")?.or(ref_sku.as_ref().map(Sku::as_str));
    let name = f.str("product_name")?;
    let price = f.decimal("product_price")?;
    let snapshot = match (name, price) {
        (Some(name), Some(price)) => Some(Snapshot {
            sku: snapshot_sku
                .ok_or_else(|| field_error("product_sku", "is required with a snapshot"))?
                .to_owned(),
            name: name.to_owned(),
            description: f.str("product_description")?.map(String::from),
            price: Money::from_decimal(price)
                .map_err(|e| field_error("product_price", e))?
                .decimal(),
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
        return Err("sku: name the product with sku or product_id (or give a full snapshot)".into());
    }
    Ok(ItemRecord { ref_id, ref_sku, snapshot, quantity })
}
