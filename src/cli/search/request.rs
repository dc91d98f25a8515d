//! The request of `ecomctl search` (and of `demo`'s sample search).

use crate::cli::SearchArgs;
use crate::cli::request::{flag_value, optional};
use crate::domain::{InvalidValue, Money};
use crate::error::{AppError, Usage};
use crate::search::filter::SearchFilters;
use crate::search::query::SearchRequest;

/// `ecomctl search …`: the flags parsed and checked once; errors name the
/// flag (exit 4, or 2 for a malformed --filter).
pub(crate) fn search(args: SearchArgs) -> Result<SearchRequest, AppError> {
    let filters = SearchFilters {
        states: crate::cli::request::states(&args.states)?,
        customer_email: args.customer_email.clone(),
        sku: args.sku.clone(),
        since_ts: crate::cli::request::since(args.since.as_deref())?.map(|t| t.unix_timestamp()),
        until_ts: crate::cli::request::until(args.until.as_deref())?.map(|t| t.unix_timestamp()),
        min_total: optional("--min-total", args.min_total.as_deref(), Money::parse)?
            .map(Money::decimal),
        max_total: optional("--max-total", args.max_total.as_deref(), Money::parse)?
            .map(Money::decimal),
        raw: args.filter.clone(),
    };
    if let Some(raw) = &filters.raw {
        crate::search::filter::check_raw(raw)
            .map_err(|problem| AppError::Usage(Usage::Filter { problem }))?;
    }
    let sort: Vec<String> =
        args.sort.iter().map(|s| flag_value("--sort", s, parse_sort)).collect::<Result<_, _>>()?;
    Ok(SearchRequest {
        text: args.query.unwrap_or_default(),
        filters,
        sort,
        limit: args.limit as usize,
        page: args.page as usize,
        facets: args.facets,
    })
}

/// `FIELD:asc|desc`, checked for shape here; Meilisearch says whether the
/// field is sortable.
fn parse_sort(raw: &str) -> Result<String, InvalidValue> {
    let (field, direction) = raw
        .split_once(':')
        .ok_or_else(|| InvalidValue(format!("{raw:?} is not FIELD:asc or FIELD:desc")))?;
    let field_ok = !field.is_empty()
        && field.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.');
    let direction = direction.to_ascii_lowercase();
    if !field_ok || !(direction == "asc" || direction == "desc") {
        return Err(InvalidValue(format!("{raw:?} is not FIELD:asc or FIELD:desc")));
    }
    Ok(format!("{field}:{direction}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_flags_are_checked_for_shape() {
        assert_eq!(parse_sort("total_price:DESC").unwrap(), "total_price:desc");
        assert!(parse_sort("total_price").is_err());
        assert!(parse_sort("total_price:up").is_err());
        assert!(parse_sort("a,b:asc").is_err());
    }
}
