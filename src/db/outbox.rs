//! The search outbox: ids of orders whose Meilisearch document is stale, and
//! what has been sent for them.
//!
//! The protocol (docs/search.md, migration V3):
//! - **enqueue**, in the same transaction as the change: a new `seq`, and the
//!   entry is *unsent* (a trigger clears `task_uid` on every new `seq`);
//! - **claim** (one short statement, committed at once): a pusher marks unsent
//!   entries with its token, so no two processes push one order at the same
//!   time; writers never wait for a claim, it is a column and not a lock;
//! - **mark sent**: once Meilisearch accepted the task, the entry keeps its
//!   uid, unless the order changed meanwhile (then it stays unsent);
//! - **confirm**: a `succeeded` task deletes the entries it carried; a failed,
//!   canceled or unknown task makes them unsent again (**resend**).
//!
//! Outbox rows are always locked in `order_id` order (see the lock order in
//! `db/mod.rs`): each multi-row statement first locks its rows in a `locked`
//! CTE sorted by order_id, which `(SELECT count(*) FROM locked) >= 0` forces
//! to run in full before the rows are changed (a CTE nobody reads is never
//! run). Filtering on the locked ids instead (`= ANY(ARRAY(…))`) is
//! quadratic under stale statistics: seen at 8.8 s for 90k entries.

use std::time::Duration;

use tokio_postgres::types::Type;
use tokio_postgres::{GenericClient, Row};

use super::decode::{self, DecodeError};
use super::{DbError, DbResult};
// How many entries wait, and since when (read for the status views).
pub(crate) use super::outbox_backlog::{Lag, backlog, lag, unsent_up_to};
pub(crate) use super::outbox_tasks::{confirm, entries_of, forget, resend, sent_tasks};

/// A claim older than this belongs to a process that died mid-push; others
/// may take the entry over. A push checks it is still well inside this lease
/// before sending (see `search::sync`). A claim whose session is gone
/// (`claimed_pid` no longer in `pg_stat_activity`: the pusher was killed)
/// is taken over at once (migration V10).
pub(crate) const CLAIM_LEASE: Duration = Duration::from_secs(120);

/// The condition under which a claimed entry `o` may be taken: unclaimed,
/// its lease (`$lease` seconds) over, or its claimant's session gone.
macro_rules! claim_free {
    ($lease:literal) => {
        concat!(
            "(claimed_by IS NULL OR claimed_at < now() - make_interval(secs => ",
            $lease,
            ") OR NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = claimed_pid))"
        )
    };
}

/// The notification that wakes `sync --watch`: sent by the statements that
/// enqueue (V5: not a trigger, which every new session would compile).
pub(crate) const WAKE_SYNC: &str = "pg_notify('ecomctl_search_outbox', '')";

/// Records that these orders' search documents must be rewritten (or
/// deleted); returns the entries written (the version each change got), and
/// wakes `sync --watch`.
pub(crate) async fn enqueue(
    client: &impl GenericClient,
    order_ids: &[i64],
) -> DbResult<Vec<Entry>> {
    if order_ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = client
        .query_typed(
            "WITH e AS (INSERT INTO search_outbox (order_id) \
                        SELECT DISTINCT id FROM unnest($1::bigint[]) AS t(id) ORDER BY id \
                        ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq') \
                        RETURNING order_id, seq), \
                  w AS (SELECT pg_notify('ecomctl_search_outbox', '') FROM (SELECT 1 FROM e LIMIT 1) one) \
             SELECT e.order_id, e.seq FROM e LEFT JOIN w ON true",
            &[(&order_ids, Type::INT8_ARRAY)],
        )
        .await?;
    Ok(rows.iter().map(|r| Entry::from_row(r, false)).collect::<Result<_, _>>()?)
}

/// Serialises pushes against the swap of a reindex: a push holds this lock
/// shared (session level) from before it sends until its tasks are recorded;
/// `reindex` takes it exclusively while it re-queues what was sent to the old
/// index and enqueues the swap.
pub(crate) const SEARCH_SWAP_LOCK: i64 = 0x0065_636f_6d73_7761;

/// Takes the shared swap lock for this session, waiting for a swap being
/// enqueued; with `wait = false`, returns whether it was free.
pub(crate) async fn lock_for_push(client: &impl GenericClient, wait: bool) -> DbResult<bool> {
    if wait {
        client.execute("SELECT pg_advisory_lock_shared($1)", &[&SEARCH_SWAP_LOCK]).await?;
        return Ok(true);
    }
    // Typed statements here and below: a writer's push skips the prepare
    // round trip of each (every command is a new session, nothing is cached).
    let rows = client
        .query_typed(
            "SELECT pg_try_advisory_lock_shared($1) AS locked",
            &[(&SEARCH_SWAP_LOCK, Type::INT8)],
        )
        .await?;
    let row = rows.first().ok_or(DbError::NoRow("swap lock answer"))?;
    Ok(decode::column(row, "search_outbox", "locked")?)
}

