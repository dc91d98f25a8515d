//! Comparing the index with PostgreSQL, document by document — `index
//! check`, and the watcher's continuous verification (at a bounded rate) —
//! with bounded memory: the index's ids are a sorted set, the documents
//! are compared a window of orders at a time (`Walk`, which a caller can
//! pace, and resume after an error).
//!
//! A document is in step when its order exists and its version is at least
//! the one Meilisearch last confirmed (`search_versions`); with `content`,
//! its fields are also those of the order. An order with a change queued
//! in the outbox is on its way, not drifted. What drifted (`Kind`):
//!
//! - missing: an order without a document;
//! - extra: a document whose order no longer exists;
//! - stale: a document older than the confirmed version (a request whose
//!   outcome was unknown landed after a newer one);
//! - differing (with `content`): a document whose fields are not the
//!   order's (edited in Meilisearch, or written by something else).
//!
//! Changes keep landing while a walk runs. A candidate is counted only if
//! PostgreSQL says the same of it after its document was read as before (no
//! change queued or confirmed in between), so a walk beside a busy shop
//! reports no drift that was only a change on its way.

use std::collections::{BTreeSet, HashMap};
use std::time::{Duration, Instant};

use color_eyre::eyre::Result;
use serde::Serialize;
use serde_json::Value;

use crate::db::orders::{self, OrderFilter};
use crate::db::search_versions::{self, VersionState};
use crate::search::Meili;
use crate::search::document::OrderDocument;

/// Orders compared per step.
const WINDOW: i64 = 1000;

/// What `index check` found; the id lists are capped at the sample size.
#[derive(Debug, Default, Serialize)]
pub(crate) struct Drift {
    pub(crate) postgres_count: u64,
    pub(crate) index_count: u64,
    /// Orders without a document.
    pub(crate) missing: Vec<i64>,
    pub(crate) missing_count: u64,
    /// Documents whose order no longer exists.
    pub(crate) extra: Vec<i64>,
    pub(crate) extra_count: u64,
    /// Documents older than the version Meilisearch last confirmed.
    pub(crate) stale: Vec<i64>,
    pub(crate) stale_count: u64,
    /// Documents that differ from their order, with the first differing field
    /// (compared with `content`).
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
        self.missing_count == 0
            && self.extra_count == 0
            && self.stale_count == 0
            && self.differing_count == 0
    }
}

/// How a document drifted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Missing,
    Extra,
    Stale,
    Differing,
}

impl Kind {
    pub(crate) const ALL: [Kind; 4] = [Kind::Missing, Kind::Extra, Kind::Stale, Kind::Differing];

    /// As logs and metrics say it (the metrics' one list of kinds).
    pub(crate) fn label(self) -> &'static str {
        crate::telemetry::metrics::DRIFT_KINDS[self as usize]
    }
}

/// How to compare.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Comparison {
    /// How many drifted ids of each kind to list.
    pub(crate) sample: usize,
    /// Compare every document's fields too (else ids and versions).
    pub(crate) content: bool,
    /// At most this many documents a second (the watcher's pace); `None`:
    /// as fast as the services answer.
    pub(crate) rate: Option<u32>,
}

/// What one step compared and found.
#[derive(Debug, Default)]
pub(crate) struct Window {
    /// Documents (or orders) compared.
    pub(crate) compared: u64,
    /// The drifted orders.
    pub(crate) drifted: Vec<Found>,
}

/// One drifted order.
#[derive(Debug)]
pub(crate) struct Found {
    pub(crate) id: i64,
    pub(crate) kind: Kind,
    /// The first differing field, for `Kind::Differing`.
    pub(crate) field: Option<String>,
}

impl Window {
    pub(crate) fn ids(&self) -> Vec<i64> {
        self.drifted.iter().map(|found| found.id).collect()
    }
}

