//! Draining the search outbox: once (`sync`, a job that ends when every
//! entry it saw is confirmed), or for as long as the process runs (`sync
//! --watch`, `watcher.rs`).

use std::convert::Infallible;
use std::time::Duration;

use color_eyre::eyre::Result;

use super::Session;
use super::verify::{Passes, Verify};
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

/// How `sync --watch` verifies the index beside pushing (`verify.rs`).
pub(crate) struct Verification<'a> {
    /// Documents compared a second, at most (more than 0).
    pub(crate) rate: u32,
    /// A new pass starts at most this often.
    pub(crate) every: Duration,
    /// When the last pass ended, for `/readyz`.
    pub(crate) passes: &'a Passes,
}

/// `sync --watch`: keeps the index in step until `stop` resolves, and
/// verifies it all along unless `verification` is `None`; what it did in
/// all.
pub(crate) async fn watch(
    s: &Session,
    meili: &Meili,
    batch_size: Option<i64>,
    verification: Option<Verification<'_>>,
    stop: impl std::future::Future<Output = ()>,
) -> Result<Synced> {
    let watch = Watch {
        pool: s.pool(),
        database: &s.config.database,
        meili,
        batch_size,
        reporter: s.reporter(),
    };
    let verify = async {
        match verification {
            Some(Verification { rate, every, passes }) => {
                let verify = Verify {
                    pool: s.pool(),
                    database: &s.config.database,
                    meili,
                    rate,
                    every,
                    reporter: s.reporter(),
                    passes,
                };
                verify.run().await
            }
            None => std::future::pending::<Infallible>().await,
        }
    };
    // Verification never ends by itself: it stops with the watcher.
    tokio::select! {
        total = watch.run(stop) => total,
        never = verify => match never {},
    }
}
