//! Requests of `ecomctl products …`.

use time::OffsetDateTime;

use crate::app::products::ProductUpdate;
use crate::cli::prompt::required;
use crate::cli::request::{flag_value, optional};
use crate::cli::{
    ProductCreateArgs, ProductDeleteArgs, ProductGetArgs, ProductHistoryArgs, ProductListArgs,
    ProductUpdateArgs,
};
use crate::config::Config;
use crate::db::products::ProductFilter;
use crate::domain::{Email, Money, OptionalText, ProductRef, RequiredText, Sku, Stock, StockDelta};
use crate::error::{AppError, Usage};
use crate::model::{NewProduct, ProductChanges};

/// `PRODUCT`: an id, `sku:X` or a SKU.
fn product_ref(raw: &str) -> Result<ProductRef, AppError> {
    flag_value("PRODUCT", raw, str::parse)
}

/// `products get PRODUCT`.
pub(crate) fn get(args: &ProductGetArgs) -> Result<ProductRef, AppError> {
    product_ref(&args.product)
}

/// `products delete PRODUCT…`.
pub(crate) fn delete(args: &ProductDeleteArgs) -> Result<Vec<ProductRef>, AppError> {
    args.products.iter().map(|r| product_ref(r)).collect()
}

/// An optional text flag; a description may run over several lines.
fn optional_text(
    flag: &str,
    field: &str,
    raw: Option<&str>,
) -> Result<Option<OptionalText>, AppError> {
    if field == "description" {
        return optional(flag, raw, |s| OptionalText::parse_multiline(field, s));
    }
    optional(flag, raw, |s| OptionalText::parse(field, s))
}

/// `products create`: every field checked; the required ones that are
/// missing are asked for on a terminal.
pub(crate) fn create(args: ProductCreateArgs, cfg: &Config) -> Result<NewProduct, AppError> {
    Ok(NewProduct {
        sku: required(cfg, "--sku", "SKU", args.sku.as_deref(), Sku::parse)?,
        name: required(cfg, "--name", "Name", args.name.as_deref(), |s| {
            RequiredText::parse("name", s)
        })?,
        price: required(cfg, "--price", "Price", args.price.as_deref(), Money::parse)?,
        seller_email: required(
            cfg,
            "--seller-email",
            "Seller e-mail",
            args.seller_email.as_deref(),
            Email::parse,
        )?,
        stock: flag_value("--stock", &args.stock, str::parse::<Stock>)?,
        description: optional_text("--description", "description", args.description.as_deref())?
            .unwrap_or_else(OptionalText::none),
        manufacturer: optional_text(
            "--manufacturer",
            "manufacturer",
            args.manufacturer.as_deref(),
        )?
        .unwrap_or_else(OptionalText::none),
        stocked_at: optional_text("--stocked-at", "location", args.stocked_at.as_deref())?
            .unwrap_or_else(OptionalText::none),
    })
}

/// `products list`.
pub(crate) fn list(args: ProductListArgs) -> Result<ProductFilter, AppError> {
    Ok(ProductFilter {
        seller_email: optional("--seller-email", args.seller_email.as_deref(), Email::parse)?,
        search: args.search,
        after: args.page.after,
        limit: args.page.limit,
    })
}

pub(crate) fn update(args: ProductUpdateArgs) -> Result<ProductUpdate, AppError> {
    let product = product_ref(&args.product)?;
    let changes = ProductChanges {
        name: optional("--name", args.name.as_deref(), |s| RequiredText::parse("name", s))?,
        price: optional("--price", args.price.as_deref(), Money::parse)?,
        stock: optional("--stock", args.stock.as_deref(), str::parse::<Stock>)?,
        add_stock: optional("--add-stock", args.add_stock.as_deref(), str::parse::<StockDelta>)?
            .map(StockDelta::get),
        seller_email: optional("--seller-email", args.seller_email.as_deref(), Email::parse)?,
        description: optional_text("--description", "description", args.description.as_deref())?,
        manufacturer: optional_text(
            "--manufacturer",
            "manufacturer",
            args.manufacturer.as_deref(),
        )?,
        stocked_at: optional_text("--stocked-at", "location", args.stocked_at.as_deref())?,
    };
    if changes.is_empty() {
        return Err(AppError::Usage(Usage::NothingToChange));
    }
    Ok(ProductUpdate { product, changes })
}

/// `products history PRODUCT [--since T]`.
pub(crate) struct ProductHistory {
    pub(crate) product: ProductRef,
    pub(crate) since: Option<OffsetDateTime>,
}

pub(crate) fn history(args: ProductHistoryArgs) -> Result<ProductHistory, AppError> {
    Ok(ProductHistory {
        product: product_ref(&args.product)?,
        since: crate::cli::request::since(args.since.as_deref())?,
    })
}
