//! Whether the two services answer, and how far behind the outbox is:
//! PostgreSQL (with the outbox's lag, one query) and Meilisearch (`GET
//! /health`), checked side by side within a limit — what the console's
//! status line and the watcher's `/readyz` both show.

use std::time::Duration;

use deadpool_postgres::Pool;

use crate::db::connection::DatabaseConfig;
use crate::outbox::{self, Lag};
use crate::search::Meili;

/// What one check found: each service's answer, or why there was none.
pub(crate) struct Checked {
    pub(crate) postgres: Result<Lag, String>,
    pub(crate) meilisearch: Result<(), String>,
}

/// What a check needs; owned, so that a task of its own can keep it.
#[derive(Clone)]
pub(crate) struct Probe {
    pub(crate) pool: Pool,
    pub(crate) database: DatabaseConfig,
    pub(crate) meili: Meili,
}

impl Probe {
    pub(crate) fn of(s: &super::Session, meili: &Meili) -> Self {
        Probe { pool: s.pool().clone(), database: s.config.database.clone(), meili: meili.clone() }
    }

    /// Both services, each given at most `limit`.
    pub(crate) async fn check(&self, limit: Duration) -> Checked {
        let postgres = async {
            let client =
                crate::db::connect(&self.pool, &self.database).await.map_err(|e| e.to_string())?;
            outbox::lag(&**client).await.map_err(|e| format!("{e:#}"))
        };
        let meilisearch = async {
            let health = self.meili.call(self.meili.client().health()).await;
            health.map(|_| ()).map_err(|e| e.to_string())
        };
        let late = || "no answer in time".to_owned();
        let (postgres, meilisearch) = tokio::join!(
            tokio::time::timeout(limit, postgres),
            tokio::time::timeout(limit, meilisearch)
        );
        Checked {
            postgres: postgres.unwrap_or_else(|_| Err(late())),
            meilisearch: meilisearch.unwrap_or_else(|_| Err(late())),
        }
    }
}
