//! Meilisearch: a thin client over the SDK (timeouts, bounded answers,
//! typed errors), the order documents and their request bodies, the index
//! settings, filters and queries. What is sent when is the outbox's
//! business (`outbox/`), rebuilding the index the rebuild's (`rebuild/`).

pub(crate) mod batch;
pub(crate) mod client;
pub(crate) mod connection;
pub(crate) mod document;
pub(crate) mod engine_progress;
pub(crate) mod filter;
pub(crate) mod http;
pub(crate) mod push_request;
pub(crate) mod query;
pub(crate) mod settings;
pub(crate) mod tasks;
pub(crate) mod version;

pub(crate) use client::Meili;

use std::time::Duration;

use crate::domain::Searchable;
use crate::error::AppError;

/// How long applying settings or creating an index may take.
pub(crate) const ADMIN_TASK_TIMEOUT: Duration = Duration::from_secs(120);

/// Creates `uid` if it does not exist, applies ecomctl's settings and waits
/// for both. Returns whether the index was created.
pub(crate) async fn setup_index(
    meili: &Meili,
    uid: &str,
    mode: Searchable,
) -> Result<bool, AppError> {
    let created = if meili.exists(uid).await? {
        false
    } else {
        let task =
            meili.call(meili.client().create_index(uid, Some(settings::PRIMARY_KEY))).await?;
        // Another process may have created it meanwhile; that is fine.
        match meili.wait(&task, ADMIN_TASK_TIMEOUT).await {
            Ok(()) => true,
            Err(_) if meili.exists(uid).await? => false,
            Err(err) => return Err(err),
        }
    };
    let task = meili.apply_settings(uid, mode).await?;
    meili.wait_uids(&[task], ADMIN_TASK_TIMEOUT).await?;
    Ok(created)
}
