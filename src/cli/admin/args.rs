//! `migrate`, `demo`, `config …`, `completions`: the commands that set the
//! tool up rather than change data.

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub(crate) struct DemoArgs {
    /// Load even if the database is not empty
    #[arg(long)]
    pub(crate) force: bool,
}

#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub(crate) shell: clap_complete::Shell,
}

#[derive(Debug, Subcommand)]
pub(crate) enum ConfigCommand {
    /// List the contexts (the current one marked)
    List,
    /// Show a context's settings, secrets masked (default: the one in force)
    Show(ConfigShowArgs),
    /// Make a context the current one
    Use(ConfigUseArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ConfigShowArgs {
    /// Context name
    pub(crate) name: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct ConfigUseArgs {
    /// Context name
    pub(crate) name: String,
}

#[derive(Debug, Args)]
pub(crate) struct MigrateArgs {
    /// List applied and pending migrations instead of applying them
    #[arg(long)]
    pub(crate) status: bool,
}
