//! The index settings ecomctl applies and checks, chosen for what order
//! search asks of the engine (docs/search.md "Index settings"):
//!
//! - state, e-mail, SKU and product id are only ever matched by equality
//!   (`=`, `IN`); time and total are also compared (`>=`, `<=`). Asking for
//!   no comparison where none is made, and for no facet search (ecomctl
//!   counts facets, it never searches inside them), saves the engine the
//!   structures those would need.
//! - `proximityPrecision: byAttribute`: order fields are short (an e-mail, a
//!   SKU, a product name), so "are the words in the same field" ranks as
//!   well as "how many words apart", at a fraction of the indexing work.
//! - `typoTolerance.disableOnNumbers`: nobody mistypes an order id or a
//!   price on purpose, and a typo-matched number is a wrong order.
//!
//! Servers older than 1.15 do not know these; they get the plain settings.

use serde_json::{Value, json};

use super::client::Meili;
use super::version::Version;
use crate::domain::Searchable;
use crate::error::AppError;

pub(crate) const PRIMARY_KEY: &str = "id";

/// What fixes settings that drifted, as people are told.
pub(crate) const DRIFT_FIX: &str = "run `ecomctl reindex` to rebuild the index with ecomctl's \
    settings and no downtime (`ecomctl index setup` changes them in place; Meilisearch then \
    re-indexes everything while new writes wait)";

/// Matched by equality only.
const EQUALITY: [&str; 4] = ["state", "customer_email", "items.product_sku", "items.product_id"];

/// Matched by equality and compared (ranges).
const RANGES: [&str; 2] = ["created_at_ts", "total_price"];

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

/// The settings ecomctl wants on an index, for a server of this version.
pub(crate) fn wanted(mode: Searchable, version: Option<Version>) -> Value {
    if version.is_none_or(|v| v < Version::TUNED_SETTINGS) {
        let filterable: Vec<&str> = EQUALITY.iter().chain(&RANGES).copied().collect();
        return json!({
            "filterableAttributes": filterable,
            "sortableAttributes": SORTABLE,
            "searchableAttributes": searchable(mode),
        });
    }
    let rule = |attributes: &[&str], comparison: bool| {
        json!({
            "attributePatterns": attributes,
            "features": {"facetSearch": false, "filter": {"equality": true, "comparison": comparison}},
        })
    };
    json!({
        "filterableAttributes": [rule(&EQUALITY, false), rule(&RANGES, true)],
        "sortableAttributes": SORTABLE,
        "searchableAttributes": searchable(mode),
        "proximityPrecision": "byAttribute",
        "facetSearch": false,
        "typoTolerance": {"disableOnNumbers": true},
    })
}

impl Meili {
    /// The settings of index `uid`, as Meilisearch returns them.
    pub(crate) async fn settings_of(&self, uid: &str) -> Result<Value, AppError> {
        self.raw(self.http.get(format!("{}/indexes/{uid}/settings", self.url))).await
    }

    /// Applies ecomctl's settings to index `uid`; returns the task uid.
    pub(crate) async fn apply_settings(
        &self,
        uid: &str,
        mode: Searchable,
    ) -> Result<u32, AppError> {
        let body = wanted(mode, self.version().await?);
        let request = self
            .http
            .patch(format!("{}/indexes/{uid}/settings", self.url))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body.to_string());
        let task: super::client::Enqueued = self.raw(request).await?;
        Ok(task.task_uid)
    }

    /// What differs between ecomctl's settings and index `uid`'s.
    pub(crate) async fn settings_drift(
        &self,
        uid: &str,
        mode: Searchable,
    ) -> Result<Vec<String>, AppError> {
        let current = self.settings_of(uid).await?;
        Ok(drift(&wanted(mode, self.version().await?), &current))
    }
}

