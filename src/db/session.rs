//! Statements about the session and the database as a whole: transaction
//! control for commands that pipeline it, what `doctor` reports about the
//! connection, whether a database holds data yet.

use tokio_postgres::GenericClient;

/// Transaction control sent as plain statements, so a command can pipeline
/// them with its own (`orders create` sends BEGIN with its locks and COMMIT
/// with its write: two round trips in all).
pub(crate) async fn begin(client: &tokio_postgres::Client) -> Result<(), tokio_postgres::Error> {
    client.batch_execute("BEGIN").await
}

pub(crate) async fn commit(client: &tokio_postgres::Client) -> Result<(), tokio_postgres::Error> {
    client.batch_execute("COMMIT").await
}

pub(crate) async fn rollback(client: &tokio_postgres::Client) -> Result<(), tokio_postgres::Error> {
    client.batch_execute("ROLLBACK").await
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

pub(crate) async fn info(
    client: &impl GenericClient,
) -> Result<SessionInfo, tokio_postgres::Error> {
    let row = client
        .query_one(
            "SELECT current_setting('server_version'), current_user, \
                    current_setting('application_name'), \
                    (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), \
                    (SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid())",
            &[],
        )
        .await?;
    Ok(SessionInfo {
        server_version: row.get(0),
        role: row.get(1),
        application_name: row.get(2),
        tls: row.get(3),
        tls_protocol: row.get(4),
    })
}

/// Whether any product or order exists (`demo` loads only into an empty database).
pub(crate) async fn has_data(client: &impl GenericClient) -> Result<bool, tokio_postgres::Error> {
    let row = client
        .query_one("SELECT EXISTS (SELECT 1 FROM products) OR EXISTS (SELECT 1 FROM orders)", &[])
        .await?;
    Ok(row.get(0))
}
