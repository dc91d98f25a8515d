//! The index itself: create it with ecomctl's settings, say how it stands,
//! compare it with PostgreSQL and repair the drift through the outbox.

use color_eyre::eyre::Result;
use serde::Serialize;

use super::Session;
use crate::db::verifications::{self, LastPass};
use crate::error::{AppError, Missing};
use crate::outbox;
use crate::outbox::drain::{Synced, sync_all};
use crate::rebuild::drift::{self, Comparison, Drift};
use crate::search::{Meili, settings, setup_index};

/// Creates the index if needed and applies the settings; whether it was
/// created.
pub(crate) async fn setup(s: &Session, meili: &Meili) -> Result<bool> {
    Ok(setup_index(meili, &meili.index_name, s.config.meili.searchable).await?)
}

/// How the index and the outbox stand.
#[derive(Debug, Serialize)]
pub(crate) struct Status {
    pub(crate) index: String,
    pub(crate) exists: bool,
    pub(crate) documents: Option<usize>,
    pub(crate) is_indexing: Option<bool>,
    pub(crate) filterable_attributes: Vec<String>,
    pub(crate) sortable_attributes: Vec<String>,
    pub(crate) searchable_attributes: Vec<String>,
    pub(crate) settings_drift: Vec<String>,
    /// Entries not yet accepted by Meilisearch, and the age of the oldest.
    pub(crate) outbox_pending: i64,
    pub(crate) outbox_oldest_age_seconds: Option<f64>,
    /// Entries accepted by Meilisearch (a task uid) but not confirmed yet.
    pub(crate) outbox_sent: i64,
    pub(crate) outbox_sent_oldest_age_seconds: Option<f64>,
    /// Entries whose document Meilisearch cannot take (`ecomctl sync` lists them).
    pub(crate) outbox_refused: i64,
    /// The last full pass of a watcher's verification (`sync --watch`).
    pub(crate) last_verification: Option<LastPass>,
}

pub(crate) async fn status(s: &Session, meili: &Meili) -> Result<Status> {
    let client = s.db().await?;
    let backlog = outbox::backlog(&**client).await?;
    let mut status = Status {
        index: meili.index_name.clone(),
        exists: meili.exists(&meili.index_name).await?,
        documents: None,
        is_indexing: None,
        filterable_attributes: Vec::new(),
        sortable_attributes: Vec::new(),
        searchable_attributes: Vec::new(),
        settings_drift: Vec::new(),
        outbox_pending: backlog.unsent,
        outbox_oldest_age_seconds: backlog.unsent_oldest_age_seconds,
        outbox_sent: backlog.sent,
        outbox_sent_oldest_age_seconds: backlog.sent_oldest_age_seconds,
        outbox_refused: backlog.refused,
        last_verification: verifications::last(&**client, &meili.index_name).await?,
    };
    if status.exists {
        let stats = meili.call(meili.live().get_stats()).await?;
        status.documents = Some(stats.number_of_documents);
        status.is_indexing = Some(stats.is_indexing);
        let current = meili.settings_of(&meili.index_name).await?;
        let wanted = settings::wanted(s.config.meili.searchable, meili.version().await?);
        status.settings_drift = settings::drift(&wanted, &current);
        status.filterable_attributes = settings::filterable(&current["filterableAttributes"]);
        status.sortable_attributes = settings::names(&current["sortableAttributes"]);
        status.searchable_attributes = settings::names(&current["searchableAttributes"]);
    }
    Ok(status)
}

/// Compares the index with PostgreSQL (counts, ids, and the content of
/// `sample` orders); with `repair`, each drifted order is queued as it is
/// found (an entry for an order that is gone makes the push delete its
/// document). Settings that are not ecomctl's are said to the reporter.
/// The drift, and how many orders were queued.
pub(crate) async fn check(
    s: &Session,
    meili: &Meili,
    how: Comparison,
    repair: bool,
) -> Result<(Drift, usize)> {
    if !meili.exists(&meili.index_name).await? {
        return Err(AppError::NotFound(Missing::Index { index: meili.index_name.clone() }).into());
    }
    let settings_drift = meili.settings_drift(&meili.index_name, s.config.meili.searchable).await?;
    if !settings_drift.is_empty() {
        s.reporter().warn(format!(
            "index {}: its settings are not ecomctl's ({}); {}",
            meili.index_name,
            settings_drift.join("; "),
            settings::DRIFT_FIX
        ));
    }
    let client = s.db().await?;
    let mut queued = 0usize;
    let drift = drift::check(&**client, meili, how, async |ids: Vec<i64>| {
        if repair {
            queued += ids.len();
            outbox::enqueue(&**client, &ids).await?;
        }
        Ok(())
    })
    .await?;
    Ok((drift, queued))
}

/// After a check with `repair`: syncs what it queued, then checks again;
/// what the sync did and the drift left.
pub(crate) async fn repair(s: &Session, meili: &Meili, how: Comparison) -> Result<(Synced, Drift)> {
    let client = s.db().await?;
    let synced =
        sync_all(&client, meili, None, s.config.meili.wait_timeout, |_| {}, |_| {}).await?;
    let after = drift::check(&**client, meili, how, async |_| Ok(())).await?;
    Ok((synced, after))
}
