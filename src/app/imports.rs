//! Imports: a streaming source loaded in one transaction (`import/`), on
//! two connections (one runs the COPY, the other draws ids), and for
//! orders the push of what they queued.

use color_eyre::eyre::{Result, WrapErr};

use super::Session;
use crate::import::report::Report;
use crate::import::source::Input;
use crate::import::{self, ImportOptions};
use crate::outbox::drain::{Synced, sync_all};
use crate::report::Reporter;

/// What an import that failed part-way left behind: it is one transaction.
const NOT_COMMITTED: &str = "the import was not committed: nothing was written";

pub(crate) async fn products(
    s: &Session,
    input: Input,
    options: &ImportOptions,
    reporter: &dyn Reporter,
) -> Result<Report> {
    let mut client = s.db().await?;
    let sequence = s.db().await?;
    import::products::import(&mut client, &sequence, input, options, reporter)
        .await
        .wrap_err(NOT_COMMITTED)
}

pub(crate) async fn orders(
    s: &Session,
    input: Input,
    options: &ImportOptions,
    reporter: &dyn Reporter,
) -> Result<Report> {
    let mut client = s.db().await?;
    let sequence = s.db().await?;
    import::orders::import(&mut client, &sequence, input, options, reporter)
        .await
        .wrap_err(NOT_COMMITTED)
}

/// After an orders import: pushes what it queued (with the rest of the
/// outbox) and waits until Meilisearch has indexed it.
pub(crate) async fn push_imported(s: &Session) -> Result<Synced> {
    let client = s.db().await?;
    let meili = s.meili()?;
    sync_all(&client, &meili, None, s.config.meili.wait_timeout, |_| {}, |_| {}).await
}
