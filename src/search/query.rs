//! A search as Meilisearch is asked it: free text, the filter built from
//! flags (`filter.rs`), sorting, paging, the state facets, and highlight
//! markers around matches when the hits are shown on a terminal.

use meilisearch_sdk::search::{SearchResults, Selectors};
use serde_json::Value;

use super::Meili;
use super::filter::SearchFilters;
use crate::error::{AppError, Missing};

/// Highlight markers asked of Meilisearch around matches, replaced when the
/// hits are shown (bold on a terminal, nothing otherwise); control
/// characters, so they never occur in the documents' text.
pub(crate) const PRE: &str = "\u{1}";
pub(crate) const POST: &str = "\u{2}";

/// The attributes whose matches are highlighted.
const HIGHLIGHTED: [&str; 3] = ["customer_email", "items.product_name", "items.product_sku"];

/// A search, validated: what `ecomctl search` and `demo` run.
#[derive(Debug, Clone)]
pub(crate) struct SearchRequest {
    pub(crate) text: String,
    pub(crate) filters: SearchFilters,
    /// `FIELD:asc|desc`, shape-checked.
    pub(crate) sort: Vec<String>,
    pub(crate) limit: usize,
    /// 1-based.
    pub(crate) page: usize,
    pub(crate) facets: bool,
}

impl SearchRequest {
    /// Runs the search on the live index; `highlight` asks for the markers.
    pub(crate) async fn run(
        &self,
        meili: &Meili,
        highlight: bool,
    ) -> Result<SearchResults<Value>, AppError> {
        let sort: Vec<&str> = self.sort.iter().map(String::as_str).collect();
        let expression = self.filters.expression();
        let index = meili.live();
        let mut query = index.search();
        query
            .with_query(&self.text)
            .with_limit(self.limit)
            .with_offset(self.limit * (self.page - 1));
        if let Some(expression) = &expression {
            query.with_filter(expression);
        }
        if !sort.is_empty() {
            query.with_sort(&sort);
        }
        let facets = ["state"];
        if self.facets {
            query.with_facets(Selectors::Some(&facets));
        }
        if highlight {
            query
                .with_attributes_to_highlight(Selectors::Some(&HIGHLIGHTED))
                .with_highlight_pre_tag(PRE)
                .with_highlight_post_tag(POST);
        }
        meili.call(query.execute::<Value>()).await.map_err(|err| match err {
            AppError::NotFound(_) => {
                AppError::NotFound(Missing::SearchIndex { index: meili.index_name.clone() })
            }
            other => other,
        })
    }
}
