//! The live feed (`orders watch`, the console): the `ecomctl_orders`
//! notifications, kept connected — LISTEN on a connection of its own,
//! reconnecting with backoff after a loss — and understood: only the
//! notices ecomctl's writers send come through (`db::order_feed`), and the
//! orders they name are read from the database by whoever shows them.

use tokio::sync::mpsc::{UnboundedReceiver, unbounded_channel};

use super::backoff::Backoff;
use crate::db::connection::DatabaseConfig;
use crate::db::listen::listen;
use crate::db::order_feed::{CHANNEL, Notice};

/// What happens on the feed.
pub(crate) enum FeedEvent {
    /// Listening; `again` after a loss (what happened meanwhile was not seen).
    Connected {
        again: bool,
    },
    /// The connection could not be made (said once per outage).
    Failed(String),
    /// The connection was lost; reconnecting.
    Lost,
    Notice(Notice),
}

/// The feed, running until dropped.
pub(crate) struct Feed {
    pub(crate) events: UnboundedReceiver<FeedEvent>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Feed {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Starts listening for `database`'s order notifications.
pub(crate) fn start(database: DatabaseConfig) -> Feed {
    let (tx, events) = unbounded_channel();
    let task = tokio::spawn(async move {
        let mut backoff = Backoff::default();
        let mut connected_once = false;
        loop {
            match listen(&database, CHANNEL).await {
                Ok(mut listener) => {
                    backoff.reset();
                    if tx.send(FeedEvent::Connected { again: connected_once }).is_err() {
                        return;
                    }
                    connected_once = true;
                    while let Some(payload) = listener.payloads.recv().await {
                        let Some(notice) = Notice::parse(&payload) else { continue };
                        if tx.send(FeedEvent::Notice(notice)).is_err() {
                            return;
                        }
                    }
                    if tx.send(FeedEvent::Lost).is_err() {
                        return;
                    }
                }
                Err(err) => {
                    if !backoff.failing() && tx.send(FeedEvent::Failed(format!("{err:#}"))).is_err()
                    {
                        return;
                    }
                }
            }
            tokio::time::sleep(backoff.next()).await;
        }
    });
    Feed { events, task }
}
