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

/// A hit as a selection needs it: the id alone.
#[derive(serde::Deserialize)]
struct IdOnly {
    id: i64,
}

/// What `--from-search` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Matching {
    /// The hits' ids, ascending.
    pub(crate) ids: Vec<i64>,
    /// Reading stopped at `stop_after` hits: there are more.
    pub(crate) more: bool,
    /// Meilisearch's estimate of all the hits.
    pub(crate) estimated: usize,
}

/// Hits per request when a search is read whole.
const PAGE: usize = 1000;

impl SearchRequest {
    /// The ids of every hit, every page (by id, so pages cannot overlap),
    /// reading no further than `stop_after` hits; sorting and paging asked
    /// for do not apply.
    pub(crate) async fn matching_ids(
        &self,
        meili: &Meili,
        stop_after: usize,
    ) -> Result<Matching, AppError> {
        let expression = self.filters.expression();
        let index = meili.live();
        let mut found = Matching { ids: Vec::new(), more: false, estimated: 0 };
        loop {
            let mut query = index.search();
            query
                .with_query(&self.text)
                .with_limit(PAGE)
                .with_offset(found.ids.len())
                .with_sort(&["id:asc"])
                .with_attributes_to_retrieve(Selectors::Some(&["id"]));
            if let Some(expression) = &expression {
                query.with_filter(expression);
            }
            let page = meili.call(query.execute::<IdOnly>()).await.map_err(|err| match err {
                AppError::NotFound(_) => {
                    AppError::NotFound(Missing::SearchIndex { index: meili.index_name.clone() })
                }
                other => other,
            })?;
            found.estimated = page.estimated_total_hits.unwrap_or(found.estimated);
            let got = page.hits.len();
            found.ids.extend(page.hits.into_iter().map(|hit| hit.result.id));
            if found.ids.len() > stop_after {
                found.more = true;
                break;
            }
            if got < PAGE {
                break;
            }
        }
        found.ids.sort_unstable();
        found.ids.dedup();
        Ok(found)
    }
}

impl Meili {
    /// The most hits a search of the live index returns, all pages together
    /// (its `pagination.maxTotalHits`, 1000 unless changed).
    pub(crate) async fn max_total_hits(&self) -> Result<usize, AppError> {
        let settings = self.settings_of(&self.index_name).await?;
        Ok(settings["pagination"]["maxTotalHits"].as_u64().map_or(1000, |n| n as usize))
    }
}
