//! `-o csv`: RFC 4180 CSV with a header row, through the `csv` crate. An
//! order's lines are one readable cell ("2× Desk lamp (LAMP-1); 1× Mug
//! (MUG-1)"); money has two decimals; times are RFC 3339. A cell that a
//! spreadsheet would run as a formula gets a leading `'` (`domain::formula`).

use std::io;

use rust_decimal::Decimal;
use serde_json::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::Stdout;
use crate::db::migrate::MigrationStatus;
use crate::db::orders::Order;
use crate::db::products::Product;

/// Something printed as CSV rows under a fixed header.
pub(crate) trait CsvRow {
    const HEADER: &'static [&'static str];
    fn csv_row(&self) -> Vec<String>;
}

/// Writes the header and one row per value to stdout.
pub(crate) fn write<T: CsvRow>(values: &[T]) -> io::Result<()> {
    write_rows(T::HEADER, values.iter().map(CsvRow::csv_row))
}

pub(crate) fn write_rows(
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> io::Result<()> {
    let mut out = csv::Writer::from_writer(Stdout::lock());
    if !header.is_empty() {
        out.write_record(header).map_err(io_error)?;
    }
    for row in rows {
        write_guarded(&mut out, &row).map_err(io_error)?;
    }
    out.flush()
}

/// Writes one row, every cell guarded against formula injection.
pub(crate) fn write_guarded<W: io::Write>(
    out: &mut csv::Writer<W>,
    row: &[String],
) -> csv::Result<()> {
    let cells: Vec<_> = row.iter().map(|cell| crate::domain::formula::guard(cell)).collect();
    out.write_record(cells.iter().map(|cell| cell.as_bytes()))
}

/// Keeps an I/O error as it is (a closed stdout stays a quiet end).
fn io_error(err: csv::Error) -> io::Error {
    match err.into_kind() {
        csv::ErrorKind::Io(err) => err,
        other => io::Error::other(format!("{other:?}")),
    }
}

fn time(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

fn money(value: Decimal) -> String {
    format!("{value:.2}")
}

impl CsvRow for Product {
    const HEADER: &'static [&'static str] = &crate::db::products::FIELDS;

    fn csv_row(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.sku.clone(),
            self.name.clone(),
            self.description.clone().unwrap_or_default(),
            self.manufacturer.clone().unwrap_or_default(),
            self.stocked_at.clone().unwrap_or_default(),
            self.seller_email.clone(),
            money(self.price),
            self.stock.to_string(),
            time(self.created_at),
            time(self.updated_at),
        ]
    }
}

impl CsvRow for Order {
    const HEADER: &'static [&'static str] = &[
        "id",
        "external_ref",
        "customer_email",
        "state",
        "total_price",
        "created_at",
        "updated_at",
        "closed_at",
        "item_count",
        "items",
    ];

    fn csv_row(&self) -> Vec<String> {
        let items: Vec<String> = self
            .items
            .iter()
            .map(|i| format!("{}× {} ({})", i.quantity, i.product_name, i.product_sku))
            .collect();
        vec![
            self.id.to_string(),
            self.external_ref.clone().unwrap_or_default(),
            self.customer_email.clone(),
            self.state.as_str().to_owned(),
            money(self.total_price),
            time(self.created_at),
            time(self.updated_at),
            self.closed_at.map(time).unwrap_or_default(),
            self.items.iter().map(|i| i64::from(i.quantity)).sum::<i64>().to_string(),
            items.join("; "),
        ]
    }
}

impl CsvRow for MigrationStatus {
    const HEADER: &'static [&'static str] = &["version", "name", "applied_on"];

    fn csv_row(&self) -> Vec<String> {
        vec![
            self.version.to_string(),
            self.name.clone(),
            self.applied_on.map(time).unwrap_or_default(),
        ]
    }
}

/// Search hits (order documents) as CSV: the document's own fields.
pub(crate) fn write_documents(hits: &[&Value]) -> io::Result<()> {
    const HEADER: &[&str] = &[
        "id",
        "external_ref",
        "customer_email",
        "state",
        "total_price",
        "created_at",
        "closed_at",
        "item_count",
        "items",
    ];
    let text = |v: &Value| match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let rows = hits.iter().map(|doc| {
        let items: Vec<String> = doc["items"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|i| {
                format!(
                    "{}× {} ({})",
                    text(&i["quantity"]),
                    text(&i["product_name"]),
                    text(&i["product_sku"])
                )
            })
            .collect();
        let total = doc["total_price"]
            .as_f64()
            .map_or_else(|| text(&doc["total_price"]), |t| format!("{t:.2}"));
        vec![
            text(&doc["id"]),
            text(&doc["external_ref"]),
            text(&doc["customer_email"]),
            text(&doc["state"]),
            total,
            text(&doc["created_at"]),
            text(&doc["closed_at"]),
            text(&doc["item_count"]),
            items.join("; "),
        ]
    });
    write_rows(HEADER, rows)
}

#[cfg(test)]
mod tests {
    #[test]
    fn cells_with_commas_quotes_and_newlines_are_quoted() {
        let mut out = csv::Writer::from_writer(Vec::new());
        out.write_record(["a,b", "say \"hi\"", "two\nlines", "plain"]).unwrap();
        let text = String::from_utf8(out.into_inner().unwrap()).unwrap();
        assert_eq!(text, "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\n");
    }
}
