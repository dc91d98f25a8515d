//! The import progress bar: bytes of input read (so the ETA is right for a
//! file), with records counted in the message.

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
        self.bar.set_message(format!(
            "{} records ({}/s)",
            crate::output::thousands(records),
            crate::output::thousands(rate)
        ));
    }

    pub(crate) fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
