//! The search outbox at a glance (`outbox.rs` has the protocol): how many
//! entries wait, and since when, for `index status`, `doctor`, the
//! watcher's health and the console.

use tokio_postgres::GenericClient;

use super::DbResult;

/// The outbox at a glance.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub(crate) struct Backlog {
    /// Entries whose document has not been accepted by Meilisearch yet
    /// (refused ones included).
    pub(crate) unsent: i64,
    /// Entries refused for good: their document cannot be indexed.
    pub(crate) refused: i64,
    pub(crate) unsent_oldest_age_seconds: Option<f64>,
    /// Entries accepted by Meilisearch (a task uid) but not confirmed yet.
    pub(crate) sent: i64,
    pub(crate) sent_oldest_age_seconds: Option<f64>,
}

impl Backlog {
    pub(crate) fn total(&self) -> i64 {
        self.unsent + self.sent
    }
}

/// How many entries wait to be sent, counting no further than `bound` (so
/// that asking costs little whatever the backlog).
pub(crate) async fn unsent_up_to(client: &impl GenericClient, bound: i64) -> DbResult<i64> {
    let row = client
        .query_one(
            "SELECT count(*) FROM (SELECT 1 FROM search_outbox \
                                   WHERE task_uid IS NULL AND refused IS NULL LIMIT $1) AS unsent",
            &[&bound],
        )
        .await?;
    Ok(row.get(0))
}

pub(crate) async fn backlog(client: &impl GenericClient) -> DbResult<Backlog> {
    let row = client
        .query_one(
            "SELECT count(*) FILTER (WHERE task_uid IS NULL), \
                    EXTRACT(EPOCH FROM now() - min(enqueued_at) FILTER (WHERE task_uid IS NULL))::float8, \
                    count(*) FILTER (WHERE task_uid IS NOT NULL), \
                    EXTRACT(EPOCH FROM now() - min(sent_at) FILTER (WHERE task_uid IS NOT NULL))::float8, \
                    count(*) FILTER (WHERE refused IS NOT NULL) \
             FROM search_outbox",
            &[],
        )
        .await?;
    Ok(Backlog {
        unsent: row.get(0),
        unsent_oldest_age_seconds: row.get(1),
        sent: row.get(2),
        sent_oldest_age_seconds: row.get(3),
        refused: row.get(4),
    })
}

/// The outbox as the watcher's health sees it: how many entries wait, and
/// how long ago the oldest of each kind was committed (refused entries
/// count apart: they wait for a person, not for the watcher).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Lag {
    pub(crate) unsent: i64,
    pub(crate) unconfirmed: i64,
    pub(crate) refused: i64,
    pub(crate) oldest_unsent_seconds: Option<f64>,
    pub(crate) oldest_unconfirmed_seconds: Option<f64>,
}

pub(crate) async fn lag(client: &impl GenericClient) -> DbResult<Lag> {
    let row = client
        .query_one(
            "SELECT count(*) FILTER (WHERE task_uid IS NULL AND refused IS NULL), \
                    count(*) FILTER (WHERE task_uid IS NOT NULL), \
                    count(*) FILTER (WHERE refused IS NOT NULL), \
                    EXTRACT(EPOCH FROM now() - min(enqueued_at) \
                            FILTER (WHERE task_uid IS NULL AND refused IS NULL))::float8, \
                    EXTRACT(EPOCH FROM now() - min(enqueued_at) FILTER (WHERE task_uid IS NOT NULL))::float8 \
             FROM search_outbox",
            &[],
        )
        .await?;
    Ok(Lag {
        unsent: row.get(0),
        unconfirmed: row.get(1),
        refused: row.get(2),
        oldest_unsent_seconds: row.get(3),
        oldest_unconfirmed_seconds: row.get(4),
    })
}
