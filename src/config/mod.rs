//! The settings a command runs with, resolved once from the flags, the named
//! context, the environment, `.env` and the defaults — in that order of
//! precedence, here and nowhere else (shell completion uses the same
//! `resolve_connections`). This is also the one place that looks at the
//! terminal around the process (colour, prompts, progress).
//!
//! - `dotenv.rs`: what `.env` may set, and what it set;
//! - `contexts.rs`: the named contexts file.
//!
//! The settings themselves are `db::connection` (libpq's rules, TLS) and
//! `search::connection` (Meilisearch and its key).

pub(crate) mod args;
pub(crate) mod contexts;
pub(crate) mod dotenv;

use std::io::IsTerminal;
use std::time::Duration;

use self::args::GlobalArgs;
use self::contexts::{ActiveContext, Contexts};
use self::dotenv::DotEnv;
use crate::db::connection::{DatabaseConfig, FromDotEnv};
use crate::domain::{ColorChoice, LogFormat, OutputFormat};
use crate::error::{AppError, Usage};
use crate::search::connection::{KeySource, MeiliConfig, Secret};

/// Everything a command needs to know about how it was invoked.
#[derive(Debug)]
pub(crate) struct Config {
    /// The command being run, "ecomctl orders create": the `application_name`
    /// and the command history records.
    pub(crate) command: String,
    pub(crate) database: DatabaseConfig,
    pub(crate) meili: MeiliConfig,
    pub(crate) output: OutputFormat,
    /// `--fields`: the names given, in order (checked against what the
    /// command prints by the front end).
    pub(crate) fields: Option<Vec<String>>,
    /// `--jq`: the expression (compiled by the front end).
    pub(crate) jq: Option<String>,
    /// Skip confirmations (`--yes`).
    pub(crate) assume_yes: bool,
    /// Prompts are allowed: stdin and stderr are terminals and `--no-input` is absent.
    pub(crate) interactive: bool,
    /// Colour on stderr (errors, messages).
    pub(crate) color: bool,
    /// The `--color` choice, for deciding colour on stdout separately.
    pub(crate) color_choice: ColorChoice,
    /// Progress bars on stderr: a terminal, and neither `--no-progress` nor `-q`.
    pub(crate) progress: bool,
    pub(crate) quiet: bool,
    pub(crate) verbose: u8,
    pub(crate) log_format: LogFormat,
    /// The named context in force, if any (its settings are already applied).
    pub(crate) context: Option<ActiveContext>,
}

impl Config {
    /// The protected context a write must be confirmed for by typing its
    /// name, if the settings are in one.
    pub(crate) fn protected_context(&self) -> Option<&str> {
        self.context.as_ref().filter(|c| c.settings.protected).map(|c| c.name.as_str())
    }
}

/// Whether what the operator typed is the protected context's name (the
/// command line's prompt and the console's both ask this way).
pub(crate) fn check_typed_name(name: &str, typed: &str) -> Result<(), AppError> {
    if typed.trim() == name {
        Ok(())
    } else {
        Err(AppError::Usage(Usage::WrongName { name: name.to_owned() }))
    }
}

/// Where the connections go: what `resolve_connections` decides.
pub(crate) struct Connections {
    pub(crate) database: DatabaseConfig,
    pub(crate) meili: MeiliConfig,
    pub(crate) context: Option<ActiveContext>,
}

/// The settings of a command. `command` names the subcommand ("orders
/// create"), for the `application_name` a DBA sees in `pg_stat_activity`.
pub(crate) fn resolve(
    args: &GlobalArgs,
    command: &str,
    dotenv: &DotEnv,
    warn: &mut dyn FnMut(String),
) -> Result<Config, AppError> {
    let application_name =
        if command.is_empty() { "ecomctl".to_owned() } else { format!("ecomctl {command}") };
    let Connections { database, meili, context } =
        resolve_connections(args, &application_name, dotenv, warn)?;
    let stderr_tty = std::io::stderr().is_terminal();
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            stderr_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    Ok(Config {
        command: application_name,
        database,
        meili,
        output: output_format(args)?,
        fields: args.fields.as_deref().map(field_list).transpose()?,
        jq: args.jq.clone(),
        assume_yes: args.yes,
        interactive: !args.no_input && stderr_tty && std::io::stdin().is_terminal(),
        color,
        color_choice: args.color,
        // A log shipper reads JSON lines: no progress bar among them.
        progress: !args.no_progress
            && !args.quiet
            && stderr_tty
            && args.log_format == LogFormat::Human,
        quiet: args.quiet,
        verbose: args.verbose,
        log_format: args.log_format,
        context,
    })
}

