//! What an error means to whoever reads it — one place for the command
//! line's last words (`main`), the console's status line and its move
//! overlay: the exit code, whether it was an expected failure (one line and
//! a hint) or not (the cause chain), and what to do about it.

use color_eyre::Report;

use crate::db::DbError;
use crate::error::{AppError, Refusal, Service};

/// The exit code for an error, whether it is an expected failure, and the
/// error (an untyped PostgreSQL error gets its meaning added, once).
pub(crate) fn classify(err: Report) -> (i32, bool, Report) {
    if let Some(app) = AppError::find(&err) {
        return (app.code(), true, err);
    }
    // A stored value ecomctl cannot read: one line naming the row and column.
    if err.chain().any(|c| matches!(c.downcast_ref::<DbError>(), Some(DbError::Decode(_)))) {
        return (crate::error::exit::UNEXPECTED, true, err);
    }
    let pg = postgres_error(&err);
    match pg.and_then(crate::db::classify) {
        Some(app) => (app.code(), true, err.wrap_err(app)),
        None => (crate::error::exit::UNEXPECTED, false, err),
    }
}

/// PostgreSQL's own error in a report's cause chain, bare or in a `DbError`.
fn postgres_error(err: &Report) -> Option<&tokio_postgres::Error> {
    err.chain().find_map(|c| {
        c.downcast_ref::<tokio_postgres::Error>()
            .or_else(|| c.downcast_ref::<DbError>().and_then(DbError::pg))
    })
}

/// What to do about an error, where something helps.
pub(crate) fn hint(err: &Report) -> Option<&'static str> {
    let pg = postgres_error(err);
    if pg.is_some_and(crate::db::is_schema_missing) {
        return Some("run `ecomctl migrate` to create or update it");
    }
    match err.chain().find_map(|c| c.downcast_ref::<AppError>()) {
        Some(AppError::Unavailable { what: Service::Postgres, .. }) => Some(
            "is PostgreSQL running? `docker compose up -d postgres`; \
             check --database-url / DATABASE_URL / PGHOST, PGPORT",
        ),
        Some(AppError::Unavailable { what: Service::Meilisearch, .. }) => Some(
            "is Meilisearch running? `docker compose up -d meilisearch`; \
             check --meili-url / MEILI_URL and --meili-key / MEILI_API_KEY",
        ),
        Some(AppError::TimedOut { what: Service::Meilisearch, .. }) => Some(
            "allow more time with --timeout / ECOMCTL_TIMEOUT, or find what is slow \
             (`ecomctl doctor` shows Meilisearch's queue)",
        ),
        Some(AppError::Rejected(Refusal::MeiliKey { .. })) => Some(
            "give the key with --meili-key or MEILI_API_KEY (docker compose's \
             development key is in .env.example: `cp .env.example .env`)",
        ),
        _ => None,
    }
}

/// A failure in one line, as the command line would say it (a refused
/// move says what is allowed; an untyped PostgreSQL error its meaning).
pub(crate) fn one_line(err: &Report) -> String {
    if let Some(app) = AppError::find(err) {
        return app.to_string();
    }
    match postgres_error(err).and_then(crate::db::classify) {
        Some(classified) => classified.to_string(),
        None => err.to_string(),
    }
}

/// A database failure in one line (a lost connection is "PostgreSQL
/// unreachable", as on the command line).
pub(crate) fn db_line(err: &DbError) -> String {
    match err.pg().and_then(crate::db::classify) {
        Some(classified) => classified.to_string(),
        None => err.to_string(),
    }
}
