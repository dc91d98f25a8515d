//! The zero-downtime rebuild (DESIGN.md §3).
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

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use color_eyre::eyre::{Result, WrapErr};
use futures_util::io::Cursor;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use meilisearch_sdk::client::SwapIndexes;
use serde::Serialize;
use time::OffsetDateTime;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio_postgres::Client;

use super::client::TaskStatus;
use super::document::OrderDocument;
use super::sync::sync_all;
use super::{ADMIN_TASK_TIMEOUT, Meili, settings, setup_index};
use crate::cli::Searchable;
use crate::config::DatabaseConfig;
use crate::db::order_stream::{Snapshot, connect};
use crate::db::{outbox, rebuilds};
use crate::error::AppError;
use crate::output::Messages;

/// Meilisearch refuses requests over 100 MB by default; stay well below.
pub(crate) const MAX_BATCH_BYTES: usize = 64 * 1024 * 1024;

/// Requests in flight at once: enough to keep Meilisearch fed while the next
/// batch is built, few enough to bound memory (each holds one batch).
const IN_FLIGHT: usize = 2;

/// How long Meilisearch may take to index everything that was sent.
const INDEXING_TIMEOUT: Duration = Duration::from_secs(6 * 3600);

#[derive(Debug, Clone)]
pub(crate) struct Options {
    pub(crate) batch_documents: u64,
    pub(crate) dry_run: bool,
    pub(crate) searchable: Searchable,
    pub(crate) progress: bool,
    /// Where warnings and notes go (respects `-q`).
    pub(crate) messages: Messages,
}

#[derive(Debug, Default, Serialize)]
pub(crate) struct Summary {
    pub(crate) index: String,
    pub(crate) dry_run: bool,
    pub(crate) documents: u64,
    pub(crate) batches: u64,
    pub(crate) bytes: u64,
    pub(crate) seconds: f64,
    pub(crate) documents_per_second: f64,
    /// Orders changed during the rebuild, re-queued and pushed after the swap.
    pub(crate) caught_up: usize,
}

/// Runs a rebuild (or a dry run) and returns what it did.
pub(crate) async fn reindex(
    db: &DatabaseConfig,
    meili: &Meili,
    options: &Options,
) -> Result<Summary> {
    let started = Instant::now();
    let mut summary =
        Summary { index: meili.index_name.clone(), dry_run: options.dry_run, ..Default::default() };
    if options.dry_run {
        let snapshot = Snapshot::take(db).await?;
        let bars = Bars::new(options.progress, snapshot.orders, false);
        let built = stream_documents(&snapshot, options, &bars, None).await?;
        bars.finish();
        summary.documents = built.documents;
        summary.batches = built.batches;
        summary.bytes = built.bytes;
    } else {
        rebuild(db, meili, options, &mut summary).await?;
    }
    summary.seconds = started.elapsed().as_secs_f64();
    summary.documents_per_second = summary.documents as f64 / summary.seconds.max(1e-9);
    Ok(summary)
}

async fn rebuild(
    db: &DatabaseConfig,
    meili: &Meili,
    options: &Options,
    summary: &mut Summary,
) -> Result<()> {
    let live = meili.index_name.clone();
    // One reindex per index at a time; a session lock dies with the process.
    let control = connect(db).await?;
    if !rebuilds::try_lock_reindex(&control, &live).await? {
        return Err(
            AppError::rejected(format!("another reindex of index {live} is running")).into()
        );
    }
    remove_leftovers(meili, &live, options.messages).await?;
    let rebuild_id = rebuilds::register_rebuild(&control, &live).await?;
    let temp = format!("{live}__rebuild_{}", OffsetDateTime::now_utc().unix_timestamp());

    let built = tokio::select! {
        result = build(db, meili, options, &temp) => result,
        _ = tokio::signal::ctrl_c() => Err(color_eyre::Report::new(AppError::Interrupted)
            .wrap_err("reindex stopped: the temporary index is removed and the live index is untouched")),
    };
    let built = match built {
        Ok(built) => built,
        Err(err) => {
            // Leave everything as it was: stop Meilisearch working on the
            // temporary index, drop it and the rebuild registration.
            discard(meili, &temp, options.messages).await;
            let _ = rebuilds::drop_rebuild(&control, rebuild_id).await;
            if matches!(AppError::find(&err), Some(AppError::Interrupted)) {
                return Err(err);
            }
            return Err(err.wrap_err("reindex failed: the live index was left as it was"));
        }
    };
    summary.documents = built.documents;
    summary.batches = built.batches;
    summary.bytes = built.bytes;

    let had_live = match swap(&control, meili, &temp, &live, rebuild_id).await {
        Ok(had_live) => had_live,
        Err(err) => {
            discard(meili, &temp, options.messages).await;
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
            options
                .messages
                .warn(format!("could not delete the previous index (now {temp}): {err}"));
        }
    }
    // The new index is live; the catch-up may be interrupted safely (what is
    // left stays in the outbox for `sync`).
    let pg = connect(db).await?;
    let synced = tokio::select! {
        synced = sync_all(&pg, meili, 10_000, INDEXING_TIMEOUT, |_| {}, |_| {}) => synced?,
        _ = tokio::signal::ctrl_c() => {
            let _ = outbox::release(&pg, super::sync::claim_token(), None).await;
            return Err(color_eyre::Report::new(AppError::Interrupted)
                .wrap_err("the new index is live; changes made during the rebuild stay queued: run `ecomctl sync`"));
        }
    };
    summary.caught_up = synced.pushed();
    Ok(())
}

