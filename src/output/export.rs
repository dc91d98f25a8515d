//! `products export` and `orders export`: every entity, streamed to stdout
//! as NDJSON, one JSON array, or CSV (a product a row; an order a row per
//! line, its fields repeated), with the CSV columns derived from the model's
//! field definitions.

use std::io::Write;

use serde::Serialize;

use super::csv::{io_error, write_guarded};
use super::values::csv_text;
use crate::domain::ExportFormat;
use crate::model::{Order, OrderItem, Product};

/// Writes NDJSON lines, one JSON array, or CSV rows, streaming.
pub(crate) struct Exporter<W: Write> {
    sink: Sink<W>,
    count: u64,
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
                csv.write_record(T::header()).map_err(io_error)?;
                Sink::Csv(Box::new(csv))
            }
        };
        Ok(Exporter { sink, count: 0 })
    }

    pub(crate) fn write<T: Serialize + CsvExport>(&mut self, value: &T) -> std::io::Result<()> {
        match &mut self.sink {
            Sink::Ndjson(out) => {
                serde_json::to_writer(&mut *out, value)?;
                out.write_all(b"\n")?;
            }
            Sink::Json(out) => {
                out.write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
                serde_json::to_writer(&mut *out, value)?;
            }
            Sink::Csv(csv) => {
                for row in value.export_rows() {
                    write_guarded(csv, &row).map_err(io_error)?;
                }
            }
        }
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
    fn header() -> Vec<&'static str>;
    fn export_rows(&self) -> Vec<Vec<String>>;
}

impl CsvExport for Product {
    fn header() -> Vec<&'static str> {
        Product::NAMES.to_vec()
    }

    fn export_rows(&self) -> Vec<Vec<String>> {
        vec![Product::FIELDS.iter().map(|f| csv_text((f.value)(self))).collect()]
    }
}

/// One row per line: the order's fields (its id as `order_id`, for the row
/// is a line), then the line's.
impl CsvExport for Order {
    fn header() -> Vec<&'static str> {
        let order = Order::FIELDS.iter().map(|f| if f.name == "id" { "order_id" } else { f.name });
        order.chain(OrderItem::FIELDS.iter().map(|f| f.name)).collect()
    }

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
