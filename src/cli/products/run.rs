//! `ecomctl products …`: each command's request handed to its use case
//! (`app::products`), the result printed.

use color_eyre::eyre::Result;

use super::request::{self as requests};
use crate::app::products::{self, ProductUpdate};
use crate::cli::ProductsCommand;
use crate::cli::prompt::confirm;
use crate::cli::run::Context;
use crate::db::products::ProductFilter;
use crate::domain::ProductRef;
use crate::model::NewProduct;
use crate::output::{print_deleted, print_list, print_one};

pub(crate) async fn run(ctx: &Context, cmd: ProductsCommand) -> Result<()> {
    let config = &ctx.session.config;
    match cmd {
        ProductsCommand::Create(args) => create(ctx, requests::create(args, config)?).await,
        ProductsCommand::Get(args) => get(ctx, &requests::get(&args)?).await,
        ProductsCommand::List(args) => list(ctx, requests::list(args)?).await,
        ProductsCommand::Update(args) if args.is_bulk() => {
            super::bulk::run(ctx, requests::update_many(&args)?).await
        }
        ProductsCommand::Update(args) => update(ctx, requests::update(&args)?).await,
        ProductsCommand::Delete(args) => delete(ctx, &requests::delete(&args)?).await,
        ProductsCommand::Import(args) => crate::cli::bulk::import_products(ctx, args).await,
        ProductsCommand::Export(args) => crate::cli::bulk::export_products(ctx, args.format).await,
        ProductsCommand::History(args) => {
            crate::cli::history::product(ctx, requests::history(args)?).await
        }
    }
}

async fn create(ctx: &Context, new: NewProduct) -> Result<()> {
    let product = products::create(&ctx.session, new).await?;
    print_one(ctx.session.config.output, &product)?;
    Ok(())
}

async fn get(ctx: &Context, reference: &ProductRef) -> Result<()> {
    let product = products::get(&ctx.session, reference).await?;
    print_one(ctx.session.config.output, &product)?;
    Ok(())
}

async fn list(ctx: &Context, filter: ProductFilter) -> Result<()> {
    let found = products::list(&ctx.session, &filter).await?;
    print_list(ctx.session.config.output, &found)?;
    ctx.messages.page_hint(found.len(), filter.limit, found.last().map(|p| p.id), "products");
    Ok(())
}

async fn update(ctx: &Context, request: ProductUpdate) -> Result<()> {
    let updated = products::update(&ctx.session, request).await?;
    print_one(ctx.session.config.output, &updated)?;
    Ok(())
}

async fn delete(ctx: &Context, refs: &[ProductRef]) -> Result<()> {
    let targets = products::delete_targets(&ctx.session, refs).await?;
    let names: Vec<String> = targets.iter().map(|p| format!("{} ({})", p.sku, p.name)).collect();
    let question = format!("delete {} product(s): {}", targets.len(), names.join(", "));
    confirm(&ctx.session.config, &question)?;
    let deleted = products::delete(&ctx.session, &targets).await?;
    print_deleted(ctx.session.config.output, "products", &deleted.value.ids)?;
    ctx.messages.info(format!(
        "deleted {} product(s); {} order(s) keep their lines' snapshot",
        deleted.value.ids.len(),
        deleted.value.unlinked_orders
    ));
    crate::cli::run::publish(ctx, deleted).await
}
