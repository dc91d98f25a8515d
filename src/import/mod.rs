//! Bulk import: a streaming source (file or stdin, JSON array or NDJSON,
//! gzip) whose records are validated on a reader thread, feeding a loader
//! that writes by binary COPY and set-based SQL in one transaction.

pub(crate) mod batch;
pub(crate) mod csv_source;
pub(crate) mod id_list;
pub(crate) mod json_array;
pub(crate) mod order_record;
pub(crate) mod orders;
pub(crate) mod products;
pub(crate) mod record;
pub(crate) mod report;
pub(crate) mod source;

use std::path::PathBuf;

use crate::domain::InputFormat;

pub(crate) use crate::domain::OnConflict;

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
    /// Orders only: do not take stock (historical loads).
    pub(crate) no_stock: bool,
    /// Who imports, and what they import (the file name, "-" for stdin,
    /// or "demo data"): recorded in the import's history event.
    pub(crate) actor: crate::db::history::Actor,
    pub(crate) source: String,
}

/// Ends an import that is refused (or could not go on): the transaction
/// rolled back — nothing is written — and the rejects file completed, since
/// the refused records are what it is for.
pub(crate) async fn abandon(
    tx: tokio_postgres::Transaction<'_>,
    rejects: report::Rejects,
) -> std::io::Result<()> {
    tx.rollback().await.ok();
    rejects.finish()
}

/// Ends an import that got through: the rejects file completed; nothing
/// kept for a dry run, or when records were refused without
/// `--skip-invalid`; otherwise the table's id sequence moved past the ids
/// the records brought — only now, as setval is not transactional — and one
/// commit.
pub(crate) async fn conclude(
    tx: tokio_postgres::Transaction<'_>,
    rejects: report::Rejects,
    report: &mut report::Report,
    options: &ImportOptions,
    table: crate::db::ids::IdTable,
) -> color_eyre::eyre::Result<()> {
    rejects.finish()?;
    if options.dry_run || (report.failed > 0 && !options.skip_invalid) {
        tx.rollback().await?;
        return Ok(());
    }
    crate::db::ids::advance(&tx, table).await?;
    tx.commit().await?;
    report.committed = true;
    Ok(())
}
