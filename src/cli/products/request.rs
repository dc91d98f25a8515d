//! Requests of `ecomctl products …`.

use time::OffsetDateTime;

use crate::app::product_bulk::ProductEdit;
use crate::app::products::ProductUpdate;
use crate::app::selection::ProductSelection;
use crate::cli::prompt::required;
use crate::cli::request::{flag_value, optional};
use crate::cli::selection::BulkFlags;
use crate::cli::{
    ProductCreateArgs, ProductDeleteArgs, ProductGetArgs, ProductHistoryArgs, ProductListArgs,
    ProductUpdateArgs,
};
use crate::config::Config;
use crate::db::bulk_writes::SameForAll;
use crate::db::products::ProductFilter;
use crate::domain::{
    Email, Money, OptionalText, PriceChange, ProductRef, RequiredText, Sku, Stock, StockChange,
    StockDelta,
};
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

/// The change `products update` asks for: the fields set, a relative
/// price, and which flag changes the stock.
struct Asked {
    changes: ProductChanges,
    price: Option<PriceChange>,
    stock: Option<StockChange>,
    stock_flag: &'static str,
}

fn asked(args: &ProductUpdateArgs) -> Result<Asked, AppError> {
    let price = optional("--price", args.price.as_deref(), str::parse::<PriceChange>)?;
    let (stock, stock_flag) = match (&args.stock, &args.add_stock) {
        (Some(raw), _) => (Some(flag_value("--stock", raw, str::parse::<StockChange>)?), "--stock"),
        (None, Some(raw)) => {
            let delta = flag_value("--add-stock", raw, str::parse::<StockDelta>)?;
            (Some(StockChange::Add(delta.get())), "--add-stock")
        }
        (None, None) => (None, "--stock"),
    };
    let changes = ProductChanges {
        name: optional("--name", args.name.as_deref(), |s| RequiredText::parse("name", s))?,
        price: None,
        stock: None,
        add_stock: None,
        seller_email: optional("--seller-email", args.seller_email.as_deref(), Email::parse)?,
        description: optional_text("--description", "description", args.description.as_deref())?,
        manufacturer: optional_text(
            "--manufacturer",
            "manufacturer",
            args.manufacturer.as_deref(),
        )?,
        stocked_at: optional_text("--stocked-at", "location", args.stocked_at.as_deref())?,
    };
    if changes.is_empty() && price.is_none() && stock.is_none() {
        return Err(AppError::Usage(Usage::NothingToChange));
    }
    Ok(Asked { changes, price, stock, stock_flag })
}

/// `products update PRODUCT …`: one product.
pub(crate) fn update(args: &ProductUpdateArgs) -> Result<ProductUpdate, AppError> {
    let product = product_ref(args.product.as_deref().unwrap_or_default())?;
    let Asked { mut changes, price, stock, stock_flag } = asked(args)?;
    match stock {
        Some(StockChange::Set(stock)) => changes.stock = Some(stock),
        Some(StockChange::Add(delta)) => changes.add_stock = Some(delta),
        None => {}
    }
    // An amount is set as it is; a relative price needs the price in force.
    let price = match price {
        Some(PriceChange::Set(money)) => {
            changes.price = Some(money);
            None
        }
        relative => relative,
    };
    Ok(ProductUpdate { product, changes, price, stock_flag })
}

/// `products update <selection> …`: many products.
pub(crate) struct BulkProducts {
    pub(crate) selection: ProductSelection,
    pub(crate) edit: ProductEdit,
    pub(crate) flags: BulkFlags,
    /// A PRODUCT given with --dry-run, --each or --max: looked up, then the selection.
    pub(crate) product: Option<ProductRef>,
}

pub(crate) fn update_many(args: &ProductUpdateArgs) -> Result<BulkProducts, AppError> {
    let product = args.product.as_deref().map(product_ref).transpose()?;
    let selection = match &product {
        Some(_) if !args.select.given() => ProductSelection::default(),
        _ => crate::cli::selection::products(&args.select)?,
    };
    let Asked { changes, price, stock, .. } = asked(args)?;
    let same = SameForAll {
        name: changes.name,
        seller_email: changes.seller_email,
        description: changes.description,
        manufacturer: changes.manufacturer,
        stocked_at: changes.stocked_at,
    };
    Ok(BulkProducts {
        selection,
        edit: ProductEdit { price, stock, same },
        flags: BulkFlags::from(&args.bulk),
        product,
    })
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
