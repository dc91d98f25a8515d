//! `index check`: compares PostgreSQL and the index document by document,
//! with bounded memory: ids are compared as sorted lists, contents a window
//! of orders at a time.

use std::collections::BTreeSet;

use color_eyre::eyre::Result;
use serde::Serialize;
use serde_json::Value;

use crate::db::orders::{self, OrderFilter};
use crate::search::Meili;
use crate::search::document::OrderDocument;

/// How many orders are compared per round trip.
const WINDOW: i64 = 1000;

#[derive(Debug, Default, Serialize)]
pub(crate) struct Drift {
    pub(crate) postgres_count: u64,
    pub(crate) index_count: u64,
    /// Orders in PostgreSQL without a document.
    pub(crate) missing: Vec<i64>,
    pub(crate) missing_count: u64,
    /// Documents whose order no longer exists.
    pub(crate) extra: Vec<i64>,
    pub(crate) extra_count: u64,
    /// Documents that differ from their order, with the first differing field.
    pub(crate) differing: Vec<Difference>,
    pub(crate) differing_count: u64,
}

#[derive(Debug, Serialize)]
pub(crate) struct Difference {
    pub(crate) id: i64,
    pub(crate) field: String,
}

impl Drift {
    pub(crate) fn is_clean(&self) -> bool {
        self.missing_count == 0 && self.extra_count == 0 && self.differing_count == 0
    }
}

/// Compares PostgreSQL with the index. `on_drift` is given the ids of
/// drifted orders as they are found (a window at a time), for `--repair`.
pub(crate) async fn check(
    pg: &impl tokio_postgres::GenericClient,
    meili: &Meili,
    sample: usize,
    mut on_drift: impl AsyncFnMut(Vec<i64>) -> Result<()>,
) -> Result<Drift> {
    let mut drift = Drift::default();
    let mut index_ids = index_ids(meili).await?;
    drift.index_count = index_ids.len() as u64;

    let index = meili.live();
    let mut after = 0;
    loop {
        let filter = OrderFilter { after: Some(after), limit: WINDOW, ..Default::default() };
        let window = orders::list(pg, &filter).await?;
        let Some(last) = window.last() else { break };
        after = last.id;
        drift.postgres_count += window.len() as u64;

        let ids: Vec<String> = window.iter().map(|o| o.id.to_string()).collect();
        let mut query = meilisearch_sdk::documents::DocumentsQuery::new(&index);
        query.with_ids(ids.iter().map(String::as_str)).with_limit(window.len());
        let found: Vec<Value> = meili.call(query.execute::<Value>()).await?.results;

        let mut drifted = Vec::new();
        for order in &window {
            index_ids.remove(&order.id);
            let expected = OrderDocument::content(order);
            match found.iter().find(|doc| doc["id"].as_i64() == Some(order.id)) {
                None => {
                    drift.missing_count += 1;
                    drifted.push(order.id);
                    if drift.missing.len() < sample {
                        drift.missing.push(order.id);
                    }
                }
                Some(actual) => {
                    if let Some(field) = first_difference(&expected, actual) {
                        drift.differing_count += 1;
                        drifted.push(order.id);
                        if drift.differing.len() < sample {
                            drift.differing.push(Difference { id: order.id, field });
                        }
                    }
                }
            }
        }
        if !drifted.is_empty() {
            on_drift(drifted).await?;
        }
    }
    drift.extra_count = index_ids.len() as u64;
    drift.extra = index_ids.iter().take(sample).copied().collect();
    let extra: Vec<i64> = index_ids.into_iter().collect();
    for chunk in extra.chunks(WINDOW as usize) {
        on_drift(chunk.to_vec()).await?;
    }
    Ok(drift)
}

/// Every document id in the index.
async fn index_ids(meili: &Meili) -> Result<BTreeSet<i64>> {
    const PAGE: usize = 10_000;
    let index = meili.live();
    let mut ids = BTreeSet::new();
    let mut offset = 0;
    loop {
        let mut query = meilisearch_sdk::documents::DocumentsQuery::new(&index);
        query.with_fields(["id"]).with_limit(PAGE).with_offset(offset);
        let page = meili.call(query.execute::<Value>()).await?;
        let count = page.results.len();
        ids.extend(page.results.iter().filter_map(|doc| doc["id"].as_i64()));
        offset += count;
        if count < PAGE {
            return Ok(ids);
        }
    }
}

/// The first top-level field (in the document's own order) whose value differs.
/// The version is no content: it says which change the document reflects,
/// which the version comparison checks.
fn first_difference(expected: &Value, actual: &Value) -> Option<String> {
    let (Value::Object(expected), Value::Object(actual)) = (expected, actual) else {
        return (expected != actual).then(|| "(document)".into());
    };
    let mut keys: Vec<&String> =
        expected.keys().chain(actual.keys()).filter(|key| *key != "version").collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .find(|key| !same(expected.get(*key), actual.get(*key)))
        .map(|key| key.to_string())
}

/// Equality that treats 12 and 12.0 as the same number.
fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (Some(Value::Number(x)), Some(Value::Number(y))) => x.as_f64() == y.as_f64(),
        (Some(Value::Array(x)), Some(Value::Array(y))) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(Some(x), Some(y)))
        }
        (Some(Value::Object(x)), Some(Value::Object(y))) => {
            x.len() == y.len() && x.iter().all(|(k, v)| same(Some(v), y.get(k)))
        }
        (a, b) => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_the_first_differing_field() {
        let a =
            json!({"id": 1, "state": "CREATED", "total_price": 12.0, "items": [{"quantity": 1}]});
        assert_eq!(
            first_difference(
                &a,
                &json!({"id": 1, "state": "CREATED", "total_price": 12, "items": [{"quantity": 1}]})
            ),
            None
        );
        assert_eq!(
            first_difference(
                &a,
                &json!({"id": 1, "state": "SHIPPED", "total_price": 12.0, "items": [{"quantity": 1}]})
            ),
            Some("state".into())
        );
        assert_eq!(
            first_difference(
                &a,
                &json!({"id": 1, "state": "CREATED", "total_price": 12.0, "items": [{"quantity": 2}]})
            ),
            Some("items".into())
        );
    }
}
