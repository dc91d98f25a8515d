//! Draining the search outbox: once (`sync`, a job that ends when every
//! entry it saw is confirmed), or for as long as the process runs (`sync
//! --watch`, `watcher.rs`).

use color_eyre::eyre::Result;

use super::Session;
use super::watcher::Watch;
use crate::error::AppError;
use crate::outbox::drain::{Synced, sync_all};
use crate::outbox::push::release_claims;
use crate::report::{Bar, Job};
use crate::search::Meili;
use crate::shutdown::shutdown_signal;

/// One sync: push everything unsent, confirm until every task seen is
/// processed. Ctrl-C gives this process's claims back at once and leaves
/// what was sent queued until confirmed.
pub(crate) async fn once(s: &Session, meili: &Meili, batch_size: Option<i64>) -> Result<Synced> {
    let client = s.db().await?;
    let progress = s.reporter().progress(Job::Sync);
    let synced = tokio::select! {
        synced = sync_all(
            &client,
            meili,
            batch_size,
            s.config.meili.wait_timeout,
            |pushed| progress.advance(Bar::Sent, pushed.total() as u64),
            |_| {},
        ) => synced.map_err(|err| {
            err.wrap_err("sync stopped: entries not confirmed stay queued for the next sync")
        }),
        _ = shutdown_signal() => {
            release_claims(&client).await;
            Err(color_eyre::Report::new(AppError::Interrupted)
                .wrap_err("sync stopped: what was sent stays queued until confirmed by the next sync"))
        }
    };
    progress.finish();
    synced
}

/// `sync --watch`: keeps the index in step until `stop` resolves; what it
/// did in all.
pub(crate) async fn watch(
    s: &Session,
    meili: &Meili,
    batch_size: Option<i64>,
    stop: impl std::future::Future<Output = ()>,
) -> Result<Synced> {
    let watch = Watch {
        pool: s.pool(),
        database: &s.config.database,
        meili,
        batch_size,
        reporter: s.reporter(),
    };
    watch.run(stop).await
}
