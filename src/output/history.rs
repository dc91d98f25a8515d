//! How history events read: a table with one row per event and its changes
//! as "field: old → new" lines, or CSV with the changes in one cell. (JSON is
//! the `Entry` itself.)

use super::text::cell;
use serde_json::Value;
use time::format_description::well_known::Rfc3339;

use super::csv::CsvRow;
use super::progress::thousands;
use super::tables::{Columns, Listing};
use super::{local_time, new_table};
use crate::db::history::{Change, Entry};

impl Listing for Entry {
    fn listing(values: &[Self]) -> String {
        let mut table = new_table();
        table.set_header(vec!["at", "action", "changes", "by", "command"]);
        for event in values {
            table.add_row(vec![
                cell(local_time(event.at)),
                cell(&event.action),
                cell(describe(event).join("\n")),
                cell(who(event)),
                cell(&event.command),
            ]);
        }
        table.to_string()
    }
}

impl CsvRow for Entry {
    const HEADER: &'static [&'static str] = &[
        "id",
        "at",
        "entity",
        "entity_id",
        "action",
        "changes",
        "os_user",
        "host",
        "db_role",
        "command",
    ];

    fn csv_row(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.at.format(&Rfc3339).unwrap_or_default(),
            self.entity.clone(),
            self.entity_id.to_string(),
            self.action.clone(),
            describe(self).join("; "),
            self.os_user.clone(),
            self.host.clone(),
            self.db_role.clone(),
            self.command.clone(),
        ]
    }
}

impl Columns for Entry {
    fn label(name: &str) -> &'static str {
        Self::HEADER.iter().find(|n| **n == name).copied().unwrap_or("")
    }

    fn cell(&self, name: &str) -> comfy_table::Cell {
        let number = |n: i64| {
            comfy_table::Cell::new(n.to_string()).set_alignment(comfy_table::CellAlignment::Right)
        };
        match name {
            "id" => number(self.id),
            "at" => cell(local_time(self.at)),
            "entity" => cell(&self.entity),
            "entity_id" => number(self.entity_id),
            "action" => cell(&self.action),
            "changes" => cell(describe(self).join("\n")),
            "os_user" => cell(&self.os_user),
            "host" => cell(&self.host),
            "db_role" => cell(&self.db_role),
            "command" => cell(&self.command),
            _ => cell(""),
        }
    }
}

/// "alice@till-3 (role shop_admin)"
fn who(event: &Entry) -> String {
    format!("{}@{} (role {})", event.os_user, event.host, event.db_role)
}

/// The event's changes as lines people read.
pub(crate) fn describe(event: &Entry) -> Vec<String> {
    if event.action == "imported" {
        return vec![import_line(event)];
    }
    let changes = &event.changes.0;
    if changes.is_empty() {
        return vec!["(nothing changed)".to_owned()];
    }
    changes
        .iter()
        .filter_map(|change| match (event.action.as_str(), change) {
            (_, Change { field, new: Value::Bool(true), .. }) if field == "restocked" => {
                Some("stock returned to the products".to_owned())
            }
            // A creation shows what was written, a deletion what was lost
            // (fields without a value are left out).
            ("created", Change { new: Value::Null, .. }) => None,
            ("created", Change { field, new, .. }) => Some(format!("{field}: {}", value(new))),
            ("deleted", Change { old: Value::Null, .. }) => None,
            ("deleted", Change { field, old, .. }) => Some(format!("{field}: {}", value(old))),
            _ => Some(line(change)),
        })
        .collect()
}

fn import_line(event: &Entry) -> String {
    let records = event.import_records.unwrap_or(1);
    let source = event
        .changes
        .0
        .iter()
        .find(|c| c.field == "source")
        .and_then(|c| c.new.as_str())
        .unwrap_or("?");
    format!("created by an import of {} record(s) from {source}", thousands(records as u64))
}

/// "price: 10.00 → 12.50"
fn line(change: &Change) -> String {
    format!("{}: {} → {}", change.field, value(&change.old), value(&change.new))
}

/// A field's value as text: strings bare, nothing as "—", an order's lines
/// as "2× Desk lamp (LAMP-1) at 19.99, …".
fn value(value: &Value) -> String {
    match value {
        Value::Null => "—".to_owned(),
        Value::String(text) => text.clone(),
        Value::Array(lines) if lines.is_empty() => "(no lines)".to_owned(),
        Value::Array(lines) => lines.iter().map(item).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

fn item(line: &Value) -> String {
    let text = |key: &str| line.get(key).and_then(Value::as_str).unwrap_or("?");
    let quantity = line.get("quantity").and_then(Value::as_i64).unwrap_or(0);
    format!("{quantity}× {} ({}) at {}", text("name"), text("sku"), text("price"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_read_as_text() {
        assert_eq!(value(&Value::Null), "—");
        assert_eq!(value(&json!("12.50")), "12.50");
        assert_eq!(value(&json!(3)), "3");
        let lines = json!([
            {"sku": "LAMP-1", "name": "Desk lamp", "price": "19.99", "quantity": 2},
            {"sku": "MUG-1", "name": "Mug", "price": "5.00", "quantity": 1}
        ]);
        assert_eq!(value(&lines), "2× Desk lamp (LAMP-1) at 19.99, 1× Mug (MUG-1) at 5.00");
    }
}
