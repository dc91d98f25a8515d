//! Many products at once: `products update <selection> --price … --stock
//! …`, absolute or relative (`--price +5%`, `--stock -2`), decided product
//! by product (a price below zero, a stock past its bounds: refused, with
//! why), planned without writing, applied in one transaction — the
//! products locked in id order, one statement, one history event per
//! product changed. Products are not in the search index (order lines keep
//! their snapshot), so there is nothing to push.

use color_eyre::eyre::Result;
use rust_decimal::Decimal;

use super::Session;
use super::bulk::{Mode, SAMPLE};
use super::selection::Resolved;
use crate::db::bulk_writes::{self, SameForAll};
use crate::db::selection::{self as select, ProductCriteria};
use crate::db::session::transaction;
use crate::domain::{PriceChange, StockChange};
use crate::error::{AppError, Usage};
use crate::model::Product;
use crate::report::{Bar, Job};

/// The change asked of every product.
#[derive(Debug, Clone, Default)]
pub(crate) struct ProductEdit {
    pub(crate) price: Option<PriceChange>,
    pub(crate) stock: Option<StockChange>,
    pub(crate) same: SameForAll,
}

/// One product that changes (or would): before and after.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct ProductChange {
    pub(crate) id: i64,
    pub(crate) sku: String,
    pub(crate) name: String,
    pub(crate) old_price: Decimal,
    pub(crate) new_price: Decimal,
    pub(crate) old_stock: i32,
    pub(crate) new_stock: i32,
}

/// A product that is refused (or would be), and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct RefusedProduct {
    pub(crate) id: i64,
    /// `None`: there is no such product.
    pub(crate) sku: Option<String>,
    pub(crate) reason: String,
}

/// What a bulk change of products does, or would do.
#[derive(Debug, Clone, Default)]
pub(crate) struct ProductPlan {
    pub(crate) changes: Vec<ProductChange>,
    /// Selected products the change leaves as they are (same values).
    pub(crate) unchanged: usize,
    pub(crate) refused: Vec<RefusedProduct>,
}

impl ProductPlan {
    pub(crate) fn selected(&self) -> usize {
        self.changes.len() + self.unchanged + self.refused.len()
    }
}

/// A bulk change of products done (or, atomic with refusals, not done).
#[derive(Debug, Clone)]
pub(crate) struct ProductOutcome {
    pub(crate) plan: ProductPlan,
    pub(crate) applied: bool,
}

/// Decides product by product.
fn decide(edit: &ProductEdit, selected: &[Product], missing: &[i64]) -> ProductPlan {
    let mut plan = ProductPlan::default();
    for product in selected {
        let price = edit.price.map_or(Ok(product.price), |c| c.apply(product.price));
        let stock = edit.stock.map_or(Ok(product.stock), |c| c.apply(product.stock));
        let (new_price, new_stock) = match (price, stock) {
            (Ok(price), Ok(stock)) => (price, stock),
            (Err(why), _) | (_, Err(why)) => {
                plan.refused.push(RefusedProduct {
                    id: product.id,
                    sku: Some(product.sku.clone()),
                    reason: why.0,
                });
                continue;
            }
        };
        if new_price == product.price && new_stock == product.stock && !differs(&edit.same, product)
        {
            plan.unchanged += 1;
            continue;
        }
        plan.changes.push(ProductChange {
            id: product.id,
            sku: product.sku.clone(),
            name: product.name.clone(),
            old_price: product.price,
            new_price,
            old_stock: product.stock,
            new_stock,
        });
    }
    for id in missing {
        plan.refused.push(RefusedProduct { id: *id, sku: None, reason: "no such product".into() });
    }
    plan.refused.sort_by_key(|r| r.id);
    plan
}

/// Whether the fields set alike would change this product.
fn differs(same: &SameForAll, p: &Product) -> bool {
    let text = |new: &Option<crate::domain::OptionalText>, old: &Option<String>| {
        new.as_ref().is_some_and(|n| n.as_deref() != old.as_deref())
    };
    same.name.as_ref().is_some_and(|n| n.as_str() != p.name)
        || same.seller_email.as_ref().is_some_and(|e| e.as_str() != p.seller_email)
        || text(&same.description, &p.description)
        || text(&same.manufacturer, &p.manufacturer)
        || text(&same.stocked_at, &p.stocked_at)
}

fn limit(max: u64) -> i64 {
    i64::try_from(max).unwrap_or(i64::MAX - 1) + 1
}

