//! Pushing the search outbox to Meilisearch: claim entries (see
//! `db::outbox`), read the orders' current documents, send them and record
//! the task uids — returning as soon as Meilisearch has *accepted* the tasks.
//! Meilisearch applies the tasks of an index in uid order, and no two
//! processes push one order at once, so an older document never overwrites
//! a newer one. No PostgreSQL lock is held while Meilisearch works.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::time::Instant;

use color_eyre::eyre::Result;
use futures_util::stream::{FuturesUnordered, StreamExt};
use tokio_postgres::Client;

use crate::db::orders;
use crate::db::outbox::{self, Entry};
use crate::error::{AppError, Service};
use crate::model::Order;
use crate::search::client::{AddError, Meili};
use crate::search::document::{MAX_REQUEST_BYTES, OrderDocument, TooLarge, append_ndjson};
use crate::telemetry;

/// Pushes in flight at once during `sync`: one being read from PostgreSQL
/// while others upload.
const IN_FLIGHT: usize = 3;

/// What was pushed.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub(crate) struct Pushed {
    pub(crate) upserted: usize,
    pub(crate) deleted: usize,
    /// Orders whose document cannot be indexed (refused for good, see
    /// `outbox::refuse`).
    pub(crate) refused: usize,
}

impl Pushed {
    pub(crate) fn total(self) -> usize {
        self.upserted + self.deleted
    }

    pub(crate) fn add(&mut self, other: Pushed) {
        self.upserted += other.upserted;
        self.deleted += other.deleted;
        self.refused += other.refused;
    }
}

/// A random token naming this process's claims (one per process, so a
/// stopping command can give back all of its claims at once).
pub(crate) fn claim_token() -> i64 {
    static TOKEN: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    *TOKEN.get_or_init(|| {
        let seed = (std::process::id(), Instant::now());
        RandomState::new().hash_one(format!("{seed:?}")) as i64
    })
}

/// Claims are per process: a pusher that stops (Ctrl-C, SIGTERM) gives its
/// own back at once, so others need not wait for them to lapse — bounded,
/// so that a dead PostgreSQL cannot delay the stop (the claim then goes
/// with the session, or lapses with its lease).
pub(crate) async fn release_claims(client: &tokio_postgres::Client) {
    let release = outbox::release(client, claim_token(), None);
    let _ = tokio::time::timeout(std::time::Duration::from_millis(500), release).await;
}

/// One batch: claims up to `limit` unsent entries, sends their current
/// documents, records the tasks. `None` when there was nothing to claim.
/// The caller holds the shared swap lock.
async fn push_once(pg: &Client, meili: &Meili, token: i64, limit: i64) -> Result<Option<Pushed>> {
    let claimed = outbox::claim(pg, token, None, limit).await?;
    if claimed.is_empty() {
        return Ok(None);
    }
    let claimed_at = Instant::now();
    let ids: Vec<i64> = claimed.iter().map(|c| c.order_id).collect();
    match send_claimed(pg, meili, &claimed, claimed_at, &[], true).await {
        Ok(Claimed { pushed, sent, refused }) => {
            outbox::mark_sent(pg, token, &sent).await?;
            if !refused.is_empty() {
                outbox::refuse(pg, token, &refused).await?;
            }
            Ok(Some(pushed))
        }
        Err(err) => {
            // Best effort: if this fails too, the claim lapses after its lease.
            let _ = outbox::release(pg, token, Some(&ids)).await;
            Err(err)
        }
    }
}

/// What became of claimed entries.
struct Claimed {
    pushed: Pushed,
    /// Each entry sent, with the task that carries it.
    sent: Vec<(Entry, u32)>,
    /// Entries whose document cannot be indexed, with why.
    refused: Vec<(Entry, String)>,
}

