//! Everything for people goes to stderr through `Messages`, which respects
//! `-q` and `-v` and makes what data brings printable. With `--log-format
//! json` the same messages become tracing events, one JSON object per line
//! (`telemetry::logs`), carrying their `Fields` as fields.

use super::progress::with_rate;
use super::text;

/// How long each phase of a long job took, said with `-v` (an import's
/// set-based steps).
pub(crate) struct Phases {
    messages: Messages,
    last: std::time::Instant,
}

impl Phases {
    pub(crate) fn new(messages: Messages) -> Self {
        Phases { messages, last: std::time::Instant::now() }
    }

    pub(crate) fn done(&mut self, phase: &str) {
        self.messages.debug(format!("{phase}: {:.2}s", self.last.elapsed().as_secs_f64()));
        self.last = std::time::Instant::now();
    }
}

/// Messages for the person at the terminal (stderr), silenced by `-q`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Messages {
    pub(crate) quiet: bool,
    pub(crate) verbose: u8,
    /// `--log-format json`: tracing events instead of lines (the level
    /// filter, from `-q`/`-v` or `RUST_LOG`, is the subscriber's).
    pub(crate) json: bool,
}

/// What a machine reading the log may want besides the sentence; a log line
/// carries the fields that are set.
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

    /// A counter on stderr for long work whose total is not known up front
    /// (hidden unless `visible`: a terminal, no `--no-progress`, no `-q`).
    pub(crate) fn progress_bar(
        &self,
        visible: bool,
        prefix: &'static str,
    ) -> indicatif::ProgressBar {
        let bar = indicatif::ProgressBar::new_spinner().with_style(with_rate(
            indicatif::ProgressStyle::with_template(
                "{prefix:>8} {spinner} {human_pos} order(s) {rate} {elapsed}",
            )
            .expect("static template"),
        ));
        bar.set_prefix(prefix);
        if !visible {
            bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
        }
        bar
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
