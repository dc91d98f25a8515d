//! `ecomctl orders …`: each command's request handed to its use case
//! (`app::orders`), the result printed, then pushed to search.

use color_eyre::eyre::Result;

use super::request::{self as requests};
use crate::app::orders::{self, DeleteOrders, Move, NewOrder};
use crate::cli::OrdersCommand;
use crate::cli::prompt::confirm;
use crate::cli::run::Context;
use crate::db::orders::OrderFilter;
use crate::domain::ProductRef;
use crate::output::{print_deleted, print_list, print_one};

pub(crate) async fn run(ctx: &Context, cmd: OrdersCommand) -> Result<()> {
    let config = &ctx.session.config;
    match cmd {
        OrdersCommand::Create(args) => create(ctx, requests::create(args, config)?).await,
        OrdersCommand::Get(args) => get(ctx, args.id).await,
        OrdersCommand::History(args) => {
            crate::cli::history::order(ctx, requests::history(args)?).await
        }
        OrdersCommand::List(args) => {
            let (filter, product) = requests::list(args)?;
            list(ctx, filter, product).await
        }
        OrdersCommand::Update(args) => update(ctx, requests::update(args)?).await,
        OrdersCommand::SetState(args) if args.is_bulk() => {
            super::bulk::run(ctx, requests::set_states(&args)?).await
        }
        OrdersCommand::SetState(args) => set_state(ctx, requests::set_state(&args)?).await,
        OrdersCommand::Delete(args) if args.is_bulk() => {
            super::bulk::run(ctx, requests::delete_many(&args)?).await
        }
        OrdersCommand::Delete(args) if args.ids.is_empty() => {
            Err(crate::cli::selection::no_orders().into())
        }
        OrdersCommand::Delete(args) => delete(ctx, requests::delete(args)).await,
        OrdersCommand::Import(args) => crate::cli::bulk::import_orders(ctx, args).await,
        OrdersCommand::Export(args) => crate::cli::bulk::export_orders(ctx, args.format).await,
        OrdersCommand::Watch(args) => super::watch::run(ctx, requests::watch(args)?).await,
    }
}

async fn create(ctx: &Context, mut new: NewOrder) -> Result<()> {
    if new.items.is_empty() {
        // On a terminal without --item: the operator picks them.
        new.items = super::wizard::pick_items(ctx, new.customer.as_str()).await?;
    }
    let created = orders::create(&ctx.session, new).await?;
    print_one(ctx.session.config.output, &created.value)?;
    crate::cli::run::publish(ctx, created).await
}

async fn get(ctx: &Context, id: i64) -> Result<()> {
    let order = orders::get(&ctx.session, id).await?;
    print_one(ctx.session.config.output, &order)?;
    Ok(())
}

async fn list(ctx: &Context, mut filter: OrderFilter, product: Option<ProductRef>) -> Result<()> {
    if let Some(reference) = product {
        filter.criteria.product_id =
            Some(crate::app::products::get(&ctx.session, &reference).await?.id);
    }
    let found = orders::list(&ctx.session, &filter).await?;
    print_list(ctx.session.config.output, &found)?;
    ctx.messages.page_hint(found.len(), filter.limit, found.last().map(|o| o.id), "orders");
    Ok(())
}

async fn update(ctx: &Context, change: orders::ItemsChange) -> Result<()> {
    let changed = orders::replace_items(&ctx.session, change).await?;
    print_one(ctx.session.config.output, &changed.value)?;
    crate::cli::run::publish(ctx, changed).await
}

async fn set_state(ctx: &Context, request: Move) -> Result<()> {
    let moved = orders::move_to(&ctx.session, request).await?;
    if let Some(note) = &moved.value.note {
        ctx.messages.info(note);
    }
    print_one(ctx.session.config.output, &moved.value.order)?;
    crate::cli::run::publish(ctx, moved).await
}

async fn delete(ctx: &Context, request: DeleteOrders) -> Result<()> {
    let targets = orders::delete_targets(&ctx.session, &request.ids).await?;
    let summary: Vec<String> = targets
        .iter()
        .map(|o| format!("#{} {} {} {:.2}", o.id, o.customer_email, o.state, o.total_price))
        .collect();
    let question = format!("delete {} order(s): {}", targets.len(), summary.join("; "));
    confirm(&ctx.session.config, &question)?;
    let restock = request.restock;
    let deleted = orders::delete(&ctx.session, request).await?;
    print_deleted(ctx.session.config.output, "orders", &deleted.value.ids)?;
    let restocked = if restock {
        format!(", {} unit(s) back in stock", deleted.value.restocked)
    } else {
        String::new()
    };
    ctx.messages.info(format!("deleted {} order(s){restocked}", deleted.value.ids.len()));
    crate::cli::run::publish(ctx, deleted).await
}
