//! `ecomctl products …`: create, get, list, update, delete.

use color_eyre::eyre::Result;

use super::Context;
use crate::cli::ProductsCommand;
use crate::db::products::{self, ProductFilter};
use crate::db::{DbError, outbox};
use crate::domain::{ProductRef, Sku};
use crate::error::{AppError, Missing, Refusal};
use crate::model::{NewProduct, Product};
use crate::output::{print_list, print_one};
use crate::prompt::confirm;
use crate::requests::products::{self as requests, UpdateProduct};

pub(crate) async fn run(ctx: &Context, cmd: ProductsCommand) -> Result<()> {
    match cmd {
        ProductsCommand::Create(args) => create(ctx, requests::create(args, &ctx.config)?).await,
        ProductsCommand::Get(args) => get(ctx, &requests::get(&args)?).await,
        ProductsCommand::List(args) => list(ctx, requests::list(args)?).await,
        ProductsCommand::Update(args) => update(ctx, requests::update(args)?).await,
        ProductsCommand::Delete(args) => delete(ctx, &requests::delete(&args)?).await,
        ProductsCommand::Import(args) => super::bulk::import_products(ctx, args).await,
        ProductsCommand::Export(args) => super::bulk::export_products(ctx, args.format).await,
        ProductsCommand::History(args) => {
            super::history::product(ctx, requests::history(args)?).await
        }
    }
}

async fn create(ctx: &Context, new: NewProduct) -> Result<()> {
    let client = ctx.db().await?;
    let product =
        products::insert(&**client, &new, ctx.actor()).await.map_err(|err| match err {
            DbError::DuplicateSku => AppError::Rejected(Refusal::DuplicateSku {
                sku: new.sku.to_string(),
                reference: ProductRefDisplay(&new.sku).to_string(),
            })
            .into(),
            other => color_eyre::Report::from(other),
        })?;
    print_one(ctx.config.output, &product)?;
    Ok(())
}

/// How to name a SKU on the command line so it is not taken for an id.
struct ProductRefDisplay<'a>(&'a Sku);

impl std::fmt::Display for ProductRefDisplay<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sku = self.0.as_str();
        if sku.bytes().all(|b| b.is_ascii_digit()) || sku.starts_with("sku:") {
            write!(f, "sku:{sku}")
        } else {
            f.write_str(sku)
        }
    }
}

fn not_found(reference: &ProductRef) -> AppError {
    AppError::NotFound(Missing::Product { product: reference.to_string() })
}

/// Finds a product or fails with exit code 3.
pub(crate) async fn find_or_fail(
    client: &impl tokio_postgres::GenericClient,
    reference: &ProductRef,
) -> Result<Product> {
    products::find(client, reference).await?.ok_or_else(|| not_found(reference).into())
}

async fn get(ctx: &Context, reference: &ProductRef) -> Result<()> {
    let client = ctx.db().await?;
    let product = find_or_fail(&**client, reference).await?;
    print_one(ctx.config.output, &product)?;
    Ok(())
}

async fn list(ctx: &Context, filter: ProductFilter) -> Result<()> {
    let client = ctx.db().await?;
    let found = products::list(&**client, &filter).await?;
    print_list(ctx.config.output, &found)?;
    ctx.messages.page_hint(found.len(), filter.limit, found.last().map(|p| p.id), "products");
    Ok(())
}

async fn update(ctx: &Context, request: UpdateProduct) -> Result<()> {
    let UpdateProduct { product: reference, changes } = request;
    let client = ctx.db().await?;
    let product = find_or_fail(&**client, &reference).await?;
    // With the database's own error type, so a refusal can be told apart below.
    let update = crate::db::session::transaction(&client, async |tx| {
        products::update(tx, product.id, &changes, ctx.actor()).await
    });
    let updated = match update.await {
        Ok(Some(updated)) => updated,
        Ok(None) => return Err(not_found(&reference).into()),
        Err(DbError::StockBelowZero) => {
            let current = find_or_fail(&**client, &reference).await?;
            return Err(AppError::Rejected(Refusal::StockBelowZero {
                sku: current.sku,
                stock: current.stock,
                add: changes.add_stock.unwrap_or_default(),
            })
            .into());
        }
        Err(DbError::StockAboveMax) => {
            let current = find_or_fail(&**client, &reference).await?;
            return Err(AppError::Rejected(Refusal::StockAboveMax {
                sku: current.sku,
                stock: current.stock,
                add: changes.add_stock.unwrap_or_default(),
            })
            .into());
        }
        Err(err) => return Err(err.into()),
    };
    print_one(ctx.config.output, &updated)?;
    Ok(())
}

async fn delete(ctx: &Context, refs: &[ProductRef]) -> Result<()> {
    let client = ctx.db().await?;
    let mut targets: Vec<Product> = Vec::new();
    for reference in refs {
        let product = find_or_fail(&**client, reference).await?;
        if !targets.iter().any(|p| p.id == product.id) {
            targets.push(product);
        }
    }
    let names: Vec<String> = targets.iter().map(|p| format!("{} ({})", p.sku, p.name)).collect();
    confirm(&ctx.config, &format!("delete {} product(s): {}", targets.len(), names.join(", ")))?;

    let mut ids: Vec<i64> = targets.iter().map(|p| p.id).collect();
    ids.sort_unstable();
    let (touched, deleted) = super::in_transaction(&client, async |tx| {
        let touched = products::lock_for_delete(tx, &ids).await?;
        let deleted = products::delete(tx, &ids, ctx.actor()).await?;
        outbox::enqueue(tx, &touched).await?;
        Ok((touched, deleted))
    })
    .await?;

    crate::output::print_deleted(ctx.config.output, "products", &deleted)?;
    ctx.messages.info(format!(
        "deleted {} product(s); {} order(s) keep their lines' snapshot",
        deleted.len(),
        touched.len()
    ));
    ctx.push_to_search(&client, &touched, &[]).await
}
