//! Progress bars on stderr (hidden with `--no-progress`, `-q` or without a
//! terminal): an import's bytes read (so the ETA is right for a file, with
//! records counted in the message), and a reindex's rows read, documents
//! sent and documents indexed. Every bar ends at its total, and is cleared
//! before the summary line or the message that says what was undone.

use std::time::Instant;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::report::{Bar, Bars};

/// An import's bar: bytes read (with the input's size, an ETA), the
/// records counted and their rate in its message.
pub(crate) struct ImportBars {
    bar: ProgressBar,
    started: Instant,
}

impl ImportBars {
    pub(crate) fn new(total_bytes: Option<u64>) -> Self {
        let bar = match total_bytes {
            Some(total) => ProgressBar::new(total).with_style(
                ProgressStyle::with_template(
                    "{prefix:>8} [{bar:32}] {binary_bytes}/{binary_total_bytes} {msg} eta {eta}",
                )
                .expect("static template")
                .progress_chars("=> "),
            ),
            None => ProgressBar::new_spinner().with_style(
                ProgressStyle::with_template("{prefix:>8} {spinner} {binary_bytes} {msg}")
                    .expect("static template"),
            ),
        };
        bar.set_prefix("import");
        ImportBars { bar, started: Instant::now() }
    }
}

impl Bars for ImportBars {
    fn advance(&self, _: Bar, by: u64) {
        self.bar.inc(by);
    }

    fn set(&self, _: Bar, position: u64) {
        self.bar.set_position(position);
    }

    fn set_total(&self, _: Bar, total: u64) {
        self.bar.set_length(total);
    }

    fn count(&self, records: u64) {
        let elapsed = self.started.elapsed().as_secs_f64();
        let rate = (records as f64 / elapsed.max(1e-3)).round() as u64;
        self.bar.set_message(format!("{} records ({}/s)", thousands(records), thousands(rate)));
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Drop for ImportBars {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

/// A reindex's three progress bars: rows read, documents sent (or built,
/// in a dry run), documents indexed.
pub(crate) struct RebuildBars {
    multi: MultiProgress,
    read: ProgressBar,
    sent: ProgressBar,
    indexed: ProgressBar,
}

impl RebuildBars {
    pub(crate) fn new(total: u64, sending: bool) -> Self {
        let multi = MultiProgress::with_draw_target(ProgressDrawTarget::stderr());
        let style = with_rate(
            ProgressStyle::with_template(
                "{prefix:>8} [{bar:32}] {human_pos}/{human_len} {rate:>10} eta {eta}",
            )
            .expect("static template")
            .progress_chars("=> "),
        );
        let bar = |prefix: &'static str| {
            multi.add(ProgressBar::new(total).with_style(style.clone()).with_prefix(prefix))
        };
        let read = bar("read");
        let sent = bar(if sending { "sent" } else { "built" });
        let indexed = if sending { bar("indexed") } else { ProgressBar::hidden() };
        RebuildBars { multi, read, sent, indexed }
    }

    fn bar(&self, bar: Bar) -> &ProgressBar {
        match bar {
            Bar::Read => &self.read,
            Bar::Sent => &self.sent,
            Bar::Indexed => &self.indexed,
        }
    }
}

impl Bars for RebuildBars {
    fn advance(&self, bar: Bar, by: u64) {
        self.bar(bar).inc(by);
    }

    fn set(&self, bar: Bar, position: u64) {
        self.bar(bar).set_position(position);
    }

    fn set_total(&self, bar: Bar, total: u64) {
        self.bar(bar).set_length(total);
    }

    fn count(&self, _: u64) {}

    /// After a complete run: every bar at its total, then cleared (the
    /// summary line says what was done).
    fn finish(&self) {
        for bar in [&self.read, &self.sent, &self.indexed] {
            if let Some(total) = bar.length() {
                bar.set_position(total);
            }
            bar.finish();
        }
        let _ = self.multi.clear();
    }
}

impl Drop for RebuildBars {
    /// Stopped part-way (an error, Ctrl-C): no half-drawn bars are left
    /// above the message that says what was kept and what was undone.
    fn drop(&mut self) {
        for bar in [&self.read, &self.sent, &self.indexed] {
            bar.finish_and_clear();
        }
        let _ = self.multi.clear();
    }
}

/// A sync's counter: orders pushed so far, with their rate.
pub(crate) struct SyncBars(ProgressBar);

impl SyncBars {
    pub(crate) fn new() -> Self {
        let bar = ProgressBar::new_spinner().with_style(with_rate(
            ProgressStyle::with_template(
                "{prefix:>8} {spinner} {human_pos} order(s) {rate} {elapsed}",
            )
            .expect("static template"),
        ));
        bar.set_prefix("synced");
        SyncBars(bar)
    }
}

impl Bars for SyncBars {
    fn advance(&self, _: Bar, by: u64) {
        self.0.inc(by);
    }

    fn set(&self, _: Bar, position: u64) {
        self.0.set_position(position);
    }

    fn set_total(&self, _: Bar, _: u64) {}

    fn count(&self, _: u64) {}

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

impl Drop for SyncBars {
    fn drop(&mut self) {
        self.0.finish_and_clear();
    }
}

/// A bulk change's spinner: what it is doing and how many rows, drawn only
/// once the change has taken more than a second (a quick one leaves no
/// trace on the terminal).
pub(crate) struct BulkBars {
    bar: ProgressBar,
    state: std::sync::Arc<std::sync::Mutex<bool>>,
}

/// How long a bulk change runs before its spinner shows.
const BULK_BAR_AFTER: std::time::Duration = std::time::Duration::from_secs(1);

impl BulkBars {
    pub(crate) fn new() -> Self {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()).with_style(
            ProgressStyle::with_template("{prefix:>8} {spinner} {msg} {elapsed}")
                .expect("static template"),
        );
        bar.set_prefix("bulk");
        bar.set_message("locking the selection");
        // Whether the change is over (then the spinner never shows).
        let state = std::sync::Arc::new(std::sync::Mutex::new(false));
        let (shown, done) = (bar.clone(), state.clone());
        std::thread::spawn(move || {
            std::thread::sleep(BULK_BAR_AFTER);
            let finished = done.lock().map(|d| *d).unwrap_or(true);
            if !finished {
                shown.set_draw_target(ProgressDrawTarget::stderr());
                shown.enable_steady_tick(std::time::Duration::from_millis(100));
            }
        });
        BulkBars { bar, state }
    }
}

impl Bars for BulkBars {
    fn advance(&self, _: Bar, _: u64) {}

    fn set(&self, bar: Bar, position: u64) {
        let rows = thousands(position);
        self.bar.set_message(match bar {
            Bar::Read => format!("{rows} row(s) locked, writing"),
            Bar::Sent => format!("{rows} row(s) written, committing"),
            Bar::Indexed => format!("{rows} pushed"),
        });
    }

    fn set_total(&self, _: Bar, _: u64) {}

    fn count(&self, _: u64) {}

    fn finish(&self) {
        if let Ok(mut done) = self.state.lock() {
            *done = true;
        }
        self.bar.finish_and_clear();
    }
}

impl Drop for BulkBars {
    fn drop(&mut self) {
        self.finish();
    }
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
