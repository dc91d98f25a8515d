//! `ecomctl doctor`: one pass/fail line per dependency, with a suggestion.

use color_eyre::eyre::Result;
use serde::Serialize;

use crate::cli::run::Context;
use crate::db::migrate;
use crate::db::session::{CAPTURE_TRIGGERS, Capture};
use crate::db::verifications::LastPass;
use crate::domain::OutputFormat;
use crate::error::{AppError, Refusal};
use crate::outbox;
use crate::output::{new_table, print_report, write_stdout};
use crate::search::settings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
enum Status {
    Pass,
    Warn,
    Fail,
}

#[derive(Debug, Serialize)]
struct Check {
    check: &'static str,
    status: Status,
    detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestion: Option<String>,
    /// A failure because a service could not be reached (exit 5 rather than 4).
    #[serde(skip)]
    unreachable: bool,
}

impl Check {
    fn pass(check: &'static str, detail: impl Into<String>) -> Self {
        Check {
            check,
            status: Status::Pass,
            detail: detail.into(),
            suggestion: None,
            unreachable: false,
        }
    }

    fn warn(check: &'static str, detail: impl Into<String>, suggestion: &str) -> Self {
        Check {
            check,
            status: Status::Warn,
            detail: detail.into(),
            suggestion: Some(suggestion.into()),
            unreachable: false,
        }
    }

    fn fail(check: &'static str, detail: impl Into<String>, suggestion: &str) -> Self {
        Check {
            check,
            status: Status::Fail,
            detail: detail.into(),
            suggestion: Some(suggestion.into()),
            unreachable: false,
        }
    }

    fn unreachable(check: &'static str, err: &AppError, suggestion: &str) -> Self {
        Check { unreachable: true, ..Check::fail(check, err.to_string(), suggestion) }
    }
}

pub(crate) async fn run(ctx: &Context) -> Result<()> {
    let mut checks = Vec::new();
    postgres_checks(ctx, &mut checks).await?;
    meilisearch_checks(ctx, &mut checks).await?;
    print(ctx.session.config.output, &checks)?;

    let failed: Vec<&Check> = checks.iter().filter(|c| c.status == Status::Fail).collect();
    if failed.is_empty() {
        ctx.messages.info("all checks passed");
        return Ok(());
    }
    let refusal = Refusal::ChecksFailed { checks: failed.iter().map(|c| c.check).collect() };
    if failed.iter().any(|c| c.unreachable) {
        let service = if failed.iter().any(|c| c.unreachable && c.check == "postgres") {
            crate::error::Service::Postgres
        } else {
            crate::error::Service::Meilisearch
        };
        // Unreachable is what decides the exit code; the summary is the same.
        return Err(AppError::Unavailable { what: service, detail: refusal.to_string() }.into());
    }
    Err(AppError::Rejected(refusal).into())
}

