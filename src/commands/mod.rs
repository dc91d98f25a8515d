//! One module per command. `dispatch` builds the shared context (settings,
//! Postgres pool) once and hands it to the command, which only orchestrates:
//! validation in `domain`, queries in `db`, rendering in `output`.

mod migrate;
mod orders;
mod products;

use color_eyre::eyre::Result;
use deadpool_postgres::{Object, Pool};

use crate::cli::{Cli, Command};
use crate::config::Config;
use crate::error::AppError;
use crate::output::Messages;

/// What every command is given.
pub(crate) struct Context {
    pub(crate) config: Config,
    pub(crate) messages: Messages,
    pool: Pool,
}

impl Context {
    /// A Postgres connection; failing to get one is exit code 5.
    pub(crate) async fn db(&self) -> Result<Object, AppError> {
        crate::db::connect(&self.pool).await
    }
}

pub(crate) async fn dispatch(cli: Cli, config: Config) -> Result<()> {
    let pool = crate::db::pool(&config.database);
    let messages = Messages { quiet: config.quiet, verbose: config.verbose };
    messages.debug(format!("database: {}", config.database));
    let ctx = Context { config, messages, pool };
    match cli.command {
        Command::Migrate(args) => migrate::run(&ctx, args).await,
        Command::Products(cmd) => products::run(&ctx, cmd).await,
        Command::Orders(cmd) => orders::run(&ctx, cmd).await,
    }
}
