//! The embedded SQL migrations (`migrations/V<n>__<name>.sql`) and how they are
//! applied. refinery takes no lock of its own, so concurrent `ecomctl migrate`
//! runs are serialised with a session advisory lock on the same connection.

use color_eyre::eyre::{Result, WrapErr};
use time::OffsetDateTime;
use tokio_postgres::Client;

use super::DbError;
use super::decode;

refinery::embed_migrations!("migrations");

/// An arbitrary constant shared by every ecomctl process ("ecomctl" in ASCII).
const MIGRATION_LOCK: i64 = 0x0065_636f_6d63_746c;

/// One migration and whether it has been applied to the database.
#[derive(Debug, serde::Serialize)]
pub(crate) struct MigrationStatus {
    pub(crate) version: i32,
    pub(crate) name: String,
    #[serde(with = "time::serde::rfc3339::option")]
    pub(crate) applied_on: Option<OffsetDateTime>,
}

/// The schema version this binary expects: its newest embedded migration.
pub(crate) fn expected_version() -> i32 {
    migrations::runner().get_migrations().iter().map(|m| m.version()).max().unwrap_or(0)
}

/// Applies every pending migration; returns the ones applied by this run.
pub(crate) async fn apply(client: &mut Client) -> Result<Vec<MigrationStatus>> {
    client
        .execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
        .await
        .wrap_err("could not take the migration lock")?;
    let report = migrations::runner().run_async(client).await;
    // Release even when the run failed; a failed unlock only matters if the
    // connection survives, and then the error above is the one to report.
    let _ = client.execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK]).await;
    let report = report.wrap_err("a migration failed")?;
    Ok(report
        .applied_migrations()
        .iter()
        .map(|m| MigrationStatus {
            version: m.version(),
            name: m.name().to_owned(),
            applied_on: Some(m.applied_on().copied().unwrap_or_else(OffsetDateTime::now_utc)),
        })
        .collect())
}

/// Every embedded migration with its applied time, if applied.
pub(crate) async fn status(client: &mut Client) -> Result<Vec<MigrationStatus>> {
    let runner = migrations::runner();
    let row = client
        .query_one(
            "SELECT to_regclass('refinery_schema_history') IS NOT NULL AS history_exists",
            &[],
        )
        .await?;
    let history_exists: bool =
        decode::column(&row, "refinery_schema_history", "history_exists").map_err(DbError::from)?;
    let applied = if history_exists {
        runner
            .get_applied_migrations_async(client)
            .await
            .wrap_err("could not read the migration history")?
    } else {
        Vec::new()
    };
    let mut statuses: Vec<MigrationStatus> = runner
        .get_migrations()
        .iter()
        .map(|m| MigrationStatus {
            version: m.version(),
            name: m.name().to_owned(),
            applied_on: applied
                .iter()
                .find(|a| a.version() == m.version())
                .and_then(|a| a.applied_on().copied()),
        })
        .collect();
    // Embedded in file-name order (V10 before V2): listed by version.
    statuses.sort_by_key(|s| s.version);
    Ok(statuses)
}
