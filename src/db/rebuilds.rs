//! What a reindex registers in PostgreSQL (docs/search.md, migration V2):
//! its lock, its registration (so entries confirmed during the rebuild are
//! kept for replay), the hand-over at the swap and the clean-up after it.
//! The swap lock itself is shared with the outbox pushers (`outbox.rs`).

use tokio_postgres::GenericClient;

use super::DbResult;
use super::decode;
use super::outbox::{SEARCH_SWAP_LOCK, WAKE_SYNC};

/// One reindex per index at a time: tries the index's reindex lock for this
/// session (it dies with the process); false when another holds it.
pub(crate) async fn try_lock_reindex(client: &impl GenericClient, index: &str) -> DbResult<bool> {
    let key = format!("ecomctl-reindex:{index}");
    let row = client
        .query_one("SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked", &[&key])
        .await?;
    Ok(decode::column(&row, "search_rebuilds", "locked")?)
}

/// Takes the swap lock exclusively: waits for pushes in progress to record
/// their tasks, and holds new ones off, until `unlock_swap`.
pub(crate) async fn lock_swap(client: &impl GenericClient) -> DbResult<()> {
    client.execute("SELECT pg_advisory_lock($1)", &[&SEARCH_SWAP_LOCK]).await?;
    Ok(())
}

pub(crate) async fn unlock_swap(client: &impl GenericClient) -> DbResult<()> {
    client.execute("SELECT pg_advisory_unlock($1)", &[&SEARCH_SWAP_LOCK]).await?;
    Ok(())
}

/// Rebuilds registered longer ago than `hours` (a reindex that was killed).
pub(crate) async fn stale_rebuilds(client: &impl GenericClient, hours: i32) -> DbResult<i64> {
    let row = client
        .query_one(
            "SELECT count(*) AS stale FROM search_rebuilds \
             WHERE started_at < now() - make_interval(hours => $1)",
            &[&hours],
        )
        .await?;
    Ok(decode::column(&row, "search_rebuilds", "stale")?)
}

/// Registers a rebuild of `index_name`: from now on, entries confirmed are
/// recorded for it to replay. Drops registrations left by a killed rebuild.
pub(crate) async fn register_rebuild(
    client: &impl GenericClient,
    index_name: &str,
) -> DbResult<i64> {
    client.execute("DELETE FROM search_rebuilds WHERE index_name = $1", &[&index_name]).await?;
    let row = client
        .query_one(
            "INSERT INTO search_rebuilds (index_name) VALUES ($1) RETURNING id",
            &[&index_name],
        )
        .await?;
    Ok(decode::column(&row, "search_rebuilds", "id")?)
}

pub(crate) async fn drop_rebuild(client: &impl GenericClient, rebuild_id: i64) -> DbResult<()> {
    client.execute("DELETE FROM search_rebuilds WHERE id = $1", &[&rebuild_id]).await?;
    Ok(())
}

/// Entries `(order_id, seq)` visible in a snapshot: the rebuilt index reflects
/// them, so after the swap they can be cleared unless re-enqueued since.
pub(crate) async fn snapshot_entries(
    client: &impl GenericClient,
) -> DbResult<(Vec<i64>, Vec<i64>)> {
    let rows = client.query("SELECT order_id, seq FROM search_outbox", &[]).await?;
    let order_ids = decode::column_of_each(&rows, "search_outbox", "order_id")?;
    Ok((order_ids, decode::column_of_each(&rows, "search_outbox", "seq")?))
}

/// Just before the swap (under the exclusive swap lock, in one transaction):
/// everything sent to the old index whose confirmation is pending, and
/// everything confirmed during the rebuild, becomes unsent again, so it is
/// pushed to the new index; the registration ends. Durable before the swap:
/// if the swap then fails these are only pushed twice. `client` must not be
/// in a transaction (this is one).
pub(crate) async fn requeue_for_swap(
    client: &tokio_postgres::Client,
    rebuild_id: i64,
) -> DbResult<u64> {
    super::session::transaction(client, async |tx| requeue(tx, rebuild_id).await).await
}

async fn requeue(client: &impl GenericClient, rebuild_id: i64) -> DbResult<u64> {
    let sent = client
        .execute(
            "WITH locked AS (SELECT order_id FROM search_outbox WHERE task_uid IS NOT NULL \
                             ORDER BY order_id FOR UPDATE) \
             UPDATE search_outbox o SET task_uid = NULL, sent_at = NULL \
             WHERE o.task_uid IS NOT NULL AND (SELECT count(*) FROM locked) >= 0",
            &[],
        )
        .await?;
    let replayed = client
        .execute(
            "INSERT INTO search_outbox (order_id) \
             SELECT order_id FROM search_replay WHERE rebuild_id = $1 ORDER BY order_id \
             ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')",
            &[&rebuild_id],
        )
        .await?;
    client.batch_execute(&format!("SELECT {WAKE_SYNC}")).await?;
    drop_rebuild(client, rebuild_id).await?;
    Ok(sent + replayed)
}

/// After a successful swap: clears the entries the snapshot covered, unless
/// they changed since.
pub(crate) async fn clear_covered(
    client: &impl GenericClient,
    covered: &(Vec<i64>, Vec<i64>),
) -> DbResult<u64> {
    Ok(client
        .execute(
            "WITH s AS (SELECT * FROM unnest($1::bigint[], $2::bigint[]) AS s(order_id, seq)), \
                  locked AS (SELECT o.order_id FROM search_outbox o JOIN s USING (order_id) \
                             WHERE o.seq = s.seq AND o.claimed_by IS NULL \
                             ORDER BY o.order_id FOR UPDATE OF o) \
             DELETE FROM search_outbox o USING s \
             WHERE o.order_id = s.order_id AND o.seq = s.seq AND o.claimed_by IS NULL \
               AND (SELECT count(*) FROM locked) >= 0",
            &[&covered.0, &covered.1],
        )
        .await?)
}
