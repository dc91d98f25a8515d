//! `ecomctl index setup | status | check`

use color_eyre::eyre::Result;
use serde::Serialize;

use crate::cli::run::Context;
use crate::cli::{IndexCommand, OutputFormat};
use crate::db::outbox;
use crate::error::{AppError, Missing, Refusal};
use crate::outbox::drain::sync_all;
use crate::output::text::cell;
use crate::output::{new_table, print_report, write_stdout};
use crate::rebuild::drift as check;
use crate::search::{settings, setup_index};

pub(crate) async fn run(ctx: &Context, cmd: IndexCommand) -> Result<()> {
    match cmd {
        IndexCommand::Setup => setup(ctx).await,
        IndexCommand::Status => status(ctx).await,
        IndexCommand::Check(args) => check(ctx, args.sample, args.repair).await,
    }
}

async fn setup(ctx: &Context) -> Result<()> {
    let meili = ctx.session.meili()?;
    let created =
        setup_index(&meili, &meili.index_name, ctx.session.config.meili.searchable).await?;
    let verb = if created { "created" } else { "updated" };
    ctx.messages.info(format!("index {}: {verb}, settings applied", meili.index_name));
    Ok(())
}

#[derive(Debug, Serialize)]
struct Status {
    index: String,
    exists: bool,
    documents: Option<usize>,
    is_indexing: Option<bool>,
    filterable_attributes: Vec<String>,
    sortable_attributes: Vec<String>,
    searchable_attributes: Vec<String>,
    settings_drift: Vec<String>,
    /// Entries not yet accepted by Meilisearch, and the age of the oldest.
    outbox_pending: i64,
    outbox_oldest_age_seconds: Option<f64>,
    /// Entries accepted by Meilisearch (a task uid) but not confirmed yet.
    outbox_sent: i64,
    outbox_sent_oldest_age_seconds: Option<f64>,
    /// Entries whose document Meilisearch cannot take (`ecomctl sync` lists them).
    outbox_refused: i64,
}

async fn status(ctx: &Context) -> Result<()> {
    let meili = ctx.session.meili()?;
    let client = ctx.session.db().await?;
    let backlog = outbox::backlog(&**client).await?;
    let mut status = Status {
        index: meili.index_name.clone(),
        exists: meili.exists(&meili.index_name).await?,
        documents: None,
        is_indexing: None,
        filterable_attributes: Vec::new(),
        sortable_attributes: Vec::new(),
        searchable_attributes: Vec::new(),
        settings_drift: Vec::new(),
        outbox_pending: backlog.unsent,
        outbox_oldest_age_seconds: backlog.unsent_oldest_age_seconds,
        outbox_sent: backlog.sent,
        outbox_sent_oldest_age_seconds: backlog.sent_oldest_age_seconds,
        outbox_refused: backlog.refused,
    };
    if status.exists {
        let index = meili.live();
        let stats = meili.call(index.get_stats()).await?;
        status.documents = Some(stats.number_of_documents);
        status.is_indexing = Some(stats.is_indexing);
        let current = meili.settings_of(&meili.index_name).await?;
        let wanted = settings::wanted(ctx.session.config.meili.searchable, meili.version().await?);
        status.settings_drift = settings::drift(&wanted, &current);
        status.filterable_attributes = settings::filterable(&current["filterableAttributes"]);
        status.sortable_attributes = settings::names(&current["sortableAttributes"]);
        status.searchable_attributes = settings::names(&current["searchableAttributes"]);
    }
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

async fn check(ctx: &Context, sample: usize, repair: bool) -> Result<()> {
    let meili = ctx.session.meili()?;
    if !meili.exists(&meili.index_name).await? {
        return Err(AppError::NotFound(Missing::Index { index: meili.index_name.clone() }).into());
    }
    let settings_drift =
        meili.settings_drift(&meili.index_name, ctx.session.config.meili.searchable).await?;
    if !settings_drift.is_empty() {
        ctx.messages.warn(format!(
            "index {}: its settings are not ecomctl's ({}); {}",
            meili.index_name,
            settings_drift.join("; "),
            settings::DRIFT_FIX
        ));
    }
    let client = ctx.session.db().await?;
    // --repair queues the drifted orders as they are found (the outbox entry
    // of an order that is gone makes sync delete its document).
    let mut queued = 0usize;
    let drift = check::check(&**client, &meili, sample, async |ids: Vec<i64>| {
        if repair {
            queued += ids.len();
            outbox::enqueue(&**client, &ids).await?;
        }
        Ok(())
    })
    .await?;
    crate::telemetry::job::records(drift.postgres_count as u64);
    if repair && !drift.is_clean() {
        print_drift(ctx, &drift)?;
        let limit = ctx.session.config.meili.wait_timeout;
        let synced = sync_all(&client, &meili, None, limit, |_| {}, |_| {}).await?;
        ctx.messages.info(format!(
            "repair: queued {queued} drifted order(s) and synced them ({} written, {} deleted)",
            synced.upserted, synced.deleted
        ));
        let after = check::check(&**client, &meili, sample, async |_| Ok(())).await?;
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
            differing: drift.differing_count,
        })
        .into())
    }
}

/// The drift report: a table, or the JSON of `Drift`.
fn print_drift(ctx: &Context, drift: &check::Drift) -> Result<()> {
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
