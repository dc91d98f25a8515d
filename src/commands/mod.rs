//! One module per command. `dispatch` builds the shared context (settings,
//! Postgres pool) once and hands it to the command, which only orchestrates:
//! validation in `domain`, queries in `db`, search in `search`, rendering in
//! `output`.

mod bulk;
mod completions;
mod console;
mod contexts;
mod demo;
mod doctor;
mod history;
mod index;
mod migrate;
mod order_wizard;
mod orders;
mod products;
mod reindex;
mod search;
mod sync;
mod watch;

use color_eyre::eyre::Result;
use deadpool_postgres::{Object, Pool};

use crate::cli::{Cli, Command};
use crate::config::Config;
use crate::db::history::Actor;
use crate::domain::OutputFormat;
use crate::error::AppError;
use crate::output::Messages;
use crate::search::Meili;

/// What every command is given.
pub(crate) struct Context {
    pub(crate) config: Config,
    pub(crate) messages: Messages,
    pool: Pool,
    actor: std::sync::OnceLock<Actor>,
}

impl Context {
    /// A Postgres connection; failing to get one is exit code 5.
    pub(crate) async fn db(&self) -> Result<Object, AppError> {
        crate::db::connect(&self.pool, &self.config.database).await
    }

    /// The connection pool (for work that takes connections as it goes).
    pub(crate) fn pool(&self) -> &Pool {
        &self.pool
    }

    /// Who runs this command, for the history of what it changes (looked up
    /// once, when first needed).
    pub(crate) fn actor(&self) -> &Actor {
        self.actor.get_or_init(|| Actor::current(&self.config.command))
    }

    /// A Meilisearch client for the configured server and index.
    /// Its document tasks say what sent them.
    pub(crate) fn meili(&self) -> Result<Meili, AppError> {
        Ok(Meili::new(&self.config.meili)?.with_task_tag(self.actor().task_tag()))
    }

    /// After a committed change: pushes the orders' documents (or deletions)
    /// to Meilisearch and returns once it has accepted them. The change is
    /// safe in Postgres and queued in the outbox whatever happens here, so a
    /// failure is one warning — unless `--wait` asked for read-your-write,
    /// which then blocks until the change is indexed and fails if it is not.
    ///
    /// `known`: orders the command already holds as written, with the outbox
    /// version of that write; the push uses them instead of reading the
    /// orders again when nothing changed since.
    pub(crate) async fn push_to_search(
        &self,
        client: &Object,
        order_ids: &[i64],
        known: &[(crate::model::Order, i64)],
    ) -> Result<()> {
        for warning in self.push_changes(client, order_ids, known).await? {
            self.messages.warn(warning);
        }
        Ok(())
    }

    /// `push_to_search`, returning its warnings instead of printing them
    /// (the console shows them in its own status line).
    pub(crate) async fn push_changes(
        &self,
        client: &Object,
        order_ids: &[i64],
        known: &[(crate::model::Order, i64)],
    ) -> Result<Vec<String>> {
        if !self.config.meili.push_on_write || order_ids.is_empty() {
            return Ok(Vec::new());
        }
        let wait = self.config.meili.wait;
        let mut warnings = Vec::new();
        let pushed = async {
            let meili = self.meili()?;
            // Housekeeping alongside the push, pipelined on the same
            // connection: confirm what earlier commands sent (one lookup).
            let (push, earlier) = tokio::join!(
                crate::search::push::push_changed(client, &meili, order_ids, known),
                async {
                    if wait {
                        return Ok(Default::default());
                    }
                    crate::search::confirm::confirm_earlier(client, &meili).await
                }
            );
            if let Err(err) = earlier {
                self.messages.debug(format!("confirming earlier pushes failed: {err:#}"));
            }
            let push = push?;
            for refused in &push.refused {
                warnings.push(format!(
                    "order #{} is left out of the search index: {}",
                    refused.order_id, refused.reason
                ));
            }
            if wait {
                let limit = self.config.meili.wait_timeout;
                crate::search::sync::wait_indexed(client, &meili, order_ids, limit).await?;
                self.messages.debug(format!("indexed by Meilisearch (orders {order_ids:?})"));
            } else {
                let tasks: Vec<String> = push.tasks.iter().map(u32::to_string).collect();
                self.messages.debug(if tasks.is_empty() {
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

/// Runs `work` in one transaction on `client`: committed when it succeeds,
/// rolled back when it fails (`db::session::transaction`).
pub(crate) async fn in_transaction<T>(
    client: &tokio_postgres::Client,
    work: impl AsyncFnOnce(&tokio_postgres::Client) -> Result<T>,
) -> Result<T> {
    crate::db::session::transaction(client, work).await
}

/// Runs a command that needs no settings at all (no database, Meilisearch
/// or config file: printing the man page or a completion script), before
/// settings are resolved; `None` for every other command.
pub(crate) fn without_settings(command: &Command) -> Option<Result<()>> {
    match command {
        Command::Completions(args) => Some(completions::completions(args.shell)),
        Command::Man => Some(completions::man()),
        _ => None,
    }
}

pub(crate) async fn dispatch(cli: Cli, config: Config) -> Result<()> {
    let pool = crate::db::pool(&config.database);
    let messages = config.messages();
    messages.debug(format!("database: {}", config.database));
    crate::output::escape_on_terminal(match config.output {
        OutputFormat::Table => crate::output::OnTerminal::Raw,
        OutputFormat::Json | OutputFormat::Ndjson => crate::output::OnTerminal::Json,
        OutputFormat::Csv => crate::output::OnTerminal::Text,
    });
    let ctx = Context { config, messages, pool, actor: Default::default() };
    if contexts::is_write(&cli.command) {
        contexts::guard_protected(&ctx.config)?;
    }
    match cli.command {
        Command::Migrate(args) => migrate::run(&ctx, args).await,
        Command::Products(cmd) => products::run(&ctx, cmd).await,
        Command::Orders(cmd) => orders::run(&ctx, cmd).await,
        Command::Search(args) => search::run(&ctx, args).await,
        Command::Sync(args) => sync::run(&ctx, args).await,
        Command::Reindex(args) => reindex::run(&ctx, args).await,
        Command::Index(cmd) => index::run(&ctx, cmd).await,
        Command::Doctor => doctor::run(&ctx).await,
        Command::Demo(args) => demo::run(&ctx, args.force).await,
        Command::Completions(args) => completions::completions(args.shell),
        Command::Man => completions::man(),
        Command::Config(cmd) => contexts::run(&ctx, cmd),
        Command::Console => console::run(ctx).await,
    }
}
