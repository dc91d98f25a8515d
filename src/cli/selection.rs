//! Selections on the command line, one grammar everywhere: the filters of
//! `orders list` (which `orders set-state` and `orders delete` take too),
//! `--ids-from FILE|-`, `--from-search QUERY` (with the same filters) and
//! `--all`; for products, `--seller`, `--search`, `--ids-from`, `--all`.
//! Everything given narrows the rest. And the flags of every bulk change:
//! `--dry-run`, `--each`, `--max N`.

use clap::Args;
use clap_complete::engine::ArgValueCandidates;

use crate::app::bulk::Mode;
use crate::app::selection::{DEFAULT_MAX, Listed, OrderSelection, ProductSelection};
use crate::cli::request::{flag_value, optional};
use crate::db::selection::{OrderCriteria, ProductCriteria};
use crate::domain::{Email, Money, ProductRef, RequiredText, Sku};
use crate::error::{AppError, Usage};
use crate::search::filter::SearchFilters;
use crate::search::query::SearchRequest;

/// The filters of `orders list`, which select the orders of a bulk change too.
#[derive(Debug, Args, Default, Clone)]
pub(crate) struct OrderFilterArgs {
    /// Only orders in this state (repeatable)
    #[arg(add = ArgValueCandidates::new(crate::cli::completion::states), long = "state", value_name = "STATE")]
    pub(crate) states: Vec<String>,
    /// Only orders of this customer
    #[arg(long, value_name = "EMAIL")]
    pub(crate) customer_email: Option<String>,
    /// Only orders created at or after this time (RFC 3339, YYYY-MM-DD, or an age: 7d)
    #[arg(long, value_name = "TIME")]
    pub(crate) since: Option<String>,
    /// Only orders created before this time (--until 7d: more than 7 days ago)
    #[arg(long, value_name = "TIME")]
    pub(crate) until: Option<String>,
    /// Only orders with a line of this SKU
    #[arg(long, value_name = "SKU")]
    pub(crate) sku: Option<String>,
    /// Only orders with a line of this product (id, sku:SKU or SKU)
    #[arg(add = ArgValueCandidates::new(crate::cli::completion::skus), long, value_name = "PRODUCT")]
    pub(crate) product: Option<String>,
    /// Only orders whose total is at least X
    #[arg(long, value_name = "X")]
    pub(crate) min_total: Option<String>,
    /// Only orders whose total is at most X
    #[arg(long, value_name = "X")]
    pub(crate) max_total: Option<String>,
    /// Only orders with this external ref; * stands for any text ('STAGING-*')
    #[arg(long, value_name = "REF")]
    pub(crate) external_ref: Option<String>,
}

impl OrderFilterArgs {
    fn given(&self) -> bool {
        !self.states.is_empty()
            || self.customer_email.is_some()
            || self.since.is_some()
            || self.until.is_some()
            || self.sku.is_some()
            || self.product.is_some()
            || self.min_total.is_some()
            || self.max_total.is_some()
            || self.external_ref.is_some()
    }
}

/// How the bulk order commands name orders besides ids.
#[derive(Debug, Args, Default, Clone)]
pub(crate) struct OrderSelectArgs {
    #[command(flatten)]
    pub(crate) filters: OrderFilterArgs,
    /// The orders listed in FILE (- for stdin): an id per line, a CSV with an id column, or NDJSON/JSON with "id"
    #[arg(long, value_name = "FILE|-")]
    pub(crate) ids_from: Option<String>,
    /// Only the orders `ecomctl search QUERY` finds with the same filters, every page ('' for all)
    #[arg(long, value_name = "QUERY")]
    pub(crate) from_search: Option<String>,
    /// With --from-search: a raw Meilisearch filter, ANDed with the others
    #[arg(long, value_name = "RAW", requires = "from_search")]
    pub(crate) filter: Option<String>,
    /// Every order (the filters and --max still apply)
    #[arg(long)]
    pub(crate) all: bool,
}

impl OrderSelectArgs {
    pub(crate) fn given(&self) -> bool {
        self.filters.given() || self.ids_from.is_some() || self.from_search.is_some() || self.all
    }
}

/// The flags of a bulk change.
#[derive(Debug, Args, Default, Clone)]
pub(crate) struct BulkArgs {
    /// Show what would happen (the count, the changes, the refusals, the stock, a sample) and change nothing; exit 4 if any would be refused
    #[arg(long)]
    pub(crate) dry_run: bool,
    /// Change what can be changed and report the rest (default: one refusal changes nothing)
    #[arg(long)]
    pub(crate) each: bool,
    /// Refuse a selection larger than N (exit 2) [default: 1000]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub(crate) max: Option<u64>,
}

impl BulkArgs {
    pub(crate) fn given(&self) -> bool {
        self.dry_run || self.each || self.max.is_some()
    }
}

/// A bulk change's flags, checked.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BulkFlags {
    pub(crate) dry_run: bool,
    pub(crate) mode: Mode,
}

impl From<&BulkArgs> for BulkFlags {
    fn from(args: &BulkArgs) -> Self {
        BulkFlags {
            dry_run: args.dry_run,
            mode: Mode { each: args.each, max: args.max.unwrap_or(DEFAULT_MAX) },
        }
    }
}

