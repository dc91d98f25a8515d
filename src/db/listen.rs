//! LISTEN on a PostgreSQL channel over a dedicated connection (not the
//! pool), with every notification's payload handed over on a channel that
//! closes when the connection is lost — so the listener can reconnect.
//! (Awaiting the `Connection` future itself would drop notifications: its
//! messages are polled instead.)

use color_eyre::eyre::Result;
use futures_util::future::poll_fn;
use tokio::sync::mpsc;
use tokio_postgres::AsyncMessage;

use super::connection::DatabaseConfig;

pub(crate) struct Listener {
    /// Dropping the client would end the connection.
    _client: tokio_postgres::Client,
    /// Payloads, in the order PostgreSQL delivered them; `None` once the
    /// connection is gone.
    pub(crate) payloads: mpsc::UnboundedReceiver<String>,
}

pub(crate) async fn listen(db: &DatabaseConfig, channel: &str) -> Result<Listener> {
    let (client, mut connection) =
        db.connect_raw().await.map_err(|err| super::connect_error(&err, db))?;
    let (tx, payloads) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        loop {
            match poll_fn(|cx| connection.poll_message(cx)).await {
                Some(Ok(AsyncMessage::Notification(n))) => {
                    if tx.send(n.payload().to_owned()).is_err() {
                        break;
                    }
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => break,
            }
        }
    });
    client.batch_execute(&format!("LISTEN {channel}")).await?;
    Ok(Listener { _client: client, payloads })
}
