//! Reading import input: a file or stdin, gzip or not, a JSON array or NDJSON
//! (auto-detected), one record at a time so memory stays bounded whatever the
//! input size. Records are parsed and validated on a reader thread and sent
//! in batches over a bounded channel, so parsing overlaps with loading.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::de::{Deserializer as _, SeqAccess, Visitor};
use serde_json::{Map, Value};
use tokio::sync::mpsc;

use crate::cli::InputFormat;
use crate::error::AppError;

/// Longest NDJSON line accepted (a record this big is surely a mistake).
pub(crate) const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

/// Records per channel message, and messages in flight: bounds memory.
pub(super) const BATCH: usize = 1024;
const CHANNEL_DEPTH: usize = 8;

/// Where a record came from: an NDJSON line or a JSON array element (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    Line(u64),
    Record(u64),
}

impl Position {
    /// The position numbered `number`, in an array or an NDJSON input.
    pub(crate) fn new(number: u64, in_array: bool) -> Self {
        if in_array { Position::Record(number) } else { Position::Line(number) }
    }

    pub(crate) fn number(self) -> u64 {
        match self {
            Position::Line(n) | Position::Record(n) => n,
        }
    }
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Position::Line(n) => write!(f, "line {n}"),
            Position::Record(n) => write!(f, "record {n}"),
        }
    }
}

/// One input record after validation.
pub(crate) struct Parsed<T> {
    pub(crate) at: Position,
    /// The record as read, kept for the rejects file (and SQL-level rejects).
    pub(crate) raw: Box<str>,
    pub(crate) item: Result<T, String>,
}

/// A validator: turns one JSON object into a typed record or an error that
/// names the field and the value.
pub(crate) type Validate<T> = fn(&Map<String, Value>) -> Result<T, String>;

/// The opened input and how far the reader has got (bytes, for progress).
pub(crate) struct Input {
    reader: Box<dyn BufRead + Send>,
    pub(crate) total_bytes: Option<u64>,
    pub(crate) bytes_read: Arc<AtomicU64>,
}

/// Counts bytes as they are read (before decompression), for the progress bar.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Opens a path, or stdin for `-`; gzip is recognised by its magic bytes.
pub(crate) fn open(path: &str) -> Result<Input, AppError> {
    let (raw, total_bytes): (Box<dyn Read + Send>, Option<u64>) = if path == "-" {
        (Box::new(io::stdin()), None)
    } else {
        let file = File::open(Path::new(path)).map_err(|e| open_error(path, &e))?;
        let size = file.metadata().ok().map(|m| m.len());
        (Box::new(file), size)
    };
    wrap(raw, total_bytes, path)
}

/// A file that is not there is "not found" (exit 3); one the system will
/// not open (permissions, …) is exit 1, saying why.
fn open_error(path: &str, err: &io::Error) -> AppError {
    match err.kind() {
        io::ErrorKind::NotFound => AppError::not_found(format!("cannot open {path}: {err}")),
        _ => AppError::System(format!("cannot open {path}: {err}")),
    }
}

/// Input from bytes built into the binary (the demo data).
pub(crate) fn from_bytes(bytes: &'static [u8]) -> Result<Input, AppError> {
    wrap(Box::new(bytes), Some(bytes.len() as u64), "the embedded data")
}

fn wrap(
    raw: Box<dyn Read + Send>,
    total_bytes: Option<u64>,
    path: &str,
) -> Result<Input, AppError> {
    let bytes_read = Arc::new(AtomicU64::new(0));
    let mut buffered =
        BufReader::with_capacity(1 << 20, Counting { inner: raw, count: bytes_read.clone() });
    let gzip = buffered
        .fill_buf()
        .map_err(|e| AppError::rejected(format!("cannot read {path}: {e}")))?
        .starts_with(&[0x1f, 0x8b]);
    let reader: Box<dyn BufRead + Send> = if gzip {
        Box::new(BufReader::with_capacity(1 << 20, flate2::bufread::MultiGzDecoder::new(buffered)))
    } else {
        Box::new(buffered)
    };
    Ok(Input { reader, total_bytes, bytes_read })
}