/// The filters as PostgreSQL criteria (the product still a reference).
pub(crate) fn order_criteria(
    args: &OrderFilterArgs,
) -> Result<(OrderCriteria, Option<ProductRef>), AppError> {
    let money = |flag, raw: Option<&str>| {
        Ok::<_, AppError>(optional(flag, raw, Money::parse)?.map(Money::decimal))
    };
    let criteria = OrderCriteria {
        states: crate::cli::request::states(&args.states)?,
        customer_email: optional("--customer-email", args.customer_email.as_deref(), Email::parse)?,
        since: crate::cli::request::since(args.since.as_deref())?,
        until: crate::cli::request::until(args.until.as_deref())?,
        sku: optional("--sku", args.sku.as_deref(), Sku::parse)?.map(|s| s.as_str().to_owned()),
        product_id: None,
        min_total: money("--min-total", args.min_total.as_deref())?,
        max_total: money("--max-total", args.max_total.as_deref())?,
        external_ref: optional("--external-ref", args.external_ref.as_deref(), |s| {
            RequiredText::parse_identifier("external ref", s)
        })?
        .map(|r| r.as_str().to_owned()),
        ids: None,
    };
    let product = optional("--product", args.product.as_deref(), str::parse::<ProductRef>)?;
    Ok((criteria, product))
}

/// No ids and no selection: a usage error saying how to name orders.
pub(crate) fn no_orders() -> AppError {
    AppError::Usage(Usage::NoSelection {
        what: "orders",
        how: "give their ids, or select them with the filters (--state, --customer-email, \
              --since, --until, --sku, --product, --min-total, --max-total, --external-ref), \
              --ids-from FILE, --from-search QUERY or --all",
    })
}

/// The orders named by `ids` (positional) and the selection flags; a usage
/// error when nothing names any.
pub(crate) fn orders(ids: &[i64], args: &OrderSelectArgs) -> Result<OrderSelection, AppError> {
    if ids.is_empty() && !args.given() {
        return Err(no_orders());
    }
    let (criteria, product) = order_criteria(&args.filters)?;
    let mut listed: Vec<i64> = ids.to_vec();
    for id in ids {
        flag_value("ID", &id.to_string(), |_| crate::domain::check_id(*id))?;
    }
    if let Some(path) = &args.ids_from {
        listed.extend(crate::import::id_list::read(path, "--ids-from")?);
    }
    let listed = (!ids.is_empty() || args.ids_from.is_some()).then(|| Listed::new(listed));
    let search = match &args.from_search {
        Some(text) => Some(search_request(text, &args.filters, &criteria, args.filter.clone())?),
        None => None,
    };
    Ok(OrderSelection { listed, criteria, product, search })
}

/// `--from-search QUERY`: the search `ecomctl search QUERY` would run with
/// the same filters (those the index has; the rest apply in PostgreSQL).
fn search_request(
    text: &str,
    args: &OrderFilterArgs,
    criteria: &OrderCriteria,
    raw: Option<String>,
) -> Result<SearchRequest, AppError> {
    let filters = SearchFilters {
        states: criteria.states.clone(),
        customer_email: args.customer_email.clone(),
        sku: criteria.sku.clone(),
        since_ts: criteria.since.map(|t| t.unix_timestamp()),
        until_ts: criteria.until.map(|t| t.unix_timestamp()),
        min_total: criteria.min_total,
        max_total: criteria.max_total,
        raw,
    };
    if let Some(raw) = &filters.raw {
        crate::search::filter::check_raw(raw)
            .map_err(|problem| AppError::Usage(Usage::Filter { problem }))?;
    }
    Ok(SearchRequest {
        text: text.to_owned(),
        filters,
        sort: Vec::new(),
        limit: 1000,
        page: 1,
        facets: false,
    })
}

/// How the bulk product command names products besides one PRODUCT.
#[derive(Debug, Args, Default, Clone)]
pub(crate) struct ProductSelectArgs {
    /// Select the products of this seller (--seller-email sets a new seller)
    #[arg(long, value_name = "EMAIL")]
    pub(crate) seller: Option<String>,
    /// Select the products whose SKU or name contains TEXT (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub(crate) search: Option<String>,
    /// The products listed in FILE (- for stdin): an id per line, a CSV with an id column, or NDJSON/JSON with "id"
    #[arg(long, value_name = "FILE|-")]
    pub(crate) ids_from: Option<String>,
    /// Every product (--max still applies)
    #[arg(long)]
    pub(crate) all: bool,
}

impl ProductSelectArgs {
    pub(crate) fn given(&self) -> bool {
        self.seller.is_some() || self.search.is_some() || self.ids_from.is_some() || self.all
    }
}

/// The products named by the selection flags.
pub(crate) fn products(args: &ProductSelectArgs) -> Result<ProductSelection, AppError> {
    if !args.given() {
        return Err(AppError::Usage(Usage::NoSelection {
            what: "products",
            how: "give one PRODUCT, or select them with --seller, --search, --ids-from FILE or \
                  --all (--seller-email sets a new seller: it does not select)",
        }));
    }
    let listed = match &args.ids_from {
        Some(path) => Some(Listed::new(crate::import::id_list::read(path, "--ids-from")?)),
        None => None,
    };
    let criteria = ProductCriteria {
        seller_email: optional("--seller", args.seller.as_deref(), Email::parse)?,
        search: args.search.clone(),
        ids: None,
    };
    Ok(ProductSelection { listed, criteria })
}
