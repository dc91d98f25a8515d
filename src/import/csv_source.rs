//! Reading CSV import input (`products import file.csv`): the header row
//! names the fields, the `csv` crate does the quoting, and each row meets the
//! same validation as a JSON record (its cells read as text).
//!
//! A row may hold at most `MAX_RECORD_BYTES`: an unterminated quote would
//! otherwise read the rest of the file into one field. Cells that start
//! with a quote before a formula character (`'=SUM(…)`) lose that quote:
//! it is what `-o csv` and CSV exports add to keep spreadsheets from running
//! them (see `domain::formula`), so an export imports back as it was.

use std::cell::Cell;
use std::io::{self, BufRead, Read};
use std::rc::Rc;

use serde_json::{Map, Value};

use super::batch::{Batcher, MAX_RECORD_BYTES, Parsed, Position, Stop, read_error};
use super::record::Record;

/// The error a too long row ends with.
#[derive(Debug, thiserror::Error)]
#[error("a CSV row is longer than 16 MiB")]
struct RowTooLong;

/// Counts the bytes the CSV parser takes, and fails once a row has taken
/// more than the limit past where it started (`row_start`, moved forward
/// after every row).
struct RowLimit<R> {
    inner: R,
    taken: u64,
    row_start: Rc<Cell<u64>>,
}

/// The csv crate's own read-ahead, on top of the row limit.
const READ_AHEAD: u64 = 64 * 1024;

impl<R: Read> Read for RowLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.taken - self.row_start.get() > MAX_RECORD_BYTES as u64 + READ_AHEAD {
            return Err(io::Error::new(io::ErrorKind::InvalidData, RowTooLong));
        }
        let n = self.inner.read(buf)?;
        self.taken += n as u64;
        Ok(n)
    }
}

/// CSV with a header row: each row's cells become the record's fields under
/// the header's names; an empty cell is an absent field. A record's raw form
/// (for the rejects file) is that object as NDJSON, which `import` reads
/// back. A UTF-8 byte-order mark is skipped.
pub(super) fn read_csv<T>(
    mut reader: Box<dyn BufRead + Send>,
    delimiter: u8,
    out: &mut Batcher<'_, T>,
) -> Result<(), Stop> {
    if reader.fill_buf().map_err(|e| read_error(&e))?.starts_with(&[0xef, 0xbb, 0xbf]) {
        reader.consume(3);
    }
    let row_start = Rc::new(Cell::new(0));
    let limited = RowLimit { inner: reader, taken: 0, row_start: row_start.clone() };
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .buffer_capacity(READ_AHEAD as usize)
        .from_reader(limited);
    let header: Vec<String> = match csv.headers() {
        Ok(header) => header.iter().map(|h| h.trim().to_owned()).collect(),
        Err(e) => return Err(fatal(&e, 1)),
    };
    if header.iter().all(String::is_empty) {
        return Ok(());
    }
    let kind = out.kind();
    let mut record = csv::StringRecord::new();
    loop {
        row_start.set(csv.position().byte());
        let next_line = csv.position().line();
        match csv.read_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) if e.is_io_error() => return Err(fatal(&e, next_line)),
            Err(e) => {
                let line = e.position().map_or(next_line, |p| p.line());
                out.refuse(Position::Line(line), None, format!("malformed CSV: {e}"))?;
                continue;
            }
        }
        unguard(&mut record);
        let at = Position::Line(record.position().map_or(next_line, |p| p.line()));
        let bytes = record.as_slice().len();
        let raw = out.keeps_raw().then(|| as_json(&header, &record).into_boxed_str());
        let item = if record.len() != header.len() {
            Err(format!("{} field(s) where the header names {}", record.len(), header.len()))
        } else {
            Record::from_cells(&header, &record, kind.fields).and_then(|r| (kind.validate)(&r))
        };
        out.push(Parsed { at, raw, item }, bytes)?;
    }
}

/// An error that ends the reading: a row too long, or the input unreadable.
fn fatal(err: &csv::Error, line: u64) -> Stop {
    if let csv::ErrorKind::Io(io) = err.kind() {
        if io.get_ref().is_some_and(|inner| inner.is::<RowTooLong>()) {
            return Stop::Fatal(format!(
                "line {line}: a CSV row is longer than {} MiB (an unterminated quote?); the rest of \
                 the input cannot be read",
                MAX_RECORD_BYTES >> 20
            ));
        }
        return Stop::Fatal(read_error(io));
    }
    Stop::Fatal(format!("cannot read the CSV header row: {err}"))
}

/// Takes off the quote that `domain::formula` puts before a cell
/// that would start a spreadsheet formula.
fn unguard(record: &mut csv::StringRecord) {
    if !record.iter().any(crate::domain::formula::is_guarded) {
        return;
    }
    let cells: Vec<String> = record
        .iter()
        .map(|cell| {
            if crate::domain::formula::is_guarded(cell) {
                cell[1..].to_owned()
            } else {
                cell.to_owned()
            }
        })
        .collect();
    let position = record.position().cloned();
    *record = csv::StringRecord::from(cells);
    record.set_position(position);
}

/// The row as the JSON object an NDJSON line would be (for the rejects file):
/// `id` and `stock` cells that are whole numbers are numbers.
fn as_json(header: &[String], record: &csv::StringRecord) -> String {
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
    Value::Object(map).to_string()
}
