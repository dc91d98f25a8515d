//! Progress bars on stderr (hidden with `--no-progress`, `-q` or without a
//! terminal): an import's bytes read (so the ETA is right for a file, with
//! records counted in the message), and a reindex's rows read, documents
//! sent and documents indexed. Every bar ends at its total, and is cleared
//! before the summary line or the message that says what was undone.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub(crate) struct Progress {
    bar: ProgressBar,
    bytes: Arc<AtomicU64>,
}

impl Progress {
    pub(crate) fn new(visible: bool, total_bytes: Option<u64>, bytes: Arc<AtomicU64>) -> Self {
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
        if !visible {
            bar.set_draw_target(ProgressDrawTarget::hidden());
        }
        Progress { bar, bytes }
    }

    /// Called per batch: moves the bar to the bytes read so far.
    pub(crate) fn update(&self, records: u64, elapsed_secs: f64) {
        self.bar.set_position(self.bytes.load(Ordering::Relaxed));
        let rate = (records as f64 / elapsed_secs.max(1e-3)).round() as u64;
        self.bar.set_message(format!("{} records ({}/s)", thousands(records), thousands(rate)));
    }

    pub(crate) fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

use indicatif::MultiProgress;
/// A reindex's three progress bars: rows read, documents sent (or built,
/// in a dry run), documents indexed.
pub(crate) struct RebuildBars {
    multi: MultiProgress,
    pub(crate) read: ProgressBar,
    pub(crate) sent: ProgressBar,
    pub(crate) indexed: ProgressBar,
}

impl RebuildBars {
    pub(crate) fn new(visible: bool, total: u64, sending: bool) -> Self {
        let multi = if visible {
            MultiProgress::with_draw_target(ProgressDrawTarget::stderr())
        } else {
            MultiProgress::with_draw_target(ProgressDrawTarget::hidden())
        };
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

    /// After a complete run: every bar at its total, then cleared (the
    /// summary line says what was done).
    pub(crate) fn finish(&self) {
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
