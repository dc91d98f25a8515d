//! `ecomctl sync [--watch]`: drain the search outbox once, or keep draining
//! as changes arrive (the loop is `search::watch`).

use color_eyre::eyre::Result;

use super::Context;
use crate::cli::SyncArgs;
use crate::db::outbox;
use crate::error::AppError;
use crate::output::print_report;
use crate::search::monitor;
use crate::search::push::claim_token;
use crate::search::sync::sync_all;
use crate::search::watch::Watch;
use crate::shutdown::shutdown_signal;

pub(crate) async fn run(ctx: &Context, args: SyncArgs) -> Result<()> {
    let meili = ctx.meili()?;
    if args.watch {
        let monitor = match args.metrics_addr {
            Some(addr) => {
                let monitor = monitor::start(
                    addr,
                    args.max_lag,
                    ctx.pool(),
                    &ctx.config.database,
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
            pool: ctx.pool(),
            database: &ctx.config.database,
            meili: &meili,
            batch_size: args.batch_size,
            messages: ctx.messages,
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
        print_report(ctx.config.output, &total)?;
        ctx.messages.info(format!("stopped: {}", total.summary()));
        return Ok(());
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
    crate::telemetry::job::records(synced.pushed() as u64);
    print_report(ctx.config.output, &synced)?;
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
