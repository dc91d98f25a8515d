//! ecomctl: administer an e-commerce catalogue and its orders in PostgreSQL
//! and Meilisearch. `main` parses the command line, runs the command and
//! decides the exit code; it is the only place that exits the process.

mod cli;
mod commands;
mod completion;
mod config;
mod contexts;
mod db;
mod domain;
mod error;
mod import;
mod ordering;
mod output;
mod prompt;
mod requests;
mod search;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use color_eyre::{Report, Section, config::HookBuilder, config::Theme};

use crate::cli::Cli;
use crate::config::Config;
use crate::error::{AppError, Service, exit};

fn main() -> ExitCode {
    // Both must happen before any thread starts (see output::init_local_offset)
    // and before clap reads the environment (.env fills in unset variables).
    output::init_local_offset();
    let dotenv_warning = load_dotenv();
    // `COMPLETE=bash ecomctl` prints the dynamic completion script, and the
    // shell calls back the same way for candidates; otherwise this returns.
    clap_complete::CompleteEnv::with_factory(Cli::command).complete();

    // `--version` names the schema this binary expects, too.
    let version = format!(
        "{} (schema version {})",
        env!("CARGO_PKG_VERSION"),
        db::migrate::expected_version()
    );
    let matches = Cli::command()
        .version(&*Box::leak(version.into_boxed_str()))
        .try_get_matches()
        .unwrap_or_else(|err| err.exit());
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|err| err.exit());
    let mut warnings: Vec<String> = dotenv_warning.into_iter().collect();
    let configured = apply_context(&mut cli, &matches).and_then(|context| {
        Config::from_args(&cli.global, &command_path(&matches), context, &mut |w| warnings.push(w))
    });
    let code = match configured {
        Ok(config) => {
            install_error_hook(config.color);
            if !config.quiet {
                for warning in &warnings {
                    eprintln!("warning: {warning}");
                }
            }
            let style = ReportStyle { verbose: config.verbose > 0, color: config.color };
            run(cli, config, style)
        }
        Err(err) => {
            install_error_hook(false);
            report(Report::new(err), ReportStyle { verbose: cli.global.verbose > 0, color: false })
        }
    };
    ExitCode::from(code as u8)
}

/// Selects the named context (if any) and lets its settings fill every
/// setting not given as a flag: flag > context > environment > .env > default.
fn apply_context(
    cli: &mut Cli,
    matches: &clap::ArgMatches,
) -> Result<Option<contexts::ActiveContext>, error::AppError> {
    let env = |name: &str| std::env::var(name).ok();
    let on_command_line =
        |id: &str| matches.value_source(id) == Some(clap::parser::ValueSource::CommandLine);
    let file = contexts::Contexts::load(&env)?;
    let Some(active) = file.select(cli.global.context.as_deref(), on_command_line("context"))?
    else {
        return Ok(None);
    };
    let settings = &active.settings;
    let global = &mut cli.global;
    if !on_command_line("database_url") && settings.database_url.is_some() {
        global.database_url = settings.database_url.clone();
    }
    if !on_command_line("meili_url")
        && let Some(url) = &settings.meili_url
    {
        global.meili_url = url.clone();
    }
    if !on_command_line("meili_key")
        && let Some(key) = settings.meili_key(&env)?
    {
        global.meili_key = Some(key);
    }
    if !on_command_line("meili_ca_cert") && settings.meili_ca_cert.is_some() {
        global.meili_ca_cert = settings.meili_ca_cert.clone();
    }
    if !on_command_line("index")
        && let Some(index) = &settings.index
    {
        global.index = index.clone();
    }
    Ok(Some(active))
}

/// "orders create", from the parsed subcommands.
fn command_path(matches: &clap::ArgMatches) -> String {
    let mut path = Vec::new();
    let mut current = matches;
    while let Some((name, sub)) = current.subcommand() {
        path.push(name);
        current = sub;
    }
    path.join(" ")
}

fn run(cli: Cli, config: Config, style: ReportStyle) -> i32 {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build();
    let result = match runtime {
        Ok(runtime) => runtime.block_on(commands::dispatch(cli, config)),
        Err(err) => Err(Report::new(err).wrap_err("could not start the async runtime")),
    };
    match result {
        Ok(()) => exit::SUCCESS,
        Err(err) => report(err, style),
    }
}

