//! `ecomctl search`: free text and filters over the order index.

use std::io::IsTerminal;

use color_eyre::eyre::Result;
use comfy_table::{Cell, CellAlignment};
use meilisearch_sdk::search::{SearchResult, Selectors};
use serde_json::{Value, json};

use super::Context;
use crate::cli::{ColorChoice, OutputFormat, SearchArgs};
use crate::error::AppError;
use crate::output::{local_time, new_table, write_stdout};
use crate::requests::search::SearchRequest;

/// Highlight markers asked of Meilisearch; replaced by ANSI bold on a
/// terminal and removed otherwise (they cannot occur in our documents' text
/// as typed by people, and are stripped either way).
const PRE: &str = "\u{1}";
const POST: &str = "\u{2}";

const HIGHLIGHTED: [&str; 3] = ["customer_email", "items.product_name", "items.product_sku"];

pub(crate) async fn run(ctx: &Context, args: SearchArgs) -> Result<()> {
    search(ctx, &SearchRequest::from_args(args)?).await
}

/// Runs a search and prints the hits (and facets).
pub(crate) async fn search(ctx: &Context, request: &SearchRequest) -> Result<()> {
    let sort_refs: Vec<&str> = request.sort.iter().map(String::as_str).collect();
    let expression = request.filters.expression();
    let text = request.text.clone();
    let limit = request.limit;
    let highlight = ctx.config.output == OutputFormat::Table && stdout_color(ctx);

    let meili = ctx.meili()?;
    let index = meili.live();
    let mut query = index.search();
    query.with_query(&text).with_limit(limit).with_offset(limit * (request.page - 1));
    if let Some(expression) = &expression {
        query.with_filter(expression);
    }
    if !sort_refs.is_empty() {
        query.with_sort(&sort_refs);
    }
    let facets = ["state"];
    if request.facets {
        query.with_facets(Selectors::Some(&facets));
    }
    if highlight {
        query
            .with_attributes_to_highlight(Selectors::Some(&HIGHLIGHTED))
            .with_highlight_pre_tag(PRE)
            .with_highlight_post_tag(POST);
    }
    let results = meili.call(query.execute::<Value>()).await.map_err(|err| match err {
        AppError::NotFound(_) => AppError::not_found(format!(
            "index {} does not exist: run `ecomctl reindex` (or `ecomctl index setup`)",
            meili.index_name
        )),
        other => other,
    })?;

    let state_facets = results.facet_distribution.as_ref().and_then(|f| f.get("state")).cloned();
    match ctx.config.output {
        OutputFormat::Table => {
            let mut out = String::new();
            if !results.hits.is_empty() {
                out.push_str(&hits_table(&results.hits, highlight));
                out.push('\n');
            }
            if let Some(states) = &state_facets {
                out.push_str(&facets_table(states));
                out.push('\n');
            }
            write_stdout(&out)?;
            let total = results.estimated_total_hits.unwrap_or(results.hits.len());
            ctx.messages.info(format!(
                "{} of about {total} hit(s), page {} ({} ms)",
                results.hits.len(),
                request.page,
                results.processing_time_ms
            ));
        }
        OutputFormat::Csv => {
            let hits: Vec<&Value> = results.hits.iter().map(|h| &h.result).collect();
            crate::output::csv::write_documents(&hits)?;
        }
        format => {
            let hits: Vec<&Value> = results.hits.iter().map(|h| &h.result).collect();
            let mut body = json!({
                "query": text,
                "hits": hits,
                "estimated_total_hits": results.estimated_total_hits,
                "processing_time_ms": results.processing_time_ms,
            });
            if let Some(states) = state_facets {
                body["facets"] = json!({ "state": states });
            }
            let rendered = if format == OutputFormat::Json {
                serde_json::to_string_pretty(&body)?
            } else {
                serde_json::to_string(&body)?
            };
            write_stdout(&format!("{rendered}\n"))?;
        }
    }
    Ok(())
}

fn stdout_color(ctx: &Context) -> bool {
    match ctx.config.color_choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => ctx.config.color && std::io::stdout().is_terminal(),
    }
}

/// Replaces the highlight markers with ANSI bold, or removes them.
fn render_marks(text: &str, highlight: bool) -> String {
    let marks = [PRE.chars().next().unwrap(), POST.chars().next().unwrap()];
    let text = crate::output::text::printable_keeping(text, &marks);
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
            crate::output::text::cell(doc["state"].as_str().unwrap_or("")),
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

fn facets_table(states: &std::collections::HashMap<String, usize>) -> String {
    let mut table = new_table();
    table.set_header(vec!["state", "orders"]);
    let mut rows: Vec<(&String, &usize)> = states.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (state, count) in rows {
        table.add_row(vec![
            crate::output::text::cell(state),
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
