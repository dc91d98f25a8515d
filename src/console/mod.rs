//! `ecomctl console`: a terminal UI for the operator's day — find an order as
//! you type, see it whole, move it, watch the shop live.
//!
//! - `model.rs` (+ `keys.rs`): the state, a plain value, and what keys do;
//! - `render.rs` (+ `detail.rs`, `dashboard.rs`, `overlay.rs`, `theme.rs`):
//!   drawing, a pure function of the model;
//! - `data.rs`: the reads, through the commands' own queries;
//! - `event_loop.rs`: one tokio loop mixing keys, search answers, the LISTEN
//!   feed (`feed.rs`) and timers; `terminal.rs`: raw mode and the alternate
//!   screen, restored on every way out.
//!
//! The console writes nothing itself: a move goes through `Backend::set_state`,
//! which `commands/console.rs` implements with `orders set-state`'s code path
//! (history event, outbox, push). That keeps this layer below `commands`.

mod chips;
mod dashboard;
mod data;
mod detail;
mod event_loop;
mod feed;
mod keys;
mod model;
mod overlay;
mod render;
mod terminal;
mod text;
mod theme;

use std::io::IsTerminal;

use color_eyre::eyre::Result;
use deadpool_postgres::Object;

use crate::config::Config;
use crate::domain::{ColorChoice, OrderState};
use crate::error::{AppError, Usage};
use crate::model::Order;
use crate::search::Meili;

/// What the console needs from the command that runs it.
pub(crate) trait Backend {
    fn config(&self) -> &Config;
    /// A PostgreSQL connection from the command's pool.
    async fn db(&self) -> Result<Object, AppError>;
    /// A client for the configured Meilisearch and index.
    fn meili(&self) -> Result<Meili, AppError>;
    /// Moves an order by the command line's code path; the order as it
    /// now is, and what the operator should know (a push that failed…).
    async fn set_state(&self, id: i64, next: OrderState) -> Result<Moved>;
}

/// A move that was committed.
pub(crate) struct Moved {
    pub(crate) order: Order,
    pub(crate) notes: Vec<String>,
}

/// Runs the console until the operator quits, a signal says stop, or the
/// terminal goes away.
pub(crate) async fn run(backend: &impl Backend) -> Result<()> {
    let config = backend.config();
    let on_terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    if !on_terminal || !config.interactive {
        return Err(AppError::Usage(Usage::NoTerminal {
            command: "ecomctl console",
            instead: "`search`, `orders get`, `orders set-state` and `orders watch`",
        })
        .into());
    }
    // Settings that cannot work fail here, as a plain error, before the
    // screen is taken over.
    let meili = backend.meili()?;
    let context = config.context.as_ref().map(|c| c.name.clone());
    let protected = crate::prompt::protected_context(config).is_some();
    let mut model = model::Model::new(context, protected, color(config.color_choice));
    let mut screen = terminal::Screen::enter()?;
    event_loop::run(backend, &meili, &mut screen, &mut model).await
}

/// Colour on the screen (stdout): `--color`, else unless `NO_COLOR` is set.
fn color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

#[cfg(test)]
#[path = "render_tests.rs"]
mod render_tests;
