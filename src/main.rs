//! ecomctl: administer an e-commerce catalogue and its orders in PostgreSQL
//! and Meilisearch. `main` parses the command line, runs the command and
//! decides the exit code; it is the only place that exits the process.

mod cli;
mod commands;
mod config;
mod db;
mod domain;
mod error;
mod import;
mod ordering;
mod output;
mod prompt;
mod search;

use std::process::ExitCode;

use clap::Parser;
use color_eyre::{Report, Section, config::HookBuilder, config::Theme};

use crate::cli::Cli;
use crate::config::Config;
use crate::error::{AppError, Service, exit};

fn main() -> ExitCode {
    // Both must happen before any thread starts (see output::init_local_offset)
    // and before clap reads the environment (.env fills in unset variables).
    output::init_local_offset();
    let dotenv_warning = load_dotenv();

    let cli = Cli::try_parse().unwrap_or_else(|err| err.exit());
    let code = match Config::from_args(&cli.global) {
        Ok(config) => {
            install_error_hook(config.color);
            if let Some(warning) = dotenv_warning.filter(|_| !config.quiet) {
                eprintln!("warning: {warning}");
            }
            run(cli, config)
        }
        Err(err) => {
            install_error_hook(false);
            report(Report::new(err))
        }
    };
    ExitCode::from(code as u8)
}

fn run(cli: Cli, config: Config) -> i32 {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build();
    let result = match runtime {
        Ok(runtime) => runtime.block_on(commands::dispatch(cli, config)),
        Err(err) => Err(Report::new(err).wrap_err("could not start the async runtime")),
    };
    match result {
        Ok(()) => exit::SUCCESS,
        Err(err) => report(err),
    }
}

/// Reads `.env` from the working directory; a missing file is fine, a broken
/// one is worth a warning (without its content, which may hold secrets).
fn load_dotenv() -> Option<String> {
    match dotenvy::from_path(".env") {
        Ok(()) => None,
        Err(dotenvy::Error::Io(err)) if err.kind() == std::io::ErrorKind::NotFound => None,
        Err(dotenvy::Error::LineParse(_, index)) => {
            Some(format!(".env could not be parsed (near character {index}); it was ignored"))
        }
        Err(_) => Some(".env could not be read; it was ignored".into()),
    }
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

/// Prints an error with its cause chain and a suggestion, and returns its exit code.
fn report(err: Report) -> i32 {
    if is_broken_pipe(&err) {
        // The reader went away (e.g. `| head`): not an error.
        return exit::SUCCESS;
    }
    let (code, err) = classify(err);
    eprintln!("Error: {err:?}");
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

/// The exit code for an error, and the error with a suggestion where one helps.
fn classify(err: Report) -> (i32, Report) {
    let code = error::exit_code_of(&err);
    if code != exit::UNEXPECTED {
        return (code, suggest(err));
    }
    // An untyped Postgres error: classify by SQLSTATE or connection state.
    let pg = err.chain().find_map(|c| c.downcast_ref::<tokio_postgres::Error>());
    match pg {
        Some(pg) if db::is_schema_missing(pg) => (
            exit::UNEXPECTED,
            err.suggestion("the database schema is missing or outdated: run `ecomctl migrate`"),
        ),
        Some(pg) => match db::classify(pg) {
            Some(app) => {
                let code = app.exit_code();
                (code, suggest(err.wrap_err(app)))
            }
            None => (exit::UNEXPECTED, err),
        },
        None => (exit::UNEXPECTED, err),
    }
}

fn suggest(err: Report) -> Report {
    let app = err.chain().find_map(|c| c.downcast_ref::<AppError>());
    match app {
        Some(AppError::Unavailable { what: Service::Postgres, .. }) => err.suggestion(
            "is Postgres running? `docker compose up -d postgres`; \
             check --database-url / DATABASE_URL",
        ),
        Some(AppError::Unavailable { what: Service::Meilisearch, .. }) => err.suggestion(
            "is Meilisearch running? `docker compose up -d meilisearch`; \
             check --meili-url / MEILI_URL and --meili-key / MEILI_API_KEY",
        ),
        _ => err,
    }
}