/// Reads the claimed orders and sends their documents (deletions for orders
/// that are gone); returns each entry with the task that carries it, and
/// the entries refused.
///
/// `known` orders (as their command wrote them, with the version of that
/// write) are used as they are when the claimed version is the same: nothing
/// changed since, so reading them again would return the same. With
/// `check_index`, a missing index is first created with ecomctl's settings
/// (adding documents would create it without them, and filters would fail;
/// a deletion from a missing index would fail).
async fn send_claimed(
    pg: &Client,
    meili: &Meili,
    claimed: &[Entry],
    claimed_at: Instant,
    known: &[(Order, i64)],
    check_index: bool,
) -> Result<Claimed> {
    let ids: Vec<i64> = claimed.iter().map(|c| c.order_id).collect();
    let all_known = claimed
        .iter()
        .all(|c| known.iter().any(|(order, seq)| order.id == c.order_id && *seq == c.seq));
    let found: Vec<Order> = if all_known {
        // Only what this process claimed: an order claimed by another
        // pusher must not be sent from here (its claim keeps the order).
        known
            .iter()
            .filter(|(order, _)| ids.contains(&order.id))
            .map(|(order, _)| order.clone())
            .collect()
    } else {
        orders::get_many(pg, &ids).await?
    };
    let found_ids: std::collections::HashSet<i64> = found.iter().map(|o| o.id).collect();
    let gone: Vec<i64> = ids.iter().copied().filter(|id| !found_ids.contains(id)).collect();

    // Deletions too: deleting from a missing index would be a failed task.
    if check_index && !meili.exists(&meili.index_name).await? {
        crate::search::setup_index(meili, &meili.index_name, meili.searchable).await?;
    }
    // A claim this old could have lapsed: another process may push the same
    // order now, and sending would break the ordering guarantee.
    if claimed_at.elapsed() > outbox::CLAIM_LEASE / 2 {
        return Err(AppError::Unavailable {
            what: Service::Postgres,
            detail: "reading the orders to push took too long; they stay queued".into(),
        }
        .into());
    }
    // Documents go in requests of at most MAX_REQUEST_BYTES; an entry whose
    // task failed before goes alone, so it cannot fail others again.
    let alone: std::collections::HashSet<i64> =
        claimed.iter().filter(|c| c.alone).map(|c| c.order_id).collect();
    let version_of: HashMap<i64, i64> = claimed.iter().map(|c| (c.order_id, c.seq)).collect();
    let mut outcome = Sent::default();
    let mut together = Documents::default();
    for order in &found {
        let mut documents = Documents::default();
        let target = if alone.contains(&order.id) { &mut documents } else { &mut together };
        let start = target.body.len();
        // The document reflects the change of the claimed entry: the order
        // was read while the entry was claimed, at that version or later.
        let document = OrderDocument::versioned(order.clone(), version_of[&order.id]);
        if append_ndjson(&mut target.body, document).is_err() {
            outcome.refused.push((order.id, TooLarge::reason()));
            continue;
        }
        if target.body.len() > MAX_REQUEST_BYTES && !target.ids.is_empty() {
            // This document does not fit beside the others: send them first.
            let next = target.body.split_off(start);
            let full = std::mem::replace(target, Documents { body: next, ids: Vec::new() });
            send_documents(meili, full, &mut outcome).await?;
        }
        target.ids.push((order.id, target.body.len()));
        if !documents.ids.is_empty() {
            send_documents(meili, documents, &mut outcome).await?;
        }
    }
    if !together.ids.is_empty() {
        send_documents(meili, together, &mut outcome).await?;
    }
    if !gone.is_empty() {
        let task = meili.delete_ids(&meili.index_name, &gone).await?;
        for id in &gone {
            outcome.task_of.insert(*id, task);
        }
    }
    let refused_ids: std::collections::HashSet<i64> =
        outcome.refused.iter().map(|(id, _)| *id).collect();
    let sent = claimed
        .iter()
        .filter(|c| !refused_ids.contains(&c.order_id))
        .map(|c| (*c, outcome.task_of[&c.order_id]))
        .collect();
    let refused = claimed
        .iter()
        .filter_map(|c| {
            outcome
                .refused
                .iter()
                .find(|(id, _)| *id == c.order_id)
                .map(|(_, why)| (*c, why.clone()))
        })
        .collect();
    let pushed = Pushed {
        upserted: found.len() - outcome.refused.len(),
        deleted: gone.len(),
        refused: outcome.refused.len(),
    };
    telemetry::metrics::pushed(pushed.upserted, pushed.deleted);
    Ok(Claimed { pushed, sent, refused })
}

