//! Sending a rebuild's batches: NDJSON bodies to the temporary index with
//! bounded concurrency, each task tracked by uid until Meilisearch reports
//! it indexed, failing early on a failed task. The "indexed" bar follows
//! the tasks done plus the engine's own progress through the batch it is
//! indexing (`engine_progress.rs`).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use color_eyre::eyre::Result;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use crate::error::AppError;
use crate::report::{Bar, Progress, Reporter};
use crate::search::Meili;
use crate::search::batch::Body;
use crate::search::engine_progress::BatchProgress;
use crate::search::tasks::not_processed;

/// Requests in flight at once: enough to keep Meilisearch fed while the next
/// batch is built, few enough to bound memory (each holds one batch).
const IN_FLIGHT: usize = 2;

/// How long Meilisearch may take to index everything that was sent.
pub(super) const INDEXING_TIMEOUT: Duration = Duration::from_secs(6 * 3600);

/// How often the last wait asks how indexing goes.
const CHECK_EVERY: Duration = Duration::from_millis(250);

/// How long sending one batch may take (a large body to a busy server).
const BATCH_TIMEOUT: Duration = Duration::from_secs(600);

/// Sends NDJSON batches to the temporary index, at most `IN_FLIGHT` at once,
/// and tracks the resulting tasks by uid.
pub(super) struct Sender<'a> {
    meili: &'a Meili,
    /// The temporary index.
    uid: String,
    permits: Arc<Semaphore>,
    requests: tokio::sync::Mutex<JoinSet<Result<(u32, u64), AppError>>>,
    /// Tasks not yet known to have succeeded: uid → documents they carry.
    unconfirmed: tokio::sync::Mutex<BTreeMap<u32, u64>>,
    /// Documents of the tasks that have succeeded.
    confirmed: AtomicU64,
    /// For `-v`: the engine's progress, told in steps of a tenth.
    reporter: &'a dyn Reporter,
    last_told: std::sync::Mutex<Option<(u64, u64)>>,
}

impl<'a> Sender<'a> {
    pub(super) fn new(meili: &'a Meili, uid: &str, reporter: &'a dyn Reporter) -> Self {
        Sender {
            meili,
            uid: uid.to_owned(),
            permits: Arc::new(Semaphore::new(IN_FLIGHT)),
            requests: tokio::sync::Mutex::new(JoinSet::new()),
            unconfirmed: tokio::sync::Mutex::new(BTreeMap::new()),
            confirmed: AtomicU64::new(0),
            reporter,
            last_told: std::sync::Mutex::new(None),
        }
    }

    pub(super) async fn send(&self, body: Body, documents: u64, bars: &Progress) -> Result<()> {
        let permit = self.permits.clone().acquire_owned().await?;
        self.collect_finished().await?;
        self.check_indexed(bars).await?;
        let (meili, uid) = (self.meili.clone(), self.uid.clone());
        let sent = bars.clone();
        self.requests.lock().await.spawn(async move {
            let result = meili.add_documents_within(&uid, body, BATCH_TIMEOUT).await;
            drop(permit);
            sent.advance(Bar::Sent, documents);
            result.map(|task| (task, documents)).map_err(AppError::from)
        });
        Ok(())
    }

    /// Moves finished requests' tasks to the unconfirmed set, failing on the
    /// first error.
    async fn collect_finished(&self) -> Result<()> {
        let mut requests = self.requests.lock().await;
        while let Some(done) = requests.try_join_next() {
            let (uid, documents) = done??;
            self.unconfirmed.lock().await.insert(uid, documents);
        }
        Ok(())
    }

    /// Without waiting: moves the "indexed" bar to the documents of the
    /// tasks Meilisearch has finished plus its estimate for the batch it is
    /// indexing (one status request for all tasks, one for the batch), and
    /// fails early if a task failed.
    async fn check_indexed(&self, bars: &Progress) -> Result<()> {
        let mut unconfirmed = self.unconfirmed.lock().await;
        if unconfirmed.is_empty() {
            return Ok(());
        }
        let uids: Vec<u32> = unconfirmed.keys().copied().collect();
        let statuses = self.meili.task_statuses(&uids).await?;
        for uid in uids {
            if statuses[&uid].done(uid)? {
                let documents = unconfirmed.remove(&uid).unwrap_or(0);
                self.confirmed.fetch_add(documents, Ordering::Relaxed);
            }
        }
        let pending: u64 = unconfirmed.values().sum();
        let in_progress = match pending {
            0 => 0,
            // Progress is a nicety: a server that cannot say is no error.
            _ => match self.meili.processing_batch(&self.uid).await {
                Ok(Some(batch)) => {
                    self.tell(&batch);
                    batch.indexed().min(pending)
                }
                _ => 0,
            },
        };
        bars.set(Bar::Indexed, self.confirmed.load(Ordering::Relaxed) + in_progress);
        Ok(())
    }

    /// With `-v`: how far the engine is through its batch, each tenth once.
    fn tell(&self, batch: &BatchProgress) {
        let step = (batch.percentage / 10.0) as u64;
        let mut last = self.last_told.lock().unwrap_or_else(|e| e.into_inner());
        if *last != Some((batch.documents, step)) {
            *last = Some((batch.documents, step));
            self.reporter.debug(format!(
                "Meilisearch is indexing a batch of {} document(s) in {} task(s): {:.0}% done",
                batch.documents, batch.tasks, batch.percentage
            ));
        }
    }

    /// Waits for every request, then for every task, moving the indexed bar.
    pub(super) async fn finish(&self, bars: &Progress) -> Result<()> {
        let mut requests = self.requests.lock().await;
        while let Some(done) = requests.join_next().await {
            let (uid, documents) = done??;
            self.unconfirmed.lock().await.insert(uid, documents);
        }
        drop(requests);
        let started = Instant::now();
        loop {
            self.check_indexed(bars).await?;
            let pending: Vec<u32> = self.unconfirmed.lock().await.keys().copied().collect();
            if pending.is_empty() {
                return Ok(());
            }
            if started.elapsed() > INDEXING_TIMEOUT {
                return Err(not_processed(&pending, INDEXING_TIMEOUT).into());
            }
            tokio::time::sleep(CHECK_EVERY).await;
        }
    }
}
