//! `ecomctl reindex [--batch-size N] [--dry-run]`

use color_eyre::eyre::Result;

use crate::app;
use crate::cli::ReindexArgs;
use crate::cli::run::Context;
use crate::output::print_report;

pub(crate) async fn run(ctx: &Context, args: ReindexArgs) -> Result<()> {
    let meili = ctx.session.meili()?;
    let summary =
        app::reindex::reindex(&ctx.session, &meili, args.batch_size, args.dry_run).await?;
    crate::telemetry::job::records(summary.documents);
    print_report(ctx.session.config.output, &summary)?;
    if summary.too_large > 0 {
        let ids: Vec<String> = summary.too_large_ids.iter().map(|id| format!("#{id}")).collect();
        ctx.messages.warn(format!(
            "{} order(s) left out of the index ({}{}): {}",
            summary.too_large,
            ids.join(", "),
            if summary.too_large > ids.len() as u64 { ", …" } else { "" },
            crate::search::document::TooLarge::reason()
        ));
    }
    let mut mib = format!("{:.1} MiB", summary.bytes as f64 / (1024.0 * 1024.0));
    if summary.compressed {
        mib +=
            &format!(", {:.1} MiB gzip-compressed,", summary.sent_bytes as f64 / (1024.0 * 1024.0));
    }
    if summary.dry_run {
        ctx.messages.info(format!(
            "dry run: built {} document(s) ({mib} in {} batch(es)) in {:.2}s, {:.0} documents/s; nothing was sent",
            summary.documents, summary.batches, summary.seconds, summary.documents_per_second
        ));
    } else {
        ctx.messages.info(format!(
            "reindexed {} document(s) into {} ({mib} in {} batch(es)) in {:.2}s, {:.0} documents/s; \
             {} change(s) made meanwhile applied",
            summary.documents,
            summary.index,
            summary.batches,
            summary.seconds,
            summary.documents_per_second,
            summary.caught_up
        ));
    }
    Ok(())
}
