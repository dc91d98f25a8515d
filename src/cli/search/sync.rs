//! `ecomctl sync [--watch]`: drain the search outbox once, or keep draining
//! as changes arrive (the loop is `search::watch`).

use color_eyre::eyre::Result;

use crate::app::watcher::Watch;
use crate::cli::SyncArgs;
use crate::cli::run::Context;
use crate::db::outbox;
use crate::error::AppError;
use crate::monitor;
use crate::outbox::drain::sync_all;
use crate::outbox::push::claim_token;
use crate::output::print_report;
use crate::report::{Bar, Job, Reporter};
use crate::shutdown::shutdown_signal;

pub(crate) async fn run(ctx: &Context, args: SyncArgs) -> Result<()> {
    let meili = ctx.session.meili()?;
    if args.watch {
        let monitor = match args.metrics_addr {
            Some(addr) => {
                let monitor = monitor::start(
                    addr,
                    args.max_lag,
                    ctx.session.pool(),
                    &ctx.session.config.database,
                    &meili,
                    ctx.messages,
                )
                .await?;
                ctx.messages.info(format!(
                    "serving /metrics, /healthz and /readyz on http://{}",
                    monitor.addr
                ));
                Some(monitor)
            }
            None => None,
        };
        let watch = Watch {
            pool: ctx.session.pool(),
            database: &ctx.session.config.database,
            meili: &meili,
            batch_size: args.batch_size,
            reporter: &ctx.messages,
        };
        // Not ready from the moment the stop is asked for.
        let stop = async {
            shutdown_signal().await;
            if let Some(monitor) = &monitor {
                monitor.health.drain();
            }
        };
        let total = watch.run(stop).await?;
        drop(monitor);
        print_report(ctx.session.config.output, &total)?;
        ctx.messages.info(format!("stopped: {}", total.summary()));
        return Ok(());
    }
    let client = ctx.session.db().await?;
    let progress = ctx.messages.progress(Job::Sync);
    let synced = tokio::select! {
        synced = sync_all(
            &client,
            &meili,
            args.batch_size,
            ctx.session.config.meili.wait_timeout,
            |pushed| progress.advance(Bar::Sent, pushed.total() as u64),
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
    progress.finish();
    let synced = synced?;
    crate::telemetry::job::records(synced.pushed() as u64);
    print_report(ctx.session.config.output, &synced)?;
    ctx.messages.info(synced.summary());
    // Orders Meilisearch cannot take are said once per run, not retried.
    for entry in &synced.refused {
        ctx.messages.warn(entry.warning());
    }
    Ok(())
}

/// Claims are per process; a stopped sync gives its own back at once so
/// others need not wait for the lease to lapse.
async fn release_claims(client: &tokio_postgres::Client) -> Result<()> {
    outbox::release(client, claim_token(), None).await?;
    Ok(())
}
