//! The zero-downtime rebuild (docs/design.md "What it promises", docs/search.md).
//!
//! 1. Register the rebuild, so outbox entries cleared from now on are kept
//!    for replay; then take one consistent snapshot (exported to a second
//!    connection, so orders and lines stream in parallel).
//! 2. Create a temporary index with the settings; stream orders with their
//!    lines (binary COPY, merged by order id), serialise NDJSON batches and
//!    send them with bounded concurrency while Postgres is still being read.
//! 3. Wait for Meilisearch (tasks tracked by uid), verify the count against
//!    the snapshot.
//! 4. Holding the swap lock exclusively (no push is between sending and
//!    recording its task): durably re-queue what was sent to the old index
//!    and not confirmed, and what was confirmed during the rebuild; enqueue
//!    the swap (every later task lands on the new index); release the lock
//!    and wait for the swap. Then clear the entries the snapshot covered,
//!    delete the old index and push the outbox.
//!
//! Until the swap, any error or Ctrl-C cancels Meilisearch's work on the
//! temporary index, deletes it and leaves the live index untouched.

pub(crate) mod drift;
mod sender;

use std::time::Instant;

use color_eyre::eyre::{Result, WrapErr};
use meilisearch_sdk::client::SwapIndexes;
use serde::Serialize;
use time::OffsetDateTime;

use self::sender::{INDEXING_TIMEOUT, Sender};
use crate::db::connection::DatabaseConfig;
use crate::db::order_stream::{Snapshot, connect};
use crate::db::rebuilds;
use crate::domain::Searchable;
use crate::error::{AppError, Refusal};
use crate::outbox::drain::sync_all;
use crate::report::{Bar, Job, Progress, Reporter};
use crate::search::batch::Batch;
use crate::search::document::{MAX_REQUEST_BYTES, OrderDocument};
use crate::search::{ADMIN_TASK_TIMEOUT, Meili, setup_index};

#[derive(Debug, Clone)]
pub(crate) struct Options {
    pub(crate) batch_documents: u64,
    pub(crate) dry_run: bool,
    pub(crate) searchable: Searchable,
}

#[derive(Debug, Default, Serialize)]
pub(crate) struct Summary {
    pub(crate) index: String,
    pub(crate) dry_run: bool,
    pub(crate) documents: u64,
    /// Orders left out: their document is larger than a request may carry
    /// (`document::MAX_DOCUMENT_BYTES`); the first few ids.
    pub(crate) too_large: u64,
    pub(crate) too_large_ids: Vec<i64>,
    pub(crate) batches: u64,
    /// NDJSON bytes built.
    pub(crate) bytes: u64,
    /// Bytes sent (less than `bytes` when compressed, `--compress`).
    pub(crate) sent_bytes: u64,
    pub(crate) compressed: bool,
    pub(crate) seconds: f64,
    pub(crate) documents_per_second: f64,
    /// Orders changed during the rebuild, re-queued and pushed after the swap.
    pub(crate) caught_up: usize,
}

impl Summary {
    /// What the build step produced (a rebuild and a dry run alike).
    fn count(&mut self, built: &Built, compressed: bool) {
        self.documents = built.documents;
        self.batches = built.batches;
        self.bytes = built.bytes;
        (self.sent_bytes, self.compressed) = (built.sent_bytes, compressed);
        (self.too_large, self.too_large_ids) = (built.too_large, built.too_large_ids.clone());
    }
}

/// Runs a rebuild (or a dry run) and returns what it did.
pub(crate) async fn reindex(
    db: &DatabaseConfig,
    meili: &Meili,
    options: &Options,
    reporter: &dyn Reporter,
) -> Result<Summary> {
    let started = Instant::now();
    let mut summary =
        Summary { index: meili.index_name.clone(), dry_run: options.dry_run, ..Default::default() };
    if options.dry_run {
        let snapshot = Snapshot::take(db).await?;
        let bars = reporter.progress(Job::Rebuild { orders: snapshot.orders, sending: false });
        let built = stream_documents(&snapshot, options, &bars, None, meili.compress).await?;
        bars.finish();
        summary.count(&built, meili.compress);
    } else {
        rebuild(db, meili, options, reporter, &mut summary).await?;
    }
    summary.seconds = started.elapsed().as_secs_f64();
    summary.documents_per_second = summary.documents as f64 / summary.seconds.max(1e-9);
    Ok(summary)
}

