//! How each kind of data looks as a table: an entity's fields (labels and
//! values from the model's one definition), one per row for a single
//! entity, as columns for a list; with `--fields`, the fields named
//! (`Columns`), in that order.

use comfy_table::{Cell, CellAlignment, Table};

use super::csv::CsvRow;
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

/// Something whose fields `--fields` chooses among: the names of its CSV
/// header (its JSON keys too), each shown as a table cell with a label.
/// The names reaching these methods have been checked against the header.
pub(crate) trait Columns: CsvRow + serde::Serialize {
    /// How a table labels the field `name`.
    fn label(name: &str) -> &'static str;
    /// The field `name` as a table cell.
    fn cell(&self, name: &str) -> Cell;
    /// A field of the CSV header that the JSON form does not carry (an
    /// order's `item_count`), for `--fields` in JSON.
    fn json_extra(&self, _name: &str) -> Option<serde_json::Value> {
        None
    }
}

/// A single entity's chosen fields, one "label | value" row each.
pub(crate) fn chosen_detail<T: Columns>(value: &T, names: &[String]) -> String {
    let mut table = new_table();
    for name in names {
        // Values to the left, as in the full view.
        table.add_row(vec![cell(T::label(name)), cell(value.cell(name).content())]);
    }
    table.to_string()
}

/// Entities as rows of the chosen fields, in the order given.
pub(crate) fn chosen_listing<T: Columns>(values: &[T], names: &[String]) -> String {
    let mut table = new_table();
    table.set_header(names.iter().map(|name| T::label(name)).collect::<Vec<_>>());
    for value in values {
        table.add_row(names.iter().map(|name| value.cell(name)).collect::<Vec<_>>());
    }
    table.to_string()
}

/// The field of `fields` named `name`.
fn field<'f, T>(fields: &'f [Field<T>], name: &str) -> Option<&'f Field<T>> {
    fields.iter().find(|f| f.name == name)
}

/// A model field's label (empty for no such field).
fn field_label<T>(fields: &'static [Field<T>], name: &str) -> &'static str {
    field(fields, name).map_or("", |f| f.label)
}

/// A model field's value as a table cell (an empty cell for no such field).
fn field_cell<T>(entity: &T, fields: &[Field<T>], name: &str) -> Cell {
    field(fields, name).map_or_else(|| cell(""), |f| table_cell((f.value)(entity)))
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

impl Columns for Product {
    fn label(name: &str) -> &'static str {
        field_label(&Product::FIELDS, name)
    }

    fn cell(&self, name: &str) -> Cell {
        field_cell(self, &Product::FIELDS, name)
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

impl Columns for Order {
    fn label(name: &str) -> &'static str {
        match name {
            "item_count" => "units",
            "items" => "items",
            name => field_label(&Order::FIELDS, name),
        }
    }

    fn cell(&self, name: &str) -> Cell {
        match name {
            "item_count" => number(self.item_count()),
            "items" => cell(item_summary(self)),
            name => field_cell(self, &Order::FIELDS, name),
        }
    }

    fn json_extra(&self, name: &str) -> Option<serde_json::Value> {
        (name == "item_count").then(|| self.item_count().into())
    }
}

impl Columns for MigrationStatus {
    fn label(name: &str) -> &'static str {
        match name {
            "version" => "version",
            "name" => "name",
            _ => "applied",
        }
    }

    fn cell(&self, name: &str) -> Cell {
        match name {
            "version" => number(self.version),
            "name" => cell(&self.name),
            _ => cell(self.applied_on.map_or_else(|| "pending".into(), local_time)),
        }
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