/// Cancels what Meilisearch still has to do for an abandoned temporary
/// index, then deletes it. Best effort: a leftover is removed by the next run.
async fn discard(meili: &Meili, temp: &str, messages: Messages) {
    let cleanup = async {
        if meili.exists(temp).await? {
            meili.cancel_tasks_of(temp, ADMIN_TASK_TIMEOUT).await?;
            let task = meili.call(meili.client().delete_index(temp)).await?;
            meili.wait(&task, ADMIN_TASK_TIMEOUT).await?;
        }
        Ok::<_, AppError>(())
    };
    if let Err(err) = cleanup.await {
        messages.warn(format!("could not delete the temporary index {temp}: {err}"));
    }
}

/// Deletes temporary indexes left by a reindex of this index that was killed
/// (we hold the per-index lock, so none is running).
async fn remove_leftovers(meili: &Meili, live: &str, messages: Messages) -> Result<()> {
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
        discard(meili, &uid, messages).await;
        messages.info(format!("removed the temporary index {uid} left by an interrupted reindex"));
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
    control: &Client,
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
    /// The snapshot's outbox entries (see `Snapshot::outbox`).
    covered: (Vec<i64>, Vec<i64>),
}

/// Creates the temporary index, fills it from a snapshot, waits and verifies.
async fn build(db: &DatabaseConfig, meili: &Meili, options: &Options, temp: &str) -> Result<Built> {
    setup_index(meili, temp, options.searchable).await?;
    let snapshot = Snapshot::take(db).await?;
    let bars = Bars::new(options.progress, snapshot.orders, true);
    let sender = Sender::new(meili, temp);
    let mut built = stream_documents(&snapshot, options, &bars, Some(&sender)).await?;
    built.covered = rebuilds::snapshot_entries(snapshot.client()).await?;
    sender.finish(&bars).await?;
    bars.finish();

    let stats = meili.call(meili.index(temp).get_stats()).await?;
    if stats.number_of_documents as u64 != snapshot.orders {
        return Err(AppError::rejected(format!(
            "the rebuilt index holds {} documents but the snapshot has {} orders; the live index was left as it was",
            stats.number_of_documents, snapshot.orders
        ))
        .into());
    }
    Ok(built)
}

/// Streams every order of the snapshot as a document, in id order, cutting
/// NDJSON batches and handing them to `sender` (or only counting them).
async fn stream_documents(
    snapshot: &Snapshot,
    options: &Options,
    bars: &Bars,
    sender: Option<&Sender<'_>>,
) -> Result<Built> {
    let mut orders = snapshot.stream().await?;
    let mut built = Built::default();
    let mut batch = Vec::with_capacity(1 << 20);
    let mut in_batch = 0u64;
    while let Some(order) = orders.next().await? {
        serde_json::to_writer(&mut batch, &OrderDocument::from(order))?;
        batch.push(b'\n');
        in_batch += 1;
        built.documents += 1;
        bars.read.inc(1);
        if in_batch >= options.batch_documents || batch.len() >= MAX_BATCH_BYTES - 1024 * 1024 {
            let full = std::mem::replace(&mut batch, Vec::with_capacity(1 << 20));
            hand_over(&mut built, full, in_batch, sender, bars).await?;
            in_batch = 0;
        }
    }
    if in_batch > 0 {
        hand_over(&mut built, batch, in_batch, sender, bars).await?;
    }
    // Reading is done: the bar shows all that was read (its total is the
    // snapshot's count, the same rows).
    bars.read.set_position(built.documents);
    bars.read.set_length(built.documents);
    Ok(built)
}

