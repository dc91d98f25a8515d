//! `ecomctl sync [--watch]`: drain the search outbox once, or keep draining
//! as changes arrive.

use std::time::Duration;

use color_eyre::eyre::Result;
use futures_util::future::poll_fn;
use tokio::sync::mpsc;
use tokio_postgres::{AsyncMessage, NoTls};

use super::Context;
use crate::cli::SyncArgs;
use crate::output::print_report;
use crate::search::Meili;
use crate::search::sync::{Pushed, drain};

/// The channel the outbox trigger notifies.
const CHANNEL: &str = "ecomctl_search_outbox";

/// Even without notifications, rescan this often (a safety net, not polling).
const RESCAN_EVERY: Duration = Duration::from_secs(60);

pub(crate) async fn run(ctx: &Context, args: SyncArgs) -> Result<()> {
    let meili = ctx.meili()?;
    if args.watch {
        return watch(ctx, &meili, args.batch_size).await;
    }
    let mut client = ctx.db().await?;
    let pushed = drain(&mut client, &meili, args.batch_size, |_| {}).await?;
    report(ctx, pushed)
}

fn report(ctx: &Context, pushed: Pushed) -> Result<()> {
    print_report(ctx.config.output, &pushed)?;
    ctx.messages.info(format!(
        "synced {} order(s): {} document(s) written, {} deleted",
        pushed.total(),
        pushed.upserted,
        pushed.deleted
    ));
    Ok(())
}

/// Runs until Ctrl-C or SIGTERM: drain, then sleep until a NOTIFY (or the
/// rescan interval). Any failure — Postgres or Meilisearch down — is reported
/// once per outage and retried with backoff; the outbox is rescanned after
/// every reconnect, so nothing written meanwhile is missed.
async fn watch(ctx: &Context, meili: &Meili, batch_size: i64) -> Result<()> {
    let mut shutdown = std::pin::pin!(shutdown_signal());
    let mut backoff = Backoff::default();
    let mut total = Pushed::default();
    ctx.messages.info("watching the outbox (Ctrl-C to stop)");
    loop {
        let mut listener = match listen(ctx).await {
            Ok(listener) => listener,
            Err(err) => {
                ctx.messages.warn(format!("cannot listen for changes: {err:#}; retrying"));
                if wait_or_shutdown(&mut shutdown, backoff.next()).await {
                    break;
                }
                continue;
            }
        };
        // Connected: drain, then wait for the next notification.
        loop {
            let pass = async {
                let mut client = ctx.db().await?;
                drain(&mut client, meili, batch_size, |_| {}).await
            };
            match pass.await {
                Ok(pushed) => {
                    if backoff.failing() {
                        ctx.messages.info("sync recovered");
                    }
                    backoff.reset();
                    if pushed.total() > 0 {
                        ctx.messages.info(format!(
                            "synced {} order(s): {} written, {} deleted",
                            pushed.total(),
                            pushed.upserted,
                            pushed.deleted
                        ));
                    }
                    total.add(pushed);
                }
                Err(err) => {
                    if !backoff.failing() {
                        ctx.messages.warn(format!("sync failed: {err:#}; retrying with backoff"));
                    }
                    if wait_or_shutdown(&mut shutdown, backoff.next()).await {
                        return report(ctx, total);
                    }
                    continue;
                }
            }
            tokio::select! {
                _ = &mut shutdown => return report(ctx, total),
                message = listener.wake.recv() => match message {
                    Some(()) => {}
                    None => {
                        ctx.messages.warn("lost the PostgreSQL notification connection; reconnecting");
                        break;
                    }
                },
                _ = tokio::time::sleep(RESCAN_EVERY) => {}
            }
        }
        if wait_or_shutdown(&mut shutdown, backoff.next()).await {
            break;
        }
    }
    report(ctx, total)
}

/// A dedicated connection (not from the pool) LISTENing on the outbox
/// channel; each notification is a message on `wake`, which closes when the
/// connection is lost.
struct Listener {
    /// Dropping the client would end the connection.
    _client: tokio_postgres::Client,
    wake: mpsc::Receiver<()>,
}

async fn listen(ctx: &Context) -> Result<Listener> {
    let (client, mut connection) = ctx.config.database.pg().connect(NoTls).await?;
    let (tx, wake) = mpsc::channel(1);
    // Awaiting the connection itself would drop notifications: poll its
    // messages instead.
    tokio::spawn(async move {
        loop {
            match poll_fn(|cx| connection.poll_message(cx)).await {
                Some(Ok(AsyncMessage::Notification(_))) => {
                    // A full channel already means "wake up"; that is enough.
                    let _ = tx.try_send(());
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => break,
            }
        }
    });
    client.batch_execute(&format!("LISTEN {CHANNEL}")).await?;
    Ok(Listener { _client: client, wake })
}

async fn shutdown_signal() {
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
