//! Asking on a terminal: for a missing required value (checked as its
//! flag's would be, `request::flag_value`), and confirmations. Prompts appear only when stdin and stderr are
//! terminals and `--no-input` is absent (`Config::interactive`); otherwise a
//! missing value is a usage error naming its flag.

use dialoguer::{Confirm, Input};

use crate::config::Config;
use crate::domain::InvalidValue;

use super::request::flag_value;
use crate::error::{AppError, Usage};

/// A required value: the flag's, else asked for on a terminal (re-asking until
/// it is valid), else a usage error naming the flag.
pub(crate) fn required<T>(
    config: &Config,
    flag: &str,
    label: &str,
    raw: Option<&str>,
    parse: impl Fn(&str) -> Result<T, InvalidValue>,
) -> Result<T, AppError> {
    if let Some(raw) = raw {
        return flag_value(flag, raw, parse);
    }
    if !config.interactive {
        return Err(AppError::Usage(Usage::MissingFlag { flag: flag.to_owned() }));
    }
    let answer: String = Input::new()
        .with_prompt(label)
        .validate_with(|input: &String| parse(input).map(|_| ()).map_err(|e| e.0))
        .interact_text()
        .map_err(prompt_failed)?;
    flag_value(flag, &answer, parse)
}

/// Asks before a destructive action. `--yes` skips the question; without a
/// terminal and without `--yes` the action is refused (exit 2).
///
/// `action` reads as a verb phrase: "delete 2 order(s): #1, #2".
pub(crate) fn confirm(config: &Config, action: &str) -> Result<(), AppError> {
    if config.assume_yes {
        return Ok(());
    }
    if !config.interactive {
        return Err(AppError::Usage(Usage::Unconfirmed { action: action.to_owned() }));
    }
    let mut question = action.to_owned();
    question[..1].make_ascii_uppercase();
    question.push('?');
    let yes =
        Confirm::new().with_prompt(question).default(false).interact().map_err(prompt_failed)?;
    if yes { Ok(()) } else { Err(cancelled()) }
}

/// The operator declined or interrupted a prompt: nothing was written.
pub(crate) fn cancelled() -> AppError {
    AppError::Usage(Usage::Cancelled)
}

pub(crate) fn prompt_failed(err: dialoguer::Error) -> AppError {
    match err {
        dialoguer::Error::IO(e) if e.kind() == std::io::ErrorKind::Interrupted => cancelled(),
        dialoguer::Error::IO(error) => AppError::Usage(Usage::NoPrompt { error }),
    }
}
