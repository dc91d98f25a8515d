//! The search outbox at a glance (`outbox.rs` has the protocol): how many
//! entries wait, and since when, for `index status`, `doctor`, the
//! watcher's health and the console.

use tokio_postgres::GenericClient;

use super::DbResult;
use super::decode;

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
            "SELECT count(*) AS unsent FROM (SELECT 1 FROM search_outbox \
                                   WHERE task_uid IS NULL AND refused IS NULL LIMIT $1) AS unsent",
            &[&bound],
        )
        .await?;
    Ok(decode::column(&row, "search_outbox", "unsent")?)
}

pub(crate) async fn backlog(client: &impl GenericClient) -> DbResult<Backlog> {
    let row = client
        .query_one(
            "SELECT count(*) FILTER (WHERE task_uid IS NULL) AS unsent, \
                    EXTRACT(EPOCH FROM now() - min(enqueued_at) FILTER (WHERE task_uid IS NULL))::float8 \
                        AS unsent_oldest_age_seconds, \
                    count(*) FILTER (WHERE task_uid IS NOT NULL) AS sent, \
                    EXTRACT(EPOCH FROM now() - min(sent_at) FILTER (WHERE task_uid IS NOT NULL))::float8 \
                        AS sent_oldest_age_seconds, \
                    count(*) FILTER (WHERE refused IS NOT NULL) AS refused \
             FROM search_outbox",
            &[],
        )
        .await?;
    let count = |name| decode::column(&row, "search_outbox", name);
    let age = |name| decode::column(&row, "search_outbox", name);
    Ok(Backlog {
        unsent: count("unsent")?,
        unsent_oldest_age_seconds: age("unsent_oldest_age_seconds")?,
        sent: count("sent")?,
        sent_oldest_age_seconds: age("sent_oldest_age_seconds")?,
        refused: count("refused")?,
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
            "SELECT count(*) FILTER (WHERE task_uid IS NULL AND refused IS NULL) AS unsent, \
                    count(*) FILTER (WHERE task_uid IS NOT NULL) AS unconfirmed, \
                    count(*) FILTER (WHERE refused IS NOT NULL) AS refused, \
                    EXTRACT(EPOCH FROM now() - min(enqueued_at) \
                            FILTER (WHERE task_uid IS NULL AND refused IS NULL))::float8 \
                        AS oldest_unsent_seconds, \
                    EXTRACT(EPOCH FROM now() - min(enqueued_at) FILTER (WHERE task_uid IS NOT NULL))::float8 \
                        AS oldest_unconfirmed_seconds \
             FROM search_outbox",
            &[],
        )
        .await?;
    let count = |name| decode::column(&row, "search_outbox", name);
    let age = |name| decode::column(&row, "search_outbox", name);
    Ok(Lag {
        unsent: count("unsent")?,
        unconfirmed: count("unconfirmed")?,
        refused: count("refused")?,
        oldest_unsent_seconds: age("oldest_unsent_seconds")?,
        oldest_unconfirmed_seconds: age("oldest_unconfirmed_seconds")?,
    })
}
