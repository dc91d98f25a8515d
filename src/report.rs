//! How work tells whoever runs it what is happening. The workers (imports,
//! the rebuild, the outbox's pushers) and the use cases say *what* happened
//! — a sentence, a few fields for a machine, how far along they are — and
//! the front end decides whether and how it shows: lines on stderr, JSON
//! log events, progress bars, the console's status line, or nothing.
//!
//! The command line's reporter is `output::Messages`; `Silent` says nothing
//! (the console, which shows what matters from typed results instead).

use std::sync::Arc;
use std::time::Instant;

/// How much a note matters: `Debug` only with `-v`, `Info` unless `-q`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Level {
    Debug,
    Info,
    Warn,
}

/// What a machine reading the log may want besides the sentence; a JSON
/// log line carries the fields that are set.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Fields<'a> {
    pub(crate) index: Option<&'a str>,
    pub(crate) batch_size: Option<u64>,
    pub(crate) documents: Option<u64>,
    pub(crate) deletions: Option<u64>,
    pub(crate) confirmed: Option<u64>,
    pub(crate) task_uid: Option<u32>,
    pub(crate) duration_ms: Option<u64>,
}

/// Which progress a job shows; the front end picks the bars' look.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Job {
    /// An import: the bytes read of the input (its size, when known), and
    /// the records counted.
    Import { total_bytes: Option<u64> },
    /// A rebuild of `orders`: rows read, documents sent (or built, in a dry
    /// run), documents indexed.
    Rebuild { orders: u64, sending: bool },
    /// A sync: orders pushed so far.
    Sync,
    /// A bulk change: the rows locked (`Read`), then written (`Sent`);
    /// shown only once it has taken more than a second.
    Bulk,
}

/// One bar of a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bar {
    Read,
    Sent,
    Indexed,
}

/// What a front end implements to draw a job's progress.
pub(crate) trait Bars: Send + Sync {
    fn advance(&self, bar: Bar, by: u64);
    fn set(&self, bar: Bar, position: u64);
    /// A bar's total, learned on the way (a rebuild's rows, when the
    /// snapshot's count was an estimate).
    fn set_total(&self, bar: Bar, total: u64);
    /// An import's records read so far.
    fn count(&self, records: u64);
    /// The job is done: every bar at its total, then cleared. (Dropping
    /// the last handle without `finish` clears them too: stopped part-way.)
    fn finish(&self);
}

/// A job's progress: cheap to clone into a spawned task; `hidden()` draws
/// nothing.
#[derive(Clone)]
pub(crate) struct Progress(Option<Arc<dyn Bars>>);

impl Progress {
    pub(crate) fn hidden() -> Self {
        Progress(None)
    }

    pub(crate) fn drawn(bars: Arc<dyn Bars>) -> Self {
        Progress(Some(bars))
    }

    pub(crate) fn advance(&self, bar: Bar, by: u64) {
        if let Some(bars) = &self.0 {
            bars.advance(bar, by);
        }
    }

    pub(crate) fn set(&self, bar: Bar, position: u64) {
        if let Some(bars) = &self.0 {
            bars.set(bar, position);
        }
    }

    pub(crate) fn set_total(&self, bar: Bar, total: u64) {
        if let Some(bars) = &self.0 {
            bars.set_total(bar, total);
        }
    }

    pub(crate) fn count(&self, records: u64) {
        if let Some(bars) = &self.0 {
            bars.count(records);
        }
    }

    pub(crate) fn finish(&self) {
        if let Some(bars) = &self.0 {
            bars.finish();
        }
    }
}

/// Where work reports. Implementations decide what is shown.
pub(crate) trait Reporter: Send + Sync {
    fn note(&self, level: Level, text: &str, fields: &Fields<'_>);

    /// Progress for one job (hidden unless the front end draws it).
    fn progress(&self, _job: Job) -> Progress {
        Progress::hidden()
    }
}

impl dyn Reporter + '_ {
    pub(crate) fn debug(&self, text: impl AsRef<str>) {
        self.note(Level::Debug, text.as_ref(), &Fields::default());
    }

    pub(crate) fn info(&self, text: impl AsRef<str>) {
        self.note(Level::Info, text.as_ref(), &Fields::default());
    }

    pub(crate) fn warn(&self, text: impl AsRef<str>) {
        self.note(Level::Warn, text.as_ref(), &Fields::default());
    }
}

/// Says nothing and draws nothing.
pub(crate) struct Silent;

impl Reporter for Silent {
    fn note(&self, _: Level, _: &str, _: &Fields<'_>) {}
}

/// Passes on notes of `level` and above only (the demo's import, whose
/// phase timings would clutter `-v`).
pub(crate) struct AtLeast<'a>(pub(crate) Level, pub(crate) &'a dyn Reporter);

impl Reporter for AtLeast<'_> {
    fn note(&self, level: Level, text: &str, fields: &Fields<'_>) {
        if level >= self.0 {
            self.1.note(level, text, fields);
        }
    }

    fn progress(&self, job: Job) -> Progress {
        self.1.progress(job)
    }
}

/// How long each phase of a long job took, said at debug level (an
/// import's set-based steps).
pub(crate) struct Phases<'a> {
    reporter: &'a dyn Reporter,
    last: Instant,
}

impl<'a> Phases<'a> {
    pub(crate) fn new(reporter: &'a dyn Reporter) -> Self {
        Phases { reporter, last: Instant::now() }
    }

    pub(crate) fn done(&mut self, phase: &str) {
        self.reporter.debug(format!("{phase}: {:.2}s", self.last.elapsed().as_secs_f64()));
        self.last = Instant::now();
    }
}

/// Keeps every note, for tests of what work says.
#[cfg(test)]
#[derive(Default)]
pub(crate) struct Recorded(pub(crate) std::sync::Mutex<Vec<(Level, String)>>);

#[cfg(test)]
impl Reporter for Recorded {
    fn note(&self, level: Level, text: &str, _: &Fields<'_>) {
        self.0.lock().unwrap().push((level, text.to_owned()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_least_passes_on_only_what_matters_enough() {
        let recorded = Recorded::default();
        let quieter = AtLeast(Level::Info, &recorded);
        let reporter: &dyn Reporter = &quieter;
        reporter.debug("phase: 0.01s");
        reporter.info("imported 3");
        reporter.warn("careful");
        let notes = recorded.0.lock().unwrap().clone();
        assert_eq!(
            notes,
            [(Level::Info, "imported 3".to_owned()), (Level::Warn, "careful".to_owned())]
        );
    }
}
