//! `orders set-state` and `orders delete` over a selection: the selection
//! resolved once (`app::selection`), then a dry run's plan printed, or the
//! preview shown above a confirmation that names the count (on a terminal;
//! `--yes` without one), the change applied (`app::bulk::apply`) — pinned
//! to the orders the preview showed — its summary printed, and the orders
//! pushed to search. Any refusal makes the exit code 4.

use color_eyre::eyre::Result;

use super::request::BulkOrders;
use crate::app::bulk::{self, OrderAction, OrderPlan};
use crate::app::selection::resolve_orders;
use crate::cli::prompt::{asks, confirm_bulk};
use crate::cli::run::Context;
use crate::error::{AppError, Refusal};
use crate::output::bulk::{Stage, order_sample, order_summary, others, print_orders};

pub(crate) async fn run(ctx: &Context, request: BulkOrders) -> Result<()> {
    let BulkOrders { selection, action, flags } = request;
    let s = &ctx.session;
    let config = &s.config;
    let mode = flags.mode;
    let mut resolved = resolve_orders(s, &selection, mode.max).await?;
    if flags.dry_run {
        let plan = bulk::plan(s, &resolved, action, mode.max).await?;
        print_orders(config.output, &plan, Stage::Preview)?;
        ctx.messages.info("dry run: nothing was changed");
        return refused(&plan, Outcome::DryRun { each: mode.each });
    }
    if asks(config) {
        let plan = bulk::plan(s, &resolved, action, mode.max).await?;
        ctx.messages.prompt_text(format!(
            "{}{}",
            order_summary(&plan, Stage::Preview),
            order_sample(&plan)
        ));
        if plan.changes.is_empty() || (!plan.refused.is_empty() && !mode.each) {
            return nothing_to_do(ctx, &plan, mode.each);
        }
        let n = plan.changes.len();
        let mut question = match action {
            OrderAction::Move(next) => format!("move {n} order(s) to {next}"),
            OrderAction::Delete { .. } => format!("delete {n} order(s)"),
        };
        if !plan.refused.is_empty() {
            question.push_str(&format!(" ({} refused stay as they are)", plan.refused.len()));
        }
        confirm_bulk(config, &question)?;
        resolved.pin(plan.considered());
    } else {
        confirm_bulk(
            config,
            &match action {
                OrderAction::Move(next) => format!("move the selected orders to {next}"),
                OrderAction::Delete { .. } => "delete the selected orders".to_owned(),
            },
        )?;
    }
    let committed = bulk::apply(s, &resolved, action, mode).await?;
    let outcome = &committed.value;
    let stage = if outcome.applied { Stage::Applied } else { Stage::Refused };
    print_orders(config.output, &outcome.plan, stage)?;
    if outcome.applied {
        let plan = &outcome.plan;
        if plan.selected() == 0 {
            ctx.messages.info("no orders selected: nothing to do");
        } else {
            let units: i64 = plan.stock.iter().map(|s| s.units).sum();
            let back =
                if units > 0 { format!(", {units} unit(s) back in stock") } else { String::new() };
            let n = plan.changes.len();
            ctx.messages.info(match action {
                OrderAction::Move(next) => format!("moved {n} order(s) to {next}{back}"),
                OrderAction::Delete { .. } => format!("deleted {n} order(s){back}"),
            });
        }
    }
    let result = refused(
        &outcome.plan,
        if outcome.applied { Outcome::Applied } else { Outcome::NotApplied },
    );
    let applied = committed.value.applied;
    if applied {
        crate::cli::run::publish(ctx, committed).await?;
    }
    result
}

/// The preview on a terminal says there is nothing to confirm: no order
/// would change, or (atomic) some would be refused.
fn nothing_to_do(ctx: &Context, plan: &OrderPlan, each: bool) -> Result<()> {
    if plan.refused.is_empty() {
        ctx.messages.info("no orders selected: nothing to do");
        return Ok(());
    }
    refused(plan, if each { Outcome::Applied } else { Outcome::NotApplied })
}

enum Outcome {
    DryRun { each: bool },
    Applied,
    NotApplied,
}

/// Exit 4 when any order was (or would be) refused, saying what became of
/// the others.
fn refused(plan: &OrderPlan, outcome: Outcome) -> Result<()> {
    if plan.refused.is_empty() {
        return Ok(());
    }
    let n = plan.changes.len();
    let (would, outcome) = match outcome {
        Outcome::DryRun { .. } if n == 0 => (true, "no order would change".to_owned()),
        _ if n == 0 => (false, "nothing was changed".to_owned()),
        Outcome::DryRun { each: false } => (
            true,
            format!(
                "nothing would change, the change being atomic (--each would {})",
                others(plan.action, n, false)
            ),
        ),
        Outcome::DryRun { each: true } => {
            (true, format!("--each would {}", others(plan.action, n, false)))
        }
        Outcome::Applied => (false, others(plan.action, n, true)),
        Outcome::NotApplied => {
            (false, format!("nothing was changed (--each would {})", others(plan.action, n, false)))
        }
    };
    Err(AppError::Rejected(Refusal::BulkRefused {
        refused: plan.refused.len(),
        selected: plan.selected(),
        what: "order",
        would,
        outcome,
    })
    .into())
}
