//! `POST /indexes/{uid}/search`: simple matching of words (and prefixes),
//! the filter, sorting, paging, facets and highlighting.

use super::*;

pub(super) async fn search(
    State(state): State<Shared>,
    Path(uid): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    let s = state.lock().unwrap();
    let Some(index) = s.indexes.get(&uid) else { return index_not_found(&uid) };
    let query = body["q"].as_str().unwrap_or("").to_string();
    let terms: Vec<String> = tokens(&query);
    let mut hits: Vec<&Value> = index.ordered();

    if let Some(filter_text) = body["filter"].as_str() {
        let parsed = match filter::parse(filter_text) {
            Ok(parsed) => parsed,
            Err(message) => {
                // Like the real engine: the place on a line of its own.
                let end = filter_text.chars().count();
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_search_filter",
                    "invalid_request",
                    format!("{message}\n{end}:{end} ({filter_text})"),
                );
            }
        };
        for attribute in filter::attributes(&parsed) {
            if !index.filterable.contains(&attribute) {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_search_filter",
                    "invalid_request",
                    format!(
                        "Attribute `{attribute}` is not filterable. Available filterable attributes are: `{}`.\n1:{}",
                        index.filterable.join(", "),
                        filter_text.len()
                    ),
                );
            }
        }
        if let Some(refused) = operator_not_allowed(index, &parsed) {
            return error(
                StatusCode::BAD_REQUEST,
                "invalid_search_filter",
                "invalid_request",
                refused,
            );
        }
        hits.retain(|doc| filter::matches(&parsed, doc));
    }
    if !terms.is_empty() {
        hits.retain(|doc| {
            let words = tokens(&searchable_text(doc, &index.searchable));
            terms.iter().all(|term| words.iter().any(|w| w.starts_with(term.as_str())))
        });
    }
    if let Some(sorts) = body["sort"].as_array() {
        let mut keys = Vec::new();
        for sort in sorts {
            let text = sort.as_str().unwrap_or("");
            let (attribute, direction) = text.split_once(':').unwrap_or((text, "asc"));
            if !index.sortable.iter().any(|a| a == attribute) {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_search_sort",
                    "invalid_request",
                    format!(
                        "Attribute `{attribute}` is not sortable. Available sortable attributes are: `{}`.",
                        index.sortable.join(", ")
                    ),
                );
            }
            keys.push((attribute.to_string(), direction == "desc"));
        }
        hits.sort_by(|a, b| {
            for (attribute, desc) in &keys {
                let ordering = compare(&a[attribute.as_str()], &b[attribute.as_str()]);
                let ordering = if *desc { ordering.reverse() } else { ordering };
                if ordering != std::cmp::Ordering::Equal {
                    return ordering;
                }
            }
            std::cmp::Ordering::Equal
        });
    }
    let mut response = Map::new();
    if let Some(facets) = body["facets"].as_array() {
        let mut distribution = Map::new();
        for facet in facets.iter().filter_map(Value::as_str) {
            if !index.filterable.iter().any(|a| a == facet) {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_search_facets",
                    "invalid_request",
                    format!("Invalid facet distribution, attribute `{facet}` is not filterable."),
                );
            }
            let mut counts: BTreeMap<String, u64> = BTreeMap::new();
            for doc in &hits {
                if let Some(value) = doc.get(facet) {
                    *counts.entry(key_string(value)).or_default() += 1;
                }
            }
            distribution.insert(facet.to_string(), json!(counts));
        }
        response.insert("facetDistribution".into(), Value::Object(distribution));
        response.insert("facetStats".into(), json!({}));
    }
    let offset = body["offset"].as_u64().unwrap_or(0) as usize;
    let limit = body["limit"].as_u64().unwrap_or(20) as usize;
    // Like the engine: no search returns more than maxTotalHits hits, all
    // pages together, and the estimate stops there too.
    let cap = settings_json(index)["pagination"]["maxTotalHits"].as_u64().unwrap_or(1000) as usize;
    hits.truncate(cap);
    let total = hits.len();
    let highlighted = body["attributesToHighlight"].as_array().cloned();
    let pre = body["highlightPreTag"].as_str().unwrap_or("<em>").to_string();
    let post = body["highlightPostTag"].as_str().unwrap_or("</em>").to_string();
    let page: Vec<Value> = hits
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|doc| {
            let mut hit = doc.clone();
            if highlighted.is_some() {
                hit["_formatted"] = highlight(doc, &terms, &pre, &post);
            }
            hit
        })
        .collect();
    response.insert("hits".into(), Value::Array(page));
    response.insert("query".into(), json!(query));
    response.insert("processingTimeMs".into(), json!(0));
    response.insert("limit".into(), json!(limit));
    response.insert("offset".into(), json!(offset));
    response.insert("estimatedTotalHits".into(), json!(total));
    Json(Value::Object(response)).into_response()
}