async fn postgres_checks(ctx: &Context, checks: &mut Vec<Check>) -> Result<()> {
    let started = std::time::Instant::now();
    let mut client = match ctx.session.db().await {
        Ok(client) => client,
        Err(err) => {
            let suggestion = match &err {
                AppError::Unavailable { .. } => {
                    "is Postgres running? `docker compose up -d postgres`; check DATABASE_URL / PGHOST"
                }
                _ => "check the connection settings (docs/configuration.md)",
            };
            let mut check = Check::fail("postgres", err.to_string(), suggestion);
            check.unreachable = matches!(err, AppError::Unavailable { .. });
            checks.push(check);
            return Ok(());
        }
    };
    let connected = started.elapsed();
    let session = crate::db::session::info(&**client).await?;
    let (version, user, app) = (session.server_version, session.role, session.application_name);
    let (tls_on, protocol) = (session.tls, session.tls_protocol);
    let settings = ctx.session.config.database.tls_settings();
    let tls = if tls_on == Some(true) {
        let verified = match (settings.verifies(), settings.mode) {
            (true, crate::db::tls::SslMode::VerifyFull) => "certificate and host name verified",
            (true, _) => "certificate chain verified",
            (false, _) => "certificate not verified",
        };
        format!("TLS {} ({verified})", protocol.unwrap_or_default())
    } else {
        "no TLS".to_owned()
    };
    checks.push(Check::pass(
        "postgres",
        format!(
            "PostgreSQL {version} at {}, {tls}, sslmode={}, user {user}, application {app}, \
             connected in {} ms",
            ctx.session.config.database,
            settings.mode.as_str(),
            connected.as_millis()
        ),
    ));

    let migrations = migrate::status(&mut client).await?;
    let pending = migrations.iter().filter(|m| m.applied_on.is_none()).count();
    if pending == 0 {
        checks.push(Check::pass("schema", format!("{} migration(s) applied", migrations.len())));
    } else {
        checks.push(Check::fail(
            "schema",
            format!("{pending} migration(s) pending"),
            "run `ecomctl migrate`",
        ));
        return Ok(());
    }

    checks.push(capture_check(&crate::db::session::capture(&**client).await?));
    let backlog = outbox::backlog(&**client).await?;
    let oldest = backlog
        .unsent_oldest_age_seconds
        .unwrap_or(0.0)
        .max(backlog.sent_oldest_age_seconds.unwrap_or(0.0));
    let detail = format!(
        "{} unsent (oldest {:.0}s), {} sent and awaiting confirmation (oldest {:.0}s)",
        backlog.unsent,
        backlog.unsent_oldest_age_seconds.unwrap_or(0.0),
        backlog.sent,
        backlog.sent_oldest_age_seconds.unwrap_or(0.0)
    );
    if backlog.refused > 0 {
        checks.push(Check::warn(
            "outbox",
            format!("{detail}; {} order(s) cannot be indexed", backlog.refused),
            "run `ecomctl sync` to see which and why (a new change to such an order retries it)",
        ));
    } else if backlog.total() == 0 {
        checks.push(Check::pass("outbox", "empty: every change is in the index"));
    } else if oldest < 60.0 {
        checks.push(Check::pass("outbox", detail));
    } else {
        checks.push(Check::warn(
            "outbox",
            detail,
            "run `ecomctl sync` (or keep `ecomctl sync --watch` running)",
        ));
    }
    let index = &ctx.session.config.meili.index;
    if let Some(check) = verification_check(crate::db::verifications::last(&**client, index).await?)
    {
        checks.push(check);
    }
    let stale = crate::db::rebuilds::stale_rebuilds(&**client, 6).await?;
    if stale > 0 {
        checks.push(Check::warn(
            "reindex",
            format!("{stale} rebuild(s) registered for over 6 hours"),
            "a reindex was killed; the next `ecomctl reindex` cleans it up",
        ));
    }
    Ok(())
}

/// Whether other writers' changes are captured, and ecomctl's own are not
/// twice.
fn capture_check(capture: &Capture) -> Check {
    if capture.triggers < CAPTURE_TRIGGERS {
        return Check::fail(
            "capture",
            format!(
                "{} of {CAPTURE_TRIGGERS} capture triggers installed: changes made outside \
                 ecomctl may not reach search or history",
                capture.triggers
            ),
            "a capture_* trigger was dropped; restore it from migrations/V11__capture_other_writers.sql",
        );
    }
    if !capture.not_firing.is_empty() {
        return Check::fail(
            "capture",
            format!(
                "disabled (or replica-only): {}; changes made outside ecomctl do not reach search \
                 or history",
                capture.not_firing.join(", ")
            ),
            "ALTER TABLE … ENABLE TRIGGER …; then `ecomctl index check --repair`",
        );
    }
    if !capture.marked {
        return Check::warn(
            "capture",
            "this session does not carry ecomctl.writer=on: ecomctl's own changes are captured \
             as if another writer made them (history twice)",
            "a connection pooler drops startup options? see docs/history.md (\"Other writers\")",
        );
    }
    Check::pass("capture", "installed and enabled: every writer's changes reach search and history")
}

