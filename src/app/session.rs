//! What every use case is given: the settings, the PostgreSQL pool, who
//! acts (for history), and where to report.

use deadpool_postgres::{Object, Pool};

use crate::config::Config;
use crate::db::history::Actor;
use crate::error::AppError;
use crate::report::Reporter;
use crate::search::Meili;

pub(crate) struct Session {
    pub(crate) config: Config,
    reporter: Box<dyn Reporter>,
    pool: Pool,
    actor: std::sync::OnceLock<Actor>,
}

impl Session {
    /// A session over `config`'s database (no connection is made yet),
    /// reporting to `reporter`.
    pub(crate) fn new(config: Config, reporter: Box<dyn Reporter>) -> Self {
        let pool = crate::db::pool(&config.database);
        Session { config, reporter, pool, actor: Default::default() }
    }

    /// Where work says what happens.
    pub(crate) fn reporter(&self) -> &dyn Reporter {
        &*self.reporter
    }

    /// A PostgreSQL connection; failing to get one is exit code 5.
    pub(crate) async fn db(&self) -> Result<Object, AppError> {
        crate::db::connect(&self.pool, &self.config.database).await
    }

    /// The connection pool (for work that takes connections as it goes).
    pub(crate) fn pool(&self) -> &Pool {
        &self.pool
    }

    /// Who acts, for the history of what changes (looked up once, when
    /// first needed).
    pub(crate) fn actor(&self) -> &Actor {
        self.actor.get_or_init(|| Actor::current(&self.config.command))
    }

    /// A Meilisearch client for the configured server and index; its
    /// document tasks say what sent them, down to this process's claim
    /// token (which a confirmation checks: `outbox::confirm`).
    pub(crate) fn meili(&self) -> Result<Meili, AppError> {
        let token = crate::outbox::push::claim_token();
        let tag =
            format!("{}{}", self.actor().task_tag(), crate::outbox::confirm::pusher_tag(token));
        Ok(Meili::new(&self.config.meili)?.with_task_tag(tag))
    }
}
