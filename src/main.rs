//! ecomctl: administer an e-commerce catalogue and its orders in PostgreSQL
//! and Meilisearch. `main` parses the command line, runs the command and
//! decides the exit code; it is the only place that exits the process.

mod app;
mod cli;
mod config;
mod console;
mod db;
mod domain;
mod error;
mod files;
mod import;
mod model;
mod monitor;
mod outbox;
mod output;
#[cfg(test)]
mod proptests;
mod rebuild;
mod report;
mod search;
mod shutdown;
mod telemetry;

use std::process::ExitCode;

use clap::FromArgMatches;
use color_eyre::{Report, Section, config::HookBuilder, config::Theme};

use crate::cli::Cli;
use crate::config::Config;
use crate::domain::LogFormat;
use crate::error::exit;

/// `-v` was given: a panic report then shows its backtrace.
static VERBOSE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn main() -> ExitCode {
    install_panic_hook();
    // Both must happen before any thread starts (see output::init_local_offset)
    // and before clap reads the environment (.env fills in unset variables).
    output::init_local_offset();
    let dotenv = config::dotenv::load();
    // `COMPLETE=bash ecomctl` prints the dynamic completion script, and the
    // shell calls back the same way for candidates; otherwise this returns.
    clap_complete::CompleteEnv::with_factory(cli::command).complete();

    // `--version` names the schema this binary expects, too.
    let version = format!(
        "{} (schema version {})",
        env!("CARGO_PKG_VERSION"),
        db::migrate::expected_version()
    );
    let matches = cli::command()
        .version(&*Box::leak(version.into_boxed_str()))
        .try_get_matches()
        .unwrap_or_else(|err| err.exit());
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|err| err.exit());
    cli.global.note_typed(&matches);
    VERBOSE.store(cli.global.verbose > 0, std::sync::atomic::Ordering::Relaxed);
    let json = cli.global.log_format == LogFormat::Json;
    if json {
        telemetry::logs::init_json(cli.global.quiet, cli.global.verbose);
    }
    // A scheduled job's summary is written however it ends, even when its
    // settings cannot be read.
    let job = cli.command.job_file();
    let started = std::time::Instant::now();
    let mut index = Some(cli.global.index.clone());
    // Debug builds only: the tests' way to check what a panic looks like.
    if cfg!(debug_assertions) && std::env::var_os("ECOMCTL_TEST_PANIC").is_some() {
        panic!("a panic asked for by ECOMCTL_TEST_PANIC");
    }
    // Printing the man page or a completion script needs no settings at
    // all: a broken config file or .env must not stand in its way.
    if let Some(printed) = cli::run::without_settings(&cli.command) {
        install_error_hook();
        let code = match printed {
            Ok(()) => exit::SUCCESS,
            Err(err) => {
                report(err, ReportStyle { verbose: cli.global.verbose > 0, color: false, json })
            }
        };
        return ExitCode::from(code as u8);
    }
    let mut warnings = dotenv.warnings.clone();
    let configured =
        config::resolve(&cli.global, &command_path(&matches), dotenv, &mut |w| warnings.push(w));
    let code = match configured {
        Ok(config) => {
            install_error_hook();
            for warning in &warnings {
                output::Messages::of(&config).warn(warning);
            }
            index = Some(config.meili.index.clone());
            let style = ReportStyle { verbose: config.verbose > 0, color: config.color, json };
            run(cli, config, style)
        }
        Err(err) => {
            install_error_hook();
            let style = ReportStyle { verbose: cli.global.verbose > 0, color: false, json };
            report(Report::new(err), style)
        }
    };
    if let Some(job) = job {
        let outcome =
            telemetry::job::Outcome { exit_code: code, duration: started.elapsed(), index };
        if let Err(err) = job.write(&outcome) {
            // The job's own outcome stands; the missing file is what an
            // alert on a stale summary will notice.
            eprintln!("warning: cannot write the metrics file {}: {err}", job.path.display());
        }
    }
    ExitCode::from(code as u8)
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
        Ok(runtime) => runtime.block_on(cli::run::dispatch(cli, config)),
        Err(err) => Err(Report::new(err).wrap_err("could not start the async runtime")),
    };
    match result {
        Ok(()) => exit::SUCCESS,
        Err(err) => report(err, style),
    }
}

/// If a panic escapes anyway (a bug), it is one line and exit 1 — not a
/// crash report; the backtrace only with `-v` or `RUST_BACKTRACE`. The
/// process ends at once, whichever thread panicked: a panic on an import's
/// reader thread must not look to the loader like the end of the input
/// (which it would commit). Nothing half-done is committed: an open
/// transaction dies with the connection.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("(no message)");
        let place =
            info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!(
            "internal error: {}{place}; this is a bug in ecomctl, please report it \
             (run again with -v for a backtrace)",
            domain::printable::printable_line(message)
        );
        let asked = std::env::var_os("RUST_BACKTRACE").is_some_and(|v| v != "0");
        if asked || VERBOSE.load(std::sync::atomic::Ordering::Relaxed) {
            eprintln!("{}", std::backtrace::Backtrace::force_capture());
        }
        std::process::exit(exit::UNEXPECTED);
    }));
}

/// A report with its cause chain is printed without colour: it is escaped
/// whole (see `report`), colour codes included.
fn install_error_hook() {
    // Errors are messages for operators, not crash reports: no backtrace unless
    // asked for explicitly with RUST_LIB_BACKTRACE=1 (RUST_BACKTRACE still
    // applies to panics). Safe: no other thread exists yet.
    if std::env::var_os("RUST_LIB_BACKTRACE").is_none() {
        unsafe { std::env::set_var("RUST_LIB_BACKTRACE", "0") };
    }
    let theme = Theme::new();
    // Only the error hook: panics keep `install_panic_hook`'s.
    let (_, eyre_hook) =
        HookBuilder::default().theme(theme).display_env_section(false).into_hooks();
    let _ = eyre_hook.install();
}

/// Prints an error and returns its exit code. An expected failure (a typed
/// error: unreachable, refused, not found…) is one line and a hint; `-v`
/// shows the whole cause chain. Anything else shows the chain.
#[derive(Clone, Copy)]
struct ReportStyle {
    /// `-v`: the whole cause chain, even for expected failures.
    verbose: bool,
    color: bool,
    /// `--log-format json`: the error is one JSON log line too.
    json: bool,
}

fn report(err: Report, style: ReportStyle) -> i32 {
    if is_broken_pipe(&err) {
        // The reader went away (e.g. `| head`): not an error.
        return exit::SUCCESS;
    }
    let (code, expected, err) = output::failure::classify(err);
    let hint = output::failure::hint(&err);
    if style.json {
        let message = domain::printable::printable(&format!("{err:#}")).into_owned();
        tracing::error!(exit_code = code, expected, hint, "{message}");
    } else if expected && !style.verbose {
        let (red, bold, reset) =
            if style.color { ("\x1b[31m", "\x1b[1m", "\x1b[0m") } else { ("", "", "") };
        let message = format!("{err:#}");
        eprintln!("{red}{bold}error:{reset} {}", domain::printable::printable(&message));
        if let Some(hint) = hint {
            eprintln!("{bold}hint:{reset} {hint}");
        }
    } else {
        let err = match hint {
            Some(hint) => err.suggestion(hint),
            None => err,
        };
        // The chain quotes servers (a PostgreSQL error raised by a trigger,
        // a server .env pointed at): escaped like everything else that
        // reaches the terminal. Uncoloured, so that nothing is left unescaped.
        eprintln!("Error: {}", domain::printable::printable(&format!("{err:?}")));
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