async fn rebuild(
    db: &DatabaseConfig,
    meili: &Meili,
    options: &Options,
    reporter: &dyn Reporter,
    summary: &mut Summary,
) -> Result<()> {
    let live = meili.index_name.clone();
    // One reindex per index at a time; a session lock dies with the process.
    let control = connect(db).await?;
    if !rebuilds::try_lock_reindex(&control, &live).await? {
        return Err(AppError::Rejected(Refusal::ReindexRunning { index: live }).into());
    }
    remove_leftovers(meili, &live, reporter).await?;
    let rebuild_id = rebuilds::register_rebuild(&control, &live).await?;
    let temp = format!("{live}__rebuild_{}", OffsetDateTime::now_utc().unix_timestamp());

    let built = tokio::select! {
        result = build(db, meili, options, reporter, &temp) => result,
        _ = crate::shutdown::shutdown_signal() => Err(color_eyre::Report::new(AppError::Interrupted)
            .wrap_err("reindex stopped: the temporary index is removed and the live index is untouched")),
    };
    let built = match built {
        Ok(built) => built,
        Err(err) => {
            // Leave everything as it was: stop Meilisearch working on the
            // temporary index, drop it and the rebuild registration.
            discard(meili, &temp, reporter).await;
            let _ = rebuilds::drop_rebuild(&control, rebuild_id).await;
            if matches!(AppError::find(&err), Some(AppError::Interrupted)) {
                return Err(err);
            }
            return Err(err.wrap_err("reindex failed: the live index was left as it was"));
        }
    };
    summary.count(&built, meili.compress);

    let had_live = match swap(&control, meili, &temp, &live, rebuild_id).await {
        Ok(had_live) => had_live,
        Err(err) => {
            discard(meili, &temp, reporter).await;
            let _ = rebuilds::drop_rebuild(&control, rebuild_id).await;
            return Err(err.wrap_err("the live index was left as it was"));
        }
    };
    // The snapshot's entries are in the new index (unless changed since).
    rebuilds::clear_covered(&control, &built.covered).await?;
    if had_live {
        // After the swap the old documents live under the temporary name.
        let deleted = async {
            let task = meili.call(meili.client().delete_index(&temp)).await?;
            meili.wait(&task, ADMIN_TASK_TIMEOUT).await
        };
        if let Err(err) = deleted.await {
            reporter.warn(format!("could not delete the previous index (now {temp}): {err}"));
        }
    }
    // The new index is live; the catch-up may be interrupted safely (what is
    // left stays in the outbox for `sync`).
    let pg = connect(db).await?;
    let synced = tokio::select! {
        synced = sync_all(&pg, meili, None, INDEXING_TIMEOUT, |_| {}, |_| {}) => synced?,
        _ = crate::shutdown::shutdown_signal() => {
            crate::outbox::push::release_claims(&pg).await;
            return Err(color_eyre::Report::new(AppError::Interrupted)
                .wrap_err("the new index is live; changes made during the rebuild stay queued: run `ecomctl sync`"));
        }
    };
    summary.caught_up = synced.pushed();
    Ok(())
}

/// Cancels what Meilisearch still has to do for an abandoned temporary
/// index, then deletes it. Best effort: a leftover is removed by the next run.
async fn discard(meili: &Meili, temp: &str, reporter: &dyn Reporter) {
    let cleanup = async {
        if meili.exists(temp).await? {
            meili.cancel_tasks_of(temp, ADMIN_TASK_TIMEOUT).await?;
            let task = meili.call(meili.client().delete_index(temp)).await?;
            meili.wait(&task, ADMIN_TASK_TIMEOUT).await?;
        }
        Ok::<_, AppError>(())
    };
    if let Err(err) = cleanup.await {
        reporter.warn(format!("could not delete the temporary index {temp}: {err}"));
    }
}

/// Deletes temporary indexes left by a reindex of this index that was killed
/// (we hold the per-index lock, so none is running).
async fn remove_leftovers(meili: &Meili, live: &str, reporter: &dyn Reporter) -> Result<()> {
    let indexes = meili
        .call(meili.client().list_all_indexes_raw_with(&{
            let mut query = meilisearch_sdk::indexes::IndexesQuery::new(meili.client());
            query.with_limit(1000);
            query
        }))
        .await?;
    let prefix = format!("{live}__rebuild_");
    let stale: Vec<String> = indexes["results"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|index| index["uid"].as_str())
        .filter(|uid| uid.starts_with(&prefix))
        .map(String::from)
        .collect();
    for uid in stale {
        discard(meili, &uid, reporter).await;
        reporter.info(format!("removed the temporary index {uid} left by an interrupted reindex"));
    }
    Ok(())
}

