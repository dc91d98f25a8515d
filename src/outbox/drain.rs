//! A whole `sync`: push everything unsent (`push.rs`), then confirm what
//! was sent (`confirm.rs`) until every task seen is processed; and `--wait`,
//! which blocks until a writer's change is indexed.

use std::time::{Duration, Instant};

use color_eyre::eyre::Result;
use tokio_postgres::Client;

use super::confirm::confirm_tasks;
use super::push::{Pushed, Refused, claim_token, push_all, push_changed};
use crate::db::outbox;
use crate::error::{AppError, Refusal, Service, TaskFailure};
use crate::search::client::Meili;

/// What one `sync` run did.
#[derive(Debug, Default, serde::Serialize)]
pub(crate) struct Synced {
    pub(crate) upserted: usize,
    pub(crate) deleted: usize,
    /// Orders whose document cannot be indexed, by this run or before
    /// (their entries stay in the outbox, out of every batch, until the
    /// order changes), with why: the first few.
    pub(crate) refused: Vec<Refused>,
    /// Entries confirmed and cleared (including ones sent earlier by other commands).
    pub(crate) confirmed: i64,
    pub(crate) tasks: usize,
    /// Unsent entries another live pusher held (it is pushing them).
    #[serde(skip)]
    pub(crate) held_elsewhere: i64,
}

impl Synced {
    pub(crate) fn pushed(&self) -> usize {
        self.upserted + self.deleted
    }

    /// The one-line summary people read on stderr.
    pub(crate) fn summary(&self) -> String {
        let held = match self.held_elsewhere {
            0 => String::new(),
            n => format!(
                "; {n} more held by another ecomctl that is pushing them now (its session is \
                 alive)"
            ),
        };
        format!(
            "synced {} order(s): {} document(s) written, {} deleted; {} outbox entr{} confirmed{held}",
            self.pushed(),
            self.upserted,
            self.deleted,
            self.confirmed,
            if self.confirmed == 1 { "y" } else { "ies" }
        )
    }
}

/// The first entries refused for good, for a report.
pub(crate) async fn refused_entries(pg: &Client) -> Result<Vec<Refused>> {
    Ok(outbox::refused(pg, 20)
        .await?
        .into_iter()
        .map(|(order_id, reason)| Refused { order_id, reason })
        .collect())
}

/// A whole `sync`: push everything unsent, then wait until every task seen
/// (this run's and those other commands sent) is processed, clearing the
/// entries of succeeded ones. A failed task ends it with exit 4 after its
/// entries are put back.
pub(crate) async fn sync_all(
    pg: &Client,
    meili: &Meili,
    batch_size: Option<i64>,
    limit: Duration,
    mut on_pushed: impl FnMut(Pushed),
    mut on_confirmed: impl FnMut(i64),
) -> Result<Synced> {
    let mut synced = Synced::default();
    let pushed = push_all(pg, meili, claim_token(), batch_size, &mut on_pushed).await?;
    synced.upserted = pushed.upserted;
    synced.deleted = pushed.deleted;
    synced.held_elsewhere = outbox::held_elsewhere(pg, claim_token()).await?;
    synced.refused = refused_entries(pg).await?;

    let started = Instant::now();
    let mut interval = Duration::from_millis(20);
    let mut seen: Vec<u32> = outbox::sent_tasks(pg, None, Duration::ZERO, i64::MAX).await?;
    synced.tasks = seen.len();
    while !seen.is_empty() {
        let outcome = confirm_tasks(pg, meili, &seen).await?;
        synced.confirmed += outcome.cleared;
        on_confirmed(outcome.cleared);
        if let Some((uid, message)) = outcome.failed.first() {
            return Err(AppError::Rejected(Refusal::TasksFailed {
                first: TaskFailure { uid: *uid, message: message.clone() },
                failed: outcome.failed.len(),
            })
            .into());
        }
        seen = outcome.pending;
        if !outcome.not_ours.is_empty() {
            // Their entries are unsent again: push them again, and confirm
            // the new tasks with the rest.
            let again = push_all(pg, meili, claim_token(), batch_size, &mut on_pushed).await?;
            synced.upserted += again.upserted;
            synced.deleted += again.deleted;
            seen.extend(outbox::sent_tasks(pg, None, Duration::ZERO, i64::MAX).await?);
            seen.sort_unstable();
            seen.dedup();
        }
        if seen.is_empty() {
            break;
        }
        if started.elapsed() >= limit {
            let list: Vec<String> = seen.iter().take(10).map(u32::to_string).collect();
            return Err(AppError::TimedOut {
                what: Service::Meilisearch,
                detail: format!(
                    "{} task(s) not processed after {}s (first: {}); the entries stay queued",
                    seen.len(),
                    limit.as_secs(),
                    list.join(", ")
                ),
            }
            .into());
        }
        tokio::time::sleep(interval).await;
        interval = (interval * 2).min(Duration::from_millis(200));
    }
    Ok(synced)
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
            return Err(AppError::Rejected(Refusal::Unindexable {
                id: entry.order_id,
                problem: entry.refused.clone().unwrap_or_default(),
            })
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
            return Err(AppError::Rejected(Refusal::ChangeNotIndexed {
                failure: TaskFailure { uid: *uid, message: message.clone() },
            })
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

/// What one pass of the watcher did.
pub(crate) struct Pass {
    pub(crate) pushed: Pushed,
    /// Orders refused in this pass, when some were.
    pub(crate) refused: Vec<Refused>,
    pub(crate) cleared: i64,
    pub(crate) failed: Vec<(u32, String)>,
    /// Tasks that were not the ones sent (another server, a wiped one).
    pub(crate) not_ours: Vec<(u32, String)>,
    /// Something is still to be confirmed or resent.
    pub(crate) waiting: bool,
    pub(crate) took: Duration,
}

/// One pass of `sync --watch`: push what is unsent, confirm what was sent
/// (without waiting for what Meilisearch has not processed yet).
pub(crate) async fn pass(pg: &Client, meili: &Meili, batch_size: Option<i64>) -> Result<Pass> {
    let started = Instant::now();
    let pushed = push_all(pg, meili, claim_token(), batch_size, |_| {}).await?;
    let tasks = outbox::sent_tasks(pg, None, Duration::ZERO, 10_000).await?;
    let confirmed = confirm_tasks(pg, meili, &tasks).await?;
    let waiting = !confirmed.pending.is_empty()
        || !confirmed.failed.is_empty()
        || !confirmed.not_ours.is_empty();
    let refused = if pushed.refused > 0 { refused_entries(pg).await? } else { Vec::new() };
    Ok(Pass {
        pushed,
        refused,
        cleared: confirmed.cleared,
        failed: confirmed.failed,
        not_ours: confirmed.not_ours,
        waiting,
        took: started.elapsed(),
    })
}
