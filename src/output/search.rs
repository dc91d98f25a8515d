//! Search results as people and scripts read them: a table of hits (with
//! matches in bold on a terminal) and the facets, CSV rows of the hits, or
//! `{"query", "hits", "estimated_total_hits", "processing_time_ms", "facets"?}`.
//! `--fields` chooses the hits' fields (`HIT_FIELDS`) in every format;
//! `--jq` runs on the whole JSON answer.

use std::collections::HashMap;

use comfy_table::{Cell, CellAlignment};
use meilisearch_sdk::search::{SearchResult, SearchResults};
use serde_json::{Value, json};

use super::jq;
use super::shape::{self, Shape};
use super::tables::Columns;
use super::values::local_time;
use super::{new_table, write_stdout};
use crate::domain::OutputFormat;
use crate::model::Order;
use crate::search::query::{POST, PRE};

/// The fields of a hit (an order document) that `--fields` may name.
pub(crate) const HIT_FIELDS: &[&str] = &[
    "id",
    "external_ref",
    "customer_email",
    "state",
    "total_price",
    "created_at",
    "created_at_ts",
    "closed_at",
    "item_count",
    "items",
];

/// Prints the hits (and facets) in `format`; `highlight` turns the match
/// markers into bold.
pub(crate) fn print_results(
    format: OutputFormat,
    query: &str,
    results: &SearchResults<Value>,
    highlight: bool,
) -> color_eyre::Result<()> {
    shape::with(|shape| print_shaped(shape, format, query, results, highlight))
}

fn print_shaped(
    shape: &Shape,
    format: OutputFormat,
    query: &str,
    results: &SearchResults<Value>,
    highlight: bool,
) -> color_eyre::Result<()> {
    let state_facets = results.facet_distribution.as_ref().and_then(|f| f.get("state"));
    let fields = shape.fields.as_deref();
    match format {
        OutputFormat::Table => {
            let mut out = String::new();
            if !results.hits.is_empty() {
                match fields {
                    None => out.push_str(&hits_table(&results.hits, highlight)),
                    Some(names) => out.push_str(&chosen_table(&results.hits, names, highlight)),
                }
                out.push('\n');
            }
            if let Some(states) = state_facets {
                out.push_str(&facets_table(states));
                out.push('\n');
            }
            Ok(write_stdout(&out)?)
        }
        OutputFormat::Csv => {
            let hits: Vec<&Value> = results.hits.iter().map(|h| &h.result).collect();
            Ok(super::csv::write_documents(&hits, fields)?)
        }
        OutputFormat::Json | OutputFormat::Ndjson => {
            let hits: Vec<&Value> = results.hits.iter().map(|h| &h.result).collect();
            let mut body = json!({
                "query": query,
                "hits": hits,
                "estimated_total_hits": results.estimated_total_hits,
                "processing_time_ms": results.processing_time_ms,
            });
            if let Some(states) = state_facets {
                body["facets"] = json!({ "state": states });
            }
            if shape.shapes_json() {
                let body = with_hits(jq::to_val(&body)?, &hits, fields)?;
                let mut out = shape::stdout();
                shape.emit(&mut out, body, format == OutputFormat::Json)?;
                return Ok(std::io::Write::flush(&mut out)?);
            }
            let rendered = if format == OutputFormat::Json {
                serde_json::to_string_pretty(&body)
            } else {
                serde_json::to_string(&body)
            };
            Ok(write_stdout(&format!("{}\n", rendered.map_err(std::io::Error::other)?))?)
        }
    }
}

/// The answer with its hits cut to the chosen fields, in the order given.
fn with_hits(
    body: jaq_json::Val,
    hits: &[&Value],
    fields: Option<&[String]>,
) -> std::io::Result<jaq_json::Val> {
    let (Some(names), jaq_json::Val::Obj(object)) = (fields, &body) else {
        return Ok(body);
    };
    let picked: jaq_json::Val = hits
        .iter()
        .map(|hit| jq::to_val(hit).map(|hit| jq::pick(hit, names, |_| None)))
        .collect::<std::io::Result<_>>()?;
    let hits_key = jaq_json::Val::from("hits".to_owned());
    Ok(jaq_json::Val::obj(
        object
            .iter()
            .map(|(key, value)| {
                let value = if *key == hits_key { picked.clone() } else { value.clone() };
                (key.clone(), value)
            })
            .collect(),
    ))
}

