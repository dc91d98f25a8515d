//! PostgreSQL access. Functions take the client or transaction they run in, so
//! the command decides where a transaction starts and commits. Rows are
//! decoded into the model (`crate::model`) by column name (`decode.rs`);
//! failures are typed (`error.rs`).
//!
//! # The lock order
//!
//! Every writer takes its row locks in this order, and within a table in
//! ascending id order, so concurrent writers cannot deadlock:
//!
//! 1. **orders** — the order being changed (`order_writes::lock`, FOR UPDATE), or
//!    the orders whose lines a product delete unlinks
//!    (`products::lock_for_delete`, FOR NO KEY UPDATE);
//! 2. **products** — FOR NO KEY UPDATE for stock and field changes
//!    (`products::lock_refs`, `lock_by_ids`, the imports' stock and upsert
//!    locks), FOR UPDATE only to delete; an orders import locks every
//!    product its lines link to up front, in id order (FOR NO KEY UPDATE
//!    when it takes stock, else the KEY SHARE of the lines' foreign keys);
//! 3. **order_items** — written only under the lock of their order (or,
//!    for ON DELETE SET NULL, of their product);
//! 4. **search_outbox** — last, in order_id order (`outbox::enqueue` sorts;
//!    the pusher's bookkeeping locks in the same order). Pushers claim
//!    entries with a column, not a lock held across Meilisearch calls.
//!
//! Advisory locks: the migration lock (`migrate`), one reindex per index,
//! and the swap lock (shared by pushes, exclusive while a reindex enqueues
//! its swap; writers only ever *try* it).

pub(crate) mod bulk_writes;
mod conn_string;
pub(crate) mod connection;
pub(crate) mod conninfo;
pub(crate) mod dashboard;
pub(crate) mod decode;
pub(crate) mod error;
pub(crate) mod history;
pub(crate) mod ids;
pub(crate) mod listen;
pub(crate) mod masked;
pub(crate) mod migrate;
pub(crate) mod order_feed;
pub(crate) mod order_import;
pub(crate) mod order_stream;
pub(crate) mod order_writes;
pub(crate) mod orders;
pub(crate) mod outbox;
mod outbox_backlog;
mod outbox_tasks;
mod passfile;
pub(crate) mod product_import;
pub(crate) mod products;
pub(crate) mod rebuilds;
pub(crate) mod search_versions;
pub(crate) mod selection;
mod service_file;
pub(crate) mod session;
pub(crate) mod tls;
pub(crate) mod verifications;

use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod};
use tokio_postgres::error::SqlState;

use crate::db::connection::DatabaseConfig;
use crate::error::{AppError, Missing, Refusal, Service, SystemError};

pub(crate) use error::{DbError, DbResult};

/// The transaction's time (`now()`): what an import records as the time of
/// records that name none, the same for all of them.
pub(crate) async fn transaction_time(
    client: &impl tokio_postgres::GenericClient,
) -> DbResult<time::OffsetDateTime> {
    let row = client.query_one("SELECT now() AS now", &[]).await?;
    Ok(decode::column(&row, "transaction", "now")?)
}

/// A small pool: a command uses one or two connections at a time.
pub(crate) fn pool(db: &DatabaseConfig) -> Pool {
    let manager = Manager::from_connect(
        db.first().clone(),
        db.pool_connector(),
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

/// Takes a connection, turning every way of not getting one into the error
/// that says what happened (see `connect_error`).
pub(crate) async fn connect(pool: &Pool, db: &DatabaseConfig) -> Result<Object, AppError> {
    pool.get().await.map_err(|err| match &err {
        deadpool_postgres::PoolError::Backend(pg) => connect_error(pg, db),
        deadpool_postgres::PoolError::Timeout(_) => AppError::Unavailable {
            what: Service::Postgres,
            detail: format!("no connection to {db} within {}s", db.timeout().as_secs()),
        },
        other => AppError::Unavailable { what: Service::Postgres, detail: other.to_string() },
    })
}

/// What a failed connection attempt means, in one line that tells the truth:
/// unreachable (exit 5), authentication failed or TLS refused or the
/// certificate rejected (exit 4, a setting to fix: retrying will not help),
/// the database missing (exit 3).
pub(crate) fn connect_error(err: &tokio_postgres::Error, db: &DatabaseConfig) -> AppError {
    let user = db.first().get_user().unwrap_or("?");
    let dbname = db.first().get_dbname().unwrap_or(user);
    if let Some(e) = err.as_db_error() {
        return match e.code().code() {
            "28P01" | "28000" => AppError::Rejected(Refusal::Authentication {
                user: user.to_owned(),
                server: db.to_string(),
                message: e.message().to_owned(),
            }),
            "3D000" => AppError::NotFound(Missing::Database {
                name: dbname.to_owned(),
                server: db.to_string(),
            }),
            _ => AppError::Unavailable { what: Service::Postgres, detail: e.message().to_owned() },
        };
    }
    let text = describe_connect_error(err);
    if text.contains("password missing") {
        return AppError::Rejected(Refusal::NoPassword {
            user: user.to_owned(),
            server: db.to_string(),
        });
    }
    if text.contains("server does not support TLS") {
        return AppError::Rejected(Refusal::NoTls {
            server: db.to_string(),
            mode: db.tls_settings().mode.as_str(),
        });
    }
    if let Some(tls) = crate::error::rustls_cause(err) {
        return AppError::Rejected(tls_refusal(tls, db));
    }
    AppError::Unavailable { what: Service::Postgres, detail: format!("{db}: {text}") }
}

/// Why the TLS handshake with PostgreSQL failed, and what to set.
fn tls_refusal(err: &rustls::Error, db: &DatabaseConfig) -> Refusal {
    use rustls::CertificateError as C;
    let server = db.to_string();
    match err {
        rustls::Error::InvalidCertificate(
            C::NotValidForName | C::NotValidForNameContext { .. },
        ) => Refusal::CertificateName { server },
        rustls::Error::InvalidCertificate(C::UnknownIssuer | C::BadSignature) => {
            Refusal::CertificateUntrusted { server }
        }
        rustls::Error::InvalidCertificate(C::Expired | C::ExpiredContext { .. }) => {
            Refusal::CertificateExpired { server }
        }
        other => Refusal::Tls { server, error: other.clone() },
    }
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

/// Classifies a Postgres error found anywhere in a report's cause chain, for
/// errors that no command turned into an `AppError` itself.
pub(crate) fn classify(err: &tokio_postgres::Error) -> Option<AppError> {
    if is_schema_missing(err) {
        return Some(AppError::System(SystemError::SchemaMissing));
    }
    if is_connection_error(err) {
        return Some(AppError::Unavailable {
            what: Service::Postgres,
            detail: describe_connect_error(err),
        });
    }
    let db = err.as_db_error()?;
    let code = db.code().code();
    if code.starts_with("23") {
        return Some(AppError::Rejected(Refusal::Constraint { message: db.message().to_owned() }));
    }
    if code == "55P03" {
        // lock_timeout (`--timeout`): another session holds the rows.
        return Some(AppError::TimedOut {
            what: Service::Postgres,
            detail: "waited longer than --timeout for a lock another session holds (see \
                     pg_locks and pg_stat_activity for who holds it)"
                .into(),
        });
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
    // (Failures to connect are turned into errors where the connection is
    // made, `connect_error`; what is left is a connection lost later.)
    if err.is_closed() {
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
