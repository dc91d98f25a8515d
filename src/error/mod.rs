//! The typed errors that decide ecomctl's exit codes.
//!
//! Lower layers return these (or wrap them in an `eyre::Report` with context).
//! `AppError::code` is the one place an exit code is decided (docs/design.md "The
//! commands", `--help`): `main` finds the first `AppError` in the cause chain
//! (`AppError::find`) — after giving an untyped PostgreSQL error its meaning
//! once, in `db::classify` — and exits with its code. A report without one
//! is an unexpected error (exit 1) and shows its whole chain.
//!
//! An expected error is a value, not a sentence: each kind has its enum —
//! `Usage` (usage.rs), `Missing` (missing.rs), `Refusal` (refusal.rs),
//! `SystemError` (system.rs) — with one variant per message, carrying what
//! the message shows; the wording is in that enum's `Display` and nowhere
//! else. A raise site builds the value, always inside its `AppError`
//! (`AppError::Usage(Usage::MissingFlag { flag })`): an inner enum put in a
//! report on its own has no exit code, and `AppError::find` would miss it.

mod missing;
mod refusal;
mod system;
mod usage;

use std::fmt;

pub(crate) use missing::Missing;
pub(crate) use refusal::{ImportShort, Refusal, Short, TaskFailure};
pub(crate) use system::SystemError;
pub(crate) use usage::Usage;

/// Exit codes, documented in the README and in `ecomctl --help`.
pub(crate) mod exit {
    pub(crate) const SUCCESS: i32 = 0;
    pub(crate) const UNEXPECTED: i32 = 1;
    pub(crate) const USAGE: i32 = 2;
    pub(crate) const NOT_FOUND: i32 = 3;
    pub(crate) const REJECTED: i32 = 4;
    pub(crate) const UNAVAILABLE: i32 = 5;
    /// The conventional code for a process stopped by SIGINT.
    pub(crate) const INTERRUPTED: i32 = 130;
}

/// An error whose kind the user (or a script) needs to tell apart.
#[derive(Debug, thiserror::Error)]
pub(crate) enum AppError {
    /// Bad or missing command-line input (exit 2).
    #[error("{0}")]
    Usage(Usage),
    /// The named product, order, … does not exist (exit 3).
    #[error("{0}")]
    NotFound(Missing),
    /// The request was understood but refused: validation, conflict,
    /// insufficient stock, invalid state transition, bad input data (exit 4).
    #[error("{0}")]
    Rejected(Refusal),
    /// Postgres or Meilisearch could not be reached or timed out (exit 5).
    #[error("{what} is unreachable: {detail}")]
    Unavailable { what: Service, detail: String },
    /// The system refused (a file that cannot be read for lack of
    /// permission, a full disk): exit 1, with the reason.
    #[error("{0}")]
    System(SystemError),
    /// A service answered but did not finish in time (exit 5).
    #[error("{what} timed out: {detail}")]
    TimedOut { what: Service, detail: String },
    /// Stopped by Ctrl-C before finishing; what was started has been undone (exit 130).
    #[error("interrupted by Ctrl-C")]
    Interrupted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Service {
    Postgres,
    Meilisearch,
}

impl fmt::Display for Service {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Service::Postgres => "PostgreSQL",
            Service::Meilisearch => "Meilisearch",
        })
    }
}

impl AppError {
    /// The exit code: the only mapping from errors to codes.
    pub(crate) fn code(&self) -> i32 {
        match self {
            AppError::Usage(_) => exit::USAGE,
            AppError::NotFound(_) => exit::NOT_FOUND,
            AppError::Rejected(_) => exit::REJECTED,
            AppError::Unavailable { .. } | AppError::TimedOut { .. } => exit::UNAVAILABLE,
            AppError::Interrupted => exit::INTERRUPTED,
            AppError::System(_) => exit::UNEXPECTED,
        }
    }

    /// The first `AppError` in a report's cause chain: what the failure
    /// means, when it is an expected one.
    pub(crate) fn find(report: &color_eyre::Report) -> Option<&AppError> {
        report.chain().find_map(|cause| cause.downcast_ref::<AppError>())
    }
}

/// The first `rustls::Error` down an error's cause chain, held as itself or
/// inside an `io::Error` (as connectors hand it over): how both clients,
/// PostgreSQL's and Meilisearch's, tell a refused certificate (a setting to
/// fix) from a server that cannot be reached.
pub(crate) fn rustls_cause<'a>(
    err: &'a (dyn std::error::Error + 'static),
) -> Option<&'a rustls::Error> {
    std::iter::successors(Some(err), |current| current.source()).find_map(|current| {
        current.downcast_ref::<rustls::Error>().or_else(|| {
            current
                .downcast_ref::<std::io::Error>()
                .and_then(|io| io.get_ref())
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        })
    })
}