/// The hits as rows of the chosen fields (labelled as an order's).
fn chosen_table(hits: &[SearchResult<Value>], names: &[String], highlight: bool) -> String {
    let mut table = new_table();
    let label = |name: &str| match name {
        "created_at_ts" => "created (unix)",
        name => <Order as Columns>::label(name),
    };
    table.set_header(names.iter().map(|name| label(name)).collect::<Vec<_>>());
    for hit in hits {
        let doc = &hit.result;
        let shown = hit.formatted_result.as_ref();
        let row: Vec<Cell> = names
            .iter()
            .map(|name| {
                let value = shown.and_then(|f| f.get(name.as_str())).unwrap_or(&doc[name.as_str()]);
                hit_cell(name, &doc[name.as_str()], value, highlight)
            })
            .collect();
        table.add_row(row);
    }
    table.to_string()
}

/// One field of a hit as a cell: `value` is the stored one, `shown` the
/// one with the matches marked.
fn hit_cell(name: &str, value: &Value, shown: &Value, highlight: bool) -> Cell {
    let right = |text: String| Cell::new(text).set_alignment(CellAlignment::Right);
    let time = |value: &Value| {
        value
            .as_str()
            .and_then(|s| {
                time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok()
            })
            .map_or_else(|| "—".to_owned(), local_time)
    };
    match (name, value) {
        ("items", _) => Cell::new(item_summary(shown, highlight)),
        ("created_at" | "closed_at", value) => Cell::new(time(value)),
        ("total_price", value) => right(format!("{:.2}", value.as_f64().unwrap_or(0.0))),
        (_, Value::Number(n)) => right(n.to_string()),
        (_, Value::Null) => Cell::new("—"),
        (_, _) => Cell::new(render_marks(shown.as_str().unwrap_or(""), highlight)),
    }
}

/// Replaces the highlight markers with ANSI bold, or removes them.
fn render_marks(text: &str, highlight: bool) -> String {
    let marks = [PRE.chars().next().unwrap(), POST.chars().next().unwrap()];
    let text = super::text::printable_keeping(text, &marks);
    if highlight {
        text.replace(PRE, "\x1b[1m").replace(POST, "\x1b[22m")
    } else {
        text.replace(marks, "")
    }
}

fn hits_table(hits: &[SearchResult<Value>], highlight: bool) -> String {
    let mut table = new_table();
    table.set_header(vec!["id", "created", "customer", "state", "total", "items"]);
    for hit in hits {
        let doc = &hit.result;
        let shown = hit.formatted_result.as_ref();
        let text = |field: &str| -> String {
            let value = shown.and_then(|f| f.get(field)).or_else(|| doc.get(field));
            render_marks(value.and_then(Value::as_str).unwrap_or(""), highlight)
        };
        let created = doc["created_at"]
            .as_str()
            .and_then(|s| {
                time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok()
            })
            .map_or_else(String::new, local_time);
        let items = shown.and_then(|f| f.get("items")).unwrap_or(&doc["items"]);
        table.add_row(vec![
            Cell::new(doc["id"].to_string()).set_alignment(CellAlignment::Right),
            Cell::new(created),
            Cell::new(text("customer_email")),
            super::text::cell(doc["state"].as_str().unwrap_or("")),
            Cell::new(format!("{:.2}", doc["total_price"].as_f64().unwrap_or(0.0)))
                .set_alignment(CellAlignment::Right),
            Cell::new(item_summary(items, highlight)),
        ]);
    }
    table.to_string()
}

/// "2× Red shoe, 1× Lamp" from a document's items.
fn item_summary(items: &Value, highlight: bool) -> String {
    let empty = Vec::new();
    items
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .map(|item| {
            let quantity = match &item["quantity"] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let name = render_marks(item["product_name"].as_str().unwrap_or(""), highlight);
            format!("{quantity}× {name}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn facets_table(states: &HashMap<String, usize>) -> String {
    let mut table = new_table();
    table.set_header(vec!["state", "orders"]);
    let mut rows: Vec<(&String, &usize)> = states.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (state, count) in rows {
        table.add_row(vec![
            super::text::cell(state),
            Cell::new(count.to_string()).set_alignment(CellAlignment::Right),
        ]);
    }
    table.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_become_bold_or_vanish() {
        assert_eq!(render_marks("a\u{1}b\u{2}c", false), "abc");
        assert_eq!(render_marks("a\u{1}b\u{2}c", true), "a\x1b[1mb\x1b[22mc");
    }
}
