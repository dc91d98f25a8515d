//! Reading CSV import input (`products import file.csv`): the header row
//! names the fields, the `csv` crate does the quoting, and each row becomes
//! the same JSON object an NDJSON line would, so it meets the same
//! validation.

use std::io::BufRead;
use tokio::sync::mpsc;

use serde_json::{Map, Value};

use super::source::{BATCH, Batch, Parsed, Position, Validate, read_error, send};

/// CSV with a header row: each record becomes a JSON object of the header's
/// names, so it goes through the same validation as JSON input. An empty
/// cell is an absent field; `id` and `stock` cells that are whole numbers
/// are numbers. A record's raw form (for the rejects file) is that object as
/// NDJSON, which `import` reads back. A UTF-8 byte-order mark is skipped.
pub(super) fn read_csv<T>(
    mut reader: Box<dyn BufRead + Send>,
    delimiter: u8,
    validate: Validate<T>,
    tx: &mpsc::Sender<Batch<T>>,
) -> Result<(), String> {
    if reader.fill_buf().map_err(|e| read_error(&e))?.starts_with(&[0xef, 0xbb, 0xbf]) {
        reader.consume(3);
    }
    let mut csv = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(reader);
    let header: Vec<String> = match csv.headers() {
        Ok(header) => header.iter().map(|h| h.trim().to_owned()).collect(),
        Err(e) => return Err(format!("cannot read the CSV header row: {e}")),
    };
    if header.iter().all(String::is_empty) {
        return Ok(());
    }
    let mut batch = Vec::with_capacity(BATCH);
    let mut record = csv::StringRecord::new();
    loop {
        match csv.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                batch.push(Parsed {
                    at: Position::Line(line),
                    raw: "".into(),
                    item: Err(format!("malformed CSV: {e}")),
                });
                if batch.len() >= BATCH && send(tx, &mut batch).is_err() {
                    return Ok(());
                }
                continue;
            }
        }
        let at = Position::Line(record.position().map_or(0, |p| p.line()));
        let mut map = Map::new();
        for (name, cell) in header.iter().zip(record.iter()) {
            if cell.is_empty() {
                continue;
            }
            let value = match (name.as_str(), cell.parse::<i64>()) {
                ("id" | "stock", Ok(n)) => Value::from(n),
                _ => Value::String(cell.to_owned()),
            };
            map.insert(name.clone(), value);
        }
        let raw: Box<str> = Value::Object(map.clone()).to_string().into();
        let item = if record.len() != header.len() {
            Err(format!("{} field(s) where the header names {}", record.len(), header.len()))
        } else {
            validate(&map)
        };
        batch.push(Parsed { at, raw, item });
        if batch.len() >= BATCH && send(tx, &mut batch).is_err() {
            return Ok(());
        }
    }
    let _ = send(tx, &mut batch);
    Ok(())
}
