//! Running a command: `dispatch` builds the session (settings, PostgreSQL
//! pool, reporter) once and hands it to the command's group, which parses
//! its request, calls the use case (`app`) and renders the result
//! (`output`).

use super::admin::{completions, console, contexts, demo, doctor, migrate};
use super::search::{index, reindex, sync};
use super::{orders, products, search};

use color_eyre::eyre::Result;

use crate::app::Session;
use crate::cli::{Cli, Command};
use crate::config::Config;
use crate::domain::OutputFormat;
use crate::output::Messages;

/// What every command is given: the session its use cases run in, and
/// where the command line's own lines go.
pub(crate) struct Context {
    pub(crate) session: Session,
    pub(crate) messages: Messages,
}

/// Runs a command that needs no settings at all (no database, Meilisearch
/// or config file: printing the man page or a completion script), before
/// settings are resolved; `None` for every other command.
pub(crate) fn without_settings(command: &Command) -> Option<Result<()>> {
    match command {
        Command::Completions(args) => Some(completions::completions(args.shell)),
        Command::Man => Some(completions::man()),
        Command::Options => Some(completions::options()),
        _ => None,
    }
}

pub(crate) async fn dispatch(cli: Cli, config: Config) -> Result<()> {
    // --fields and --jq are checked before anything runs.
    let prints = super::shape::prints(&cli.command, config.jq.is_some(), &config.command)?;
    crate::output::shape::configure(
        &config.command,
        config.fields.as_deref(),
        config.jq.as_deref(),
        prints,
    )?;
    let messages = Messages::of(&config);
    messages.debug(format!("database: {}", config.database));
    crate::output::escape_on_terminal(match config.output {
        OutputFormat::Table => crate::output::OnTerminal::Raw,
        OutputFormat::Json | OutputFormat::Ndjson => crate::output::OnTerminal::Json,
        OutputFormat::Csv => crate::output::OnTerminal::Text,
    });
    let ctx = Context { session: Session::new(config, Box::new(messages)), messages };
    if contexts::is_write(&cli.command) {
        crate::cli::prompt::guard_protected(&ctx.session.config)?;
    }
    match cli.command {
        Command::Migrate(args) => migrate::run(&ctx, args).await,
        Command::Products(cmd) => products::run::run(&ctx, cmd).await,
        Command::Orders(cmd) => orders::run::run(&ctx, cmd).await,
        Command::Search(args) => search::run::run(&ctx, args).await,
        Command::Sync(args) => sync::run(&ctx, args).await,
        Command::Reindex(args) => reindex::run(&ctx, args).await,
        Command::Index(cmd) => index::run(&ctx, cmd).await,
        Command::Doctor => doctor::run(&ctx).await,
        Command::Demo(args) => demo::run(&ctx, args.force).await,
        Command::Completions(args) => completions::completions(args.shell),
        Command::Man => completions::man(),
        Command::Options => completions::options(),
        Command::Config(cmd) => contexts::run(&ctx, cmd),
        Command::Console => console::run(ctx).await,
    }
}

/// Pushes a committed change to search, saying what went wrong (the change
/// itself is safe either way).
pub(crate) async fn publish<T>(ctx: &Context, committed: crate::app::Committed<T>) -> Result<()> {
    for warning in committed.push.run(&ctx.session).await? {
        ctx.messages.warn(warning);
    }
    Ok(())
}
