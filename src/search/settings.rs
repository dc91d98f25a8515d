//! The index settings ecomctl applies and checks.

use meilisearch_sdk::settings::{FilterableAttribute, Settings};

use crate::domain::Searchable;

pub(crate) const PRIMARY_KEY: &str = "id";

pub(crate) const FILTERABLE: [&str; 6] = [
    "state",
    "customer_email",
    "created_at_ts",
    "total_price",
    "items.product_sku",
    "items.product_id",
];

pub(crate) const SORTABLE: [&str; 3] = ["created_at_ts", "total_price", "id"];

/// The compact full-text set: about half the indexing time of the whole document.
pub(crate) const COMPACT_SEARCHABLE: [&str; 5] =
    ["customer_email", "external_ref", "state", "items.product_name", "items.product_sku"];

pub(crate) fn searchable(mode: Searchable) -> Vec<String> {
    match mode {
        Searchable::Full => vec!["*".to_owned()],
        Searchable::Compact => COMPACT_SEARCHABLE.map(String::from).into(),
    }
}

pub(crate) fn settings(mode: Searchable) -> Settings {
    Settings::new()
        .with_filterable_attributes(FILTERABLE)
        .with_sortable_attributes(SORTABLE)
        .with_searchable_attributes(searchable(mode))
}

/// What differs between the wanted settings and an index's current ones
/// (compared as sets), one line per attribute kind; empty when they match.
pub(crate) fn drift(mode: Searchable, current: &Settings) -> Vec<String> {
    let mut problems = Vec::new();
    let mut compare = |name: &str, wanted: Vec<String>, have: Option<Vec<String>>| {
        let mut wanted = wanted;
        let mut have = have.unwrap_or_default();
        wanted.sort();
        have.sort();
        if wanted != have {
            problems.push(format!(
                "{name}: expected [{}], found [{}]",
                wanted.join(", "),
                have.join(", ")
            ));
        }
    };
    compare(
        "filterable attributes",
        FILTERABLE.map(String::from).into(),
        current.filterable_attributes.as_ref().map(|attrs| {
            attrs
                .iter()
                .flat_map(|attr| match attr {
                    FilterableAttribute::Attribute(name) => vec![name.clone()],
                    FilterableAttribute::Settings(s) => s.attribute_patterns.clone(),
                })
                .collect()
        }),
    );
    compare(
        "sortable attributes",
        SORTABLE.map(String::from).into(),
        current.sortable_attributes.clone(),
    );
    compare("searchable attributes", searchable(mode), current.searchable_attributes.clone());
    problems
}
