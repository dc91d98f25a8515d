//! The LISTEN feed of `orders watch`, kept connected for the console: a
//! task that listens on `ecomctl_orders`, hands each payload to the event
//! loop, says when it is connected or not, and reconnects with backoff.

use std::time::Duration;

use tokio::sync::mpsc::UnboundedSender;

use crate::db::connection::DatabaseConfig;
use crate::db::listen::listen;
use crate::db::order_feed::CHANNEL;

pub(crate) enum FeedMessage {
    Connected,
    Lost,
    Payload(String),
}

/// Runs until the receiver is gone.
pub(crate) async fn listen_forever(database: DatabaseConfig, tx: UnboundedSender<FeedMessage>) {
    let mut failures = 0u32;
    loop {
        match listen(&database, CHANNEL).await {
            Ok(mut listener) => {
                failures = 0;
                if tx.send(FeedMessage::Connected).is_err() {
                    return;
                }
                while let Some(payload) = listener.payloads.recv().await {
                    if tx.send(FeedMessage::Payload(payload)).is_err() {
                        return;
                    }
                }
            }
            Err(_) => failures += 1,
        }
        if tx.send(FeedMessage::Lost).is_err() {
            return;
        }
        let delay = Duration::from_millis(250) * 2u32.pow(failures.min(7));
        tokio::time::sleep(delay.min(Duration::from_secs(30))).await;
    }
}

/// Aborts the feed task when the console ends, however it ends.
pub(crate) struct FeedTask(pub(crate) tokio::task::JoinHandle<()>);

impl Drop for FeedTask {
    fn drop(&mut self) {
        self.0.abort();
    }
}
