//! `ecomctl sync [--watch]`: drain the search outbox once, or keep draining
//! as changes arrive.

use std::time::Duration;

use color_eyre::eyre::Result;

use super::Context;
use crate::cli::SyncArgs;
use crate::db::listen::Listener;
use crate::db::outbox;
use crate::error::AppError;
use crate::output::print_report;
use crate::search::Meili;
use crate::search::confirm::confirm_tasks;
use crate::search::push::{Pushed, Refused, claim_token, push_all};
use crate::search::sync::{Synced, sync_all};

/// The channel the outbox trigger notifies.
const CHANNEL: &str = "ecomctl_search_outbox";

/// Even without notifications, rescan this often (a safety net, not polling).
const RESCAN_EVERY: Duration = Duration::from_secs(60);

pub(crate) async fn run(ctx: &Context, args: SyncArgs) -> Result<()> {
    let meili = ctx.meili()?;
    if args.watch {
        return watch(ctx, &meili, args.batch_size).await;
    }
    let client = ctx.db().await?;
    let progress = ctx.messages.progress_bar(ctx.config.progress, "synced");
    let synced = tokio::select! {
        synced = sync_all(
            &client,
            &meili,
            args.batch_size,
            ctx.config.meili.wait_timeout,
            |pushed| progress.inc(pushed.total() as u64),
            |_| {},
        ) => synced.map_err(|err| {
            err.wrap_err("sync stopped: entries not confirmed stay queued for the next sync")
        }),
        _ = shutdown_signal() => {
            let _ = release_claims(&client).await;
            Err(color_eyre::Report::new(AppError::Interrupted)
                .wrap_err("sync stopped: what was sent stays queued until confirmed by the next sync"))
        }
    };
    progress.finish_and_clear();
    let synced = synced?;
    print_report(ctx.config.output, &synced)?;
    ctx.messages.info(synced.summary());
    warn_refused(ctx, &synced.refused);
    Ok(())
}

/// Orders Meilisearch cannot take are said once per run, not retried.
fn warn_refused(ctx: &Context, refused: &[Refused]) {
    for entry in refused {
        ctx.messages.warn(format!(
            "order #{} is left out of the search index: {}; it is tried again when it changes",
            entry.order_id, entry.reason
        ));
    }
}

/// Claims are per process; a stopped sync gives its own back at once so
/// others need not wait for the lease to lapse.
async fn release_claims(client: &tokio_postgres::Client) -> Result<()> {
    outbox::release(client, claim_token(), None).await?;
    Ok(())
}

/// How often `--watch` re-checks tasks it is waiting for.
const CONFIRM_EVERY: Duration = Duration::from_millis(250);