/// What differs between the wanted settings and an index's current ones,
/// one line per setting; empty when they match. Lists compare as sets; a
/// filterable attribute compares by what it allows (a plain name allows
/// everything, as Meilisearch reads it); settings ecomctl does not set are
/// not compared.
pub(crate) fn drift(wanted: &Value, current: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    for (key, want) in wanted.as_object().into_iter().flatten() {
        let have = &current[key];
        let (name, want_shown, have_shown) = match key.as_str() {
            "filterableAttributes" => {
                ("filterable attributes", filter_rules(want), filter_rules(have))
            }
            "sortableAttributes" => ("sortable attributes", sorted_names(want), sorted_names(have)),
            "searchableAttributes" => {
                ("searchable attributes", sorted_names(want), sorted_names(have))
            }
            "typoTolerance" => (
                "typo tolerance on numbers",
                on_off(!want["disableOnNumbers"].as_bool().unwrap_or(false)),
                on_off(!have["disableOnNumbers"].as_bool().unwrap_or(false)),
            ),
            "proximityPrecision" => ("proximity precision", shown(want), shown(have)),
            "facetSearch" => ("facet search", shown(want), shown(have)),
            _ => (key.as_str(), shown(want), shown(have)),
        };
        if want_shown != have_shown {
            problems.push(format!("{name}: expected {want_shown}, found {have_shown}"));
        }
    }
    problems
}

/// The names in a settings list (`searchableAttributes`, …), as given.
pub(crate) fn names(list: &Value) -> Vec<String> {
    list.as_array().into_iter().flatten().filter_map(|v| v.as_str().map(String::from)).collect()
}

/// A list of names, sorted: `[a, b]`.
fn sorted_names(list: &Value) -> String {
    let mut names = names(list);
    names.sort_unstable();
    format!("[{}]", names.join(", "))
}

/// Filterable attributes with what they allow, sorted: `[state (=), total_price (= <>)]`.
fn filter_rules(list: &Value) -> String {
    format!("[{}]", filterable(list).join(", "))
}

/// Each filterable attribute with what it allows (`=` equality, `<>`
/// comparison, facet search), sorted: `state (=)`.
pub(crate) fn filterable(list: &Value) -> Vec<String> {
    let mut shown: Vec<String> = Vec::new();
    for rule in list.as_array().into_iter().flatten() {
        match rule {
            Value::String(name) => shown.push(format!("{name} (= <> facet search)")),
            rule => {
                let features = &rule["features"];
                let mut allows = Vec::new();
                if features["filter"]["equality"].as_bool().unwrap_or(true) {
                    allows.push("=");
                }
                if features["filter"]["comparison"].as_bool().unwrap_or(false) {
                    allows.push("<>");
                }
                if features["facetSearch"].as_bool().unwrap_or(false) {
                    allows.push("facet search");
                }
                for name in rule["attributePatterns"].as_array().into_iter().flatten() {
                    shown.push(format!("{} ({})", name.as_str().unwrap_or("?"), allows.join(" ")));
                }
            }
        }
    }
    shown.sort_unstable();
    shown
}

fn on_off(on: bool) -> String {
    if on { "on" } else { "off" }.to_owned()
}

fn shown(value: &Value) -> String {
    match value {
        Value::Null => "nothing".to_owned(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{Version, drift, wanted};
    use crate::domain::Searchable;

    #[test]
    fn the_wanted_settings_match_themselves() {
        for version in [None, Some(Version(1, 14)), Some(Version(1, 50))] {
            let want = wanted(Searchable::Full, version);
            assert_eq!(drift(&want, &want), Vec::<String>::new());
        }
    }

    #[test]
    fn an_index_with_the_plain_settings_has_drifted_on_a_new_server() {
        let old = wanted(Searchable::Full, Some(Version(1, 14)));
        let mut current = old.clone();
        current["proximityPrecision"] = json!("byWord");
        current["facetSearch"] = json!(true);
        current["typoTolerance"] = json!({"enabled": true, "disableOnNumbers": false});
        assert_eq!(
            drift(&wanted(Searchable::Full, Some(Version(1, 50))), &current),
            [
                "facet search: expected false, found true",
                "filterable attributes: expected [created_at_ts (= <>), customer_email (=), \
                 items.product_id (=), items.product_sku (=), state (=), total_price (= <>)], \
                 found [created_at_ts (= <> facet search), customer_email (= <> facet search), \
                 items.product_id (= <> facet search), items.product_sku (= <> facet search), \
                 state (= <> facet search), total_price (= <> facet search)]",
                "proximity precision: expected byAttribute, found byWord",
                "typo tolerance on numbers: expected off, found on",
            ]
        );
    }

    #[test]
    fn searchable_drift_names_both_sets() {
        let current = wanted(Searchable::Full, None);
        assert_eq!(
            drift(&wanted(Searchable::Compact, None), &current),
            ["searchable attributes: expected [customer_email, external_ref, \
              items.product_name, items.product_sku, state], found [*]"]
        );
    }
}
