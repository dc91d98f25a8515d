//! `products export` and `orders export`: every entity, streamed to stdout
//! as NDJSON, one JSON array, or CSV (a product a row; an order a row per
//! line, its fields repeated), with the CSV columns derived from the model's
//! field definitions. `--fields` picks among the CSV columns or the JSON
//! keys; `--jq` runs on each NDJSON line (the front end refuses it for the
//! other formats, which it would have to hold whole).

use std::io::Write;

use super::csv::{io_error, pick, positions, write_guarded};
use super::shape;
use super::tables::Columns;
use super::values::csv_text;
use crate::domain::ExportFormat;
use crate::model::field::names;
use crate::model::{Order, OrderItem, Product};

/// Writes NDJSON lines, one JSON array, or CSV rows, streaming.
pub(crate) struct Exporter<W: Write> {
    sink: Sink<W>,
    count: u64,
    /// `--fields` in CSV: where each chosen column is in the full row.
    columns: Option<Vec<Option<usize>>>,
}

enum Sink<W: Write> {
    Ndjson(W),
    Json(W),
    Csv(Box<csv::Writer<W>>),
}

impl<W: Write> Exporter<W> {
    pub(crate) fn new<T: CsvExport>(mut out: W, format: ExportFormat) -> std::io::Result<Self> {
        let sink = match format {
            ExportFormat::Ndjson => Sink::Ndjson(out),
            ExportFormat::Json => {
                out.write_all(b"[")?;
                Sink::Json(out)
            }
            ExportFormat::Csv => {
                let mut csv = csv::Writer::from_writer(out);
                let fields = shape::with(|shape| shape.fields.clone());
                match &fields {
                    Some(names) => csv.write_record(names).map_err(io_error)?,
                    None => csv.write_record(T::COLUMNS).map_err(io_error)?,
                }
                let columns = fields.map(|names| positions(T::COLUMNS, &names));
                return Ok(Exporter { sink: Sink::Csv(Box::new(csv)), count: 0, columns });
            }
        };
        Ok(Exporter { sink, count: 0, columns: None })
    }

    pub(crate) fn write<T: Columns + CsvExport>(&mut self, value: &T) -> color_eyre::Result<()> {
        shape::with(|shape| -> color_eyre::Result<()> {
            match &mut self.sink {
                Sink::Ndjson(out) if shape.shapes_json() => {
                    shape.emit(&mut *out, shape.entity(value)?, false)?
                }
                Sink::Ndjson(out) => {
                    serde_json::to_writer(&mut *out, value)?;
                    out.write_all(b"\n")?;
                }
                Sink::Json(out) => {
                    out.write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
                    if shape.fields.is_some() {
                        super::jq::write_compact(&mut *out, &shape.entity(value)?)?;
                    } else {
                        serde_json::to_writer(&mut *out, value)?;
                    }
                }
                Sink::Csv(csv) => {
                    for row in value.export_rows() {
                        let row = match &self.columns {
                            Some(columns) => pick(row, columns),
                            None => row,
                        };
                        write_guarded(csv, &row).map_err(io_error)?;
                    }
                }
            }
            Ok(())
        })?;
        self.count += 1;
        Ok(())
    }

    /// Ends the output; returns how many entities were written.
    pub(crate) fn finish(self) -> std::io::Result<u64> {
        match self.sink {
            Sink::Ndjson(mut out) => out.flush()?,
            Sink::Json(mut out) => {
                out.write_all(if self.count == 0 { b"]\n" } else { b"\n]\n" })?;
                out.flush()?;
            }
            Sink::Csv(mut csv) => csv.flush()?,
        }
        Ok(self.count)
    }
}

/// The CSV rows of an export.
pub(crate) trait CsvExport {
    /// The columns (what `--fields` may name in a CSV export).
    const COLUMNS: &'static [&'static str];
    fn export_rows(&self) -> Vec<Vec<String>>;
}

impl CsvExport for Product {
    const COLUMNS: &'static [&'static str] = &Product::NAMES;

    fn export_rows(&self) -> Vec<Vec<String>> {
        vec![Product::FIELDS.iter().map(|f| csv_text((f.value)(self))).collect()]
    }
}

/// An order export's columns: the order's fields (its id as `order_id`,
/// for the row is a line), then the line's.
const ORDER_EXPORT_HEADER: [&str; 14] = {
    let order = names(&Order::FIELDS);
    let item = names(&OrderItem::FIELDS);
    let mut header = [""; 14];
    let mut i = 0;
    while i < order.len() {
        header[i] = order[i];
        i += 1;
    }
    header[0] = "order_id";
    let mut j = 0;
    while j < item.len() {
        header[order.len() + j] = item[j];
        j += 1;
    }
    header
};

/// One row per line: the order's fields, then the line's.
impl CsvExport for Order {
    const COLUMNS: &'static [&'static str] = &ORDER_EXPORT_HEADER;

    fn export_rows(&self) -> Vec<Vec<String>> {
        let order: Vec<String> = Order::FIELDS.iter().map(|f| csv_text((f.value)(self))).collect();
        if self.items.is_empty() {
            let blank = std::iter::repeat_n(String::new(), OrderItem::FIELDS.len());
            return vec![order.into_iter().chain(blank).collect()];
        }
        self.items
            .iter()
            .map(|item| {
                let line = OrderItem::FIELDS.iter().map(|f| csv_text((f.value)(item)));
                order.iter().cloned().chain(line).collect()
            })
            .collect()
    }
}
