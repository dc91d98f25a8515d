//! Rendering: commands return data, these functions print it to stdout as a
//! table, one JSON value, or NDJSON. Messages for people go to stderr through
//! [`Messages`].

pub(crate) mod csv;
mod history;
pub(crate) mod progress;
pub(crate) mod tables;
pub(crate) mod text;

use std::io::{self, Write};
use std::sync::OnceLock;

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use time::{OffsetDateTime, UtcOffset};

use crate::domain::OutputFormat;

pub(crate) use tables::{Detail, Listing};

/// The local UTC offset, read once at start-up while the process is still
/// single-threaded (reading it later is refused by `time` on Linux).
static LOCAL_OFFSET: OnceLock<UtcOffset> = OnceLock::new();

pub(crate) fn init_local_offset() {
    let offset = UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC);
    let _ = LOCAL_OFFSET.set(offset);
}

/// A time for a table: local time, to the minute. A time the local offset
/// would carry past the end of the calendar (9999-12-31 23:59 UTC seen from
/// east of Greenwich) is shown in UTC, marked so.
pub(crate) fn local_time(at: OffsetDateTime) -> String {
    let fmt = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");
    let offset = *LOCAL_OFFSET.get().unwrap_or(&UtcOffset::UTC);
    match at.checked_to_offset(offset) {
        Some(local) => local.format(&fmt).unwrap_or_else(|_| at.to_string()),
        None => {
            let utc = at.checked_to_offset(UtcOffset::UTC).unwrap_or(at);
            format!("{} UTC", utc.format(&fmt).unwrap_or_else(|_| at.to_string()))
        }
    }
}

/// A new table in the project's style, fitted to the terminal width (or to
/// `COLUMNS` when set, e.g. when piping to a pager or a file); long cells
/// wrap within their column.
pub(crate) fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    match std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<u16>().ok()) {
        Some(width) => {
            table.set_width(width.max(20));
        }
        // A terminal that reports no usable width (some ptys say 0): do not
        // squeeze every column to one character.
        None if table.width().is_some_and(|w| w < 20) => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
        None => {}
    }
    table
}

