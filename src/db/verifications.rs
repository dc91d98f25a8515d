//! The last complete verification pass of each index (migration V13):
//! written by the watcher when a pass ends, read by `index status` and
//! `doctor`, which run in other processes.

use serde::Serialize;
use time::OffsetDateTime;
use tokio_postgres::GenericClient;

use super::decode;
use super::error::DbResult;

/// What one pass compared and found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub(crate) struct PassFindings {
    pub(crate) compared: i64,
    pub(crate) missing: i64,
    pub(crate) extra: i64,
    pub(crate) stale: i64,
    pub(crate) differing: i64,
}

impl PassFindings {
    pub(crate) fn drifted(&self) -> i64 {
        self.missing + self.extra + self.stale + self.differing
    }
}

/// A finished pass, as recorded.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LastPass {
    #[serde(with = "time::serde::rfc3339")]
    pub(crate) finished_at: OffsetDateTime,
    /// Seconds from its end until it was read.
    pub(crate) age_seconds: f64,
    pub(crate) took_seconds: f64,
    #[serde(flatten)]
    pub(crate) found: PassFindings,
}

/// Replaces the index's record with this pass.
pub(crate) async fn record(
    client: &impl GenericClient,
    index: &str,
    took_seconds: f64,
    found: &PassFindings,
) -> DbResult<()> {
    client
        .execute(
            "INSERT INTO search_verifications AS v \
                 (index_name, finished_at, took_seconds, compared, missing, extra, stale, differing) \
             VALUES ($1, now(), $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (index_name) DO UPDATE SET finished_at = now(), \
                 took_seconds = $2, compared = $3, missing = $4, extra = $5, stale = $6, \
                 differing = $7",
            &[
                &index,
                &took_seconds,
                &found.compared,
                &found.missing,
                &found.extra,
                &found.stale,
                &found.differing,
            ],
        )
        .await?;
    Ok(())
}

/// The index's last recorded pass, if any.
pub(crate) async fn last(client: &impl GenericClient, index: &str) -> DbResult<Option<LastPass>> {
    let row = client
        .query_opt(
            "SELECT finished_at, extract(epoch FROM now() - finished_at)::float8 AS age_seconds, \
                    took_seconds, compared, missing, extra, stale, differing \
             FROM search_verifications WHERE index_name = $1",
            &[&index],
        )
        .await?;
    let Some(row) = row else { return Ok(None) };
    let table = "search_verifications";
    let column = |name| decode::column::<i64>(&row, table, name);
    Ok(Some(LastPass {
        finished_at: decode::column(&row, table, "finished_at")?,
        age_seconds: decode::column(&row, table, "age_seconds")?,
        took_seconds: decode::column(&row, table, "took_seconds")?,
        found: PassFindings {
            compared: column("compared")?,
            missing: column("missing")?,
            extra: column("extra")?,
            stale: column("stale")?,
            differing: column("differing")?,
        },
    }))
}