async fn hand_over(
    built: &mut Built,
    batch: Vec<u8>,
    documents: u64,
    sender: Option<&Sender<'_>>,
    bars: &Bars,
) -> Result<()> {
    built.batches += 1;
    built.bytes += batch.len() as u64;
    match sender {
        Some(sender) => sender.send(batch, documents, bars).await,
        None => {
            bars.sent.inc(documents);
            Ok(())
        }
    }
}

/// Sends NDJSON batches to the temporary index, at most `IN_FLIGHT` at once,
/// and tracks the resulting tasks by uid.
struct Sender<'a> {
    meili: &'a Meili,
    index: meilisearch_sdk::indexes::Index<super::http::Http>,
    permits: Arc<Semaphore>,
    requests: tokio::sync::Mutex<JoinSet<Result<(u32, u64), AppError>>>,
    /// Tasks not yet known to have succeeded: uid → documents they carry.
    unconfirmed: tokio::sync::Mutex<BTreeMap<u32, u64>>,
}

impl<'a> Sender<'a> {
    fn new(meili: &'a Meili, uid: &str) -> Self {
        Sender {
            meili,
            index: meili.index(uid),
            permits: Arc::new(Semaphore::new(IN_FLIGHT)),
            requests: tokio::sync::Mutex::new(JoinSet::new()),
            unconfirmed: tokio::sync::Mutex::new(BTreeMap::new()),
        }
    }

    async fn send(&self, body: Vec<u8>, documents: u64, bars: &Bars) -> Result<()> {
        let permit = self.permits.clone().acquire_owned().await?;
        self.collect_finished().await?;
        self.check_indexed(bars).await?;
        let index = self.index.clone();
        let sent = bars.sent.clone();
        self.requests.lock().await.spawn(async move {
            let request =
                index.add_documents_ndjson(Cursor::new(body), Some(settings::PRIMARY_KEY));
            let result = match tokio::time::timeout(Duration::from_secs(600), request).await {
                Ok(result) => result.map_err(super::client::classify),
                Err(_) => Err(AppError::Unavailable {
                    what: crate::error::Service::Meilisearch,
                    detail: "sending a batch took over 10 minutes".into(),
                }),
            };
            drop(permit);
            sent.inc(documents);
            result.map(|task| (task.task_uid, documents))
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
    async fn check_indexed(&self, bars: &Bars) -> Result<()> {
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
                    return Err(AppError::rejected(format!(
                        "Meilisearch task {uid} failed: {message}"
                    ))
                    .into());
                }
                TaskStatus::Pending | TaskStatus::Unknown => {}
            }
        }
        Ok(())
    }

    /// Waits for every request, then for every task, updating the indexed bar.
    async fn finish(&self, bars: &Bars) -> Result<()> {
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

/// The three progress bars: rows read, documents sent, documents indexed.
struct Bars {
    multi: MultiProgress,
    read: ProgressBar,
    sent: ProgressBar,
    indexed: ProgressBar,
}

impl Bars {
    fn new(visible: bool, total: u64, sending: bool) -> Self {
        let multi = if visible {
            MultiProgress::with_draw_target(ProgressDrawTarget::stderr())
        } else {
            MultiProgress::with_draw_target(ProgressDrawTarget::hidden())
        };
        let style = crate::output::with_rate(
            ProgressStyle::with_template(
                "{prefix:>8} [{bar:32}] {human_pos}/{human_len} {rate:>10} eta {eta}",
            )
            .expect("static template")
            .progress_chars("=> "),
        );
        let bar = |prefix: &'static str| {
            multi.add(ProgressBar::new(total).with_style(style.clone()).with_prefix(prefix))
        };
        let read = bar("read");
        let sent = bar(if sending { "sent" } else { "built" });
        let indexed = if sending { bar("indexed") } else { ProgressBar::hidden() };
        Bars { multi, read, sent, indexed }
    }

    /// After a complete run: every bar at its total, then cleared (the
    /// summary line says what was done).
    fn finish(&self) {
        for bar in [&self.read, &self.sent, &self.indexed] {
            if let Some(total) = bar.length() {
                bar.set_position(total);
            }
            bar.finish();
        }
        let _ = self.multi.clear();
    }
}

impl Drop for Bars {
    /// Stopped part-way (an error, Ctrl-C): no half-drawn bars are left
    /// above the message that says what was kept and what was undone.
    fn drop(&mut self) {
        for bar in [&self.read, &self.sent, &self.indexed] {
            bar.finish_and_clear();
        }
        let _ = self.multi.clear();
    }
}