/// NDJSON documents for one request: the body, and each order with where
/// its line ends in it.
#[derive(Default)]
struct Documents {
    body: Vec<u8>,
    ids: Vec<(i64, usize)>,
}

/// What the requests of one push did: the task carrying each order, and
/// the orders refused (with why).
#[derive(Default)]
struct Sent {
    task_of: HashMap<i64, u32>,
    refused: Vec<(i64, String)>,
}

/// Sends documents in one request; when Meilisearch refuses it as too large
/// (its payload limit may be set below ecomctl's), in two halves, down to a
/// single document, which is then refused with Meilisearch's message.
async fn send_documents(meili: &Meili, documents: Documents, outcome: &mut Sent) -> Result<()> {
    let body = bytes::Bytes::from(documents.body);
    let mut parts = vec![(0usize, documents.ids)];
    while let Some((start, ids)) = parts.pop() {
        let end = ids.last().map_or(start, |(_, end)| *end);
        match meili.add_ndjson(&meili.index_name, body.slice(start..end)).await {
            Ok(task) => {
                for (id, _) in ids {
                    outcome.task_of.insert(id, task);
                }
            }
            Err(AddError::TooLarge(message)) if ids.len() == 1 => {
                outcome.refused.push((
                    ids[0].0,
                    format!("Meilisearch refused its document as too large ({message})"),
                ));
            }
            Err(AddError::TooLarge(_)) => {
                let mut first = ids;
                let second = first.split_off(first.len() / 2);
                let middle = first.last().map_or(start, |(_, end)| *end);
                // Second half pushed first: the first half is sent first.
                parts.push((middle, second));
                parts.push((start, first));
            }
            Err(AddError::Other(err)) => return Err(err.into()),
        }
    }
    Ok(())
}

/// What a writer's push did.
#[derive(Debug, Default)]
pub(crate) struct WritePush {
    /// The tasks carrying the change (empty if another process is pushing it
    /// or a reindex is swapping: the entry stays queued).
    pub(crate) tasks: Vec<u32>,
    /// Orders whose document cannot be indexed, with why.
    pub(crate) refused: Vec<Refused>,
}

/// Pushes the orders a command just changed and returns once Meilisearch
/// has accepted the tasks; a failure is returned for the caller to turn into
/// a warning (the change itself is committed and queued). The few steps are
/// pipelined: the swap lock, the claim and the index check go out together,
/// and so do recording the task and releasing the lock.
pub(crate) async fn push_changed(
    pg: &Client,
    meili: &Meili,
    order_ids: &[i64],
    known: &[(Order, i64)],
) -> Result<WritePush> {
    let token = claim_token();
    let limit = order_ids.len() as i64;
    let (locked, claimed, index_exists) = tokio::join!(
        outbox::lock_for_push(pg, false),
        outbox::claim(pg, token, Some(order_ids), limit),
        meili.exists(&meili.index_name),
    );
    let locked = locked?;
    let claimed = match claimed {
        Ok(claimed) => claimed,
        Err(err) => {
            if locked {
                let _ = outbox::unlock_push(pg).await;
            }
            return Err(err.into());
        }
    };
    // During the few milliseconds a reindex takes to enqueue its swap, leave
    // the change queued: the reindex pushes it right after.
    if !locked || claimed.is_empty() {
        if !claimed.is_empty() {
            let _ = outbox::release(pg, token, Some(order_ids)).await;
        }
        if locked {
            let _ = outbox::unlock_push(pg).await;
        }
        return Ok(WritePush::default());
    }
    let sent = async {
        if !index_exists? {
            crate::search::setup_index(meili, &meili.index_name, meili.searchable).await?;
        }
        send_claimed(pg, meili, &claimed, Instant::now(), known, false).await
    };
    match sent.await {
        Ok(Claimed { sent, refused, .. }) => {
            if !refused.is_empty() {
                outbox::refuse(pg, token, &refused).await?;
            }
            let (marked, _) =
                tokio::join!(outbox::mark_sent(pg, token, &sent), outbox::unlock_push(pg));
            marked?;
            let mut tasks: Vec<u32> = sent.iter().map(|(_, t)| *t).collect();
            tasks.dedup();
            let refused = refused
                .into_iter()
                .map(|(entry, reason)| Refused { order_id: entry.order_id, reason })
                .collect();
            Ok(WritePush { tasks, refused })
        }
        Err(err) => {
            let _ = outbox::release(pg, token, Some(order_ids)).await;
            let _ = outbox::unlock_push(pg).await;
            Err(err)
        }
    }
}

