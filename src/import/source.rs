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

use super::batch::{
    Batch, Batcher, MAX_RECORD_BYTES, Position, RecordKind, Stop, read_error, too_long,
};
use super::json_array::read_array;
use crate::domain::InputFormat;
use crate::error::{AppError, Missing, Refusal, SystemError};

/// Messages in flight: with the batch being filled and the one being loaded,
/// at most this + 2 batches are in memory.
const CHANNEL_DEPTH: usize = 4;

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

impl Input {
    /// The input as plain bytes (decompressed), for a reader of its own.
    pub(crate) fn into_reader(self) -> Box<dyn BufRead + Send> {
        self.reader
    }
}

/// Opens a path, or stdin for `-`; gzip is recognised by its magic bytes.
pub(crate) fn open(path: &str) -> Result<Input, AppError> {
    let (raw, total_bytes): (Box<dyn Read + Send>, Option<u64>) = if path == "-" {
        (Box::new(io::stdin()), None)
    } else {
        let file = File::open(Path::new(path)).map_err(|e| open_error(path, e))?;
        let size = file.metadata().ok().map(|m| m.len());
        (Box::new(file), size)
    };
    wrap(raw, total_bytes, path)
}

/// A file that is not there is "not found" (exit 3); one the system will
/// not open (permissions, …) is exit 1, saying why.
fn open_error(path: &str, error: io::Error) -> AppError {
    match error.kind() {
        io::ErrorKind::NotFound => {
            AppError::NotFound(Missing::File { path: path.to_owned(), error })
        }
        _ => AppError::System(SystemError::Open { path: path.to_owned(), error }),
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
        .map_err(|error| AppError::Rejected(Refusal::Unreadable { path: path.to_owned(), error }))?
        .starts_with(&[0x1f, 0x8b]);
    let reader: Box<dyn BufRead + Send> = if gzip {
        Box::new(BufReader::with_capacity(1 << 20, flate2::bufread::MultiGzDecoder::new(buffered)))
    } else {
        Box::new(buffered)
    };
    Ok(Input { reader, total_bytes, bytes_read })
}

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
        let mut out = Batcher::new(&tx, kind, keep_raw);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_file_says_why_and_is_not_not_found() {
        let denied = io::Error::from(io::ErrorKind::PermissionDenied);
        let err = open_error("/data/p.ndjson", denied);
        assert_eq!(err.code(), crate::error::exit::UNEXPECTED);
        assert!(err.to_string().contains("cannot open /data/p.ndjson: permission denied"), "{err}");
        let missing = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(open_error("x", missing).code(), crate::error::exit::NOT_FOUND);
    }
}
