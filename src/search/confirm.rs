//! Confirming what was pushed: reading the status of sent tasks (one
//! `GET /tasks?uids=…` for many), clearing the entries of succeeded ones and
//! putting failed or unknown ones back; and `--wait`, which blocks until a
//! change is indexed.

use std::time::{Duration, Instant};

use color_eyre::eyre::Result;
use tokio_postgres::Client;

use super::client::{Meili, TaskStatus};
use super::sync::push_changed;
use crate::db::outbox;
use crate::error::{AppError, Service};

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
    if !succeeded.is_empty() {
        outcome.cleared = outbox::confirm(pg, &succeeded, &meili.index_name).await?;
    }
    if !outcome.failed.is_empty() {
        outbox::resend(pg, &outcome.failed).await?;
    }
    Ok(outcome)
}

/// Confirms, cheaply, entries other commands sent a while ago (most are
/// done by now): one query and one request. For writers, after their push.
pub(crate) async fn confirm_earlier(pg: &Client, meili: &Meili) -> Result<Confirmed> {
    let tasks = outbox::sent_tasks(pg, None, Duration::from_millis(500), 200).await?;
    confirm_tasks(pg, meili, &tasks).await
}

/// `--wait`: blocks until the current version of these orders is indexed
/// (pushing it if nobody has), then clears their entries.
pub(crate) async fn wait_indexed(
    pg: &Client,
    meili: &Meili,
    order_ids: &[i64],
    limit: Duration,
) -> Result<()> {
    let started = Instant::now();
    let mut interval = Duration::from_millis(10);
    loop {
        let entries = outbox::entries_of(pg, order_ids).await?;
        if entries.is_empty() {
            return Ok(());
        }
        if let Some(entry) = entries.iter().find(|e| e.refused.is_some()) {
            return Err(AppError::rejected(format!(
                "order #{} cannot be indexed: {}",
                entry.order_id,
                entry.refused.as_deref().unwrap_or_default()
            ))
            .into());
        }
        let mut tasks: Vec<u32> = entries.iter().filter_map(|e| e.task_uid).collect();
        tasks.sort_unstable();
        tasks.dedup();
        let unsent = entries.iter().any(|e| e.task_uid.is_none());
        if unsent {
            // Entry by another process, or skipped during a swap: push it
            // ourselves as soon as we can.
            push_changed(pg, meili, order_ids, &[]).await?;
        }
        let outcome = confirm_tasks(pg, meili, &tasks).await?;
        if let Some((uid, message)) = outcome.failed.first() {
            return Err(AppError::rejected(format!(
                "Meilisearch task {uid} failed: {message}; the change stays queued for `ecomctl sync`"
            ))
            .into());
        }
        if started.elapsed() >= limit {
            let pending: Vec<String> = outcome.pending.iter().map(u32::to_string).collect();
            return Err(AppError::TimedOut {
                what: Service::Meilisearch,
                detail: format!(
                    "the change is committed but not indexed after {}s (task(s) {} pending); \
                     `ecomctl sync` will confirm it",
                    limit.as_secs(),
                    if pending.is_empty() { "—".into() } else { pending.join(", ") }
                ),
            }
            .into());
        }
        if outcome.pending.is_empty() && !unsent {
            continue;
        }
        tokio::time::sleep(interval).await;
        interval = (interval * 2).min(Duration::from_millis(200));
    }
}
