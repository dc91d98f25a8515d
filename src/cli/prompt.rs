//! Asking on a terminal: for a missing required value (checked as its
//! flag's would be, `request::flag_value`), confirmations, and the guard
//! that makes writes in a protected context deliberate. Prompts appear only
//! when stdin and stderr are terminals and `--no-input` is absent
//! (`Config::interactive`); otherwise a missing value is a usage error
//! naming its flag.

use dialoguer::{Confirm, Input};

use crate::config::{Config, check_typed_name};
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

/// Asks before a bulk change, naming what it does ("move 470 order(s) to
/// SHIPPED"): in a protected context the context's name must be typed on a
/// terminal (a script needs --yes and --context NAME, as for every write);
/// elsewhere `confirm`.
pub(crate) fn confirm_bulk(config: &Config, action: &str) -> Result<(), AppError> {
    match config.protected_context() {
        Some(name) if config.interactive => {
            let typed: String = Input::new()
                .with_prompt(format!("Context {name} is protected. Type its name to {action}"))
                .allow_empty(true)
                .interact_text()
                .map_err(prompt_failed)?;
            crate::config::check_typed_name(name, &typed)
        }
        Some(_) => guard_protected(config),
        None => confirm(config, action),
    }
}

/// Whether a bulk change asks before it is made (and so shows its preview
/// first): on a terminal, unless --yes (a protected context always asks).
pub(crate) fn asks(config: &Config) -> bool {
    config.interactive && (!config.assume_yes || config.protected_context().is_some())
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

/// In a protected context, a write needs the context's name typed on a
/// terminal, or, in a script, `--yes` with `--context NAME` on the command
/// line: a command pasted into the wrong shell cannot change production.
pub(crate) fn guard_protected(config: &Config) -> Result<(), AppError> {
    let Some(name) = config.protected_context() else {
        return Ok(());
    };
    if config.interactive {
        let typed: String = Input::new()
            .with_prompt(format!("Context {name} is protected. Type its name to go on"))
            .allow_empty(true)
            .interact_text()
            .map_err(prompt_failed)?;
        return check_typed_name(name, &typed);
    }
    let on_command_line = config.context.as_ref().is_some_and(|c| c.named_on_command_line);
    if config.assume_yes && on_command_line {
        return Ok(());
    }
    Err(AppError::Usage(Usage::Protected { name: name.to_owned() }))
}