/// Runs until Ctrl-C or SIGTERM: push what is unsent, confirm what finished,
/// then sleep until a NOTIFY (or, while tasks are pending, a short
/// interval). Every step races the shutdown signal, so a stop takes effect
/// within moments whatever the watcher is doing; what was sent and not yet
/// confirmed stays queued. Any failure — Postgres or Meilisearch down — is
/// reported once per outage and retried with backoff; the outbox is
/// rescanned after every reconnect, so nothing written meanwhile is missed.
async fn watch(ctx: &Context, meili: &Meili, batch_size: i64) -> Result<()> {
    let mut shutdown = std::pin::pin!(shutdown_signal());
    let mut backoff = Backoff::default();
    let mut total = Synced::default();
    ctx.messages.info("watching the outbox (Ctrl-C to stop)");
    let token = claim_token();
    loop {
        let mut listener = tokio::select! {
            _ = shutdown.as_mut() => break,
            listener = listen(ctx) => match listener {
                Ok(listener) => listener,
                Err(err) => {
                    ctx.messages.warn(format!("cannot listen for changes: {err:#}; retrying"));
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
                _ = shutdown.as_mut() => return finish_watch(ctx, None, total).await,
                client = ctx.db() => client,
            };
            let client = match client {
                Ok(client) => client,
                Err(err) => {
                    if !backoff.failing() {
                        ctx.messages.warn(format!("sync failed: {err:#}; retrying with backoff"));
                    }
                    if wait_or_shutdown(&mut shutdown, backoff.next()).await {
                        return finish_watch(ctx, None, total).await;
                    }
                    continue;
                }
            };
            let pass = tokio::select! {
                _ = shutdown.as_mut() => return finish_watch(ctx, Some(&client), total).await,
                pass = watch_pass(&client, meili, token, batch_size) => pass,
            };
            let waiting = match pass {
                Ok(pass) => {
                    if backoff.failing() {
                        ctx.messages.info("sync recovered");
                    }
                    backoff.reset();
                    if pass.pushed.total() > 0 || pass.cleared > 0 {
                        ctx.messages.info(format!(
                            "pushed {} order(s) ({} written, {} deleted), {} confirmed",
                            pass.pushed.total(),
                            pass.pushed.upserted,
                            pass.pushed.deleted,
                            pass.cleared
                        ));
                    }
                    warn_refused(ctx, &pass.refused);
                    for (uid, message) in &pass.failed {
                        ctx.messages.warn(format!(
                            "Meilisearch task {uid} failed: {message}; its orders are queued again"
                        ));
                    }
                    total.upserted += pass.pushed.upserted;
                    total.deleted += pass.pushed.deleted;
                    total.confirmed += pass.cleared;
                    pass.waiting
                }
                Err(err) => {
                    if !backoff.failing() {
                        ctx.messages.warn(format!("sync failed: {err:#}; retrying with backoff"));
                    }
                    if wait_or_shutdown(&mut shutdown, backoff.next()).await {
                        return finish_watch(ctx, Some(&client), total).await;
                    }
                    continue;
                }
            };
            drop(client);
            // Tasks still processing (or failed entries to resend): look
            // again soon; otherwise sleep until something is enqueued.
            let idle = if waiting { CONFIRM_EVERY } else { RESCAN_EVERY };
            tokio::select! {
                _ = shutdown.as_mut() => return finish_watch(ctx, None, total).await,
                message = listener.payloads.recv() => match message {
                    Some(_) => {
                        // Many changes wake the watcher once.
                        while listener.payloads.try_recv().is_ok() {}
                    }
                    None => {
                        ctx.messages.warn("lost the PostgreSQL notification connection; reconnecting");
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
    finish_watch(ctx, None, total).await
}

/// What one pass of the watcher did.
struct WatchPass {
    pushed: Pushed,
    /// Orders refused in this pass, when some were.
    refused: Vec<Refused>,
    cleared: i64,
    failed: Vec<(u32, String)>,
    /// Something is still to be confirmed or resent.
    waiting: bool,
}

async fn watch_pass(
    client: &tokio_postgres::Client,
    meili: &Meili,
    token: i64,
    batch_size: i64,
) -> Result<WatchPass> {
    let pushed = push_all(client, meili, token, batch_size, |_| {}).await?;
    let tasks = outbox::sent_tasks(client, None, Duration::ZERO, 10_000).await?;
    let confirmed = confirm_tasks(client, meili, &tasks).await?;
    let waiting = !confirmed.pending.is_empty() || !confirmed.failed.is_empty();
    let refused = if pushed.refused > 0 {
        crate::search::sync::refused_entries(client).await?
    } else {
        Vec::new()
    };
    Ok(WatchPass { pushed, refused, cleared: confirmed.cleared, failed: confirmed.failed, waiting })
}

async fn finish_watch(
    ctx: &Context,
    client: Option<&tokio_postgres::Client>,
    total: Synced,
) -> Result<()> {
    // A pass cut short may hold claims: give them back (bounded, so a dead
    // PostgreSQL cannot delay the stop; the lease covers that case).
    if let Some(client) = client {
        let _ = tokio::time::timeout(Duration::from_millis(500), release_claims(client)).await;
    }
    print_report(ctx.config.output, &total)?;
    ctx.messages.info(format!("stopped: {}", total.summary()));
    Ok(())
}

async fn listen(ctx: &Context) -> Result<Listener> {
    crate::db::listen::listen(&ctx.config.database, CHANNEL).await
}

pub(crate) async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(_) => return ctrl_c.await.unwrap_or(()),
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
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

/// Exponential backoff from 250 ms to 30 s.
#[derive(Default)]
struct Backoff {
    failures: u32,
}

impl Backoff {
    fn next(&mut self) -> Duration {
        let delay = Duration::from_millis(250) * 2u32.saturating_pow(self.failures.min(7));
        self.failures += 1;
        delay.min(Duration::from_secs(30))
    }

    fn failing(&self) -> bool {
        self.failures > 0
    }

    fn reset(&mut self) {
        self.failures = 0;
    }
}
