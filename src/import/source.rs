//! Reading import input: a file or stdin, gzip or not, a JSON array or NDJSON
//! (auto-detected), one record at a time so memory stays bounded whatever the
//! input holds. Each record is cut out as text — an NDJSON line, or one
//! element of a JSON array found by a byte scanner — of at most
//! `MAX_RECORD_BYTES`, then parsed field by field (`record.rs`) and validated
//! on a reader thread; batches of at most `BATCH` records or `BATCH_BYTES`
//! bytes go over a bounded channel, so parsing overlaps with loading and at
//! most a few batches are ever in memory.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::sync::mpsc;

use super::record::{Record, compact};
use crate::domain::InputFormat;
use crate::error::AppError;

/// Longest record accepted: an NDJSON line, a JSON array element or a CSV row
/// (a record this big is surely a mistake, such as an unterminated quote).
pub(crate) const MAX_RECORD_BYTES: usize = 16 * 1024 * 1024;

/// Records per channel message, and input bytes per message: whichever
/// comes first.
pub(super) const BATCH: usize = 1024;
pub(super) const BATCH_BYTES: usize = 1024 * 1024;
/// Messages in flight: with the batch being filled and the one being loaded,
/// at most this + 2 batches are in memory.
const CHANNEL_DEPTH: usize = 4;

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
    /// The record as read, on one line — kept only when the rejects file
    /// needs it (`keep_raw`).
    pub(crate) raw: Option<Box<str>>,
    pub(crate) item: Result<T, String>,
}

/// What records of one kind may hold, and how one is validated: from its
/// fields to a typed record, or an error that names the field and the value.
pub(crate) struct RecordKind<T> {
    pub(crate) fields: &'static [&'static str],
    pub(crate) validate: fn(&Record) -> Result<T, String>,
}

impl<T> Clone for RecordKind<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for RecordKind<T> {}

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
/// returned channel, and a fatal error (unreadable input, a broken JSON
/// array) as an `Err`, after which the channel closes. `keep_raw`: keep each
/// record's text for the rejects file.
pub(crate) fn spawn_reader<T: Send + 'static>(
    input: Input,
    format: InputFormat,
    delimiter: u8,
    kind: RecordKind<T>,
    keep_raw: bool,
) -> mpsc::Receiver<Batch<T>> {
    let (tx, rx) = mpsc::channel(CHANNEL_DEPTH);
    std::thread::spawn(move || {
        let mut reader = input.reader;
        let mut out =
            Batcher { tx: &tx, records: Vec::with_capacity(BATCH), bytes: 0, kind, keep_raw };
        let result = if format == InputFormat::Csv {
            super::csv_source::read_csv(reader, delimiter, &mut out)
        } else {
            match detect(&mut reader, format) {
                Ok(Detected::Array) => read_array(reader, &mut out),
                Ok(Detected::Ndjson) => read_ndjson(reader, &mut out),
                Ok(Detected::Empty) => Ok(()),
                Err(message) => Err(message),
            }
        };
        match result {
            Ok(()) => {
                let _ = out.flush();
            }
            // The consumer gave up: nothing more to say.
            Err(Stop::Closed) => {}
            Err(Stop::Fatal(message)) => {
                // Records read so far first, then the error that ends them.
                if out.flush().is_ok() {
                    let _ = tx.blocking_send(Err(message));
                }
            }
        }
    });
    rx
}

/// Why reading stopped early.
pub(super) enum Stop {
    /// The input cannot be read further; the message says where and why.
    Fatal(String),
    /// The loader closed the channel (it gave up).
    Closed,
}

impl From<String> for Stop {
    fn from(message: String) -> Self {
        Stop::Fatal(message)
    }
}

/// Collects validated records into batches bounded by count and bytes, and
/// sends them.
pub(super) struct Batcher<'a, T> {
    tx: &'a mpsc::Sender<Batch<T>>,
    records: Vec<Parsed<T>>,
    bytes: usize,
    kind: RecordKind<T>,
    keep_raw: bool,
}

