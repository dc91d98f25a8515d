//! Push-after-write, the policy of every change: once a change is committed
//! (and its orders queued in the outbox, in the same transaction), their
//! documents are pushed to Meilisearch and the command returns as soon as
//! Meilisearch has accepted them. The change is safe in PostgreSQL and
//! queued whatever happens here, so a failed push is a warning — unless
//! `--wait` asked for read-your-write, which then blocks until the change
//! is indexed and fails if it is not.

use color_eyre::eyre::Result;
use deadpool_postgres::Object;

use super::Session;
use crate::model::Order;

/// A change committed in PostgreSQL, its push still to do: the front end
/// shows `value` first (with `--wait`, the push may take a while), then
/// runs `push`. Dropping the push is safe: the orders stay queued for
/// `ecomctl sync`.
#[must_use = "run the push (push-after-write), or the change waits for `ecomctl sync`"]
pub(crate) struct Committed<T> {
    pub(crate) value: T,
    pub(crate) push: Push,
}

/// The orders a committed change queued, to push.
#[must_use = "run the push, or the change waits for `ecomctl sync`"]
pub(crate) struct Push {
    client: Object,
    orders: Vec<i64>,
    /// Orders as the change wrote them, with the outbox version of that
    /// write: pushed as they are instead of read again, when nothing
    /// changed since.
    known: Vec<(Order, i64)>,
}

impl Push {
    pub(crate) fn new(client: Object, orders: Vec<i64>, known: Vec<(Order, i64)>) -> Self {
        Push { client, orders, known }
    }

    /// Pushes the orders' documents (or deletions) and returns what the
    /// operator should know (a push that failed, an order left out of the
    /// index).
    pub(crate) async fn run(self, s: &Session) -> Result<Vec<String>> {
        let Push { client, orders, known } = self;
        let meili_settings = &s.config.meili;
        if !meili_settings.push_on_write || orders.is_empty() {
            return Ok(Vec::new());
        }
        let wait = meili_settings.wait;
        let reporter = s.reporter();
        let mut warnings = Vec::new();
        let pushed = async {
            let meili = s.meili()?;
            // Housekeeping alongside the push, pipelined on the same
            // connection: confirm what earlier commands sent (one lookup).
            let (push, earlier) = tokio::join!(
                crate::outbox::push::push_changed(&client, &meili, &orders, &known),
                async {
                    if wait {
                        return Ok(Default::default());
                    }
                    crate::outbox::confirm::confirm_earlier(&client, &meili).await
                }
            );
            if let Err(err) = earlier {
                reporter.debug(format!("confirming earlier pushes failed: {err:#}"));
            }
            let push = push?;
            for refused in &push.refused {
                warnings.push(format!(
                    "order #{} is left out of the search index: {}",
                    refused.order_id, refused.reason
                ));
            }
            if wait {
                let limit = meili_settings.wait_timeout;
                crate::outbox::drain::wait_indexed(&client, &meili, &orders, limit).await?;
                reporter.debug(format!("indexed by Meilisearch (orders {orders:?})"));
            } else {
                let tasks: Vec<String> = push.tasks.iter().map(u32::to_string).collect();
                reporter.debug(if tasks.is_empty() {
                    "queued for search (left to `ecomctl sync` or the process already pushing it)"
                        .to_string()
                } else {
                    format!("queued for search (Meilisearch task {})", tasks.join(", "))
                });
            }
            Ok::<_, color_eyre::Report>(())
        };
        match pushed.await {
            Ok(()) => Ok(warnings),
            Err(err) if wait => Err(err.wrap_err(
                "the change is committed and queued, but --wait could not see it indexed",
            )),
            Err(err) => {
                warnings.push(format!(
                    "the search index was not updated ({err}); the change is queued: run `ecomctl sync`"
                ));
                Ok(warnings)
            }
        }
    }
}
