//! PostgreSQL access. Functions take the client or transaction they run in, so
//! the command decides where a transaction starts and commits. Row structs live
//! here, apart from the domain types.
//!
//! # The lock order
//!
//! Every writer takes its row locks in this order, and within a table in
//! ascending id order, so concurrent writers cannot deadlock:
//!
//! 1. **orders** — the order being changed (`orders::lock`, FOR UPDATE), or
//!    the orders whose lines a product delete unlinks
//!    (`products::lock_for_delete`, FOR NO KEY UPDATE);
//! 2. **products** — FOR NO KEY UPDATE for stock and field changes
//!    (`products::lock_refs`, `lock_by_ids`, the imports' stock and upsert
//!    locks), FOR UPDATE only to delete; an orders import takes the KEY
//!    SHARE locks of its lines' foreign keys up front, in id order;
//! 3. **order_items** — written only under the lock of their order (or,
//!    for ON DELETE SET NULL, of their product);
//! 4. **search_outbox** — last, in order_id order (`outbox::enqueue` sorts;
//!    the pusher's bookkeeping locks in the same order). Pushers claim
//!    entries with a column, not a lock held across Meilisearch calls.
//!
//! Advisory locks: the migration lock (`migrate`), one reindex per index,
//! and the swap lock (shared by pushes, exclusive while a reindex enqueues
//! its swap; writers only ever *try* it).

pub(crate) mod migrate;
pub(crate) mod order_stream;
pub(crate) mod orders;
pub(crate) mod outbox;
pub(crate) mod products;

use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod};
use tokio_postgres::NoTls;
use tokio_postgres::error::SqlState;

use crate::config::DatabaseConfig;
use crate::error::{AppError, Service};

/// A small pool: a command uses one or two connections at a time.
pub(crate) fn pool(db: &DatabaseConfig) -> Pool {
    let manager = Manager::from_config(
        db.pg().clone(),
        NoTls,
        ManagerConfig { recycling_method: RecyclingMethod::Fast },
    );
    Pool::builder(manager)
        .max_size(4)
        .runtime(deadpool_postgres::Runtime::Tokio1)
        .wait_timeout(Some(db.timeout()))
        .create_timeout(Some(db.timeout()))
        .build()
        .expect("pool settings are static and valid")
}

/// Takes a connection, turning every way of not getting one into exit code 5.
pub(crate) async fn connect(pool: &Pool, timeout: Duration) -> Result<Object, AppError> {
    pool.get().await.map_err(|err| {
        let detail = match &err {
            deadpool_postgres::PoolError::Backend(pg) => describe_connect_error(pg),
            deadpool_postgres::PoolError::Timeout(_) => {
                format!("no connection within {}s", timeout.as_secs())
            }
            other => other.to_string(),
        };
        AppError::Unavailable { what: Service::Postgres, detail }
    })
}

/// The cause of a connection failure, without anything from the URL.
pub(crate) fn describe_connect_error(err: &tokio_postgres::Error) -> String {
    if let Some(db) = err.as_db_error() {
        return db.message().to_owned();
    }
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        text = format!("{text}: {cause}");
        source = cause.source();
    }
    text
}

/// The SQLSTATE and constraint of a database error, if it is one.
pub(crate) fn violation(err: &tokio_postgres::Error) -> Option<(&SqlState, Option<&str>)> {
    err.as_db_error().map(|db| (db.code(), db.constraint()))
}

/// Classifies a Postgres error found anywhere in a report's cause chain, for
/// errors that no command turned into an `AppError` itself.
pub(crate) fn classify(err: &tokio_postgres::Error) -> Option<AppError> {
    if is_connection_error(err) {
        return Some(AppError::Unavailable {
            what: Service::Postgres,
            detail: describe_connect_error(err),
        });
    }
    let db = err.as_db_error()?;
    let code = db.code().code();
    if code.starts_with("23") {
        return Some(AppError::rejected(db.message()));
    }
    if code.starts_with("08") || code.starts_with("57P") {
        return Some(AppError::Unavailable {
            what: Service::Postgres,
            detail: db.message().to_owned(),
        });
    }
    None
}

/// A lost or failed connection (as opposed to an error in a statement).
fn is_connection_error(err: &tokio_postgres::Error) -> bool {
    if err.is_closed() {
        return true;
    }
    let text = err.to_string();
    if text.starts_with("error connecting") || text.starts_with("timeout") {
        return true;
    }
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        if cause.is::<std::io::Error>() {
            return true;
        }
        source = cause.source();
    }
    false
}

/// Whether a Postgres error means the schema is missing or older than the binary.
pub(crate) fn is_schema_missing(err: &tokio_postgres::Error) -> bool {
    matches!(
        err.code(),
        Some(
            &SqlState::UNDEFINED_TABLE
                | &SqlState::UNDEFINED_COLUMN
                | &SqlState::UNDEFINED_FUNCTION
        )
    )
}
