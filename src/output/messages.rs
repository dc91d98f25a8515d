//! Everything for people goes to stderr through `Messages`, which respects
//! `-q` and `-v` and makes what data brings printable. With `--log-format
//! json` the same messages become tracing events, one JSON object per line
//! (`telemetry::logs`), carrying their `Fields` as fields.

use super::progress::{BulkBars, ImportBars, RebuildBars, SyncBars};
use super::text;
use crate::report::{Fields, Job, Level, Progress, Reporter};

/// Messages for the person at the terminal (stderr), silenced by `-q`:
/// the command line's `Reporter`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Messages {
    pub(crate) quiet: bool,
    pub(crate) verbose: u8,
    /// `--log-format json`: tracing events instead of lines (the level
    /// filter, from `-q`/`-v` or `RUST_LOG`, is the subscriber's).
    pub(crate) json: bool,
    /// Progress bars are drawn: stderr is a terminal, no `--no-progress`,
    /// no `-q`, human logs.
    pub(crate) bars: bool,
}

impl Messages {
    /// Where a command's messages go, from its settings.
    pub(crate) fn of(config: &crate::config::Config) -> Self {
        Messages {
            quiet: config.quiet,
            verbose: config.verbose,
            json: config.log_format == crate::domain::LogFormat::Json,
            bars: config.progress,
        }
    }
}

impl Reporter for Messages {
    fn note(&self, level: Level, text: &str, fields: &Fields<'_>) {
        match level {
            Level::Debug => self.debug(text),
            Level::Info => self.info_with(text, fields),
            Level::Warn => self.warn(text),
        }
    }

    fn progress(&self, job: Job) -> Progress {
        if !self.bars {
            return Progress::hidden();
        }
        Progress::drawn(match job {
            Job::Import { total_bytes } => std::sync::Arc::new(ImportBars::new(total_bytes)),
            Job::Rebuild { orders, sending } => {
                std::sync::Arc::new(RebuildBars::new(orders, sending))
            }
            Job::Sync => std::sync::Arc::new(SyncBars::new()),
            Job::Bulk => std::sync::Arc::new(BulkBars::new()),
        })
    }
}

/// One tracing event at `$level` with the message and the fields that are set.
macro_rules! event {
    ($level:expr, $text:expr, $fields:expr) => {{
        let f: &Fields = $fields;
        tracing::event!(
            $level,
            index = f.index,
            batch_size = f.batch_size,
            documents = f.documents,
            deletions = f.deletions,
            confirmed = f.confirmed,
            task_uid = f.task_uid,
            duration_ms = f.duration_ms,
            "{}",
            $text
        )
    }};
}

impl Messages {
    /// A summary or hint line; not shown with `-q`.
    pub(crate) fn info(&self, text: impl AsRef<str>) {
        self.info_with(text, &Fields::default());
    }

    /// `info`, with fields for a machine reading the JSON log.
    pub(crate) fn info_with(&self, text: impl AsRef<str>, fields: &Fields) {
        if self.json {
            event!(tracing::Level::INFO, text::printable(text.as_ref()), fields);
        } else if !self.quiet {
            eprintln!("{}", text::printable(text.as_ref()));
        }
    }

    /// Diagnostics shown with `-v`.
    pub(crate) fn debug(&self, text: impl AsRef<str>) {
        if self.json {
            event!(tracing::Level::DEBUG, text::printable(text.as_ref()), &Fields::default());
        } else if self.verbose > 0 && !self.quiet {
            eprintln!("debug: {}", text::printable_line(text.as_ref()));
        }
    }

    /// After a page of a list: how to get the next one, or that there was none.
    pub(crate) fn page_hint(&self, shown: usize, limit: i64, last_id: Option<i64>, what: &str) {
        match last_id {
            Some(last) if shown as i64 == limit => {
                self.info(format!("more may follow: add --after {last}"))
            }
            None => self.info(format!("no {what} found")),
            _ => {}
        }
    }

    /// Something the user should know even though the command succeeded.
    /// One line whatever it quotes (a server's message may hold line
    /// breaks: a log line must not split).
    pub(crate) fn warn(&self, text: impl AsRef<str>) {
        if self.json {
            event!(tracing::Level::WARN, text::printable(text.as_ref()), &Fields::default());
        } else if !self.quiet {
            eprintln!("warning: {}", text::printable_line(text.as_ref()));
        }
    }

    /// One refused input record (an import's error list): shown even with
    /// `-q`, since the command fails because of it.
    pub(crate) fn record_error(&self, text: impl AsRef<str>) {
        if self.json {
            event!(tracing::Level::ERROR, text::printable(text.as_ref()), &Fields::default());
        } else {
            eprintln!("error: {}", text::printable_line(text.as_ref()));
        }
    }

    /// Part of an interactive flow (a summary before a confirmation): the
    /// person is at the terminal answering prompts, so `-q` does not hide it.
    pub(crate) fn prompt_text(&self, text: impl AsRef<str>) {
        eprintln!("{}", text::printable(text.as_ref()));
    }
}