/// The last verification pass, when a watcher has recorded one.
fn verification_check(last: Option<LastPass>) -> Option<Check> {
    let last = last?;
    let found = &last.found;
    let detail = format!(
        "last pass ended {:.0}s ago: {} document(s) compared in {:.0}s",
        last.age_seconds, found.compared, last.took_seconds
    );
    Some(match found.drifted() {
        0 => Check::pass("verification", format!("{detail}, no drift")),
        _ => Check::warn(
            "verification",
            format!(
                "{detail}, {} missing, {} extra, {} stale, {} differing",
                found.missing, found.extra, found.stale, found.differing
            ),
            "the watcher queued them again; if it recurs, look for a writer that bypasses capture",
        ),
    })
}

async fn meilisearch_checks(ctx: &Context, checks: &mut Vec<Check>) -> Result<()> {
    let meili = ctx.session.meili()?;
    let started = std::time::Instant::now();
    let version = match meili.call(meili.client().get_version()).await {
        Ok(version) => version,
        Err(err @ (AppError::Unavailable { .. } | AppError::TimedOut { .. })) => {
            checks.push(Check::unreachable(
                "meilisearch",
                &err,
                "is Meilisearch running? `docker compose up -d meilisearch`; check MEILI_URL",
            ));
            return Ok(());
        }
        Err(err) => {
            checks.push(Check::fail(
                "meilisearch",
                err.to_string(),
                "check MEILI_API_KEY / --meili-key",
            ));
            return Ok(());
        }
    };
    let answered = started.elapsed();
    let tls = if ctx.session.config.meili.url.starts_with("https://") {
        match &ctx.session.config.meili.ca_cert {
            Some(ca) => {
                format!("TLS (certificate verified against the system roots and {})", ca.display())
            }
            None => "TLS (certificate verified against the system roots)".to_owned(),
        }
    } else {
        "no TLS".to_owned()
    };
    checks.push(Check::pass(
        "meilisearch",
        format!(
            "Meilisearch {} at {}, {tls}, answered in {} ms",
            version.pkg_version,
            ctx.session.config.meili.shown_url(),
            answered.as_millis()
        ),
    ));

    if !meili.exists(&meili.index_name).await? {
        checks.push(Check::fail(
            "index",
            format!("index {} does not exist", meili.index_name),
            "run `ecomctl reindex` (or `ecomctl index setup`)",
        ));
        return Ok(());
    }
    let index = meili.live();
    let stats = meili.call(index.get_stats()).await?;
    let drift =
        meili.settings_drift(&meili.index_name, ctx.session.config.meili.searchable).await?;
    if drift.is_empty() {
        checks.push(Check::pass(
            "index",
            format!(
                "{}: {} document(s), settings as expected",
                meili.index_name, stats.number_of_documents
            ),
        ));
    } else {
        checks.push(Check::fail("index", drift.join("; "), settings::DRIFT_FIX));
    }
    Ok(())
}

fn print(format: OutputFormat, checks: &[Check]) -> Result<()> {
    let mark = |check: &Check| match check.status {
        Status::Pass => "ok",
        Status::Warn => "warn",
        Status::Fail => "FAIL",
    };
    match format {
        OutputFormat::Csv => crate::output::csv::write_rows(
            &["status", "check", "detail", "suggestion"],
            checks.iter().map(|c| {
                vec![
                    mark(c).to_owned(),
                    c.check.to_owned(),
                    c.detail.clone(),
                    c.suggestion.clone().unwrap_or_default(),
                ]
            }),
        )?,
        OutputFormat::Table => {
            let mut table = new_table();
            table.set_header(vec!["", "check", "detail", "suggestion"]);
            for check in checks {
                table.add_row(vec![
                    mark(check).to_string(),
                    check.check.to_string(),
                    check.detail.clone(),
                    check.suggestion.clone().unwrap_or_default(),
                ]);
            }
            write_stdout(&format!("{table}\n"))?;
        }
        // Through --jq when given: on the array, or on each line.
        OutputFormat::Json => print_report(format, checks)?,
        OutputFormat::Ndjson => {
            for check in checks {
                print_report(format, check)?;
            }
        }
    }
    Ok(())
}
