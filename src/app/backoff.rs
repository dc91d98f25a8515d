//! How long to wait before trying a lost connection again: exponential,
//! from 250 ms to 30 s (the watcher and the live feed alike).

use std::time::Duration;

#[derive(Debug, Default)]
pub(crate) struct Backoff {
    failures: u32,
}

impl Backoff {
    /// The wait before the next attempt (and one more failure counted).
    pub(crate) fn next(&mut self) -> Duration {
        let delay = Duration::from_millis(250) * 2u32.saturating_pow(self.failures.min(7));
        self.failures += 1;
        delay.min(Duration::from_secs(30))
    }

    /// Whether the last attempt failed.
    pub(crate) fn failing(&self) -> bool {
        self.failures > 0
    }

    pub(crate) fn reset(&mut self) {
        self.failures = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_from_a_quarter_second_up_to_half_a_minute() {
        let mut backoff = Backoff::default();
        let waits: Vec<u64> = (0..10).map(|_| backoff.next().as_millis() as u64).collect();
        assert_eq!(waits, [250, 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
        assert!(backoff.failing());
        backoff.reset();
        assert_eq!(backoff.next().as_millis(), 250);
    }
}
