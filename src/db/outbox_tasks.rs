//! The outbox's sent entries and their tasks (see `outbox.rs` for the
//! protocol): which tasks are waiting, confirming the succeeded ones
//! (recording the version each confirmed), and putting back the entries of
//! tasks that failed or were not the ones sent.

use std::time::Duration;

use tokio_postgres::GenericClient;
use tokio_postgres::types::Type;

use super::DbResult;
use super::decode::{self, DecodeError};

/// How many times an entry's own task (it alone) may fail before the entry
/// is refused for good.
pub(crate) const MAX_FAILURES: i32 = 3;

/// Distinct task uids of sent entries (optionally only for `only` orders),
/// sent at least `min_age` ago, oldest first.
pub(crate) async fn sent_tasks(
    client: &impl GenericClient,
    only: Option<&[i64]>,
    min_age: Duration,
    limit: i64,
) -> DbResult<Vec<u32>> {
    let rows = client
        .query_typed(
            "SELECT DISTINCT task_uid FROM search_outbox \
             WHERE task_uid IS NOT NULL AND ($1::bigint[] IS NULL OR order_id = ANY($1)) \
               AND sent_at <= now() - make_interval(secs => $2) \
             ORDER BY task_uid LIMIT $3",
            &[
                (&only, Type::INT8_ARRAY),
                (&min_age.as_secs_f64(), Type::FLOAT8),
                (&limit, Type::INT8),
            ],
        )
        .await?;
    let tasks: Vec<i64> = decode::column_of_each(&rows, "search_outbox", "task_uid")?;
    Ok(tasks.into_iter().map(|t| t as u32).collect())
}

/// Where one order's entry stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EntryState {
    pub(crate) order_id: i64,
    pub(crate) task_uid: Option<u32>,
    /// Refused for good, and why.
    pub(crate) refused: Option<String>,
}

/// The state of these orders' entries; an order without an entry is in
/// step (or its entry was confirmed).
pub(crate) async fn entries_of(
    client: &impl GenericClient,
    order_ids: &[i64],
) -> DbResult<Vec<EntryState>> {
    let rows = client
        .query(
            "SELECT order_id, task_uid, refused FROM search_outbox WHERE order_id = ANY($1) \
             ORDER BY order_id",
            &[&order_ids],
        )
        .await?;
    Ok(rows
        .iter()
        .map(|r| {
            let task_uid: Option<i64> = decode::column(r, "search_outbox", "task_uid")?;
            Ok(EntryState {
                order_id: decode::column(r, "search_outbox", "order_id")?,
                task_uid: task_uid.map(|t| t as u32),
                refused: decode::column(r, "search_outbox", "refused")?,
            })
        })
        .collect::<Result<_, DecodeError>>()?)
}

/// Deletes the entries carried by tasks Meilisearch reports `succeeded`,
/// recording the version each confirmed (`search_versions`; an order that
/// is gone loses its version).
/// During a rebuild of `index_name`, also records them for the rebuild to
/// replay (they reached the old index). Returns, for each entry cleared,
/// the seconds since it was committed (the lag from commit to searchable).
pub(crate) async fn confirm(
    client: &impl GenericClient,
    succeeded: &[u32],
    index_name: &str,
) -> DbResult<Vec<f64>> {
    let tasks: Vec<i64> = succeeded.iter().map(|t| i64::from(*t)).collect();
    let rows = client
        .query_typed(
            "WITH locked AS (SELECT order_id FROM search_outbox WHERE task_uid = ANY($1) \
                             ORDER BY order_id FOR UPDATE), \
                  cleared AS (DELETE FROM search_outbox o \
                              WHERE o.task_uid = ANY($1) AND (SELECT count(*) FROM locked) >= 0 \
                              RETURNING o.order_id, o.seq, \
                                        EXTRACT(EPOCH FROM clock_timestamp() - o.enqueued_at)::float8 AS lag), \
                  gone AS (SELECT c.order_id FROM cleared c \
                           WHERE NOT EXISTS (SELECT 1 FROM orders WHERE id = c.order_id)), \
                  confirmed AS (INSERT INTO search_versions (order_id, version) \
                                SELECT c.order_id, c.seq FROM cleared c \
                                WHERE c.order_id NOT IN (SELECT order_id FROM gone) ORDER BY c.order_id \
                                ON CONFLICT (order_id) DO UPDATE \
                                SET version = GREATEST(search_versions.version, EXCLUDED.version)), \
                  forgotten AS (DELETE FROM search_versions v USING gone g WHERE v.order_id = g.order_id), \
                  replay AS (INSERT INTO search_replay (rebuild_id, order_id) \
                             SELECT r.id, c.order_id FROM cleared c CROSS JOIN search_rebuilds r \
                             WHERE r.index_name = $2 ON CONFLICT DO NOTHING) \
             SELECT lag FROM cleared",
            &[(&tasks, Type::INT8_ARRAY), (&index_name, Type::TEXT)],
        )
        .await?;
    Ok(decode::column_of_each(&rows, "search_outbox", "lag")?)
}

