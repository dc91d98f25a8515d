//! Meilisearch's tasks: reading their status (many per request), waiting
//! for them, cancelling an abandoned index's. Statuses are read from the raw
//! JSON of `GET /tasks?uids=…` rather than through the SDK, whose task type
//! knows neither the `canceled` status nor every task type a server may
//! report.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use meilisearch_sdk::task_info::TaskInfo;

use super::client::{Enqueued, Meili};
use crate::error::{AppError, Refusal, Service, TaskFailure};

/// Where a Meilisearch task stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TaskStatus {
    /// Enqueued or processing.
    Pending,
    Succeeded,
    /// Failed or canceled, with Meilisearch's message.
    Failed(String),
    /// The server does not know this uid (tasks deleted, or another server).
    Unknown,
}

impl TaskStatus {
    /// For a waiter: whether task `uid` is done (`false`: still pending); a
    /// failed task is exit 4 with Meilisearch's message, one the server
    /// does not know is exit 5.
    pub(crate) fn done(&self, uid: u32) -> Result<bool, AppError> {
        match self {
            TaskStatus::Succeeded => Ok(true),
            TaskStatus::Pending => Ok(false),
            TaskStatus::Failed(message) => {
                Err(AppError::Rejected(Refusal::TaskFailed(TaskFailure {
                    uid,
                    message: message.clone(),
                })))
            }
            TaskStatus::Unknown => Err(AppError::Unavailable {
                what: Service::Meilisearch,
                detail: format!("task {uid} is unknown to the server"),
            }),
        }
    }
}

/// Waiting for tasks ran out of time: exit 5, naming what is still pending.
pub(crate) fn not_processed(pending: &[u32], limit: Duration) -> AppError {
    let list: Vec<String> = pending.iter().map(u32::to_string).collect();
    AppError::TimedOut {
        what: Service::Meilisearch,
        detail: format!("task(s) {} not processed after {}s", list.join(", "), limit.as_secs()),
    }
}

/// The fields of a task object ecomctl reads.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawTask {
    uid: u32,
    status: String,
    #[serde(default)]
    error: Option<RawTaskError>,
    #[serde(default)]
    index_uid: Option<String>,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    custom_metadata: Option<String>,
}

#[derive(serde::Deserialize)]
struct RawTaskError {
    message: String,
}

#[derive(serde::Deserialize)]
struct RawTasks {
    results: Vec<RawTask>,
}

/// A task as the server describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TaskFacts {
    pub(crate) status: TaskStatus,
    /// The index it works on.
    pub(crate) index_uid: Option<String>,
    /// Its type (`documentAdditionOrUpdate`, `documentDeletion`, …).
    pub(crate) kind: Option<String>,
    /// Its `customMetadata` (Meilisearch 1.26 and later).
    pub(crate) metadata: Option<String>,
}

impl TaskFacts {
    fn unknown() -> Self {
        TaskFacts { status: TaskStatus::Unknown, index_uid: None, kind: None, metadata: None }
    }
}

impl Meili {
    /// The status of each of these tasks, in as few requests as the URL
    /// length allows.
    pub(crate) async fn task_statuses(
        &self,
        uids: &[u32],
    ) -> Result<HashMap<u32, TaskStatus>, AppError> {
        let facts = self.task_facts(uids).await?;
        Ok(facts.into_iter().map(|(uid, facts)| (uid, facts.status)).collect())
    }

    /// What the server says of each of these tasks: its status, and what
    /// tells it apart (index, type, metadata) — a task the server does not
    /// know is `Unknown`.
    pub(crate) async fn task_facts(
        &self,
        uids: &[u32],
    ) -> Result<HashMap<u32, TaskFacts>, AppError> {
        let mut facts: HashMap<u32, TaskFacts> =
            uids.iter().map(|uid| (*uid, TaskFacts::unknown())).collect();
        for chunk in uids.chunks(500) {
            let list: Vec<String> = chunk.iter().map(u32::to_string).collect();
            let request = self
                .http
                .get(format!("{}/tasks", self.url))
                .query(&[("uids", list.join(",")), ("limit", chunk.len().to_string())]);
            let tasks: RawTasks = self.raw(request).await?;
            for task in tasks.results {
                let status = match task.status.as_str() {
                    "succeeded" => TaskStatus::Succeeded,
                    "failed" | "canceled" => TaskStatus::Failed(task.error.map_or_else(
                        || format!("task {} was {}", task.uid, task.status),
                        |e| e.message,
                    )),
                    _ => TaskStatus::Pending,
                };
                let facts_of_task = TaskFacts {
                    status,
                    index_uid: task.index_uid,
                    kind: task.kind,
                    metadata: task.custom_metadata,
                };
                facts.insert(task.uid, facts_of_task);
            }
        }
        Ok(facts)
    }

    /// Cancels the enqueued and processing tasks of an index (an abandoned
    /// rebuild), so Meilisearch does not go on indexing documents nobody will
    /// use while every other task waits behind them.
    pub(crate) async fn cancel_tasks_of(&self, uid: &str, limit: Duration) -> Result<(), AppError> {
        let request = self
            .http
            .post(format!("{}/tasks/cancel", self.url))
            .query(&[("indexUids", uid), ("statuses", "enqueued,processing")]);
        let task: Enqueued = self.raw(request).await?;
        self.wait_uids(&[task.task_uid], limit).await
    }

    /// Waits until Meilisearch has processed a task; a failed or canceled task
    /// is an error carrying Meilisearch's message.
    pub(crate) async fn wait(&self, task: &TaskInfo, limit: Duration) -> Result<(), AppError> {
        self.wait_uids(&[task.task_uid], limit).await
    }

    /// Waits until every one of these tasks has succeeded; the first failure
    /// is an error (exit 4), running out of time is exit 5 naming what is
    /// still pending.
    pub(crate) async fn wait_uids(&self, uids: &[u32], limit: Duration) -> Result<(), AppError> {
        let started = Instant::now();
        let mut interval = Duration::from_millis(5);
        let mut pending: Vec<u32> = uids.to_vec();
        loop {
            let statuses = self.task_statuses(&pending).await?;
            let mut still = Vec::new();
            for uid in pending {
                if !statuses[&uid].done(uid)? {
                    still.push(uid);
                }
            }
            if still.is_empty() {
                return Ok(());
            }
            pending = still;
            if started.elapsed() >= limit {
                return Err(not_processed(&pending, limit));
            }
            tokio::time::sleep(interval).await;
            interval = (interval * 2).min(Duration::from_millis(250));
        }
    }
}
