//! `ecomctl products history` and `ecomctl orders history`: who changed
//! what, when.

use color_eyre::eyre::Result;

use crate::cli::orders::request::OrderHistory;
use crate::cli::products::request::ProductHistory;
use crate::cli::run::Context;
use crate::db::history::{self, Entry};
use crate::error::{AppError, Missing};
use crate::output::print_list;

pub(crate) async fn product(ctx: &Context, request: ProductHistory) -> Result<()> {
    let ProductHistory { product: reference, since } = request;
    let client = ctx.session.db().await?;
    let events = history::of_product(&**client, &reference, since).await?.ok_or_else(|| {
        AppError::NotFound(Missing::ProductHistory { product: reference.to_string() })
    })?;
    show(ctx, &events, &reference.to_string())
}

pub(crate) async fn order(ctx: &Context, request: OrderHistory) -> Result<()> {
    let OrderHistory { id, since } = request;
    let client = ctx.session.db().await?;
    let events = history::of_order(&**client, id, since)
        .await?
        .ok_or_else(|| AppError::NotFound(Missing::OrderHistory { id }))?;
    show(ctx, &events, &format!("order #{id}"))
}

fn show(ctx: &Context, events: &[Entry], what: &str) -> Result<()> {
    print_list(ctx.session.config.output, events)?;
    if events.is_empty() {
        ctx.messages.info(format!(
            "no recorded changes of {what} in that time (history covers ecomctl's changes from \
             schema version 6 on, and every other writer's from version 11 on)"
        ));
    }
    Ok(())
}