pub(crate) async fn unlock_push(client: &impl GenericClient) -> DbResult<()> {
    client
        .execute_typed("SELECT pg_advisory_unlock_shared($1)", &[(&SEARCH_SWAP_LOCK, Type::INT8)])
        .await?;
    Ok(())
}

/// An outbox entry: the order and the version (`seq`) of its latest change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) order_id: i64,
    pub(crate) seq: i64,
    /// A task carrying it failed before: send it alone (migration V9).
    pub(crate) alone: bool,
}

impl Entry {
    /// An entry from a row's `order_id` and `seq`.
    fn from_row(row: &Row, alone: bool) -> Result<Entry, DecodeError> {
        let get = |name| decode::column(row, "search_outbox", name);
        Ok(Entry { order_id: get("order_id")?, seq: get("seq")?, alone })
    }
}

/// Claims up to `limit` unsent entries (optionally only for `only` orders),
/// oldest first, that no live pusher holds. Commits at once.
pub(crate) async fn claim(
    client: &impl GenericClient,
    token: i64,
    only: Option<&[i64]>,
    limit: i64,
) -> DbResult<Vec<Entry>> {
    // A writer's own few orders are found by key; `sync` takes the oldest
    // entries by seq. (One statement for both would let the planner walk the
    // seq index for a writer's order: slow when the outbox was just emptied
    // of a large backlog and the index is full of dead entries.)
    let lease = CLAIM_LEASE.as_secs_f64();
    let rows = match only {
        Some(ids) => {
            client
                .query_typed(
                    concat!(
                        "UPDATE search_outbox o \
                         SET claimed_by = $1, claimed_at = now(), claimed_pid = pg_backend_pid() \
                         FROM (SELECT order_id FROM search_outbox \
                               WHERE order_id = ANY($2) AND task_uid IS NULL AND refused IS NULL AND ",
                        claim_free!("$3"),
                        " ORDER BY order_id FOR UPDATE SKIP LOCKED) c \
                         WHERE o.order_id = c.order_id \
                         RETURNING o.order_id, o.seq, o.failures > 0 AS alone"
                    ),
                    &[(&token, Type::INT8), (&ids, Type::INT8_ARRAY), (&lease, Type::FLOAT8)],
                )
                .await?
        }
        None => {
            client
                .query(
                    concat!(
                        "UPDATE search_outbox o \
                         SET claimed_by = $1, claimed_at = now(), claimed_pid = pg_backend_pid() \
                         FROM (SELECT order_id FROM search_outbox \
                               WHERE task_uid IS NULL AND refused IS NULL AND ",
                        claim_free!("$3"),
                        " ORDER BY seq LIMIT $2 FOR UPDATE SKIP LOCKED) c \
                         WHERE o.order_id = c.order_id \
                         RETURNING o.order_id, o.seq, o.failures > 0 AS alone"
                    ),
                    &[&token, &limit, &lease],
                )
                .await?
        }
    };
    let mut claimed: Vec<Entry> = rows
        .iter()
        .map(|r| Entry::from_row(r, decode::column(r, "search_outbox", "alone")?))
        .collect::<Result<_, _>>()?;
    claimed.sort_by_key(|c| c.order_id);
    Ok(claimed)
}

/// Records the tasks that carry the claimed entries and releases the claims.
/// An entry re-enqueued since it was claimed (another `seq`) stays unsent.
pub(crate) async fn mark_sent(
    client: &impl GenericClient,
    token: i64,
    sent: &[(Entry, u32)],
) -> DbResult<()> {
    let by_order = per_order(sent.iter().map(|(c, task)| (c, serde_json::json!(task))));
    settle(client, token, Settled::Sent, &by_order).await
}

/// How claimed entries were settled, and what that sets on each one whose
/// version (`seq`) is still the one claimed (`$3`: `per_order` values).
#[derive(Clone, Copy)]
enum Settled {
    /// Meilisearch accepted a task carrying the document.
    Sent,
    /// Refused for good, with the reason.
    Refused,
}

impl Settled {
    fn assignments(self) -> &'static str {
        match self {
            Settled::Sent => {
                "task_uid = CASE WHEN o.seq = ($3 -> o.order_id::text ->> 0)::bigint \
                                 THEN ($3 -> o.order_id::text ->> 1)::bigint ELSE o.task_uid END, \
                 sent_at = CASE WHEN o.seq = ($3 -> o.order_id::text ->> 0)::bigint \
                                THEN now() ELSE o.sent_at END, \
                 sent_by = CASE WHEN o.seq = ($3 -> o.order_id::text ->> 0)::bigint \
                                THEN $1 ELSE o.sent_by END"
            }
            Settled::Refused => {
                "refused = CASE WHEN o.seq = ($3 -> o.order_id::text ->> 0)::bigint \
                                THEN $3 -> o.order_id::text ->> 1 ELSE o.refused END"
            }
        }
    }
}

