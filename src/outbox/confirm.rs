//! Confirming what was pushed: reading the status of sent tasks (one
//! `GET /tasks?uids=…` for many), clearing the entries of succeeded ones and
//! putting failed ones back. A task counts only if it is the one sent: on
//! the index the entries were pushed to, a document task, and — where the
//! server keeps task metadata — tagged by the pusher that sent them (a uid
//! another server answers for, or a server wiped since, would otherwise
//! clear entries whose change was never indexed).

use std::collections::HashMap;
use std::time::Duration;

use color_eyre::eyre::Result;
use tokio_postgres::Client;

use crate::db::outbox;
use crate::search::client::Meili;
use crate::search::tasks::{TaskFacts, TaskStatus};
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
    /// Tasks that are not the ones sent (another server, a wiped one), with
    /// why; their entries are unsent again, no failure counted.
    pub(crate) not_ours: Vec<(u32, String)>,
}

/// Reads the status of these tasks once, clears the entries of succeeded
/// ones and puts those of failed (or unknown) ones back. Entries whose task
/// is not the one they were sent with are put back first, without a
/// failure: a task uid names one task per server, so entries pushed to
/// different servers (a failover, a wiped server) can carry the same uid.
pub(crate) async fn confirm_tasks(pg: &Client, meili: &Meili, tasks: &[u32]) -> Result<Confirmed> {
    let mut outcome = Confirmed::default();
    if tasks.is_empty() {
        return Ok(outcome);
    }
    let facts = meili.task_facts(tasks).await?;
    let mut succeeded = Vec::new();
    // (uid, None): none of its entries was sent with it; (uid, Some(p)):
    // only those pushed by p were.
    let mut strangers: Vec<(u32, Option<i64>)> = Vec::new();
    let mut reasons = HashMap::new();
    for uid in tasks {
        let facts = &facts[uid];
        match &facts.status {
            TaskStatus::Pending => {
                outcome.pending.push(*uid);
                continue;
            }
            TaskStatus::Unknown => {
                strangers.push((*uid, None));
                reasons.insert(*uid, "the server does not know this task".to_owned());
                continue;
            }
            TaskStatus::Succeeded | TaskStatus::Failed(_) => {}
        }
        if let Some(why) = stranger(facts, &meili.index_name) {
            strangers.push((*uid, None));
            reasons.insert(*uid, why);
            continue;
        }
        if let Some(tag) = &facts.metadata
            && let Some(pusher) = pusher_of(tag)
        {
            strangers.push((*uid, Some(pusher)));
            reasons.insert(*uid, format!("it was sent by another pusher ({tag:?})"));
        }
        match &facts.status {
            TaskStatus::Failed(message) => outcome.failed.push((*uid, message.clone())),
            _ => succeeded.push(*uid),
        }
    }
    if !strangers.is_empty() {
        for uid in outbox::forget(pg, &strangers).await? {
            let why = reasons.remove(&uid).unwrap_or_default();
            outcome.not_ours.push((uid, why));
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

/// Why a finished task is not the one the entries were sent with, if it is
/// not: another index, or not a document task.
fn stranger(facts: &TaskFacts, index: &str) -> Option<String> {
    if let Some(other) = facts.index_uid.as_deref().filter(|uid| *uid != index) {
        return Some(format!("it is a task of index {other:?}, not {index:?}"));
    }
    let document_task = matches!(
        facts.kind.as_deref(),
        None | Some("documentAdditionOrUpdate" | "documentDeletion" | "documentEdition")
    );
    (!document_task).then(|| format!("it is a {} task", facts.kind.as_deref().unwrap_or("?")))
}

/// The pusher a task's metadata names (`pusher_tag`), if any.
fn pusher_of(metadata: &str) -> Option<i64> {
    let (_, hex) = metadata.rsplit_once(" #")?;
    u64::from_str_radix(hex, 16).ok().map(|token| token as i64)
}

/// How a task names the pusher that sent it, at the end of its
/// `customMetadata` (see `Session::meili`).
pub(crate) fn pusher_tag(token: i64) -> String {
    format!(" #{:x}", token as u64)
}

/// Confirms, cheaply, entries other commands sent a while ago (most are
/// done by now): one query and one request. For writers, after their push.
pub(crate) async fn confirm_earlier(pg: &Client, meili: &Meili) -> Result<Confirmed> {
    let tasks = outbox::sent_tasks(pg, None, Duration::from_millis(500), 200).await?;
    confirm_tasks(pg, meili, &tasks).await
}