/// `-o`, or JSON when `--jq` is given without it; `--jq` with `-o table`
/// or `-o csv` is a usage error.
fn output_format(args: &GlobalArgs) -> Result<OutputFormat, AppError> {
    match (args.jq.is_some(), args.output) {
        (true, OutputFormat::Table | OutputFormat::Csv) if args.output_typed => {
            let format = if args.output == OutputFormat::Csv { "csv" } else { "table" };
            Err(AppError::Usage(Usage::JqNeedsJson { format }))
        }
        (true, _) if !args.output_typed => Ok(OutputFormat::Json),
        (_, format) => Ok(format),
    }
}

/// `--fields a,b`: the names, trimmed; none empty, none twice.
fn field_list(text: &str) -> Result<Vec<String>, AppError> {
    let names: Vec<String> = text.split(',').map(|name| name.trim().to_owned()).collect();
    let problem = if names.iter().any(String::is_empty) {
        Some(format!(
            "an empty name in {text:?} (give field names separated by commas, e.g. id,state)"
        ))
    } else {
        names
            .iter()
            .enumerate()
            .find(|(i, name)| names[..*i].contains(name))
            .map(|(_, name)| format!("{name:?} is named twice"))
    };
    match problem {
        Some(problem) => Err(AppError::Usage(Usage::FieldList { problem })),
        None => Ok(names),
    }
}

/// The database and Meilisearch settings: flag > context > environment >
/// `.env` > default, with `.env`'s limits (see `dotenv.rs`): a secret from
/// the environment is not sent to a server `.env` named.
pub(crate) fn resolve_connections(
    args: &GlobalArgs,
    application_name: &str,
    dotenv: &DotEnv,
    warn: &mut dyn FnMut(String),
) -> Result<Connections, AppError> {
    check_unicode()?;
    let env = |name: &str| std::env::var(name).ok();
    let file = Contexts::load(&env)?;
    let context = file.select(args.context.as_deref(), args.typed("context"))?;
    let database = database(args, context.as_ref(), application_name, dotenv, &env, warn)?;
    let meili = meili(args, context.as_ref(), dotenv, &env, warn)?;
    Ok(Connections { database, meili, context })
}

/// PostgreSQL: the connection string from the flag, the context, the
/// environment or `.env` (what `.env` supplied is trusted with less:
/// `FromDotEnv`), completed as libpq does.
fn database(
    args: &GlobalArgs,
    context: Option<&ActiveContext>,
    application_name: &str,
    dotenv: &DotEnv,
    env: &dyn Fn(&str) -> Option<String>,
    warn: &mut dyn FnMut(String),
) -> Result<DatabaseConfig, AppError> {
    let from_context = context.and_then(|c| c.settings.database_url.clone());
    let (database_url, string_from_dotenv) = match (args.typed("database_url"), from_context) {
        (true, _) => (args.database_url.clone(), false),
        (false, Some(url)) => (Some(url), false),
        (false, None) => {
            (args.database_url.clone(), args.database_url.is_some() && dotenv.set("DATABASE_URL"))
        }
    };
    let set_by_dotenv = |var: &str| dotenv.set(var);
    let from_dotenv = FromDotEnv { string: string_from_dotenv, variable: &set_by_dotenv };
    let mut database =
        DatabaseConfig::resolve(database_url.as_deref(), env, from_dotenv, application_name, warn)?;
    let timeout = Duration::from_secs(args.timeout);
    database.set_timeout(timeout);
    if !waits_for_locks(application_name) {
        crate::db::session::set_lock_timeout(timeout);
    }
    Ok(database)
}