/// Reads `.env` from the working directory into variables that are not set
/// yet; a missing file is fine, a broken one is worth a warning (without its
/// content, which may hold secrets). Its `DATABASE_URL` yields to `PG*`
/// variables that name a server (flag > DATABASE_URL > PG* > .env > default).
fn load_dotenv() -> Option<String> {
    let targeted = config::PG_TARGET_VARIABLES.iter().any(|v| std::env::var_os(v).is_some());
    let items = match dotenvy::from_path_iter(".env") {
        Ok(items) => items,
        Err(dotenvy::Error::Io(err)) if err.kind() == std::io::ErrorKind::NotFound => return None,
        Err(_) => return Some(".env could not be read; it was ignored".into()),
    };
    let mut pairs = Vec::new();
    for item in items {
        match item {
            Ok(pair) => pairs.push(pair),
            Err(dotenvy::Error::LineParse(_, index)) => {
                return Some(format!(
                    ".env could not be parsed (near character {index}); it was ignored"
                ));
            }
            Err(_) => return Some(".env could not be read; it was ignored".into()),
        }
    }
    for (key, value) in pairs {
        if std::env::var_os(&key).is_some() || (key == "DATABASE_URL" && targeted) {
            continue;
        }
        // Safe: no other thread exists yet.
        unsafe { std::env::set_var(&key, value) };
    }
    None
}

fn install_error_hook(color: bool) {
    // Errors are messages for operators, not crash reports: no backtrace unless
    // asked for explicitly with RUST_LIB_BACKTRACE=1 (RUST_BACKTRACE still
    // applies to panics). Safe: no other thread exists yet.
    if std::env::var_os("RUST_LIB_BACKTRACE").is_none() {
        unsafe { std::env::set_var("RUST_LIB_BACKTRACE", "0") };
    }
    let theme = if color { Theme::dark() } else { Theme::new() };
    let _ = HookBuilder::default().theme(theme).display_env_section(false).install();
}

/// Prints an error and returns its exit code. An expected failure (a typed
/// error: unreachable, refused, not found…) is one line and a hint; `-v`
/// shows the whole cause chain. Anything else shows the chain.
#[derive(Clone, Copy)]
struct ReportStyle {
    /// `-v`: the whole cause chain, even for expected failures.
    verbose: bool,
    color: bool,
}

fn report(err: Report, style: ReportStyle) -> i32 {
    if is_broken_pipe(&err) {
        // The reader went away (e.g. `| head`): not an error.
        return exit::SUCCESS;
    }
    let (code, expected, err) = classify(err);
    let hint = hint(&err);
    if expected && !style.verbose {
        let (red, bold, reset) =
            if style.color { ("\x1b[31m", "\x1b[1m", "\x1b[0m") } else { ("", "", "") };
        eprintln!("{red}{bold}error:{reset} {err:#}");
        if let Some(hint) = hint {
            eprintln!("{bold}hint:{reset} {hint}");
        }
    } else {
        let err = match hint {
            Some(hint) => err.suggestion(hint),
            None => err,
        };
        eprintln!("Error: {err:?}");
    }
    code
}

/// Only a closed stdout is a quiet end (see `output::StdoutClosed`); a
/// broken socket to a service is an error like any other.
fn is_broken_pipe(err: &Report) -> bool {
    err.chain().any(|cause| {
        cause.is::<output::StdoutClosed>()
            || cause
                .downcast_ref::<std::io::Error>()
                .and_then(|e| e.get_ref())
                .is_some_and(|inner| inner.is::<output::StdoutClosed>())
    })
}

/// The exit code for an error, whether it is an expected failure, and the
/// error (an untyped PostgreSQL error gets its meaning added, once).
fn classify(err: Report) -> (i32, bool, Report) {
    if let Some(app) = AppError::find(&err) {
        return (app.code(), true, err);
    }
    let pg = err.chain().find_map(|c| c.downcast_ref::<tokio_postgres::Error>());
    match pg.and_then(db::classify) {
        Some(app) => (app.code(), true, err.wrap_err(app)),
        None => (exit::UNEXPECTED, false, err),
    }
}

/// What to do about an error, where something helps.
fn hint(err: &Report) -> Option<&'static str> {
    let pg = err.chain().find_map(|c| c.downcast_ref::<tokio_postgres::Error>());
    if pg.is_some_and(db::is_schema_missing) {
        return Some("run `ecomctl migrate` to create or update it");
    }
    match err.chain().find_map(|c| c.downcast_ref::<AppError>()) {
        Some(AppError::Unavailable { what: Service::Postgres, .. }) => Some(
            "is PostgreSQL running? `docker compose up -d postgres`; \
             check --database-url / DATABASE_URL / PGHOST, PGPORT",
        ),
        Some(AppError::Unavailable { what: Service::Meilisearch, .. }) => Some(
            "is Meilisearch running? `docker compose up -d meilisearch`; \
             check --meili-url / MEILI_URL and --meili-key / MEILI_API_KEY",
        ),
        _ => None,
    }
}