/// Compares PostgreSQL with the index in one go. `on_drift` is given the
/// ids of drifted orders as they are found (a window at a time), for a
/// repair.
pub(crate) async fn check(
    pg: &impl tokio_postgres::GenericClient,
    meili: &Meili,
    how: Comparison,
    mut on_drift: impl AsyncFnMut(Vec<i64>) -> Result<()>,
) -> Result<Drift> {
    let mut walk = Walk::start(meili, how).await?;
    let started = Instant::now();
    while let Some(window) = walk.step(pg, meili).await? {
        if !window.drifted.is_empty() {
            on_drift(window.ids()).await?;
        }
        pace(how.rate, walk.compared(), started).await;
    }
    Ok(walk.finish())
}

/// Sleeps as long as keeps `done` documents since `started` at `rate` a
/// second at most.
pub(crate) async fn pace(rate: Option<u32>, done: u64, started: Instant) {
    let Some(rate) = rate.filter(|r| *r > 0) else { return };
    let due = Duration::from_secs_f64(done as f64 / f64::from(rate));
    if let Some(ahead) = due.checked_sub(started.elapsed()) {
        tokio::time::sleep(ahead).await;
    }
}

/// A comparison under way. Each step compares one window and changes the
/// walk only once it succeeded, so a step that failed can be taken again.
pub(crate) struct Walk {
    how: Comparison,
    /// Document ids not yet matched with an order.
    unmatched: BTreeSet<i64>,
    /// The last order compared; `None` once every order was (then what is
    /// left of `unmatched` is looked at).
    after: Option<i64>,
    compared: u64,
    drift: Drift,
}

impl Walk {
    /// Reads every document id of the index.
    pub(crate) async fn start(meili: &Meili, how: Comparison) -> Result<Walk> {
        let unmatched = index_ids(meili).await?;
        let drift = Drift { index_count: unmatched.len() as u64, ..Drift::default() };
        Ok(Walk { how, unmatched, after: Some(0), compared: 0, drift })
    }

    /// Documents compared so far.
    pub(crate) fn compared(&self) -> u64 {
        self.compared
    }

    pub(crate) fn finish(self) -> Drift {
        self.drift
    }

    /// Compares the next window; `None` when the walk is over.
    pub(crate) async fn step(
        &mut self,
        pg: &impl tokio_postgres::GenericClient,
        meili: &Meili,
    ) -> Result<Option<Window>> {
        let window = match self.after {
            Some(after) => self.orders_after(pg, meili, after).await?,
            None => self.leftover(pg, meili).await?,
        };
        if let Some(window) = &window {
            self.compared += window.compared;
            for found in &window.drifted {
                self.note(found);
            }
        }
        Ok(window)
    }

    /// The next window of orders, with their documents.
    async fn orders_after(
        &mut self,
        pg: &impl tokio_postgres::GenericClient,
        meili: &Meili,
        after: i64,
    ) -> Result<Option<Window>> {
        // PostgreSQL first, then the documents: a change confirmed in
        // between can only make a document newer than what is expected.
        // The orders whole to compare their content, else only their ids.
        let (ids, orders): (Vec<i64>, _) = if self.how.content {
            let filter = OrderFilter { after: Some(after), limit: WINDOW, ..Default::default() };
            let orders = orders::list(pg, &filter).await?;
            (orders.iter().map(|o| o.id).collect(), orders)
        } else {
            (orders::ids_after(pg, after, WINDOW).await?, Vec::new())
        };
        let Some(&last) = ids.last() else {
            self.after = None;
            return self.leftover(pg, meili).await;
        };
        let before = search_versions::states(pg, &ids).await?;
        let found = documents(meili, &ids, self.how.content).await?;

        let mut candidates = Vec::new();
        for (at, id) in ids.iter().enumerate() {
            let Some(state) = before.get(id).filter(|state| !state.pending) else {
                continue;
            };
            let (kind, field) = match found.get(id) {
                None => (Kind::Missing, None),
                Some(doc) if version(doc) < state.confirmed => (Kind::Stale, None),
                Some(doc) if self.how.content => {
                    match first_difference(&OrderDocument::content(&orders[at]), doc) {
                        Some(field) => (Kind::Differing, Some(field)),
                        None => continue,
                    }
                }
                Some(_) => continue,
            };
            candidates.push(Found { id: *id, kind, field });
        }
        let drifted = unchanged(pg, candidates, &before).await?;
        for id in &ids {
            self.unmatched.remove(id);
        }
        self.after = Some(last);
        self.drift.postgres_count += ids.len() as u64;
        Ok(Some(Window { compared: ids.len() as u64, drifted }))
    }

