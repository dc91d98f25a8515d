//! What the reader thread hands the loader: validated records with where
//! they came from, in batches bounded by count and bytes, and why reading
//! stopped when it did.

use std::io;

use tokio::sync::mpsc;

use super::record::Record;

/// Longest record accepted: an NDJSON line, a JSON array element or a CSV row
/// (a record this big is surely a mistake, such as an unterminated quote).
pub(crate) const MAX_RECORD_BYTES: usize = 16 * 1024 * 1024;

/// Records per channel message, and input bytes per message: whichever
/// comes first.
pub(crate) const BATCH: usize = 1024;
pub(crate) const BATCH_BYTES: usize = 1024 * 1024;
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

/// A fatal input problem (the rest of the input cannot be read).
pub(crate) type Batch<T> = Result<Vec<Parsed<T>>, String>;

/// Why reading stopped early.
pub(crate) enum Stop {
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
pub(crate) struct Batcher<'a, T> {
    tx: &'a mpsc::Sender<Batch<T>>,
    records: Vec<Parsed<T>>,
    bytes: usize,
    kind: RecordKind<T>,
    keep_raw: bool,
}

impl<'a, T> Batcher<'a, T> {
    pub(crate) fn new(tx: &'a mpsc::Sender<Batch<T>>, kind: RecordKind<T>, keep_raw: bool) -> Self {
        Batcher { tx, records: Vec::with_capacity(BATCH), bytes: 0, kind, keep_raw }
    }

    pub(crate) fn kind(&self) -> RecordKind<T> {
        self.kind
    }

    pub(crate) fn keeps_raw(&self) -> bool {
        self.keep_raw
    }

    /// Adds one record (`bytes`: its size in the input).
    pub(crate) fn push(&mut self, parsed: Parsed<T>, bytes: usize) -> Result<(), Stop> {
        self.records.push(parsed);
        self.bytes += bytes;
        if self.records.len() >= BATCH || self.bytes >= BATCH_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    /// Validates one JSON record's text and adds it.
    pub(crate) fn push_json(
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
    pub(crate) fn refuse(
        &mut self,
        at: Position,
        raw: Option<Box<str>>,
        message: String,
    ) -> Result<(), Stop> {
        let raw = if self.keep_raw { raw } else { None };
        self.push(Parsed { at, raw, item: Err(message) }, 0)
    }

    pub(crate) fn flush(&mut self) -> Result<(), Stop> {
        if self.records.is_empty() {
            return Ok(());
        }
        let full = std::mem::replace(&mut self.records, Vec::with_capacity(BATCH));
        self.bytes = 0;
        self.tx.blocking_send(Ok(full)).map_err(|_| Stop::Closed)
    }
}

/// A fatal reading error, in words.
pub(crate) fn read_error(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::InvalidData | io::ErrorKind::InvalidInput => {
            format!("the input is not valid gzip: {err}")
        }
        io::ErrorKind::UnexpectedEof => format!("the input ends early (a truncated file?): {err}"),
        _ => format!("cannot read the input: {err}"),
    }
}

/// "the line is longer than 16 MiB" (NDJSON), "the record is …" (an array).
pub(crate) fn too_long(at: Position) -> String {
    let what = if matches!(at, Position::Line(_)) { "line" } else { "record" };
    format!("the {what} is longer than {} MiB", MAX_RECORD_BYTES >> 20)
}