impl<T> Batcher<'_, T> {
    pub(super) fn kind(&self) -> RecordKind<T> {
        self.kind
    }

    pub(super) fn keeps_raw(&self) -> bool {
        self.keep_raw
    }

    /// Adds one record (`bytes`: its size in the input).
    pub(super) fn push(&mut self, parsed: Parsed<T>, bytes: usize) -> Result<(), Stop> {
        self.records.push(parsed);
        self.bytes += bytes;
        if self.records.len() >= BATCH || self.bytes >= BATCH_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    /// Validates one JSON record's text and adds it.
    fn push_json(
        &mut self,
        at: Position,
        text: &str,
        raw: impl FnOnce() -> String,
    ) -> Result<(), Stop> {
        let item = Record::from_json(text, self.kind.fields).and_then(|r| (self.kind.validate)(&r));
        let raw = self.keep_raw.then(|| raw().into_boxed_str());
        self.push(Parsed { at, raw, item }, text.len())
    }

    /// A record refused before it could be parsed (too long, not UTF-8).
    pub(super) fn refuse(
        &mut self,
        at: Position,
        raw: Option<Box<str>>,
        message: String,
    ) -> Result<(), Stop> {
        let raw = if self.keep_raw { raw } else { None };
        self.push(Parsed { at, raw, item: Err(message) }, 0)
    }

    fn flush(&mut self) -> Result<(), Stop> {
        if self.records.is_empty() {
            return Ok(());
        }
        let full = std::mem::replace(&mut self.records, Vec::with_capacity(BATCH));
        self.bytes = 0;
        self.tx.blocking_send(Ok(full)).map_err(|_| Stop::Closed)
    }
}

enum Detected {
    Array,
    Ndjson,
    Empty,
}

/// Looks at the first non-blank byte: `[` is a JSON array, anything else NDJSON.
fn detect(reader: &mut Box<dyn BufRead + Send>, format: InputFormat) -> Result<Detected, Stop> {
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
                (InputFormat::Json, _) => Err(Stop::Fatal(
                    "the input is not a JSON array (it does not start with `[`)".into(),
                )),
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
        io::ErrorKind::UnexpectedEof => format!("the input ends early (a truncated file?): {err}"),
        _ => format!("cannot read the input: {err}"),
    }
}

/// "the line is longer than 16 MiB" (NDJSON), "the record is …" (an array).
fn too_long(at: Position) -> String {
    let what = if matches!(at, Position::Line(_)) { "line" } else { "record" };
    format!("the {what} is longer than {} MiB", MAX_RECORD_BYTES >> 20)
}

fn read_ndjson<T>(
    mut reader: Box<dyn BufRead + Send>,
    out: &mut Batcher<'_, T>,
) -> Result<(), Stop> {
    let mut line = Vec::with_capacity(4096);
    let mut number = 0u64;
    loop {
        line.clear();
        let (read, too_long_line) =
            read_line(&mut reader, &mut line).map_err(|e| read_error(&e))?;
        if read == 0 {
            return Ok(());
        }
        number += 1;
        let at = Position::Line(number);
        if too_long_line {
            out.refuse(at, None, too_long(at))?;
            continue;
        }
        let mut text = trim_line(&line);
        // A byte-order mark on the first line (the file's start).
        if number == 1 && text.starts_with(&[0xef, 0xbb, 0xbf]) {
            text = &text[3..];
        }
        if text.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match std::str::from_utf8(text) {
            Ok(s) => out.push_json(at, s, || s.to_owned())?,
            Err(e) => out.refuse(
                at,
                Some(String::from_utf8_lossy(text).into()),
                format!("invalid UTF-8 at byte {}", e.valid_up_to() + 1),
            )?,
        }
    }
}

fn trim_line(line: &[u8]) -> &[u8] {
    let mut end = line.len();
    while end > 0 && (line[end - 1] == b'\n' || line[end - 1] == b'\r') {
        end -= 1;
    }
    &line[..end]
}

