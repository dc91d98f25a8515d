//! `products update` over a selection: the plan printed (`--dry-run`), or
//! shown above a confirmation that names the count (on a terminal; `--yes`
//! without one), then the change applied in one transaction and its
//! summary printed. Any refusal makes the exit code 4.

use color_eyre::eyre::Result;

use super::request::BulkProducts;
use crate::app::product_bulk::{self, ProductPlan};
use crate::app::selection::{Listed, resolve_products};
use crate::cli::prompt::{asks, confirm_bulk};
use crate::cli::run::Context;
use crate::error::{AppError, Refusal};
use crate::output::bulk::{Stage, print_products, product_sample, product_summary};

pub(crate) async fn run(ctx: &Context, request: BulkProducts) -> Result<()> {
    let BulkProducts { mut selection, edit, flags, product } = request;
    let s = &ctx.session;
    let config = &s.config;
    let mode = flags.mode;
    if let Some(reference) = &product {
        let id = crate::app::products::get(s, reference).await?.id;
        selection.listed = Some(Listed::new(vec![id]));
    }
    let mut resolved = resolve_products(&selection);
    if flags.dry_run {
        let plan = product_bulk::plan(s, &resolved, &edit, mode.max).await?;
        print_products(config.output, &plan, Stage::Preview)?;
        ctx.messages.info("dry run: nothing was changed");
        return refused(&plan, Some(mode.each), true);
    }
    if asks(config) {
        let plan = product_bulk::plan(s, &resolved, &edit, mode.max).await?;
        ctx.messages.prompt_text(format!(
            "{}{}",
            product_summary(&plan, Stage::Preview),
            product_sample(&plan)
        ));
        if plan.changes.is_empty() {
            if plan.refused.is_empty() {
                ctx.messages.info("nothing to change");
                return Ok(());
            }
            return refused(&plan, None, false);
        }
        if !plan.refused.is_empty() && !mode.each {
            return refused(&plan, None, false);
        }
        let mut question = format!("update {} product(s)", plan.changes.len());
        if !plan.refused.is_empty() {
            question.push_str(&format!(" ({} refused stay as they are)", plan.refused.len()));
        }
        confirm_bulk(config, &question)?;
        let mut ids: Vec<i64> = plan.changes.iter().map(|c| c.id).collect();
        ids.extend(plan.refused.iter().filter(|r| r.sku.is_some()).map(|r| r.id));
        ids.sort_unstable();
        resolved.criteria.ids = Some(ids);
    } else {
        confirm_bulk(config, "update the selected products")?;
    }
    let outcome = product_bulk::apply(s, &resolved, &edit, mode).await?;
    let stage = if outcome.applied { Stage::Applied } else { Stage::Refused };
    print_products(config.output, &outcome.plan, stage)?;
    if outcome.applied {
        ctx.messages.info(format!("updated {} product(s)", outcome.plan.changes.len()));
    }
    refused(&outcome.plan, outcome.applied.then_some(true), false)
}

/// Exit 4 when any product was (or would be) refused. `each`: `Some(true)`
/// when the others were (or would be) changed, `None` when nothing was.
fn refused(plan: &ProductPlan, each: Option<bool>, dry_run: bool) -> Result<()> {
    if plan.refused.is_empty() {
        return Ok(());
    }
    let others = plan.changes.len();
    let outcome = match (dry_run, each) {
        (true, _) if others == 0 => "no product would change".to_owned(),
        (false, _) if others == 0 => "nothing was changed".to_owned(),
        (true, Some(true)) => format!("--each would update the {others} others"),
        (true, _) => format!(
            "nothing would change, the change being atomic (--each would update the {others} others)"
        ),
        (false, Some(true)) => format!("the {others} others were updated"),
        (false, _) => format!("nothing was changed (--each would update the {others} others)"),
    };
    Err(AppError::Rejected(Refusal::BulkRefused {
        refused: plan.refused.len(),
        selected: plan.selected(),
        what: "product",
        would: dry_run,
        outcome,
    })
    .into())
}
