//! Typed requests: each command's flags parsed once into validated domain
//! values (`Email`, `Money`, `ProductRef`, `TimeBound`, …), the way ripgrep
//! turns its `LowArgs` into `HiArgs`. Each group's `args.rs` keeps the raw
//! clap definitions and its `request.rs` the parsing (this file: what they
//! share); a command function receives its request and never parses a
//! string itself. A missing required value is asked for here, on a
//! terminal, and nowhere else (`prompt::required`); without one it is a
//! usage error naming its flag. A bad value is exit 4 naming the flag.
//!
//! Commands whose flags clap already delivers as checked values — booleans,
//! bounded integers, enums (`sync`, `reindex`, `index`, `doctor`, `migrate`,
//! `config`, `demo`, `export`) — take their clap struct as their request:
//! there is nothing left to parse or check, and a copy of it here would only
//! be ceremony.

use time::OffsetDateTime;

use crate::domain::InvalidValue;
use crate::domain::{OrderState, TimeBound};
use crate::error::{AppError, Refusal};

/// `--since T` as a time.
pub(crate) fn since(raw: Option<&str>) -> Result<Option<OffsetDateTime>, AppError> {
    time_flag("--since", raw)
}

/// `--until T` as a time.
pub(crate) fn until(raw: Option<&str>) -> Result<Option<OffsetDateTime>, AppError> {
    time_flag("--until", raw)
}

fn time_flag(flag: &str, raw: Option<&str>) -> Result<Option<OffsetDateTime>, AppError> {
    Ok(optional(flag, raw, str::parse::<TimeBound>)?.map(TimeBound::get))
}

/// Repeated `--state S` as states.
pub(crate) fn states(raw: &[String]) -> Result<Vec<OrderState>, AppError> {
    raw.iter().map(|s| flag_value("--state", s, str::parse::<OrderState>)).collect()
}

/// Validates a flag's value; an invalid one is rejected input (exit 4) whose
/// message starts with the flag.
pub(crate) fn flag_value<T>(
    flag: &str,
    raw: &str,
    parse: impl Fn(&str) -> Result<T, InvalidValue>,
) -> Result<T, AppError> {
    parse(raw)
        .map_err(|e| AppError::Rejected(Refusal::Flag { flag: flag.to_owned(), problem: e.0 }))
}

/// Validates an optional flag's value if it was given.
pub(crate) fn optional<T>(
    flag: &str,
    raw: Option<&str>,
    parse: impl Fn(&str) -> Result<T, InvalidValue>,
) -> Result<Option<T>, AppError> {
    raw.map(|raw| flag_value(flag, raw, parse)).transpose()
}