/// A fatal input problem (the rest of the input cannot be read).
pub(crate) type Batch<T> = Result<Vec<Parsed<T>>, String>;

/// Starts the reader thread; batches of validated records arrive on the
/// returned channel, and a fatal error (unreadable input, malformed JSON
/// array) as an `Err`, after which the channel closes.
pub(crate) fn spawn_reader<T: Send + 'static>(
    input: Input,
    format: InputFormat,
    delimiter: u8,
    validate: Validate<T>,
) -> mpsc::Receiver<Batch<T>> {
    let (tx, rx) = mpsc::channel(CHANNEL_DEPTH);
    std::thread::spawn(move || {
        let mut reader = input.reader;
        if format == InputFormat::Csv {
            if let Err(message) = super::csv_source::read_csv(reader, delimiter, validate, &tx) {
                let _ = tx.blocking_send(Err(message));
            }
            return;
        }
        let result = match detect(&mut reader, format) {
            Ok(Detected::Array) => read_array(reader, validate, &tx),
            Ok(Detected::Ndjson) => read_ndjson(reader, validate, &tx),
            Ok(Detected::Empty) => Ok(()),
            Err(message) => Err(message),
        };
        if let Err(message) = result {
            let _ = tx.blocking_send(Err(message));
        }
    });
    rx
}

enum Detected {
    Array,
    Ndjson,
    Empty,
}

/// Looks at the first non-blank byte: `[` is a JSON array, anything else NDJSON.
fn detect(reader: &mut Box<dyn BufRead + Send>, format: InputFormat) -> Result<Detected, String> {
    loop {
        let buf = reader.fill_buf().map_err(|e| read_error(&e))?;
        if buf.is_empty() {
            return Ok(Detected::Empty);
        }
        // Skip a UTF-8 byte-order mark and leading whitespace.
        let skip = if buf.starts_with(&[0xef, 0xbb, 0xbf]) {
            3
        } else {
            buf.iter().take_while(|b| b.is_ascii_whitespace()).count()
        };
        if skip == 0 {
            let first = buf[0];
            return match (format, first) {
                (InputFormat::Ndjson | InputFormat::Csv, _) => Ok(Detected::Ndjson),
                (InputFormat::Json, b'[') | (InputFormat::Auto, b'[') => Ok(Detected::Array),
                (InputFormat::Json, _) => {
                    Err("the input is not a JSON array (it does not start with `[`)".into())
                }
                (InputFormat::Auto, _) => Ok(Detected::Ndjson),
            };
        }
        reader.consume(skip);
    }
}

pub(super) fn read_error(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::InvalidData | io::ErrorKind::InvalidInput => {
            format!("the input is not valid gzip: {err}")
        }
        _ => format!("cannot read the input: {err}"),
    }
}

fn parse_record<T>(
    at: Position,
    raw: Box<str>,
    value: Result<Value, String>,
    validate: Validate<T>,
) -> Parsed<T> {
    let item = value.and_then(|value| match value {
        Value::Object(map) => validate(&map),
        other => Err(format!("expected a JSON object, got {}", kind_of(&other))),
    });
    Parsed { at, raw, item }
}

pub(crate) fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

pub(super) fn send<T>(tx: &mpsc::Sender<Batch<T>>, batch: &mut Vec<Parsed<T>>) -> Result<(), ()> {
    if batch.is_empty() {
        return Ok(());
    }
    let full = std::mem::replace(batch, Vec::with_capacity(BATCH));
    // A closed channel means the consumer gave up: stop reading.
    tx.blocking_send(Ok(full)).map_err(|_| ())
}