async fn over_max(
    client: &impl tokio_postgres::GenericClient,
    criteria: &ProductCriteria,
    max: u64,
) -> Result<AppError> {
    let count = select::count_products(client, criteria).await?;
    Ok(AppError::Usage(Usage::OverMax { what: "product", count: count as u64, max, about: "" }))
}

/// What the change would do, reading only.
pub(crate) async fn plan(
    s: &Session,
    selection: &Resolved<ProductCriteria>,
    edit: &ProductEdit,
    max: u64,
) -> Result<ProductPlan> {
    let client = s.db().await?;
    let selected =
        select::select_products(&**client, &selection.criteria, limit(max), false).await?;
    if selected.len() as u64 > max {
        return Err(over_max(&**client, &selection.criteria, max).await?.into());
    }
    let missing = select::missing_products(&**client, &selection.listed).await?;
    Ok(decide(edit, &selected, &missing))
}

/// Makes the change in one transaction; with refusals and not `each`,
/// nothing is written.
pub(crate) async fn apply(
    s: &Session,
    selection: &Resolved<ProductCriteria>,
    edit: &ProductEdit,
    mode: Mode,
) -> Result<ProductOutcome> {
    let client = s.db().await?;
    let progress = s.reporter().progress(Job::Bulk);
    let outcome = transaction(&client, async |tx| {
        let selected =
            select::select_products(tx, &selection.criteria, limit(mode.max), true).await?;
        if selected.len() as u64 > mode.max {
            return Err(over_max(tx, &selection.criteria, mode.max).await?.into());
        }
        progress.set(Bar::Read, selected.len() as u64);
        let missing = select::missing_products(tx, &selection.listed).await?;
        let plan = decide(edit, &selected, &missing);
        if !plan.refused.is_empty() && !mode.each {
            return Ok::<_, color_eyre::Report>(ProductOutcome { plan, applied: false });
        }
        let rows: Vec<(i64, Option<Decimal>, Option<i32>)> =
            plan.changes.iter().map(|c| (c.id, Some(c.new_price), Some(c.new_stock))).collect();
        bulk_writes::update_products(tx, &rows, &edit.same, s.actor()).await?;
        progress.set(Bar::Sent, plan.changes.len() as u64);
        Ok(ProductOutcome { plan, applied: true })
    })
    .await?;
    progress.finish();
    Ok(outcome)
}

/// The first changes, for a preview's table.
pub(crate) fn sample(plan: &ProductPlan) -> &[ProductChange] {
    &plan.changes[..plan.changes.len().min(SAMPLE)]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn product(id: i64, price: &str, stock: i32) -> Product {
        Product {
            id,
            sku: format!("P-{id}"),
            name: format!("Product {id}"),
            description: None,
            manufacturer: None,
            stocked_at: None,
            seller_email: "s@example.com".into(),
            price: price.parse().unwrap(),
            stock,
            created_at: time::OffsetDateTime::UNIX_EPOCH,
            updated_at: time::OffsetDateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn each_product_gets_its_own_new_values_or_a_reason() {
        let edit = ProductEdit {
            price: Some("-2.50".parse().unwrap()),
            stock: Some("-2".parse().unwrap()),
            same: SameForAll::default(),
        };
        let selected = [product(1, "10.00", 5), product(2, "2.00", 5), product(3, "10.00", 1)];
        let plan = decide(&edit, &selected, &[7]);
        assert_eq!(plan.changes.len(), 1);
        assert_eq!(
            (plan.changes[0].new_price.to_string(), plan.changes[0].new_stock),
            ("7.50".into(), 3)
        );
        let reasons: Vec<(i64, &str)> =
            plan.refused.iter().map(|r| (r.id, r.reason.as_str())).collect();
        assert_eq!(
            reasons,
            [
                (2, "price 2.00 -2.50 would be -0.50, below zero"),
                (3, "stock 1 -2 would be -1, below zero"),
                (7, "no such product"),
            ]
        );
    }

    #[test]
    fn a_change_to_the_same_values_leaves_a_product_unchanged() {
        let edit = ProductEdit { stock: Some("5".parse().unwrap()), ..Default::default() };
        let plan = decide(&edit, &[product(1, "1.00", 5), product(2, "1.00", 4)], &[]);
        assert_eq!((plan.changes.len(), plan.unchanged), (1, 1));
    }
}
