//! Sending a rebuild's batches: NDJSON bodies to the temporary index with
//! bounded concurrency, each task tracked by uid until Meilisearch reports
//! it indexed (the "indexed" bar follows), failing early on a failed task.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use color_eyre::eyre::Result;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use super::Meili;
use super::client::TaskStatus;
use crate::error::{AppError, Refusal, TaskFailure};
use crate::output::progress::RebuildBars;

/// Requests in flight at once: enough to keep Meilisearch fed while the next
/// batch is built, few enough to bound memory (each holds one batch).
const IN_FLIGHT: usize = 2;

/// How long Meilisearch may take to index everything that was sent.
pub(super) const INDEXING_TIMEOUT: Duration = Duration::from_secs(6 * 3600);

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
}

impl<'a> Sender<'a> {
    pub(super) fn new(meili: &'a Meili, uid: &str) -> Self {
        Sender {
            meili,
            uid: uid.to_owned(),
            permits: Arc::new(Semaphore::new(IN_FLIGHT)),
            requests: tokio::sync::Mutex::new(JoinSet::new()),
            unconfirmed: tokio::sync::Mutex::new(BTreeMap::new()),
        }
    }

    pub(super) async fn send(
        &self,
        body: Vec<u8>,
        documents: u64,
        bars: &RebuildBars,
    ) -> Result<()> {
        let permit = self.permits.clone().acquire_owned().await?;
        self.collect_finished().await?;
        self.check_indexed(bars).await?;
        let (meili, uid) = (self.meili.clone(), self.uid.clone());
        let sent = bars.sent.clone();
        self.requests.lock().await.spawn(async move {
            let body = bytes::Bytes::from(body);
            let result = meili.add_ndjson_within(&uid, body, BATCH_TIMEOUT).await;
            drop(permit);
            sent.inc(documents);
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

    /// Without waiting: advances the "indexed" bar over tasks Meilisearch has
    /// finished (one status request for all of them), and fails early if one
    /// of them failed.
    async fn check_indexed(&self, bars: &RebuildBars) -> Result<()> {
        let mut unconfirmed = self.unconfirmed.lock().await;
        if unconfirmed.is_empty() {
            return Ok(());
        }
        let uids: Vec<u32> = unconfirmed.keys().copied().collect();
        let statuses = self.meili.task_statuses(&uids).await?;
        for uid in uids {
            match &statuses[&uid] {
                TaskStatus::Succeeded => {
                    bars.indexed.inc(unconfirmed.remove(&uid).unwrap_or(0));
                }
                TaskStatus::Failed(message) => {
                    return Err(AppError::Rejected(Refusal::TaskFailed(TaskFailure {
                        uid,
                        message: message.clone(),
                    }))
                    .into());
                }
                TaskStatus::Pending | TaskStatus::Unknown => {}
            }
        }
        Ok(())
    }

    /// Waits for every request, then for every task, updating the indexed bar.
    pub(super) async fn finish(&self, bars: &RebuildBars) -> Result<()> {
        let mut requests = self.requests.lock().await;
        while let Some(done) = requests.join_next().await {
            let (uid, documents) = done??;
            self.unconfirmed.lock().await.insert(uid, documents);
        }
        drop(requests);
        // Meilisearch processes tasks in uid order, so waiting in that order
        // tracks progress.
        let unconfirmed = std::mem::take(&mut *self.unconfirmed.lock().await);
        for (uid, documents) in unconfirmed {
            self.meili.wait_uids(&[uid], INDEXING_TIMEOUT).await?;
            bars.indexed.inc(documents);
        }
        Ok(())
    }
}
