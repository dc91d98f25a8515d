//! Selections: which orders or products a bulk command acts on — ids listed
//! (on the command line or `--ids-from`), the filters of `orders list` /
//! `products list`, the hits of a search (`--from-search`), all of them
//! together (each narrows the others). Resolved once, before anything is
//! read for the change: the search is asked (every page) and a product
//! named by SKU looked up, leaving PostgreSQL criteria over fixed ids; the
//! use cases (`bulk.rs`, `product_bulk.rs`) then read or lock the matching
//! rows in id order.

use color_eyre::eyre::Result;

use super::Session;
use crate::db::selection::{OrderCriteria, ProductCriteria};
use crate::domain::ProductRef;
use crate::error::{AppError, Refusal, Usage};
use crate::search::query::SearchRequest;

/// The default of `--max`: a mistyped filter cannot reach the whole shop.
pub(crate) const DEFAULT_MAX: u64 = 1000;

/// Ids the operator listed; each must exist (a missing one is refused).
#[derive(Debug, Clone)]
pub(crate) struct Listed {
    /// Ascending, each once.
    pub(crate) ids: Vec<i64>,
}

impl Listed {
    pub(crate) fn new(mut ids: Vec<i64>) -> Self {
        ids.sort_unstable();
        ids.dedup();
        Listed { ids }
    }
}

/// Orders as the operator names them.
#[derive(Debug, Clone, Default)]
pub(crate) struct OrderSelection {
    pub(crate) listed: Option<Listed>,
    /// The filters (without ids: those come from `listed` and the search).
    pub(crate) criteria: OrderCriteria,
    /// Orders with a line of this product (looked up once).
    pub(crate) product: Option<ProductRef>,
    /// Only the orders this search finds.
    pub(crate) search: Option<SearchRequest>,
}

/// A selection resolved to PostgreSQL criteria: what is read or locked.
#[derive(Debug, Clone)]
pub(crate) struct Resolved<C> {
    pub(crate) criteria: C,
    /// The ids listed, to refuse those that do not exist.
    pub(crate) listed: Vec<i64>,
    /// Hits of the search that PostgreSQL may no longer have (an index
    /// behind), for the summary.
    pub(crate) searched: Option<usize>,
}

impl Resolved<OrderCriteria> {
    /// Narrows the selection to these ids (what a preview showed, so that
    /// the change touches no order the operator did not see).
    pub(crate) fn pin(&mut self, ids: Vec<i64>) {
        self.criteria.ids = Some(match self.criteria.ids.take() {
            Some(had) => ids.into_iter().filter(|id| had.binary_search(id).is_ok()).collect(),
            None => ids,
        });
    }
}

/// Asks the search (if any) for every hit, up to `max` (more is refused
/// as over the limit), and looks up the product (exit 3 if there is none).
pub(crate) async fn resolve_orders(
    s: &Session,
    selection: &OrderSelection,
    max: u64,
) -> Result<Resolved<OrderCriteria>> {
    let mut criteria = selection.criteria.clone();
    if let Some(reference) = &selection.product {
        let client = s.db().await?;
        criteria.product_id = Some(super::products::find_or_fail(&**client, reference).await?.id);
    }
    let listed = selection.listed.as_ref().map(|l| l.ids.clone());
    let mut searched = None;
    let mut ids = listed.clone();
    if let Some(request) = &selection.search {
        let found = search_ids(s, request, max).await?;
        searched = Some(found.len());
        ids = Some(match ids {
            Some(listed) => {
                listed.into_iter().filter(|id| found.binary_search(id).is_ok()).collect()
            }
            None => found,
        });
    }
    criteria.ids = ids;
    Ok(Resolved { criteria, listed: listed.unwrap_or_default(), searched })
}

/// Every hit of the search, ascending; refused when there may be hits
/// Meilisearch does not return (its `maxTotalHits`), or more than `max`.
async fn search_ids(s: &Session, request: &SearchRequest, max: u64) -> Result<Vec<i64>> {
    let meili = s.meili()?;
    let stop_after = usize::try_from(max).unwrap_or(usize::MAX);
    let found = request.matching_ids(&meili, stop_after).await?;
    if found.more {
        return Err(AppError::Usage(Usage::OverMax {
            what: "order",
            count: found.estimated.max(found.ids.len()) as u64,
            max,
            about: "about ",
        })
        .into());
    }
    // A search returns at most maxTotalHits hits however it is paged: one
    // that reached it may have more that no page shows.
    let cap = meili.max_total_hits().await?;
    if found.ids.len() >= cap {
        return Err(AppError::Rejected(Refusal::SearchCapped { cap }).into());
    }
    Ok(found.ids)
}

/// Products as the operator names them.
#[derive(Debug, Clone, Default)]
pub(crate) struct ProductSelection {
    pub(crate) listed: Option<Listed>,
    pub(crate) criteria: ProductCriteria,
}

/// The product criteria, with the ids listed (kept to refuse those that do
/// not exist).
pub(crate) fn resolve_products(selection: &ProductSelection) -> Resolved<ProductCriteria> {
    let mut criteria = selection.criteria.clone();
    let listed = selection.listed.as_ref().map(|l| l.ids.clone());
    criteria.ids.clone_from(&listed);
    Resolved { criteria, listed: listed.unwrap_or_default(), searched: None }
}