fn read_ndjson<T>(
    mut reader: Box<dyn BufRead + Send>,
    validate: Validate<T>,
    tx: &mpsc::Sender<Batch<T>>,
) -> Result<(), String> {
    let mut batch = Vec::with_capacity(BATCH);
    let mut line = Vec::with_capacity(4096);
    let mut number = 0u64;
    loop {
        line.clear();
        let (read, too_long) = read_line(&mut reader, &mut line).map_err(|e| read_error(&e))?;
        if read == 0 {
            break;
        }
        number += 1;
        let at = Position::Line(number);
        if too_long {
            batch.push(Parsed {
                at,
                raw: "".into(),
                item: Err(format!("the line is longer than {} MiB", MAX_LINE_BYTES >> 20)),
            });
        } else {
            let text = trim_line(&line);
            if text.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let (raw, value) = match std::str::from_utf8(text) {
                Ok(s) => (
                    s.into(),
                    serde_json::from_str::<Value>(s).map_err(|e| format!("invalid JSON: {e}")),
                ),
                Err(e) => (
                    String::from_utf8_lossy(text).into(),
                    Err(format!("invalid UTF-8 at byte {}", e.valid_up_to() + 1)),
                ),
            };
            batch.push(parse_record(at, raw, value, validate));
        }
        if batch.len() >= BATCH && send(tx, &mut batch).is_err() {
            return Ok(());
        }
    }
    let _ = send(tx, &mut batch);
    Ok(())
}

fn trim_line(line: &[u8]) -> &[u8] {
    let mut end = line.len();
    while end > 0 && (line[end - 1] == b'\n' || line[end - 1] == b'\r') {
        end -= 1;
    }
    &line[..end]
}

/// Reads one line into `line`, at most `MAX_LINE_BYTES`; a longer line is
/// consumed to its end without being kept. Returns (bytes read, too long).
fn read_line(
    reader: &mut Box<dyn BufRead + Send>,
    line: &mut Vec<u8>,
) -> io::Result<(usize, bool)> {
    let mut total = 0;
    let mut too_long = false;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok((total, too_long));
        }
        let (chunk, done) = match memchr_newline(buf) {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        let n = chunk.len();
        if !too_long && line.len() + n <= MAX_LINE_BYTES {
            line.extend_from_slice(chunk);
        } else {
            too_long = true;
            line.clear();
        }
        reader.consume(n);
        total += n;
        if done {
            return Ok((total, too_long));
        }
    }
}

fn memchr_newline(buf: &[u8]) -> Option<usize> {
    buf.iter().position(|b| *b == b'\n')
}

/// Streams the elements of a top-level JSON array one at a time.
fn read_array<T>(
    reader: Box<dyn BufRead + Send>,
    validate: Validate<T>,
    tx: &mpsc::Sender<Batch<T>>,
) -> Result<(), String> {
    struct Elements<'a, T> {
        validate: Validate<T>,
        tx: &'a mpsc::Sender<Batch<T>>,
    }

    impl<'de, T> Visitor<'de> for Elements<'_, T> {
        type Value = ();

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON array of objects")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let mut batch = Vec::with_capacity(BATCH);
            let mut number = 0u64;
            loop {
                let at = Position::Record(number + 1);
                let value = match seq.next_element::<Value>() {
                    Ok(Some(value)) => value,
                    Ok(None) => break,
                    Err(err) => {
                        let _ = send(self.tx, &mut batch);
                        return Err(serde::de::Error::custom(format!("{at}: {err}")));
                    }
                };
                number += 1;
                let raw = serde_json::to_string(&value).unwrap_or_default().into_boxed_str();
                batch.push(parse_record(at, raw, Ok(value), self.validate));
                if batch.len() >= BATCH && send(self.tx, &mut batch).is_err() {
                    return Ok(());
                }
            }
            let _ = send(self.tx, &mut batch);
            Ok(())
        }
    }

    let mut de = serde_json::Deserializer::from_reader(reader);
    de.deserialize_seq(Elements { validate, tx })
        .and_then(|()| de.end())
        .map_err(|e| format!("invalid JSON array: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_file_says_why_and_is_not_not_found() {
        let denied = io::Error::from(io::ErrorKind::PermissionDenied);
        let err = open_error("/data/p.ndjson", &denied);
        assert_eq!(err.code(), crate::error::exit::UNEXPECTED);
        assert!(err.to_string().contains("cannot open /data/p.ndjson: permission denied"), "{err}");
        let missing = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(open_error("x", &missing).code(), crate::error::exit::NOT_FOUND);
    }
}
