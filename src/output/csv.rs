//! `-o csv`: RFC 4180 CSV with a header row, through the `csv` crate. An
//! order's lines are one readable cell ("2× Desk lamp (LAMP-1); 1× Mug
//! (MUG-1)"); money has two decimals; times are RFC 3339. A cell that a
//! spreadsheet would run as a formula gets a leading `'` (`domain::formula`).

use std::io;

use serde_json::Value;

use super::Stdout;
use super::values::{csv_text, rfc3339};
use crate::db::migrate::MigrationStatus;
use crate::model::field::names;
use crate::model::{Field, Order, Product};

/// Something printed as CSV rows under a fixed header.
pub(crate) trait CsvRow {
    const HEADER: &'static [&'static str];
    fn csv_row(&self) -> Vec<String>;
}

/// Writes the header and one row per value to stdout; with `--fields`,
/// the columns named, in that order.
pub(crate) fn write<T: CsvRow>(values: &[T], fields: Option<&[String]>) -> io::Result<()> {
    match fields {
        None => write_rows(T::HEADER, values.iter().map(CsvRow::csv_row)),
        Some(names) => {
            let columns = positions(T::HEADER, names);
            let header: Vec<&str> = names.iter().map(String::as_str).collect();
            write_rows(&header, values.iter().map(|value| pick(value.csv_row(), &columns)))
        }
    }
}

/// Where each of `names` is in `header` (`None`: not there, an empty cell).
pub(crate) fn positions(header: &[&str], names: &[String]) -> Vec<Option<usize>> {
    names.iter().map(|name| header.iter().position(|h| h == name)).collect()
}

/// The cells of `row` at `columns`, in that order.
pub(crate) fn pick(row: Vec<String>, columns: &[Option<usize>]) -> Vec<String> {
    columns.iter().map(|c| c.and_then(|i| row.get(i).cloned()).unwrap_or_default()).collect()
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
pub(super) fn io_error(err: csv::Error) -> io::Error {
    match err.into_kind() {
        csv::ErrorKind::Io(err) => err,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// The fields' names as a header, their CSV text as a row.
fn field_row<T>(entity: &T, fields: &[Field<T>]) -> Vec<String> {
    fields.iter().map(|f| csv_text((f.value)(entity))).collect()
}

impl CsvRow for Product {
    const HEADER: &'static [&'static str] = &Product::NAMES;

    fn csv_row(&self) -> Vec<String> {
        field_row(self, &Product::FIELDS)
    }
}

/// An order's CSV header: its fields, the units ordered, its lines in one cell.
const ORDER_HEADER: [&str; 10] = {
    let names = names(&Order::FIELDS);
    let mut header = [""; 10];
    let mut i = 0;
    while i < names.len() {
        header[i] = names[i];
        i += 1;
    }
    header[8] = "item_count";
    header[9] = "items";
    header
};

impl CsvRow for Order {
    const HEADER: &'static [&'static str] = &ORDER_HEADER;

    fn csv_row(&self) -> Vec<String> {
        let items: Vec<String> = self
            .items
            .iter()
            .map(|i| format!("{}× {} ({})", i.quantity, i.product_name, i.product_sku))
            .collect();
        let mut row = field_row(self, &Order::FIELDS);
        row.push(self.item_count().to_string());
        row.push(items.join("; "));
        row
    }
}

impl CsvRow for MigrationStatus {
    const HEADER: &'static [&'static str] = &["version", "name", "applied_on"];

    fn csv_row(&self) -> Vec<String> {
        vec![
            self.version.to_string(),
            self.name.clone(),
            self.applied_on.map(rfc3339).unwrap_or_default(),
        ]
    }
}

/// Search hits (order documents) as CSV: the document's own fields (with
/// `--fields`, those named).
pub(crate) fn write_documents(hits: &[&Value], fields: Option<&[String]>) -> io::Result<()> {
    // The order's columns but `updated_at`, which documents do not carry.
    let header: Vec<&str> = match fields {
        Some(names) => names.iter().map(String::as_str).collect(),
        None => ORDER_HEADER.iter().copied().filter(|name| *name != "updated_at").collect(),
    };
    let text = |v: &Value| match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let items = |doc: &Value| -> String {
        let lines: Vec<String> = doc["items"]
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
        lines.join("; ")
    };
    let rows = hits.iter().map(|doc| {
        header
            .iter()
            .map(|name| match *name {
                "items" => items(doc),
                "total_price" => {
                    doc[*name].as_f64().map_or_else(|| text(&doc[*name]), |t| format!("{t:.2}"))
                }
                name => text(&doc[name]),
            })
            .collect::<Vec<String>>()
    });
    write_rows(&header, rows)
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