    /// The next documents whose order the walk did not meet: extra, unless
    /// the order's deletion is on its way or the document is gone already.
    async fn leftover(
        &mut self,
        pg: &impl tokio_postgres::GenericClient,
        meili: &Meili,
    ) -> Result<Option<Window>> {
        let chunk: Vec<i64> = self.unmatched.iter().take(WINDOW as usize).copied().collect();
        if chunk.is_empty() {
            return Ok(None);
        }
        // PostgreSQL first: a document still there after PostgreSQL said
        // its order is gone and nothing is queued is extra for good.
        let states = search_versions::states(pg, &chunk).await?;
        let present = documents(meili, &chunk, false).await?;
        let drifted = chunk
            .iter()
            .filter(|id| present.contains_key(id))
            .filter(|id| states.get(id).is_some_and(|s| !s.exists && !s.pending))
            .map(|id| Found { id: *id, kind: Kind::Extra, field: None })
            .collect();
        for id in &chunk {
            self.unmatched.remove(id);
        }
        Ok(Some(Window { compared: chunk.len() as u64, drifted }))
    }

    /// Counts one drifted order, listing the first `sample` of each kind.
    fn note(&mut self, found: &Found) {
        let (sample, drift, id) = (self.how.sample, &mut self.drift, found.id);
        let (listed, count) = match found.kind {
            Kind::Missing => (&mut drift.missing, &mut drift.missing_count),
            Kind::Extra => (&mut drift.extra, &mut drift.extra_count),
            Kind::Stale => (&mut drift.stale, &mut drift.stale_count),
            Kind::Differing => {
                drift.differing_count += 1;
                if drift.differing.len() < sample {
                    let field = found.field.clone().unwrap_or_default();
                    drift.differing.push(Difference { id, field });
                }
                return;
            }
        };
        *count += 1;
        if listed.len() < sample {
            listed.push(id);
        }
    }
}

/// The candidates PostgreSQL still says the same of: a change queued or
/// confirmed since `before` was read explains what the document showed.
async fn unchanged(
    pg: &impl tokio_postgres::GenericClient,
    candidates: Vec<Found>,
    before: &HashMap<i64, VersionState>,
) -> Result<Vec<Found>> {
    if candidates.is_empty() {
        return Ok(candidates);
    }
    let ids: Vec<i64> = candidates.iter().map(|found| found.id).collect();
    let after = search_versions::states(pg, &ids).await?;
    Ok(candidates
        .into_iter()
        .filter(|found| after.get(&found.id) == before.get(&found.id))
        .collect())
}

/// The version a document says it reflects (0: written before versions).
fn version(doc: &Value) -> i64 {
    doc["version"].as_i64().unwrap_or(0)
}

/// These orders' documents, by id: whole, or only their id and version.
async fn documents(meili: &Meili, ids: &[i64], whole: bool) -> Result<HashMap<i64, Value>> {
    let index = meili.live();
    let texts: Vec<String> = ids.iter().map(i64::to_string).collect();
    let mut query = meilisearch_sdk::documents::DocumentsQuery::new(&index);
    query.with_ids(texts.iter().map(String::as_str)).with_limit(ids.len());
    if !whole {
        query.with_fields(["id", "version"]);
    }
    let found: Vec<Value> = meili.call(query.execute::<Value>()).await?.results;
    Ok(found.into_iter().filter_map(|doc| Some((doc["id"].as_i64()?, doc))).collect())
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
