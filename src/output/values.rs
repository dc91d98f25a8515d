//! How a field's value looks: in a table (local time to the minute, money
//! with two decimals, a dash for nothing, numbers to the right) and in CSV
//! (RFC 3339 times, money with two decimals, an empty cell for nothing).
//! Tables, CSV and exports all show the model's fields through these two.

use std::sync::OnceLock;

use comfy_table::{Cell, CellAlignment};
use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

use super::text::printable;
use crate::model::Value;

/// The local UTC offset, read once at start-up while the process is still
/// single-threaded (reading it later is refused by `time` on Linux).
static LOCAL_OFFSET: OnceLock<UtcOffset> = OnceLock::new();

pub(crate) fn init_local_offset() {
    let offset = UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC);
    let _ = LOCAL_OFFSET.set(offset);
}

/// A time for a table: local time, to the minute. A time the local offset
/// would carry past the end of the calendar (9999-12-31 23:59 UTC seen from
/// east of Greenwich) is shown in UTC, marked so.
pub(crate) fn local_time(at: OffsetDateTime) -> String {
    let fmt = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");
    let offset = *LOCAL_OFFSET.get().unwrap_or(&UtcOffset::UTC);
    match at.checked_to_offset(offset) {
        Some(local) => local.format(&fmt).unwrap_or_else(|_| at.to_string()),
        None => {
            let utc = at.checked_to_offset(UtcOffset::UTC).unwrap_or(at);
            format!("{} UTC", utc.format(&fmt).unwrap_or_else(|_| at.to_string()))
        }
    }
}

/// A time for CSV and JSON: RFC 3339.
pub(crate) fn rfc3339(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

/// The value as a table shows it.
pub(crate) fn table_text(value: Value<'_>) -> String {
    match value {
        Value::Id(n) | Value::Count(n) => n.to_string(),
        Value::MaybeId(n) => n.map_or_else(|| "—".into(), |n| n.to_string()),
        Value::Text(text) => text.to_owned(),
        Value::MaybeText(text) => text.unwrap_or("—").to_owned(),
        Value::Money(amount) => format!("{amount:.2}"),
        Value::Time(at) => local_time(at),
        Value::MaybeTime(at) => at.map_or_else(|| "—".into(), local_time),
        Value::State(state) => state.as_str().to_owned(),
    }
}

/// The value as a table cell: text from data made printable, numbers and
/// money to the right.
pub(crate) fn table_cell(value: Value<'_>) -> Cell {
    let right = matches!(value, Value::Id(_) | Value::Count(_) | Value::Money(_));
    let cell = Cell::new(printable(&table_text(value)));
    if right { cell.set_alignment(CellAlignment::Right) } else { cell }
}

/// The value as a CSV cell.
pub(crate) fn csv_text(value: Value<'_>) -> String {
    match value {
        Value::Id(n) | Value::Count(n) => n.to_string(),
        Value::MaybeId(n) => n.map(|n| n.to_string()).unwrap_or_default(),
        Value::Text(text) => text.to_owned(),
        Value::MaybeText(text) => text.unwrap_or_default().to_owned(),
        Value::Money(amount) => format!("{amount:.2}"),
        Value::Time(at) => rfc3339(at),
        Value::MaybeTime(at) => at.map(rfc3339).unwrap_or_default(),
        Value::State(state) => state.as_str().to_owned(),
    }
}
