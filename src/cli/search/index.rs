//! `ecomctl index setup | status | check`

use color_eyre::eyre::Result;

use crate::app;
use crate::cli::run::Context;
use crate::cli::{IndexCommand, OutputFormat};
use crate::db::verifications::LastPass;
use crate::error::{AppError, Refusal};
use crate::output::text::cell;
use crate::output::{new_table, print_report, write_stdout};
use crate::rebuild::drift::{Comparison, Drift};
use crate::search::settings;

pub(crate) async fn run(ctx: &Context, cmd: IndexCommand) -> Result<()> {
    match cmd {
        IndexCommand::Setup => setup(ctx).await,
        IndexCommand::Status => status(ctx).await,
        IndexCommand::Check(args) => {
            let how = Comparison { sample: args.sample, content: !args.fast, rate: None };
            check(ctx, how, args.repair).await
        }
    }
}

async fn setup(ctx: &Context) -> Result<()> {
    let meili = ctx.session.meili()?;
    let created = app::index::setup(&ctx.session, &meili).await?;
    let verb = if created { "created" } else { "updated" };
    ctx.messages.info(format!("index {}: {verb}, settings applied", meili.index_name));
    Ok(())
}

async fn status(ctx: &Context) -> Result<()> {
    let meili = ctx.session.meili()?;
    let status = app::index::status(&ctx.session, &meili).await?;
    match ctx.session.config.output {
        OutputFormat::Table => {
            let mut table = new_table();
            let or_dash = |v: Option<String>| v.unwrap_or_else(|| "—".into());
            let rows = [
                ("index", status.index.clone()),
                ("exists", status.exists.to_string()),
                ("documents", or_dash(status.documents.map(|d| d.to_string()))),
                ("indexing", or_dash(status.is_indexing.map(|d| d.to_string()))),
                ("filterable", status.filterable_attributes.join(", ")),
                ("sortable", status.sortable_attributes.join(", ")),
                ("searchable", status.searchable_attributes.join(", ")),
                (
                    "settings",
                    if !status.exists {
                        "— (run `ecomctl index setup`)".into()
                    } else if status.settings_drift.is_empty() {
                        "as expected".into()
                    } else {
                        format!("{}: {}", status.settings_drift.join("; "), settings::DRIFT_FIX)
                    },
                ),
                ("outbox", format!("{} pending", status.outbox_pending)),
                (
                    "oldest entry",
                    or_dash(status.outbox_oldest_age_seconds.map(|s| format!("{s:.0}s ago"))),
                ),
                ("sent", format!("{} awaiting confirmation", status.outbox_sent)),
                (
                    "oldest sent",
                    or_dash(status.outbox_sent_oldest_age_seconds.map(|s| format!("{s:.0}s ago"))),
                ),
                (
                    "refused",
                    match status.outbox_refused {
                        0 => "none".to_owned(),
                        n => format!("{n} order(s) cannot be indexed (`ecomctl sync` lists them)"),
                    },
                ),
                ("verified", verified(status.last_verification.as_ref())),
            ];
            for (key, value) in rows {
                table.add_row(vec![cell(key), cell(value)]);
            }
            write_stdout(&format!("{table}\n"))?;
        }
        format => print_report(format, &status)?,
    }
    Ok(())
}

async fn check(ctx: &Context, how: Comparison, repair: bool) -> Result<()> {
    let meili = ctx.session.meili()?;
    let (drift, queued) = app::index::check(&ctx.session, &meili, how, repair).await?;
    crate::telemetry::job::records(drift.postgres_count);
    if repair && !drift.is_clean() {
        print_drift(ctx, &drift)?;
        let (synced, after) = app::index::repair(&ctx.session, &meili, how).await?;
        ctx.messages.info(format!(
            "repair: queued {queued} drifted order(s) and synced them ({} written, {} deleted)",
            synced.upserted, synced.deleted
        ));
        if after.is_clean() {
            ctx.messages.info(format!(
                "index {} matches PostgreSQL ({} order(s))",
                meili.index_name, after.postgres_count
            ));
            return Ok(());
        }
        return Err(AppError::Rejected(Refusal::DriftAfterRepair {
            missing: after.missing_count,
            extra: after.extra_count,
            stale: after.stale_count,
            differing: after.differing_count,
        })
        .into());
    }
    print_drift(ctx, &drift)?;
    if drift.is_clean() {
        ctx.messages.info(format!(
            "index {} matches PostgreSQL ({} order(s))",
            meili.index_name, drift.postgres_count
        ));
        Ok(())
    } else {
        Err(AppError::Rejected(Refusal::Drift {
            index: meili.index_name.clone(),
            missing: drift.missing_count,
            extra: drift.extra_count,
            stale: drift.stale_count,
            differing: drift.differing_count,
        })
        .into())
    }
}

/// The drift report: a table, or the JSON of `Drift`.
/// The last verification pass, as a line.
fn verified(last: Option<&LastPass>) -> String {
    let Some(last) = last else {
        return "— (no pass recorded: `ecomctl sync --watch` verifies the index)".into();
    };
    let found = &last.found;
    let drift = match found.drifted() {
        0 => "no drift".to_owned(),
        _ => format!(
            "{} missing, {} extra, {} stale, {} differing (queued again)",
            found.missing, found.extra, found.stale, found.differing
        ),
    };
    format!(
        "{:.0}s ago: {} document(s) compared in {:.0}s, {drift}",
        last.age_seconds, found.compared, last.took_seconds
    )
}

fn print_drift(ctx: &Context, drift: &Drift) -> Result<()> {
    match ctx.session.config.output {
        OutputFormat::Table => {
            let mut table = new_table();
            table.set_header(vec!["", "count", "sample"]);
            let ids = |v: &[i64]| v.iter().map(|id| id.to_string()).collect::<Vec<_>>().join(", ");
            table.add_row(vec![
                "orders in PostgreSQL".into(),
                drift.postgres_count.to_string(),
                String::new(),
            ]);
            table.add_row(vec![
                "documents in the index".into(),
                drift.index_count.to_string(),
                String::new(),
            ]);
            table.add_row(vec![
                "missing from the index".into(),
                drift.missing_count.to_string(),
                ids(&drift.missing),
            ]);
            table.add_row(vec![
                "extra in the index".into(),
                drift.extra_count.to_string(),
                ids(&drift.extra),
            ]);
            table.add_row(vec![
                "older than confirmed".into(),
                drift.stale_count.to_string(),
                ids(&drift.stale),
            ]);
            let differing: Vec<String> =
                drift.differing.iter().map(|d| format!("{} ({})", d.id, d.field)).collect();
            table.add_row(vec![
                "content differs".into(),
                drift.differing_count.to_string(),
                differing.join(", "),
            ]);
            write_stdout(&format!("{table}\n"))?;
        }
        format => print_report(format, drift)?,
    }
    Ok(())
}
