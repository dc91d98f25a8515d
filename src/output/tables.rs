//! How each kind of data looks as a table.

use comfy_table::{Cell, CellAlignment, Table};

use super::text::cell;
use rust_decimal::Decimal;

use super::{local_time, new_table};
use crate::db::migrate::MigrationStatus;
use crate::db::orders::Order;
use crate::db::products::Product;

/// A single entity shown on its own (`get`, `create`, `update`).
pub(crate) trait Detail {
    fn detail(&self) -> String;
}

/// Many entities shown as rows.
pub(crate) trait Listing: Sized {
    fn listing(values: &[Self]) -> String;
}

fn money(value: Decimal) -> Cell {
    cell(format!("{value:.2}")).set_alignment(CellAlignment::Right)
}

fn number(value: impl ToString) -> Cell {
    cell(value.to_string()).set_alignment(CellAlignment::Right)
}

fn or_dash(value: Option<&str>) -> &str {
    value.unwrap_or("—")
}

fn key_value(rows: Vec<(&str, String)>) -> Table {
    let mut table = new_table();
    for (key, value) in rows {
        table.add_row(vec![cell(key), cell(value)]);
    }
    table
}

impl Detail for Product {
    fn detail(&self) -> String {
        key_value(vec![
            ("id", self.id.to_string()),
            ("sku", self.sku.clone()),
            ("name", self.name.clone()),
            ("description", or_dash(self.description.as_deref()).into()),
            ("manufacturer", or_dash(self.manufacturer.as_deref()).into()),
            ("stocked at", or_dash(self.stocked_at.as_deref()).into()),
            ("seller", self.seller_email.clone()),
            ("price", format!("{:.2}", self.price)),
            ("stock", self.stock.to_string()),
            ("created", local_time(self.created_at)),
            ("updated", local_time(self.updated_at)),
        ])
        .to_string()
    }
}

impl Listing for Product {
    fn listing(values: &[Self]) -> String {
        let mut table = new_table();
        table.set_header(vec!["id", "sku", "name", "price", "stock", "seller"]);
        for p in values {
            table.add_row(vec![
                number(p.id),
                cell(&p.sku),
                cell(&p.name),
                money(p.price),
                number(p.stock),
                cell(&p.seller_email),
            ]);
        }
        table.to_string()
    }
}

/// "2× Red shoe, 1× Lamp"
pub(crate) fn item_summary(order: &Order) -> String {
    order
        .items
        .iter()
        .map(|i| format!("{}× {}", i.quantity, i.product_name))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Detail for Order {
    fn detail(&self) -> String {
        let header = key_value(vec![
            ("id", self.id.to_string()),
            ("external ref", or_dash(self.external_ref.as_deref()).into()),
            ("customer", self.customer_email.clone()),
            ("state", self.state.to_string()),
            ("total", format!("{:.2}", self.total_price)),
            ("created", local_time(self.created_at)),
            ("updated", local_time(self.updated_at)),
            ("closed", self.closed_at.map_or_else(|| "—".into(), local_time)),
        ]);
        let mut lines = new_table();
        lines.set_header(vec!["product", "sku", "name", "price", "qty", "subtotal"]);
        for item in &self.items {
            lines.add_row(vec![
                cell(item.product_id.map_or_else(|| "deleted".into(), |id| id.to_string())),
                cell(&item.product_sku),
                cell(&item.product_name),
                money(item.product_price),
                number(item.quantity),
                money(item.product_price * Decimal::from(item.quantity)),
            ]);
        }
        format!("{header}\n{lines}")
    }
}

impl Listing for Order {
    fn listing(values: &[Self]) -> String {
        let mut table = new_table();
        table.set_header(vec!["id", "created", "customer", "state", "total", "items"]);
        for o in values {
            table.add_row(vec![
                number(o.id),
                cell(local_time(o.created_at)),
                cell(&o.customer_email),
                cell(o.state.as_str()),
                money(o.total_price),
                cell(item_summary(o)),
            ]);
        }
        table.to_string()
    }
}

impl Listing for MigrationStatus {
    fn listing(values: &[Self]) -> String {
        let mut table = new_table();
        table.set_header(vec!["version", "name", "applied"]);
        for m in values {
            table.add_row(vec![
                number(m.version),
                cell(&m.name),
                cell(m.applied_on.map_or_else(|| "pending".into(), local_time)),
            ]);
        }
        table.to_string()
    }
}
