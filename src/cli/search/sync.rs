//! `ecomctl sync [--watch]`: drain the search outbox once, or keep draining
//! as changes arrive (the use cases of `app::sync`).

use color_eyre::eyre::Result;

use std::sync::Arc;

use crate::app::sync::Verification;
use crate::app::verify::Passes;
use crate::app::{self, health::Probe};
use crate::cli::SyncArgs;
use crate::cli::run::Context;
use crate::monitor;
use crate::output::print_report;
use crate::shutdown::shutdown_signal;

pub(crate) async fn run(ctx: &Context, args: SyncArgs) -> Result<()> {
    let meili = ctx.session.meili()?;
    if args.watch {
        let passes = Arc::new(Passes::default());
        let verifies = args.verify_rate > 0;
        let verifying = verifies.then(|| (passes.clone(), args.max_verify_age));
        let monitor = match args.metrics_addr {
            Some(addr) => {
                let probe = Probe::of(&ctx.session, &meili);
                let limits = monitor::Limits { max_lag: args.max_lag, verifying };
                let monitor = monitor::start(addr, limits, probe, ctx.messages).await?;
                ctx.messages.info(format!(
                    "serving /metrics, /healthz and /readyz on http://{}",
                    monitor.addr
                ));
                Some(monitor)
            }
            None => None,
        };
        // Not ready from the moment the stop is asked for.
        let stop = async {
            shutdown_signal().await;
            if let Some(monitor) = &monitor {
                monitor.health.drain();
            }
        };
        let verification = verifies.then(|| Verification {
            rate: args.verify_rate,
            every: args.verify_interval,
            passes: &passes,
        });
        let total =
            app::sync::watch(&ctx.session, &meili, args.batch_size, verification, stop).await?;
        drop(monitor);
        print_report(ctx.session.config.output, &total)?;
        ctx.messages.info(format!("stopped: {}", total.summary()));
        return Ok(());
    }
    let synced = app::sync::once(&ctx.session, &meili, args.batch_size).await?;
    crate::telemetry::job::records(synced.pushed() as u64);
    print_report(ctx.session.config.output, &synced)?;
    ctx.messages.info(synced.summary());
    // Orders Meilisearch cannot take are said once per run, not retried.
    for entry in &synced.refused {
        ctx.messages.warn(entry.warning());
    }
    Ok(())
}
