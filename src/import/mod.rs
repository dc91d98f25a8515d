//! Bulk import: a streaming source (file or stdin, JSON array or NDJSON,
//! gzip) whose records are validated on a reader thread, feeding a loader
//! that writes by binary COPY and set-based SQL in one transaction.

pub(crate) mod fields;
pub(crate) mod order_record;
pub(crate) mod orders;
pub(crate) mod products;
pub(crate) mod progress;
pub(crate) mod report;
pub(crate) mod source;

use std::path::PathBuf;

use crate::cli::InputFormat;

pub(crate) use crate::cli::OnConflict;

/// How an import runs (from the command's flags and the global settings).
#[derive(Debug, Clone)]
pub(crate) struct ImportOptions {
    pub(crate) format: InputFormat,
    pub(crate) on_conflict: OnConflict,
    pub(crate) skip_invalid: bool,
    pub(crate) rejects: Option<PathBuf>,
    pub(crate) dry_run: bool,
    pub(crate) max_errors: usize,
    /// The CSV field separator.
    pub(crate) delimiter: u8,
    pub(crate) progress: bool,
    /// Orders only: do not take stock (historical loads).
    pub(crate) no_stock: bool,
    /// `-v`: report how long each phase took.
    pub(crate) verbose: bool,
    /// Who imports, and what they import (the file name, "-" for stdin,
    /// or "demo data"): recorded in the import's history event.
    pub(crate) actor: crate::db::history::Actor,
    pub(crate) source: String,
}

/// Reserves `n` ids from a sequence in one round trip, in ascending order
/// when popped. `sequence` must be a connection other than the one running
/// the COPY (sequences are not transactional, so that is safe).
pub(crate) async fn allocate_ids(
    sequence: &tokio_postgres::Client,
    name: &str,
    n: usize,
) -> color_eyre::eyre::Result<Vec<i64>> {
    let rows = sequence
        .query(
            "SELECT nextval($1::text::regclass) FROM generate_series(1, $2::bigint)",
            &[&name, &(n as i64)],
        )
        .await?;
    let mut ids: Vec<i64> = rows.iter().map(|r| r.get(0)).collect();
    ids.reverse();
    Ok(ids)
}

/// Moves `table`'s id sequence past the largest id, which records with
/// explicit ids (an export being re-imported) may have taken.
pub(crate) async fn advance_sequence(
    tx: &tokio_postgres::Transaction<'_>,
    table: &str,
) -> color_eyre::eyre::Result<()> {
    tx.execute(
        &format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'),
                    GREATEST((SELECT max(id) FROM {table}),
                             (SELECT last_value FROM {table}_id_seq)))"
        ),
        &[],
    )
    .await?;
    Ok(())
}