/// Puts entries back to unsent whose task is not the one they were sent
/// with, without counting a failure (their documents were never refused,
/// only never confirmed): for `(uid, None)` every entry carrying that uid
/// (a task another server answered for, or one a wiped server no longer
/// knows); for `(uid, Some(pusher))` those not sent by that pusher (the uid
/// is shared by entries pushed to different servers). Returns the uids
/// whose entries were put back.
pub(crate) async fn forget(
    client: &impl GenericClient,
    tasks: &[(u32, Option<i64>)],
) -> DbResult<Vec<u32>> {
    let uids: Vec<i64> = tasks.iter().map(|(t, _)| i64::from(*t)).collect();
    let pushers: Vec<Option<i64>> = tasks.iter().map(|(_, p)| *p).collect();
    let rows = client
        .query_typed(
            "WITH t AS (SELECT * FROM unnest($1::bigint[], $2::bigint[]) AS t(task_uid, pusher)), \
                  locked AS (SELECT order_id FROM search_outbox WHERE task_uid = ANY($1) \
                             ORDER BY order_id FOR UPDATE) \
             UPDATE search_outbox o SET task_uid = NULL, sent_at = NULL, sent_by = NULL \
             FROM t \
             WHERE o.task_uid = t.task_uid \
               AND (t.pusher IS NULL OR o.sent_by IS DISTINCT FROM t.pusher) \
               AND (SELECT count(*) FROM locked) >= 0 \
             RETURNING t.task_uid",
            &[(&uids, Type::INT8_ARRAY), (&pushers, Type::INT8_ARRAY)],
        )
        .await?;
    let mut forgotten: Vec<i64> = decode::column_of_each(&rows, "search_outbox", "task_uid")?;
    forgotten.sort_unstable();
    forgotten.dedup();
    Ok(forgotten.into_iter().map(|t| t as u32).collect())
}

/// Puts the entries of failed, canceled or unknown tasks back to unsent,
/// counting the failure: from now on each is sent alone, and one whose own
/// task has failed `MAX_FAILURES` times is refused with the engine's message.
pub(crate) async fn resend(client: &impl GenericClient, failed: &[(u32, String)]) -> DbResult<u64> {
    let tasks: Vec<i64> = failed.iter().map(|(t, _)| i64::from(*t)).collect();
    let messages: Vec<&str> = failed.iter().map(|(_, m)| m.as_str()).collect();
    Ok(client
        .execute(
            "WITH f AS (SELECT * FROM unnest($1::bigint[], $2::text[]) AS f(task_uid, message)), \
                  carried AS (SELECT task_uid, count(*) AS n FROM search_outbox \
                              WHERE task_uid = ANY($1) GROUP BY task_uid), \
                  locked AS (SELECT order_id FROM search_outbox WHERE task_uid = ANY($1) \
                             ORDER BY order_id FOR UPDATE) \
             UPDATE search_outbox o \
             SET task_uid = NULL, sent_at = NULL, sent_by = NULL, failures = o.failures + 1, \
                 refused = CASE WHEN c.n = 1 AND o.failures + 1 >= $3 \
                                THEN 'Meilisearch failed its task ' || ($3)::text || ' times: ' || f.message END \
             FROM f JOIN carried c USING (task_uid) \
             WHERE o.task_uid = f.task_uid AND (SELECT count(*) FROM locked) >= 0",
            &[&tasks, &messages, &MAX_FAILURES],
        )
        .await?)
}
