//! `ecomctl completions <shell>` and `ecomctl man`: generated from the clap
//! definitions, so they never drift from `--help`.

use color_eyre::eyre::Result;

use crate::cli::command;
use crate::output::write_stdout;

pub(crate) fn completions(shell: clap_complete::Shell) -> Result<()> {
    let mut command = command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "ecomctl", &mut script);
    write_stdout(&String::from_utf8(script)?)?;
    Ok(())
}

pub(crate) fn man() -> Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(command()).render(&mut page)?;
    write_stdout(&String::from_utf8(page)?)?;
    Ok(())
}

/// `ecomctl options` (and `ecomctl help options`): every global option.
pub(crate) fn options() -> Result<()> {
    let mut command = command();
    command.build();
    if let Some(options) = command.find_subcommand_mut("options") {
        write_stdout(&options.render_long_help().to_string())?;
    }
    Ok(())
}
