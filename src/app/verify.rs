//! The watcher's continuous verification: beside pushing, `sync --watch`
//! walks the whole index at a bounded rate (`--verify-rate`), comparing
//! each document with PostgreSQL (`rebuild::drift`), and queues whatever
//! drifted in the outbox at once — a repair that goes through the outbox
//! like any change, so the pushing half of the watcher makes it. Each
//! finished pass is logged, counted in `/metrics` and recorded in
//! PostgreSQL (`index status`, `doctor`).
//!
//! A failure (a service down) pauses the pass with backoff and resumes it
//! where it stopped; a pass that cannot finish shows as an old last pass
//! on `/readyz`.

use std::convert::Infallible;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use deadpool_postgres::Pool;

use super::backoff::Backoff;
use crate::db::connection::DatabaseConfig;
use crate::db::verifications::{self, PassFindings};
use crate::outbox;
use crate::rebuild::drift::{self, Comparison, Kind, Walk, Window};
use crate::report::{Fields, Level, Reporter};
use crate::search::Meili;
use crate::telemetry;

/// How many drifted ids a log line names.
const NAMED: usize = 10;

/// When the last pass ended, for `/readyz`; shared with the monitor.
#[derive(Debug)]
pub(crate) struct Passes {
    /// When verification started, or the last pass ended.
    since: Mutex<Instant>,
}

impl Default for Passes {
    fn default() -> Self {
        Passes { since: Mutex::new(Instant::now()) }
    }
}

impl Passes {
    /// How long since the last pass ended (or, before the first, since
    /// verification started).
    pub(crate) fn age(&self) -> Duration {
        self.since.lock().unwrap_or_else(|e| e.into_inner()).elapsed()
    }

    fn ended(&self) {
        *self.since.lock().unwrap_or_else(|e| e.into_inner()) = Instant::now();
    }
}

/// What verification needs.
pub(crate) struct Verify<'a> {
    pub(crate) pool: &'a Pool,
    pub(crate) database: &'a DatabaseConfig,
    pub(crate) meili: &'a Meili,
    /// Documents compared a second, at most (more than 0).
    pub(crate) rate: u32,
    /// A new pass starts at most this often (a small index is not walked
    /// again and again).
    pub(crate) every: Duration,
    pub(crate) reporter: &'a dyn Reporter,
    pub(crate) passes: &'a Passes,
}

impl Verify<'_> {
    /// Verifies pass after pass, until dropped.
    pub(crate) async fn run(&self) -> Infallible {
        let how = Comparison { sample: 0, content: true, rate: Some(self.rate) };
        loop {
            let began = Instant::now();
            let found = self.pass(how).await;
            let took = began.elapsed();
            self.passes.ended();
            self.finished(&found, took).await;
            tokio::time::sleep(self.every.saturating_sub(began.elapsed())).await;
        }
    }

    /// One whole pass; failures pause it and it goes on where it stopped.
    async fn pass(&self, how: Comparison) -> PassFindings {
        let mut backoff = Backoff::default();
        let mut walk = loop {
            match Walk::start(self.meili, how).await {
                Ok(walk) => break walk,
                Err(err) => self.failed(&mut backoff, &format!("{err:#}")).await,
            }
        };
        let mut found = PassFindings::default();
        let started = Instant::now();
        loop {
            match self.step(&mut walk).await {
                Ok(Some(window)) => {
                    if backoff.failing() {
                        self.reporter.info("verification resumed");
                    }
                    backoff.reset();
                    self.count(&window, &mut found);
                }
                Ok(None) => return found,
                Err(err) => self.failed(&mut backoff, &err).await,
            }
            drift::pace(how.rate, walk.compared(), started).await;
        }
    }

    /// Compares the next window and queues what drifted, on a connection
    /// of its own (given back between windows).
    async fn step(&self, walk: &mut Walk) -> Result<Option<Window>, String> {
        let client =
            crate::db::connect(self.pool, self.database).await.map_err(|e| e.to_string())?;
        let window = walk.step(&**client, self.meili).await.map_err(|e| format!("{e:#}"))?;
        if let Some(window) = &window
            && !window.drifted.is_empty()
        {
            // Compared and not queued would be lost: a failure here makes
            // the next pass find them again.
            outbox::enqueue(&**client, &window.ids()).await.map_err(|e| e.to_string())?;
        }
        Ok(window)
    }

    /// Counts and logs what one window found.
    fn count(&self, window: &Window, found: &mut PassFindings) {
        telemetry::metrics::verified(window.compared);
        found.compared += window.compared as i64;
        for kind in Kind::ALL {
            let ids: Vec<i64> =
                window.drifted.iter().filter(|f| f.kind == kind).map(|f| f.id).collect();
            if ids.is_empty() {
                continue;
            }
            telemetry::metrics::drift_found(kind.label(), ids.len() as u64);
            *match kind {
                Kind::Missing => &mut found.missing,
                Kind::Extra => &mut found.extra,
                Kind::Stale => &mut found.stale,
                Kind::Differing => &mut found.differing,
            } += ids.len() as i64;
            let named: Vec<String> = ids.iter().take(NAMED).map(i64::to_string).collect();
            let more = if ids.len() > NAMED { ", …" } else { "" };
            self.reporter.warn(format!(
                "verification: {} {} document(s) queued again (orders {}{more})",
                ids.len(),
                kind.label(),
                named.join(", ")
            ));
        }
    }

    /// Says a pause once per outage, and waits.
    async fn failed(&self, backoff: &mut Backoff, why: &str) {
        if !backoff.failing() {
            self.reporter.warn(format!("verification paused: {why}; retrying with backoff"));
        }
        tokio::time::sleep(backoff.next()).await;
    }

    /// Logs, counts and records a finished pass.
    async fn finished(&self, found: &PassFindings, took: Duration) {
        telemetry::metrics::verify_pass(took);
        let fields = Fields {
            index: Some(&self.meili.index_name),
            documents: Some(found.compared as u64),
            duration_ms: Some(took.as_millis() as u64),
            ..Fields::default()
        };
        self.reporter.note(
            Level::Info,
            &format!(
                "verification pass: {} document(s) compared in {:.0}s, {} drifted \
                 ({} missing, {} extra, {} stale, {} differing)",
                found.compared,
                took.as_secs_f64(),
                found.drifted(),
                found.missing,
                found.extra,
                found.stale,
                found.differing
            ),
            &fields,
        );
        let recorded = async {
            let client = crate::db::connect(self.pool, self.database).await?;
            verifications::record(&**client, &self.meili.index_name, took.as_secs_f64(), found)
                .await?;
            Ok::<_, color_eyre::Report>(())
        };
        if let Err(err) = recorded.await {
            self.reporter.warn(format!("verification pass not recorded: {err:#}"));
        }
    }
}
