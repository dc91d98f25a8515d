//! Confirming what was pushed: reading the status of sent tasks (one
//! `GET /tasks?uids=…` for many), clearing the entries of succeeded ones and
//! putting failed or unknown ones back.

use std::time::Duration;

use color_eyre::eyre::Result;
use tokio_postgres::Client;

use crate::db::outbox;
use crate::search::client::{Meili, TaskStatus};
use crate::telemetry;

/// What a confirmation round found.
#[derive(Debug, Default)]
pub(crate) struct Confirmed {
    /// Entries cleared.
    pub(crate) cleared: i64,
    /// Tasks still enqueued or processing.
    pub(crate) pending: Vec<u32>,
    /// Failed tasks with Meilisearch's message; their entries are unsent again.
    pub(crate) failed: Vec<(u32, String)>,
}

/// Reads the status of these tasks once, clears the entries of succeeded
/// ones and puts those of failed (or unknown) ones back.
pub(crate) async fn confirm_tasks(pg: &Client, meili: &Meili, tasks: &[u32]) -> Result<Confirmed> {
    let mut outcome = Confirmed::default();
    if tasks.is_empty() {
        return Ok(outcome);
    }
    let statuses = meili.task_statuses(tasks).await?;
    let mut succeeded = Vec::new();
    for uid in tasks {
        match &statuses[uid] {
            TaskStatus::Succeeded => succeeded.push(*uid),
            TaskStatus::Pending => outcome.pending.push(*uid),
            TaskStatus::Failed(message) => outcome.failed.push((*uid, message.clone())),
            TaskStatus::Unknown => {
                outcome.failed.push((*uid, "the server does not know this task".into()));
            }
        }
    }
    let mut lags = Vec::new();
    if !succeeded.is_empty() {
        lags = outbox::confirm(pg, &succeeded, &meili.index_name).await?;
        outcome.cleared = lags.len() as i64;
    }
    if !outcome.failed.is_empty() {
        outbox::resend(pg, &outcome.failed).await?;
    }
    telemetry::metrics::confirmed(succeeded.len(), outcome.failed.len(), &lags);
    Ok(outcome)
}

/// Confirms, cheaply, entries other commands sent a while ago (most are
/// done by now): one query and one request. For writers, after their push.
pub(crate) async fn confirm_earlier(pg: &Client, meili: &Meili) -> Result<Confirmed> {
    let tasks = outbox::sent_tasks(pg, None, Duration::from_millis(500), 200).await?;
    confirm_tasks(pg, meili, &tasks).await
}
