//! Statements about the session and the database as a whole: transaction
//! control for commands that pipeline it, what `doctor` reports about the
//! connection, whether a database holds data yet.

use std::sync::atomic::{AtomicU64, Ordering};

use tokio_postgres::GenericClient;

use super::DbResult;
use super::decode;

/// Runs `work` in one transaction: COMMIT when it succeeds, ROLLBACK when
/// it fails. BEGIN is a plain statement sent together with `work`'s first
/// one (pipelined: every command is a new session, so the round trip saved
/// is a real share of a small write). Every command that changes data opens
/// its transaction this way.
pub(crate) async fn transaction<T, E: From<tokio_postgres::Error>>(
    client: &tokio_postgres::Client,
    work: impl AsyncFnOnce(&tokio_postgres::Client) -> Result<T, E>,
) -> Result<T, E> {
    let begin = match LOCK_TIMEOUT_MS.load(Ordering::Relaxed) {
        0 => "BEGIN".to_owned(),
        ms => format!("BEGIN; SET LOCAL lock_timeout = {ms}"),
    };
    let (begun, done) = tokio::join!(client.batch_execute(&begin), work(client));
    begun?;
    match done {
        Ok(value) => {
            client.batch_execute("COMMIT").await?;
            Ok(value)
        }
        Err(err) => {
            // Best effort: a connection that is gone has rolled back already.
            let _ = client.batch_execute("ROLLBACK").await;
            Err(err)
        }
    }
}

/// How long a transaction's statements wait for a lock (0: as long as it
/// takes), set once for the command (`set_lock_timeout`).
static LOCK_TIMEOUT_MS: AtomicU64 = AtomicU64::new(0);

/// Makes the transactions of this command give up waiting for a lock after
/// `limit` (`SET LOCAL lock_timeout`, sent with BEGIN: no round trip, and
/// safe behind a transaction-pooling proxy), so that an interactive command
/// cannot wait forever behind rows a psql session holds. The error is exit
/// 5 (`db::classify`).
pub(crate) fn set_lock_timeout(limit: std::time::Duration) {
    // PostgreSQL takes at most i32::MAX milliseconds (about 24 days).
    let ms = u64::try_from(limit.as_millis()).unwrap_or(u64::MAX).clamp(1, i32::MAX as u64);
    LOCK_TIMEOUT_MS.store(ms, Ordering::Relaxed);
}

/// What the server says about this connection.
pub(crate) struct SessionInfo {
    pub(crate) server_version: String,
    pub(crate) role: String,
    pub(crate) application_name: String,
    /// `None` when pg_stat_ssl could not be read.
    pub(crate) tls: Option<bool>,
    pub(crate) tls_protocol: Option<String>,
}

pub(crate) async fn info(client: &impl GenericClient) -> DbResult<SessionInfo> {
    let row = client
        .query_one(
            "SELECT current_setting('server_version') AS server_version, current_user AS role, \
                    current_setting('application_name') AS application_name, \
                    (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()) AS tls, \
                    (SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()) AS tls_protocol",
            &[],
        )
        .await?;
    let setting = |name| decode::column(&row, "session", name);
    Ok(SessionInfo {
        server_version: setting("server_version")?,
        role: setting("role")?,
        application_name: setting("application_name")?,
        tls: decode::column(&row, "session", "tls")?,
        tls_protocol: decode::column(&row, "session", "tls_protocol")?,
    })
}

/// Whether any product or order exists (`demo` loads only into an empty database).
pub(crate) async fn has_data(client: &impl GenericClient) -> DbResult<bool> {
    let row = client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM products) OR EXISTS (SELECT 1 FROM orders) AS has_data",
            &[],
        )
        .await?;
    Ok(decode::column(&row, "session", "has_data")?)
}

/// How the capture of other writers' changes (migration V11) stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Capture {
    /// The capture triggers present.
    pub(crate) triggers: i64,
    /// Those that do not fire for an ordinary session (disabled, or set to
    /// fire only under `session_replication_role = replica`).
    pub(crate) not_firing: Vec<String>,
    /// This session says it is ecomctl (`ecomctl.writer = on`), so its own
    /// writes are not captured twice.
    pub(crate) marked: bool,
}

/// The number of capture triggers migration V11 creates.
pub(crate) const CAPTURE_TRIGGERS: i64 = 12;

/// Reads the capture triggers' state and this session's mark; writes nothing.
pub(crate) async fn capture(client: &impl GenericClient) -> DbResult<Capture> {
    let row = client
        .query_one(
            "SELECT count(*) AS triggers, \
                    coalesce(array_agg(t.tgname::text ORDER BY t.tgname) \
                             FILTER (WHERE t.tgenabled NOT IN ('O', 'A')), '{}') AS not_firing, \
                    current_setting('ecomctl.writer', true) IS NOT DISTINCT FROM 'on' AS marked \
             FROM pg_trigger t \
             WHERE t.tgrelid IN ('orders'::regclass, 'order_items'::regclass, 'products'::regclass) \
               AND t.tgname LIKE 'capture\\_%' AND NOT t.tgisinternal",
            &[],
        )
        .await?;
    Ok(Capture {
        triggers: decode::column(&row, "pg_trigger", "triggers")?,
        not_firing: decode::column(&row, "pg_trigger", "not_firing")?,
        marked: decode::column(&row, "pg_trigger", "marked")?,
    })
}