fn compare(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal),
        _ => key_string(a).cmp(&key_string(b)),
    }
}

fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The text of the searchable attributes (`*` = every field, nested ones too).
fn searchable_text(doc: &Value, searchable: &[String]) -> String {
    let mut out = String::new();
    if searchable.iter().any(|a| a == "*") {
        collect_text(doc, &mut out);
    } else {
        for attribute in searchable {
            for value in filter::values_at(doc, attribute) {
                collect_text(value, &mut out);
            }
        }
    }
    out
}

fn collect_text(value: &Value, out: &mut String) {
    match value {
        Value::String(s) => {
            out.push_str(s);
            out.push(' ');
        }
        Value::Number(n) => {
            out.push_str(&n.to_string());
            out.push(' ');
        }
        Value::Array(items) => items.iter().for_each(|v| collect_text(v, out)),
        Value::Object(map) => map.values().for_each(|v| collect_text(v, out)),
        _ => {}
    }
}

/// A `_formatted` copy: strings with matched words wrapped, numbers as strings.
fn highlight(value: &Value, terms: &[String], pre: &str, post: &str) -> Value {
    match value {
        Value::String(s) => {
            let mut out = String::new();
            let mut word = String::new();
            let flush = |word: &mut String, out: &mut String| {
                if !word.is_empty() {
                    let lower = word.to_lowercase();
                    if terms.iter().any(|t| lower.starts_with(t.as_str())) {
                        out.push_str(pre);
                        out.push_str(word);
                        out.push_str(post);
                    } else {
                        out.push_str(word);
                    }
                    word.clear();
                }
            };
            for c in s.chars() {
                if c.is_alphanumeric() {
                    word.push(c);
                } else {
                    flush(&mut word, &mut out);
                    out.push(c);
                }
            }
            flush(&mut word, &mut out);
            Value::String(out)
        }
        Value::Number(n) => Value::String(n.to_string()),
        Value::Array(items) => {
            Value::Array(items.iter().map(|v| highlight(v, terms, pre, post)).collect())
        }
        Value::Object(map) => Value::Object(
            map.iter().map(|(k, v)| (k.clone(), highlight(v, terms, pre, post))).collect(),
        ),
        other => other.clone(),
    }
}

/// Meilisearch's refusal of an operator the attribute's filterable rule does
/// not allow (a comparison on an equality-only attribute, say).
fn operator_not_allowed(index: &IndexData, parsed: &filter::Expr) -> Option<String> {
    for (attribute, operator) in filter::operators(parsed) {
        let Some(rule) = index.filter_rules.iter().find(|r| r.attribute == attribute) else {
            continue;
        };
        let (equality, comparison, rule) = (&rule.equality, &rule.comparison, rule.number);
        let is_comparison = matches!(operator.as_str(), "<" | ">" | "<=" | ">=" | "TO");
        let allowed = if is_comparison { *comparison } else { *equality };
        if allowed {
            continue;
        }
        let mut operators = vec!["OR", "AND", "NOT"];
        if *equality {
            operators.extend(["=", "!=", "IN"]);
        }
        if *comparison {
            operators.extend(["<", ">", "<=", ">=", "TO"]);
        }
        if *equality {
            operators.extend(["IS EMPTY", "IS NULL", "EXISTS"]);
        }
        let feature = if is_comparison { "comparison" } else { "equality" };
        return Some(format!(
            "Filter operator `{operator}` is not allowed for the attribute `{attribute}`.\n  \
             - Note: allowed operators: {}.\n  \
             - Note: field `{attribute}` matched rule #{rule} in `filterableAttributes`\n  \
             - Hint: enable {feature} in rule #{rule} by modifying the features.filter object\n  \
             - Hint: prepend another rule matching `{attribute}` with appropriate filter features before rule #{rule}",
            operators.join(", ")
        ));
    }
    None
}