/// Writes to stdout in one go; see `Stdout` for a closed pipe.
pub(crate) fn write_stdout(text: &str) -> io::Result<()> {
    let mut out = Stdout::lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// The reader of stdout went away (e.g. `| head -1`): the one broken pipe
/// `main` treats as a quiet end. A broken pipe anywhere else — a socket to
/// PostgreSQL or Meilisearch — is a real failure.
#[derive(Debug, thiserror::Error)]
#[error("stdout was closed")]
pub(crate) struct StdoutClosed;

/// Locked stdout whose `BrokenPipe` errors carry `StdoutClosed`.
pub(crate) struct Stdout(io::StdoutLock<'static>);

impl Stdout {
    pub(crate) fn lock() -> Self {
        Stdout(io::stdout().lock())
    }

    fn mark(err: io::Error) -> io::Error {
        if err.kind() == io::ErrorKind::BrokenPipe {
            io::Error::new(io::ErrorKind::BrokenPipe, StdoutClosed)
        } else {
            err
        }
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf).map_err(Stdout::mark)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush().map_err(Stdout::mark)
    }
}

/// Prints one entity (a created, changed or requested product or order).
pub(crate) fn print_one<T: Serialize + Detail + csv::CsvRow>(
    format: OutputFormat,
    value: &T,
) -> io::Result<()> {
    match format {
        OutputFormat::Table => write_stdout(&format!("{}\n", value.detail())),
        OutputFormat::Csv => csv::write(std::slice::from_ref(value)),
        OutputFormat::Json => write_stdout(&format!("{}\n", to_json_pretty(value)?)),
        OutputFormat::Ndjson => write_stdout(&format!("{}\n", to_json(value)?)),
    }
}

/// Prints a list: a table, a JSON array, or one JSON object per line.
pub(crate) fn print_list<T: Serialize + Listing + csv::CsvRow>(
    format: OutputFormat,
    values: &[T],
) -> io::Result<()> {
    match format {
        OutputFormat::Csv => csv::write(values),
        OutputFormat::Table => {
            if values.is_empty() {
                return Ok(());
            }
            write_stdout(&format!("{}\n", T::listing(values)))
        }
        OutputFormat::Json => write_stdout(&format!("{}\n", to_json_pretty(&values)?)),
        OutputFormat::Ndjson => {
            let mut text = String::new();
            for value in values {
                text.push_str(&to_json(value)?);
                text.push('\n');
            }
            write_stdout(&text)
        }
    }
}

/// A summary or report for scripts: pretty JSON with `-o json`, one line with
/// `-o ndjson`, nothing with `-o table` or `-o csv` (people get the stderr
/// summary; a report is not rows).
pub(crate) fn print_report<T: Serialize>(format: OutputFormat, value: &T) -> io::Result<()> {
    match format {
        OutputFormat::Table | OutputFormat::Csv => Ok(()),
        OutputFormat::Json => write_stdout(&format!("{}\n", to_json_pretty(value)?)),
        OutputFormat::Ndjson => write_stdout(&format!("{}\n", to_json(value)?)),
    }
}

/// After a delete: the ids for JSON consumers; people get the summary on stderr.
pub(crate) fn print_deleted(format: OutputFormat, what: &str, ids: &[i64]) -> io::Result<()> {
    print_report(format, &serde_json::json!({ "deleted": what, "ids": ids }))
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> io::Result<String> {
    serde_json::to_string(value).map_err(io::Error::other)
}

fn to_json_pretty<T: Serialize + ?Sized>(value: &T) -> io::Result<String> {
    serde_json::to_string_pretty(value).map_err(io::Error::other)
}

/// Adds a `{rate}` key to a progress style: a whole number with thousands
/// separators and a unit ("68,913/s"), where indicatif's `{per_sec}` prints
/// every decimal it has.
pub(crate) fn with_rate(style: indicatif::ProgressStyle) -> indicatif::ProgressStyle {
    style.with_key("rate", |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
        let _ = write!(w, "{}/s", thousands(state.per_sec().round() as u64));
    })
}

/// 1234567 → "1,234,567".
pub(crate) fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// How long each phase of a long job took, printed with `-v` (an import's
/// set-based steps).
pub(crate) struct Phases {
    verbose: bool,
    last: std::time::Instant,
}

impl Phases {
    pub(crate) fn new(verbose: bool) -> Self {
        Phases { verbose, last: std::time::Instant::now() }
    }

    pub(crate) fn done(&mut self, phase: &str) {
        if self.verbose {
            eprintln!("debug: {phase}: {:.2}s", self.last.elapsed().as_secs_f64());
        }
        self.last = std::time::Instant::now();
    }
}

/// Messages for the person at the terminal (stderr), silenced by `-q`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Messages {
    pub(crate) quiet: bool,
    pub(crate) verbose: u8,
}

impl Messages {
    /// A summary or hint line; not shown with `-q`.
    pub(crate) fn info(&self, text: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", text::printable(text.as_ref()));
        }
    }

    /// Diagnostics shown with `-v`.
    pub(crate) fn debug(&self, text: impl AsRef<str>) {
        if self.verbose > 0 && !self.quiet {
            eprintln!("debug: {}", text::printable(text.as_ref()));
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
    pub(crate) fn warn(&self, text: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("warning: {}", text::printable(text.as_ref()));
        }
    }

    /// One refused input record (an import's error list): shown even with
    /// `-q`, since the command fails because of it.
    pub(crate) fn record_error(&self, text: impl AsRef<str>) {
        eprintln!("error: {}", text::printable(text.as_ref()));
    }

    /// Part of an interactive flow (a summary before a confirmation): the
    /// person is at the terminal answering prompts, so `-q` does not hide it.
    pub(crate) fn prompt_text(&self, text: impl AsRef<str>) {
        eprintln!("{}", text::printable(text.as_ref()));
    }
}

#[cfg(test)]
mod rate_tests {
    use super::thousands;

    #[test]
    fn rates_are_whole_numbers_with_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(68_912), "68,912");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
