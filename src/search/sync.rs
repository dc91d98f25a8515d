//! Draining the search outbox: claim entries, push the current documents (or
//! deletions) to Meilisearch, and clear the entries only once Meilisearch
//! reports success — all inside one transaction holding the entries' row locks,
//! so concurrent workers never push an older version after a newer one.

use std::time::Duration;

use color_eyre::eyre::Result;
use futures_util::io::Cursor;
use tokio_postgres::Client;

use super::client::Meili;
use super::document::OrderDocument;
use crate::db::{orders, outbox};
use crate::error::AppError;

/// What one pass did.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub(crate) struct Pushed {
    pub(crate) upserted: usize,
    pub(crate) deleted: usize,
}

impl Pushed {
    pub(crate) fn total(self) -> usize {
        self.upserted + self.deleted
    }

    pub(crate) fn add(&mut self, other: Pushed) {
        self.upserted += other.upserted;
        self.deleted += other.deleted;
    }
}

/// How a pass waits for a reindex that is swapping indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DuringSwap {
    /// Wait for the swap to finish (sync workers).
    Wait,
    /// Leave the entries for later (commands pushing their own change).
    Skip,
}

/// Pushes one batch of outbox entries; returns `None` when there was nothing
/// to claim (or a swap was in progress and `Skip` was asked for).
pub(crate) async fn push_batch(
    pg: &mut Client,
    meili: &Meili,
    only: Option<&[i64]>,
    limit: i64,
    during_swap: DuringSwap,
    task_timeout: Duration,
) -> Result<Option<Pushed>> {
    let tx = pg.transaction().await?;
    if !outbox::lock_for_push(&tx, during_swap == DuringSwap::Wait).await? {
        return Ok(None);
    }
    let ids = outbox::claim(&tx, only, limit).await?;
    if ids.is_empty() {
        return Ok(None);
    }
    let found = orders::get_many(&tx, &ids).await?;
    let gone: Vec<i64> =
        ids.iter().copied().filter(|id| !found.iter().any(|o| o.id == *id)).collect();

    // Adding documents would create a missing index without our settings
    // (filters would then fail): create it properly first.
    if !meili.exists(&meili.index_name).await? {
        super::setup_index(meili, &meili.index_name, meili.searchable).await?;
    }
    let index = meili.live();
    let mut tasks = Vec::new();
    if !found.is_empty() {
        let mut body = Vec::with_capacity(found.len() * 512);
        for order in &found {
            serde_json::to_writer(&mut body, &OrderDocument::new(order))?;
            body.push(b'\n');
        }
        tasks.push(
            meili
                .call(
                    index.add_documents_ndjson(
                        Cursor::new(body),
                        Some(super::settings::PRIMARY_KEY),
                    ),
                )
                .await?,
        );
    }
    if !gone.is_empty() {
        tasks.push(meili.call(index.delete_documents(&gone)).await?);
    }
    for task in &tasks {
        meili.wait(task, task_timeout).await?;
    }
    outbox::clear(&tx, &ids, &meili.index_name).await?;
    tx.commit().await?;
    Ok(Some(Pushed { upserted: found.len(), deleted: gone.len() }))
}

/// Drains the outbox completely (as far as other workers leave entries free).
pub(crate) async fn drain(
    pg: &mut Client,
    meili: &Meili,
    batch_size: i64,
    mut on_batch: impl FnMut(Pushed),
) -> Result<Pushed> {
    let mut total = Pushed::default();
    while let Some(pushed) =
        push_batch(pg, meili, None, batch_size, DuringSwap::Wait, SYNC_TASK_TIMEOUT).await?
    {
        total.add(pushed);
        on_batch(pushed);
    }
    Ok(total)
}

/// How long `sync` waits for one batch to be indexed.
pub(crate) const SYNC_TASK_TIMEOUT: Duration = Duration::from_secs(300);

/// How long a command waits for its own change to be indexed before leaving
/// it to `sync`.
pub(crate) const WRITE_TASK_TIMEOUT: Duration = Duration::from_secs(10);

/// Pushes the orders a command just changed; a failure is returned for the
/// caller to turn into a warning (the change itself is committed and queued).
pub(crate) async fn push_changed(
    pg: &mut Client,
    meili: &Meili,
    order_ids: &[i64],
) -> Result<(), AppError> {
    let limit = order_ids.len() as i64;
    push_batch(pg, meili, Some(order_ids), limit, DuringSwap::Skip, WRITE_TASK_TIMEOUT)
        .await
        .map(|_| ())
        .map_err(|err| match err.downcast::<AppError>() {
            Ok(app) => app,
            Err(other) => AppError::rejected(format!("{other:#}")),
        })
}
