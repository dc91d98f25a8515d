//! Products: create, change, delete, read. A product's change never touches
//! an order's lines (they keep their snapshot); deleting one unlinks the
//! lines that referenced it, which changes those orders' documents.

use color_eyre::eyre::Result;

use super::{Committed, Push, Session};
use crate::db::DbError;
use crate::db::products::{self, ProductFilter};
use crate::db::selection::{self as select, ProductCriteria};
use crate::db::session::transaction;
use crate::domain::{Money, PriceChange, ProductRef, Sku};
use crate::error::{AppError, Missing, Refusal};
use crate::model::{NewProduct, Product, ProductChanges};
use crate::outbox;

/// A change to one product.
pub(crate) struct ProductUpdate {
    pub(crate) product: ProductRef,
    /// The fields set (a price given as an amount among them).
    pub(crate) changes: ProductChanges,
    /// A relative price (`+5%`, `-2.50`), applied to the price as it is
    /// once the row is locked.
    pub(crate) price: Option<PriceChange>,
    /// The flag that asked for a relative stock change, for refusals.
    pub(crate) stock_flag: &'static str,
}

/// What a delete did.
pub(crate) struct Deleted {
    pub(crate) ids: Vec<i64>,
    /// Orders whose lines lost their link (and keep their snapshot).
    pub(crate) unlinked_orders: usize,
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

pub(crate) async fn get(s: &Session, reference: &ProductRef) -> Result<Product> {
    let client = s.db().await?;
    find_or_fail(&**client, reference).await
}

pub(crate) async fn list(s: &Session, filter: &ProductFilter) -> Result<Vec<Product>> {
    let client = s.db().await?;
    Ok(products::list(&**client, filter).await?)
}

/// How many products there are.
pub(crate) async fn count(s: &Session) -> Result<i64> {
    let client = s.db().await?;
    Ok(products::count(&**client).await?)
}

/// Creates a product; a SKU already taken is refused, saying how to name it.
pub(crate) async fn create(s: &Session, new: NewProduct) -> Result<Product> {
    let client = s.db().await?;
    products::insert(&**client, &new, s.actor()).await.map_err(|err| match err {
        DbError::DuplicateSku => AppError::Rejected(Refusal::DuplicateSku {
            sku: new.sku.to_string(),
            reference: ProductRefDisplay(&new.sku).to_string(),
        })
        .into(),
        other => color_eyre::Report::from(other),
    })
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

/// Changes a product; stock that would go below zero (or past the column)
/// is refused with the stock as it is now, and so is a relative price that
/// would leave the bounds.
pub(crate) async fn update(s: &Session, request: ProductUpdate) -> Result<Product> {
    let ProductUpdate { product: reference, mut changes, price, stock_flag } = request;
    let client = s.db().await?;
    let product = find_or_fail(&**client, &reference).await?;
    let update = transaction(&client, async |tx| {
        if let Some(change) = price {
            // Locked first: the price changed is the one in force.
            let only = ProductCriteria { ids: Some(vec![product.id]), ..Default::default() };
            let locked = select::select_products(tx, &only, 1, true).await?;
            let Some(locked) = locked.first() else { return Ok(None) };
            let problem = |problem: String| {
                AppError::Rejected(Refusal::Price { sku: locked.sku.clone(), problem })
            };
            let new = change.apply(locked.price).map_err(|unfit| problem(unfit.0))?;
            changes.price = Some(
                Money::computed(new)
                    .ok_or_else(|| problem(format!("price {new} is out of range")))?,
            );
        }
        Ok::<_, color_eyre::Report>(products::update(tx, product.id, &changes, s.actor()).await?)
    });
    let below_zero = match update.await {
        Ok(Some(updated)) => return Ok(updated),
        Ok(None) => return Err(not_found(&reference).into()),
        Err(err) => match err.downcast_ref::<DbError>() {
            Some(DbError::StockBelowZero) => true,
            Some(DbError::StockAboveMax) => false,
            _ => return Err(err),
        },
    };
    let Product { sku, stock, .. } = find_or_fail(&**client, &reference).await?;
    let add = changes.add_stock.unwrap_or_default();
    let flag = stock_flag;
    Err(AppError::Rejected(if below_zero {
        Refusal::StockBelowZero { sku, stock, flag, add }
    } else {
        Refusal::StockAboveMax { sku, stock, flag, add }
    })
    .into())
}

/// The products a delete would remove, each once (each must exist: exit 3
/// naming the first that does not), for the front end to confirm.
pub(crate) async fn delete_targets(s: &Session, refs: &[ProductRef]) -> Result<Vec<Product>> {
    let client = s.db().await?;
    let mut targets: Vec<Product> = Vec::new();
    for reference in refs {
        let product = find_or_fail(&**client, reference).await?;
        if !targets.iter().any(|p| p.id == product.id) {
            targets.push(product);
        }
    }
    Ok(targets)
}

/// Deletes products; the orders whose lines referenced them are queued for
/// search (their documents lose the link).
pub(crate) async fn delete(s: &Session, targets: &[Product]) -> Result<Committed<Deleted>> {
    let mut ids: Vec<i64> = targets.iter().map(|p| p.id).collect();
    ids.sort_unstable();
    let client = s.db().await?;
    let (touched, deleted) = transaction(&client, async |tx| {
        let touched = products::lock_for_delete(tx, &ids).await?;
        let deleted = products::delete(tx, &ids, s.actor()).await?;
        outbox::enqueue(tx, &touched).await?;
        Ok::<_, color_eyre::Report>((touched, deleted))
    })
    .await?;
    let value = Deleted { ids: deleted, unlinked_orders: touched.len() };
    Ok(Committed { value, push: Push::new(client, touched, Vec::new()) })
}
