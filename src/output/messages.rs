//! Everything for people goes to stderr through `Messages`, which respects
//! `-q` and `-v` and makes what data brings printable.

use super::progress::with_rate;
use super::text;

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