/// Settles the claimed entries of `by_order` and releases their claims, in
/// one statement (rows locked in order_id order first).
async fn settle(
    client: &impl GenericClient,
    token: i64,
    settled: Settled,
    by_order: &serde_json::Value,
) -> DbResult<()> {
    let ids: Vec<i64> = by_order
        .as_object()
        .map(|entries| entries.keys().filter_map(|id| id.parse().ok()).collect())
        .unwrap_or_default();
    let sql = format!(
        "WITH locked AS (SELECT order_id FROM search_outbox \
                         WHERE order_id = ANY($2) AND claimed_by = $1 ORDER BY order_id FOR UPDATE) \
         UPDATE search_outbox o \
         SET {}, claimed_by = NULL, claimed_at = NULL, claimed_pid = NULL \
         WHERE o.order_id = ANY($2) AND o.claimed_by = $1 \
           AND (SELECT count(*) FROM locked) >= 0",
        settled.assignments()
    );
    client
        .execute_typed(
            &sql,
            &[(&token, Type::INT8), (&ids, Type::INT8_ARRAY), (by_order, Type::JSONB)],
        )
        .await?;
    Ok(())
}

/// `{"<order id>": [seq, value], …}`: what a statement needs per claimed
/// entry, looked up by the row's own order id. A join with the same pairs
/// (`FROM unnest(…)`) lets the planner loop over every pair for every
/// claimed row when its statistics predate the claims (a nested loop of
/// claims × pairs): seen at minutes for a 10,000-entry batch. A lookup
/// cannot go quadratic, whatever the plan.
fn per_order<'a>(
    entries: impl Iterator<Item = (&'a Entry, serde_json::Value)>,
) -> serde_json::Value {
    let map: serde_json::Map<String, serde_json::Value> = entries
        .map(|(entry, value)| (entry.order_id.to_string(), serde_json::json!([entry.seq, value])))
        .collect();
    serde_json::Value::Object(map)
}

/// Gives back claims after a failed push (`only` these orders, or all of the
/// token's), leaving the entries unsent.
pub(crate) async fn release(
    client: &impl GenericClient,
    token: i64,
    only: Option<&[i64]>,
) -> DbResult<()> {
    client
        .execute(
            "WITH locked AS (SELECT order_id FROM search_outbox \
                             WHERE claimed_by = $1 AND ($2::bigint[] IS NULL OR order_id = ANY($2)) \
                             ORDER BY order_id FOR UPDATE) \
             UPDATE search_outbox o SET claimed_by = NULL, claimed_at = NULL, claimed_pid = NULL \
             WHERE o.claimed_by = $1 AND ($2::bigint[] IS NULL OR o.order_id = ANY($2)) \
               AND (SELECT count(*) FROM locked) >= 0",
            &[&token, &only],
        )
        .await?;
    Ok(())
}

/// Refuses claimed entries for good (their document cannot be indexed),
/// with the reason, and releases the claims. An entry re-enqueued since it
/// was claimed stays a normal unsent entry: its new document may be fine.
pub(crate) async fn refuse(
    client: &impl GenericClient,
    token: i64,
    refused: &[(Entry, String)],
) -> DbResult<()> {
    let by_order = per_order(refused.iter().map(|(e, reason)| (e, serde_json::json!(reason))));
    settle(client, token, Settled::Refused, &by_order).await
}

/// Unsent entries another pusher holds right now (its session alive, its
/// lease running): it is pushing them, so a `sync` that found nothing to
/// claim can say why.
pub(crate) async fn held_elsewhere(client: &impl GenericClient, token: i64) -> DbResult<i64> {
    let lease = CLAIM_LEASE.as_secs_f64();
    let row = client
        .query_one(
            concat!(
                "SELECT count(*) AS held FROM search_outbox \
                 WHERE task_uid IS NULL AND refused IS NULL AND claimed_by <> $1 AND NOT ",
                claim_free!("$2")
            ),
            &[&token, &lease],
        )
        .await?;
    Ok(decode::column(&row, "search_outbox", "held")?)
}

/// Entries refused for good, oldest first: (order id, why).
pub(crate) async fn refused(
    client: &impl GenericClient,
    limit: i64,
) -> DbResult<Vec<(i64, String)>> {
    let rows = client
        .query(
            "SELECT order_id, refused FROM search_outbox WHERE refused IS NOT NULL \
             ORDER BY seq LIMIT $1",
            &[&limit],
        )
        .await?;
    let refusal = |r: &Row| -> DbResult<(i64, String)> {
        Ok((
            decode::column(r, "search_outbox", "order_id")?,
            decode::column(r, "search_outbox", "refused")?,
        ))
    };
    rows.iter().map(refusal).collect()
}
