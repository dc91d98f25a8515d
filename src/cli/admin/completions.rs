//! `ecomctl completions <shell>` and `ecomctl man`: generated from the clap
//! definitions, so they never drift from `--help`.

use clap::CommandFactory;
use color_eyre::eyre::Result;

use crate::cli::Cli;
use crate::output::write_stdout;

pub(crate) fn completions(shell: clap_complete::Shell) -> Result<()> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "ecomctl", &mut script);
    write_stdout(&String::from_utf8(script)?)?;
    Ok(())
}

pub(crate) fn man() -> Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page)?;
    write_stdout(&String::from_utf8(page)?)?;
    Ok(())
}
