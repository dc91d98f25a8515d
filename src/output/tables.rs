//! How each kind of data looks as a table: an entity's fields (labels and
//! values from the model's one definition), one per row for a single
//! entity, as columns for a list.

use comfy_table::{Cell, CellAlignment, Table};

use super::text::cell;
use super::values::{table_cell, table_text};
use super::{local_time, new_table};
use crate::db::migrate::MigrationStatus;
use crate::model::field::pick;
use crate::model::{Field, Order, OrderItem, Product, Value};

/// A single entity shown on its own (`get`, `create`, `update`).
pub(crate) trait Detail {
    fn detail(&self) -> String;
}

/// Many entities shown as rows.
pub(crate) trait Listing: Sized {
    fn listing(values: &[Self]) -> String;
}

fn number(value: impl ToString) -> Cell {
    cell(value.to_string()).set_alignment(CellAlignment::Right)
}

/// Each of `fields` as a row "label | value" (a single entity).
fn key_value<T>(entity: &T, fields: &[Field<T>]) -> Table {
    let mut table = new_table();
    for field in fields {
        table.add_row(vec![cell(field.label), cell(table_text((field.value)(entity)))]);
    }
    table
}

/// A column computed from the entity rather than one of its fields: its
/// label and its text ("items": the lines' summary).
type Computed<'a, T> = (&'a str, fn(&T) -> String);

/// A header of the fields' labels and a row per entity.
fn rows<T>(entities: &[T], fields: &[&Field<T>], extra: Option<Computed<'_, T>>) -> Table {
    let mut table = new_table();
    let mut header: Vec<&str> = fields.iter().map(|f| f.label).collect();
    header.extend(extra.map(|(label, _)| label));
    table.set_header(header);
    for entity in entities {
        let mut row: Vec<Cell> = fields.iter().map(|f| table_cell((f.value)(entity))).collect();
        row.extend(extra.map(|(_, text)| cell(text(entity))));
        table.add_row(row);
    }
    table
}

impl Detail for Product {
    fn detail(&self) -> String {
        key_value(self, &Product::FIELDS).to_string()
    }
}

impl Listing for Product {
    fn listing(values: &[Self]) -> String {
        rows(values, &pick(&Product::FIELDS, &Product::LISTED), None).to_string()
    }
}

/// "2× Red shoe, 1× Lamp"
pub(crate) fn item_summary(order: &Order) -> String {
    order.items.iter().map(OrderItem::summary).collect::<Vec<_>>().join(", ")
}

impl Detail for Order {
    fn detail(&self) -> String {
        let header = key_value(self, &Order::FIELDS);
        let mut lines = new_table();
        let fields = pick(&OrderItem::FIELDS, &OrderItem::LISTED);
        let mut labels: Vec<&str> = fields.iter().map(|f| f.label).collect();
        labels.push("subtotal");
        lines.set_header(labels);
        for item in &self.items {
            let mut row: Vec<Cell> = fields
                .iter()
                .map(|f| match (f.value)(item) {
                    // A line whose product is gone keeps its snapshot.
                    Value::MaybeId(id) => {
                        cell(id.map_or_else(|| "deleted".into(), |id| id.to_string()))
                    }
                    value => table_cell(value),
                })
                .collect();
            row.push(table_cell(Value::Money(item.subtotal())));
            lines.add_row(row);
        }
        format!("{header}\n{lines}")
    }
}

impl Listing for Order {
    fn listing(values: &[Self]) -> String {
        rows(values, &pick(&Order::FIELDS, &Order::LISTED), Some(("items", item_summary)))
            .to_string()
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
