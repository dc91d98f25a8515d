//! `reindex`: the zero-downtime rebuild of the search index (`rebuild/`),
//! with the searchable attributes of the settings, reporting its progress.

use color_eyre::eyre::Result;

use super::Session;
use crate::rebuild::{Options, Summary};
use crate::search::Meili;

/// Rebuilds the index from one snapshot of PostgreSQL (or, `dry_run`, only
/// builds and counts the documents), `batch_documents` per request at most.
pub(crate) async fn reindex(
    s: &Session,
    meili: &Meili,
    batch_documents: u64,
    dry_run: bool,
) -> Result<Summary> {
    let options = Options { batch_documents, dry_run, searchable: s.config.meili.searchable };
    crate::rebuild::reindex(&s.config.database, meili, &options, s.reporter()).await
}
