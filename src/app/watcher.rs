//! `sync --watch`: keep the search index in step until stopped. Push what
//! is unsent, confirm what finished, then sleep until a NOTIFY (or, while
//! tasks are pending, a short interval). Every step races the shutdown
//! signal, so a stop takes effect within moments whatever the watcher is
//! doing; what was sent and not yet confirmed stays queued. Any failure —
//! PostgreSQL or Meilisearch down — is reported once per outage and retried
//! with backoff; the outbox is rescanned after every reconnect, so nothing
//! written meanwhile is missed.

use std::time::Duration;

use color_eyre::eyre::Result;
use deadpool_postgres::Pool;

use super::backoff::Backoff;
use crate::db::connection::DatabaseConfig;
use crate::db::listen::Listener;
use crate::outbox::drain::{Pass, Synced};
use crate::outbox::push::release_claims;
use crate::report::{Fields, Level, Reporter};
use crate::search::Meili;
use crate::telemetry;

/// The channel the outbox trigger notifies.
const CHANNEL: &str = "ecomctl_search_outbox";

/// Even without notifications, rescan this often (a safety net, not polling).
const RESCAN_EVERY: Duration = Duration::from_secs(60);

/// What the watcher needs: where PostgreSQL is (a pool for the work, the
/// settings for the LISTEN connection), Meilisearch, and where to report.
pub(crate) struct Watch<'a> {
    pub(crate) pool: &'a Pool,
    pub(crate) database: &'a DatabaseConfig,
    pub(crate) meili: &'a Meili,
    /// Orders per request (`--batch-size`); `None`: see `push::push_all`.
    pub(crate) batch_size: Option<i64>,
    pub(crate) reporter: &'a dyn Reporter,
}

/// How often `--watch` re-checks tasks it is waiting for.
const CONFIRM_EVERY: Duration = Duration::from_millis(250);

impl Watch<'_> {
    /// Runs until `stop` resolves (Ctrl-C or SIGTERM); returns what it did
    /// in all.
    pub(crate) async fn run(&self, stop: impl std::future::Future<Output = ()>) -> Result<Synced> {
        let mut shutdown = std::pin::pin!(stop);
        let mut backoff = Backoff::default();
        let mut total = Synced::default();
        self.reporter.info("watching the outbox (Ctrl-C to stop)");
        loop {
            let mut listener = tokio::select! {
                _ = shutdown.as_mut() => break,
                listener = self.listen() => match listener {
                    Ok(listener) => listener,
                    Err(err) => {
                        self.reporter.warn(format!("cannot listen for changes: {err:#}; retrying"));
                        if wait_or_shutdown(&mut shutdown, backoff.next()).await {
                            break;
                        }
                        continue;
                    }
                },
            };
            // Connected: push and confirm, then wait for the next notification.
            loop {
                let client = tokio::select! {
                    _ = shutdown.as_mut() => return Ok(total),
                    client = crate::db::connect(self.pool, self.database) => client,
                };
                let client = match client {
                    Ok(client) => client,
                    Err(err) => {
                        if !backoff.failing() {
                            self.reporter
                                .warn(format!("sync failed: {err:#}; retrying with backoff"));
                        }
                        if wait_or_shutdown(&mut shutdown, backoff.next()).await {
                            return Ok(total);
                        }
                        continue;
                    }
                };
                let pass = tokio::select! {
                    _ = shutdown.as_mut() => {
                        release_claims(&client).await;
                        return Ok(total);
                    }
                    pass = crate::outbox::drain::pass(&client, self.meili, self.batch_size) => pass,
                };
                let waiting = match pass {
                    Ok(pass) => {
                        if backoff.failing() {
                            self.reporter.info("sync recovered");
                            telemetry::metrics::reconnected();
                        }
                        backoff.reset();
                        self.report(&pass);
                        total.upserted += pass.pushed.upserted;
                        total.deleted += pass.pushed.deleted;
                        total.confirmed += pass.cleared;
                        pass.waiting
                    }
                    Err(err) => {
                        if !backoff.failing() {
                            self.reporter
                                .warn(format!("sync failed: {err:#}; retrying with backoff"));
                        }
                        if wait_or_shutdown(&mut shutdown, backoff.next()).await {
                            release_claims(&client).await;
                            return Ok(total);
                        }
                        continue;
                    }
                };
                drop(client);
                // Tasks still processing (or failed entries to resend): look
                // again soon; otherwise sleep until something is enqueued.
                let idle = if waiting { CONFIRM_EVERY } else { RESCAN_EVERY };
                tokio::select! {
                    _ = shutdown.as_mut() => return Ok(total),
                    message = listener.payloads.recv() => match message {
                        Some(_) => {
                            // Many changes wake the watcher once.
                            while listener.payloads.try_recv().is_ok() {}
                        }
                        None => {
                            self.reporter.warn("lost the PostgreSQL notification connection; reconnecting");
                            telemetry::metrics::reconnected();
                            break;
                        }
                    },
                    _ = tokio::time::sleep(idle) => {}
                }
            }
            if wait_or_shutdown(&mut shutdown, backoff.next()).await {
                break;
            }
        }
        Ok(total)
    }

    async fn listen(&self) -> Result<Listener> {
        crate::db::listen::listen(self.database, CHANNEL).await
    }

    /// Says what a pass did, when it did something.
    fn report(&self, pass: &Pass) {
        if pass.pushed.total() > 0 || pass.cleared > 0 {
            let fields = Fields {
                index: Some(&self.meili.index_name),
                batch_size: self.batch_size.map(|size| size as u64),
                documents: Some(pass.pushed.upserted as u64),
                deletions: Some(pass.pushed.deleted as u64),
                confirmed: Some(pass.cleared as u64),
                duration_ms: Some(pass.took.as_millis() as u64),
                ..Fields::default()
            };
            self.reporter.note(
                Level::Info,
                &format!(
                    "pushed {} order(s) ({} written, {} deleted), {} confirmed",
                    pass.pushed.total(),
                    pass.pushed.upserted,
                    pass.pushed.deleted,
                    pass.cleared
                ),
                &fields,
            );
        }
        for entry in &pass.refused {
            self.reporter.warn(entry.warning());
        }
        for (uid, message) in &pass.failed {
            self.reporter.warn(format!(
                "Meilisearch task {uid} failed: {message}; its orders are queued again"
            ));
        }
        for (uid, why) in &pass.not_ours {
            self.reporter.warn(format!(
                "Meilisearch task {uid} is not the one sent ({why}); its orders are queued again"
            ));
        }
    }
}

/// Sleeps, unless shutdown comes first; returns true on shutdown.
async fn wait_or_shutdown(
    shutdown: &mut std::pin::Pin<&mut impl std::future::Future<Output = ()>>,
    delay: Duration,
) -> bool {
    tokio::select! {
        _ = shutdown.as_mut() => true,
        _ = tokio::time::sleep(delay) => false,
    }
}