/// A backlog up to this many orders goes as one request (still split at
/// `MAX_REQUEST_BYTES`): Meilisearch pays a fixed cost per batch it
/// indexes, and a second request arriving once the first is being indexed
/// becomes a second batch (20,000 orders as two requests took 1.5 x as long
/// as one). 50,000 order documents of a few lines are about 45 MiB. A
/// larger backlog starts with a request of this size, alone.
const ONE_REQUEST_ORDERS: i64 = 50_000;

/// Orders per request after that lead request: they go while the next
/// orders are read, and all that arrive while the engine indexes the lead
/// request become its next batch, however many requests they were.
const PIPELINED_ORDERS: i64 = 10_000;

/// Pushes every unsent entry this process can claim, with several requests
/// in flight while PostgreSQL is read: `batch_size` orders per request, or
/// by default the whole backlog in one request when it is no more than
/// `ONE_REQUEST_ORDERS`, else one such request first, on its own (the
/// engine starts on the first request it gets: smaller requests sent beside
/// it would make its first batch small and the rest more batches), then
/// `PIPELINED_ORDERS` per request. Holds the shared swap lock meanwhile
/// (waiting for a swap being enqueued); on a failure, the claims of batches
/// still in flight are given back.
pub(crate) async fn push_all(
    pg: &Client,
    meili: &Meili,
    token: i64,
    batch_size: Option<i64>,
    mut on_pushed: impl FnMut(Pushed),
) -> Result<Pushed> {
    outbox::lock_for_push(pg, true).await?;
    let pushed = async {
        if let Some(size) = batch_size {
            return push_batches(pg, meili, token, size, on_pushed).await;
        }
        let backlog = outbox::unsent_up_to(pg, ONE_REQUEST_ORDERS + 1).await?;
        if backlog <= ONE_REQUEST_ORDERS {
            return push_batches(pg, meili, token, ONE_REQUEST_ORDERS, on_pushed).await;
        }
        let Some(mut pushed) = push_once(pg, meili, token, ONE_REQUEST_ORDERS).await? else {
            return Ok(Pushed::default());
        };
        on_pushed(pushed);
        pushed.add(push_batches(pg, meili, token, PIPELINED_ORDERS, on_pushed).await?);
        Ok(pushed)
    }
    .await;
    let _ = outbox::unlock_push(pg).await;
    if pushed.is_err() {
        let _ = outbox::release(pg, token, None).await;
    }
    pushed
}

async fn push_batches(
    pg: &Client,
    meili: &Meili,
    token: i64,
    batch_size: i64,
    mut on_pushed: impl FnMut(Pushed),
) -> Result<Pushed> {
    let mut total = Pushed::default();
    // Each unit claims, reads, sends and records one batch; several run at
    // once on the one connection (tokio-postgres pipelines their queries).
    // Nothing is awaited outside the set: a unit not being polled while its
    // rows arrive would stall the shared connection.
    let unit = || push_once(pg, meili, token, batch_size);
    let mut in_flight: FuturesUnordered<_> = (0..IN_FLIGHT).map(|_| unit()).collect();
    let mut exhausted = false;
    while let Some(done) = in_flight.next().await {
        match done? {
            Some(pushed) => {
                total.add(pushed);
                on_pushed(pushed);
                if !exhausted {
                    in_flight.push(unit());
                }
            }
            None => exhausted = true,
        }
    }
    Ok(total)
}

/// An order whose document cannot be indexed.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Refused {
    pub(crate) order_id: i64,
    pub(crate) reason: String,
}

impl Refused {
    /// What people are told, once per run.
    pub(crate) fn warning(&self) -> String {
        format!(
            "order #{} is left out of the search index: {}; it is tried again when it changes",
            self.order_id, self.reason
        )
    }
}