/// Meilisearch. A key goes only where its owner would send it: the
/// context's key to the context's own URL (or one typed on this command
/// line), never to one the environment, `.env` or the default chose; a key
/// from the environment never to a URL from `.env`.
fn meili(
    args: &GlobalArgs,
    context: Option<&ActiveContext>,
    dotenv: &DotEnv,
    env: &dyn Fn(&str) -> Option<String>,
    warn: &mut dyn FnMut(String),
) -> Result<MeiliConfig, AppError> {
    let settings = context.map(|c| &c.settings);
    let context_url = settings.and_then(|s| s.meili_url.clone());
    let (url, url_from) = match (args.typed("meili_url"), context_url) {
        (true, _) => (args.meili_url.clone(), UrlFrom::CommandLine),
        (false, Some(url)) => (url, UrlFrom::Context),
        (false, None) if dotenv.set("MEILI_URL") => (args.meili_url.clone(), UrlFrom::DotEnv),
        (false, None) => (args.meili_url.clone(), UrlFrom::Elsewhere),
    };
    let context_key = match context {
        Some(active) if !args.typed("meili_key") => {
            let has_key =
                active.settings.meili_key_env.is_some() || active.settings.meili_key_cmd.is_some();
            if has_key && matches!(url_from, UrlFrom::DotEnv | UrlFrom::Elsewhere) {
                warn(format!(
                    "context {:?} has a Meilisearch key but no meili_url, so its key is not sent \
                     to {} (add meili_url to the context, or give --meili-url)",
                    active.name,
                    crate::search::connection::redact_userinfo(&url)
                ));
                Some(KeySource::None)
            } else {
                active.settings.meili_key(env)?
            }
        }
        _ => None,
    };
    let (key, key_from_environment) = match context_key {
        Some(source) => (source, false),
        None => match args.meili_key.clone().or_else(|| env("MEILI_MASTER_KEY")) {
            None => (KeySource::None, false),
            Some(key) => {
                let from_environment = !(args.typed("meili_key")
                    || dotenv.set("MEILI_API_KEY")
                    || dotenv.set("MEILI_MASTER_KEY"));
                (Secret::new(&key).map_or(KeySource::None, KeySource::Given), from_environment)
            }
        },
    };
    let withheld =
        url_from == UrlFrom::DotEnv && key_from_environment && !matches!(key, KeySource::None);
    let key = if withheld {
        warn(
            "MEILI_URL comes from .env, so the Meilisearch key from the environment is not sent to \
             it (give the key in .env too, or set MEILI_URL in the environment)"
                .into(),
        );
        KeySource::None
    } else {
        key
    };
    let index = match (args.typed("index"), settings.and_then(|s| s.index.clone())) {
        (false, Some(index)) => index,
        _ => args.index.clone(),
    };
    let mut meili = MeiliConfig::new(&url, key, &index)?;
    meili.searchable = args.searchable;
    meili.compress = args.compress;
    meili.push_on_write = !args.no_index;
    meili.wait = args.wait;
    meili.wait_timeout = Duration::from_secs(args.wait_timeout);
    meili.request_timeout = Duration::from_secs(args.timeout);
    meili.ca_cert =
        match (args.typed("meili_ca_cert"), settings.and_then(|s| s.meili_ca_cert.clone())) {
            (false, Some(path)) => Some(path),
            _ => args.meili_ca_cert.clone(),
        };
    Ok(meili)
}

/// Where the Meilisearch URL came from, for deciding which keys may go to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UrlFrom {
    CommandLine,
    Context,
    DotEnv,
    /// The environment or the default.
    Elsewhere,
}

/// A setting that is not valid UTF-8 is refused, not skipped: skipping a
/// `PGHOST` would quietly connect to another server.
fn check_unicode() -> Result<(), AppError> {
    let names = crate::db::conninfo::variables().chain([
        "DATABASE_URL",
        "MEILI_URL",
        "MEILI_API_KEY",
        "MEILI_MASTER_KEY",
        "ECOMCTL_CONFIG",
        "ECOMCTL_CONTEXT",
        "XDG_CONFIG_HOME",
        "HOME",
    ]);
    for name in names {
        if let Err(std::env::VarError::NotUnicode(_)) = std::env::var(name) {
            return Err(AppError::Usage(Usage::NotUnicode { variable: name }));
        }
    }
    Ok(())
}

/// Jobs that may rightly wait for locks as long as it takes (a migration
/// behind another, an import or a reindex behind the writers of the day,
/// the watcher); every other command gives up after `--timeout`.
fn waits_for_locks(application_name: &str) -> bool {
    let command = application_name.strip_prefix("ecomctl").unwrap_or(application_name).trim();
    ["migrate", "reindex", "sync", "products import", "orders import", "demo", "index"]
        .iter()
        .any(|job| command == *job || command.starts_with(&format!("{job} ")))
}