/// Reads one line into `line`, at most `MAX_RECORD_BYTES`; a longer line is
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
        let (chunk, done) = match buf.iter().position(|b| *b == b'\n') {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        let n = chunk.len();
        if !too_long && line.len() + n <= MAX_RECORD_BYTES {
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

/// How a JSON array element ended.
enum ElementEnd {
    /// A `,`: another element follows.
    Comma,
    /// The array's closing `]`.
    Close,
    /// The input ended inside the element.
    Eof,
}

/// Reads the elements of a top-level JSON array one at a time: a byte scanner
/// follows strings and nesting to find where each element ends, so an
/// element is cut out as text (at most `MAX_RECORD_BYTES` of it is kept; a
/// longer one is read to its end and refused) and parsed like an NDJSON line.
fn read_array<T>(
    mut reader: Box<dyn BufRead + Send>,
    out: &mut Batcher<'_, T>,
) -> Result<(), Stop> {
    let broken = |what: String| Stop::Fatal(format!("invalid JSON array: {what}"));
    skip_whitespace(&mut reader)?;
    reader.consume(1); // the `[` that `detect` saw
    let mut element = Vec::with_capacity(4096);
    let mut number = 0u64;
    skip_whitespace(&mut reader)?;
    if peek(&mut reader)? == Some(b']') {
        reader.consume(1);
    } else {
        loop {
            number += 1;
            let at = Position::Record(number);
            element.clear();
            let (end, too_long_element) = read_element(&mut reader, &mut element)?;
            if let ElementEnd::Eof = end {
                return Err(broken(format!("the input ends inside record {number}")));
            }
            let text = element.trim_ascii();
            if text.is_empty() && !too_long_element {
                return Err(broken(format!("record {number} is empty (a stray comma?)")));
            }
            if too_long_element {
                out.refuse(at, None, too_long(at))?;
            } else {
                match std::str::from_utf8(text) {
                    Ok(s) => out.push_json(at, s, || compact(s))?,
                    Err(e) => out.refuse(
                        at,
                        None,
                        format!("invalid UTF-8 at byte {}", e.valid_up_to() + 1),
                    )?,
                }
            }
            if let ElementEnd::Close = end {
                break;
            }
        }
    }
    skip_whitespace(&mut reader)?;
    if peek(&mut reader)?.is_some() {
        return Err(broken(format!(
            "unexpected data after the closing `]` (after record {number})"
        )));
    }
    Ok(())
}

fn peek(reader: &mut Box<dyn BufRead + Send>) -> Result<Option<u8>, Stop> {
    Ok(reader.fill_buf().map_err(|e| read_error(&e))?.first().copied())
}

fn skip_whitespace(reader: &mut Box<dyn BufRead + Send>) -> Result<(), Stop> {
    loop {
        let buf = reader.fill_buf().map_err(|e| read_error(&e))?;
        if buf.is_empty() {
            return Ok(());
        }
        let n = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
        let all = n == buf.len();
        reader.consume(n);
        if !all {
            return Ok(());
        }
    }
}

/// Reads one array element into `element` (without its terminator); beyond
/// `MAX_RECORD_BYTES` the rest is consumed but not kept. Returns how it
/// ended and whether it was too long.
fn read_element(
    reader: &mut Box<dyn BufRead + Send>,
    element: &mut Vec<u8>,
) -> Result<(ElementEnd, bool), Stop> {
    let (mut depth, mut in_string, mut escaped) = (0u32, false, false);
    let mut too_long = false;
    loop {
        let buf = reader.fill_buf().map_err(|e| read_error(&e))?;
        if buf.is_empty() {
            return Ok((ElementEnd::Eof, too_long));
        }
        let mut end = None;
        for (i, &b) in buf.iter().enumerate() {
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                // A stray closer inside an element is left to the parser.
                b'}' | b']' if depth > 0 => depth -= 1,
                b',' if depth == 0 => {
                    end = Some((i, ElementEnd::Comma));
                    break;
                }
                b']' => {
                    end = Some((i, ElementEnd::Close));
                    break;
                }
                _ => {}
            }
        }
        let taken = end.as_ref().map_or(buf.len(), |(i, _)| *i);
        if !too_long && element.len() + taken <= MAX_RECORD_BYTES {
            element.extend_from_slice(&buf[..taken]);
        } else {
            too_long = true;
            element.clear();
        }
        match end {
            Some((i, how)) => {
                reader.consume(i + 1);
                return Ok((how, too_long));
            }
            None => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    }
}

/// The elements of a JSON array held in memory, as text (for tests of the
/// scanner `read_array` uses).
#[cfg(test)]
pub(crate) fn split_array(text: &[u8]) -> Result<Vec<String>, String> {
    let mut reader: Box<dyn BufRead + Send> = Box::new(io::Cursor::new(text.to_vec()));
    let broken = |_| "broken".to_owned();
    skip_whitespace(&mut reader).map_err(broken)?;
    reader.consume(1);
    skip_whitespace(&mut reader).map_err(broken)?;
    if peek(&mut reader).map_err(broken)? == Some(b']') {
        return Ok(Vec::new());
    }
    let mut found = Vec::new();
    let mut element = Vec::new();
    loop {
        element.clear();
        let (end, _) = read_element(&mut reader, &mut element).map_err(broken)?;
        found.push(String::from_utf8(element.trim_ascii().to_vec()).map_err(|e| e.to_string())?);
        match end {
            ElementEnd::Comma => continue,
            ElementEnd::Close => return Ok(found),
            ElementEnd::Eof => return Err("eof".into()),
        }
    }
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

    #[test]
    fn array_elements_are_cut_where_they_end() {
        let found = split_array(br#"[ {"a": "x,]\"}", "b": [1, {"c": 2}]}, 3 , "s]" ]"#).unwrap();
        assert_eq!(found, [r#"{"a": "x,]\"}", "b": [1, {"c": 2}]}"#, "3", r#""s]""#]);
        assert_eq!(split_array(br#"[{"a": "unterminated]"#), Err("eof".into()));
    }
}