/// Swaps the rebuilt index in (or renames it when there is no live index
/// yet). Under the exclusive swap lock, so no push is between sending and
/// recording its task: first, durably, everything sent to the old index but
/// not confirmed and everything confirmed during the rebuild is queued again;
/// then the swap is enqueued — every later task lands on the new index — and
/// the lock released before waiting for it. Returns whether a live index
/// existed (and so must now be deleted under the temporary name).
async fn swap(
    control: &tokio_postgres::Client,
    meili: &Meili,
    temp: &str,
    live: &str,
    rebuild_id: i64,
) -> Result<bool> {
    let had_live = meili.exists(live).await?;
    let swap = if had_live {
        SwapIndexes { indexes: (live.to_owned(), temp.to_owned()), rename: None }
    } else {
        SwapIndexes { indexes: (temp.to_owned(), live.to_owned()), rename: Some(true) }
    };
    rebuilds::lock_swap(control).await?;
    let enqueued = async {
        rebuilds::requeue_for_swap(control, rebuild_id).await?;
        Ok::<_, color_eyre::Report>(meili.call(meili.client().swap_indexes([&swap])).await?)
    };
    let enqueued = enqueued.await;
    rebuilds::unlock_swap(control).await?;
    let task = enqueued?;
    meili.wait(&task, ADMIN_TASK_TIMEOUT).await.wrap_err("swapping the rebuilt index in failed")?;
    Ok(had_live)
}

/// What the build step produced.
#[derive(Debug, Default)]
struct Built {
    documents: u64,
    batches: u64,
    bytes: u64,
    sent_bytes: u64,
    too_large: u64,
    too_large_ids: Vec<i64>,
    /// The snapshot's outbox entries (see `Snapshot::outbox`).
    covered: (Vec<i64>, Vec<i64>),
}

/// Creates the temporary index, fills it from a snapshot, waits and verifies.
async fn build(
    db: &DatabaseConfig,
    meili: &Meili,
    options: &Options,
    reporter: &dyn Reporter,
    temp: &str,
) -> Result<Built> {
    setup_index(meili, temp, options.searchable).await?;
    let snapshot = Snapshot::take(db).await?;
    let bars = reporter.progress(Job::Rebuild { orders: snapshot.orders, sending: true });
    let sender = Sender::new(meili, temp, reporter);
    let mut built =
        stream_documents(&snapshot, options, &bars, Some(&sender), meili.compress).await?;
    built.covered = rebuilds::snapshot_entries(snapshot.client()).await?;
    sender.finish(&bars).await?;
    bars.finish();

    let stats = meili.call(meili.index(temp).get_stats()).await?;
    if stats.number_of_documents as u64 != snapshot.orders - built.too_large {
        return Err(AppError::Rejected(Refusal::RebuildCount {
            documents: stats.number_of_documents,
            orders: snapshot.orders,
            too_large: built.too_large,
        })
        .into());
    }
    Ok(built)
}

/// Streams every order of the snapshot as a document, in id order, cutting
/// NDJSON batches (gzip-compressed as they are built with `compress`) and
/// handing them to `sender` (or only counting them).
async fn stream_documents(
    snapshot: &Snapshot,
    options: &Options,
    bars: &Progress,
    sender: Option<&Sender<'_>>,
    compress: bool,
) -> Result<Built> {
    let mut orders = snapshot.stream().await?;
    let mut built = Built::default();
    let mut batch = Batch::new(compress);
    while let Some(order) = orders.next().await? {
        let id = order.id;
        bars.advance(Bar::Read, 1);
        // Every document of the snapshot carries its watermark: at least
        // the version of every change the snapshot holds.
        if batch.push(OrderDocument::versioned(order, snapshot.watermark)).is_err() {
            built.too_large += 1;
            if built.too_large_ids.len() < 20 {
                built.too_large_ids.push(id);
            }
            continue;
        }
        built.documents += 1;
        if batch.documents() >= options.batch_documents
            || batch.ndjson_len() >= MAX_REQUEST_BYTES - 1024 * 1024
        {
            let full = std::mem::replace(&mut batch, Batch::new(compress));
            hand_over(&mut built, full, sender, bars).await?;
        }
    }
    if batch.documents() > 0 {
        hand_over(&mut built, batch, sender, bars).await?;
    }
    // Reading is done: the bar shows all that was read (its total is the
    // snapshot's count, the same rows).
    bars.set(Bar::Read, built.documents + built.too_large);
    bars.set_total(Bar::Read, built.documents + built.too_large);
    Ok(built)
}

async fn hand_over(
    built: &mut Built,
    batch: Batch,
    sender: Option<&Sender<'_>>,
    bars: &Progress,
) -> Result<()> {
    let documents = batch.documents();
    built.batches += 1;
    built.bytes += batch.ndjson_len() as u64;
    let body = batch.finish();
    built.sent_bytes += body.bytes().len() as u64;
    match sender {
        Some(sender) => sender.send(body, documents, bars).await,
        None => {
            bars.advance(Bar::Sent, documents);
            Ok(())
        }
    }
}
