//! What an import did, for people (stderr) and scripts (`-o json`).

use std::io::{BufWriter, Write};
use std::path::Path;

use serde::Serialize;

use super::batch::{Parsed, Position};
use crate::error::{AppError, Usage};
use crate::files::NewFile;

#[derive(Debug, Default, Serialize)]
pub(crate) struct Report {
    pub(crate) read: u64,
    pub(crate) inserted: u64,
    pub(crate) updated: u64,
    pub(crate) skipped: u64,
    pub(crate) failed: u64,
    pub(crate) errors: Vec<RecordError>,
    /// Whether anything was written (false for a dry run or a refused import).
    pub(crate) committed: bool,
    /// An atomic import stopped reading at the first batch holding a refused
    /// record (the outcome was decided): `read` counts what was read so far.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub(crate) stopped_early: bool,
    #[serde(skip)]
    max_errors: usize,
}

/// A valid record to load, where it was, and its text if kept.
pub(crate) struct Taken<T> {
    pub(crate) record: T,
    pub(crate) at: Position,
    pub(crate) raw: Option<Box<str>>,
}

#[derive(Debug, Serialize)]
pub(crate) struct RecordError {
    /// The NDJSON line, or the 1-based index in a JSON array.
    pub(crate) line: u64,
    pub(crate) message: String,
}

impl Report {
    pub(crate) fn new(max_errors: usize) -> Self {
        Report { max_errors, ..Default::default() }
    }

    /// Records a refused record (kept in the list up to the configured number).
    pub(crate) fn fail(&mut self, at: Position, message: impl Into<String>) {
        self.failed += 1;
        if self.errors.len() < self.max_errors {
            self.errors.push(RecordError {
                line: at.number(),
                message: format!("{at}: {}", message.into()),
            });
        }
    }

    /// Counts one record. A refused one is listed and saved to the rejects
    /// file; an atomic import then stops loading (`loading` becomes false) but
    /// goes on validating, to report every error. Returns the record to load.
    pub(crate) fn take<T>(
        &mut self,
        parsed: Parsed<T>,
        rejects: &mut Rejects,
        loading: &mut bool,
        skip_invalid: bool,
    ) -> std::io::Result<Option<Taken<T>>> {
        self.read += 1;
        match parsed.item {
            Ok(record) if *loading => Ok(Some(Taken { record, at: parsed.at, raw: parsed.raw })),
            Ok(_) => Ok(None),
            Err(message) => {
                self.fail(parsed.at, message);
                if let Some(raw) = &parsed.raw {
                    rejects.write(raw)?;
                }
                *loading = *loading && skip_invalid;
                Ok(None)
            }
        }
    }

    pub(crate) fn unlisted_errors(&self) -> u64 {
        self.failed - self.errors.len() as u64
    }
}

/// The rejects file: raw records that were refused, one per line, so that a
/// fixed file can be imported again. It holds customer records, so it is
/// written as a `files::NewFile` (0600, never through a link or into a
/// device) and appears only when the import has finished with it.
pub(crate) struct Rejects {
    out: Option<BufWriter<NewFile>>,
}

impl Rejects {
    pub(crate) fn create(path: Option<&Path>) -> Result<Self, AppError> {
        let out = path
            .map(|p| {
                NewFile::create(p, 0o600).map(BufWriter::new).map_err(|error| {
                    AppError::Usage(Usage::RejectsFile { path: p.to_owned(), error })
                })
            })
            .transpose()?;
        Ok(Rejects { out })
    }

    pub(crate) fn wanted(&self) -> bool {
        self.out.is_some()
    }

    pub(crate) fn write(&mut self, raw: &str) -> std::io::Result<()> {
        if let Some(out) = &mut self.out {
            // A raw NDJSON line is one line already; a pretty array element is
            // re-serialised compactly by the reader.
            out.write_all(raw.as_bytes())?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    pub(crate) fn finish(self) -> std::io::Result<()> {
        if let Some(out) = self.out {
            out.into_inner().map_err(|err| err.into_error())?.commit()?;
        }
        Ok(())
    }
}
