//! `ecomctl console`: a terminal UI for the operator's day — find an order as
//! you type, see it whole, move it, watch the shop live.
//!
//! - `state.rs` (+ `keys.rs`): the state, a plain value, and what keys do;
//! - `render.rs` (+ `detail.rs`, `dashboard.rs`, `overlay.rs`, `theme.rs`):
//!   drawing, a pure function of the model;
//! - `data.rs`: the reads, through the commands' own queries;
//! - `event_loop.rs`: one tokio loop mixing keys, search answers, the live
//!   feed (`app::feed`) and timers; `terminal.rs`: raw mode and the alternate
//!   screen, restored on every way out.
//!
//! The console is a front end over the use cases, as the command line is:
//! its reads and its writes (a move, `app::orders::move_to`; the marked
//! orders' move, `app::bulk`: history events, outbox, push — `marks.rs`)
//! are the commands' own code paths.

mod chips;
mod dashboard;
mod data;
mod detail;
mod event_loop;
mod keys;
mod marks;
mod overlay;
mod render;
mod slot;
mod state;
mod terminal;
mod text;
mod theme;

use std::io::IsTerminal;

use crate::app::Session;
use crate::domain::{ColorChoice, OrderState};
use crate::error::{AppError, Usage};
use crate::model::Order;
use color_eyre::eyre::Result;

/// A move that was committed.
pub(crate) struct Moved {
    pub(crate) order: Order,
    pub(crate) notes: Vec<String>,
}

/// Runs the console until the operator quits, a signal says stop, or the
/// terminal goes away. Its session reports to nowhere: lines on stderr
/// would tear the screen; what matters comes back in typed results.
pub(crate) async fn run(s: &Session) -> Result<()> {
    let config = &s.config;
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
    let meili = s.meili()?;
    let context = config.context.as_ref().map(|c| c.name.clone());
    let protected = config.protected_context().is_some();
    let mut model = state::State::new(context, protected, color(config.color_choice));
    let mut screen = terminal::Tty::enter()?;
    event_loop::run(s, &meili, &mut screen, &mut model).await
}

/// Moves an order by the one code path that moves orders
/// (`app::orders::move_to`), then pushes it: the order as it now is, and
/// what the operator should know (a push that failed…).
async fn move_order(s: &Session, id: i64, next: OrderState) -> Result<Moved> {
    let moved = crate::app::orders::move_to(s, crate::app::orders::Move { id, next }).await?;
    let order = moved.value.order;
    let mut notes: Vec<String> = moved.value.note.into_iter().collect();
    notes.extend(moved.push.run(s).await?);
    Ok(Moved { order, notes })
}

/// The orders `ids` as a selection (each must exist).
fn listed(ids: &[i64]) -> crate::app::selection::Resolved<crate::db::selection::OrderCriteria> {
    crate::app::selection::Resolved {
        criteria: crate::db::selection::OrderCriteria {
            ids: Some(ids.to_vec()),
            ..Default::default()
        },
        listed: ids.to_vec(),
        searched: None,
    }
}

/// What moving the marked orders would do: the plan of `orders set-state …
/// --dry-run` (`app::bulk::plan`), as it prints it.
async fn preview_bulk(s: &Session, ids: &[i64], next: OrderState) -> Result<marks::Preview> {
    let action = crate::app::bulk::OrderAction::Move(next);
    let plan = crate::app::bulk::plan(s, &listed(ids), action, ids.len() as u64).await?;
    let summary = crate::output::bulk::order_summary(&plan, crate::output::bulk::Stage::Preview);
    Ok(marks::Preview { ids: plan.considered(), changes: plan.changes.len(), summary })
}

/// Moves the orders a preview showed, by the command line's bulk code path
/// (those refused in the preview stay as they are), then pushes them.
async fn move_bulk(
    s: &Session,
    ids: &[i64],
    next: OrderState,
) -> Result<(crate::app::bulk::OrderOutcome, Vec<String>)> {
    let action = crate::app::bulk::OrderAction::Move(next);
    let mode = crate::app::bulk::Mode { each: true, max: ids.len() as u64 };
    let moved = crate::app::bulk::apply(s, &listed(ids), action, mode).await?;
    let notes = moved.push.run(s).await?;
    Ok((moved.value, notes))
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
