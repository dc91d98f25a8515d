//! What a bulk command shows: the selection's size, the transitions by
//! state (`CREATED → SHIPPED: 470`), the refusals grouped (`refused: 10
//! already DELIVERED`) then each with its order and reason, the stock that
//! goes back, and — in a preview — a sample of the orders or products that
//! change. The same text on stdout (table output) and above a terminal's
//! confirmation; `-o json`/`ndjson` give one object, `-o csv` a row per
//! order or product.

use std::collections::BTreeMap;
use std::io;

use comfy_table::{Cell, CellAlignment};
use serde_json::{Value, json};

use super::text::{cell, printable_line};
use super::{Listing, new_table, to_json, to_json_pretty, write_stdout};
use crate::app::bulk::{OrderAction, OrderPlan};
use crate::app::product_bulk::{ProductPlan, sample};
use crate::domain::{OrderState, OutputFormat};

/// Where in its life a bulk change is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    /// `--dry-run`, or above a confirmation: nothing changed yet.
    Preview,
    Applied,
    /// Atomic with refusals: nothing changed.
    Refused,
}

/// The most products listed with the stock they get back.
const STOCK_LINES: usize = 20;

/// "moved to SHIPPED", "deleted".
pub(crate) fn done(action: OrderAction) -> String {
    match action {
        OrderAction::Move(next) => format!("moved to {next}"),
        OrderAction::Delete { .. } => "deleted".into(),
    }
}

/// "move to SHIPPED", "delete".
pub(crate) fn to_do(action: OrderAction) -> String {
    match action {
        OrderAction::Move(next) => format!("move to {next}"),
        OrderAction::Delete { .. } => "delete".into(),
    }
}

/// What becomes of the `n` others when some orders are refused: "move the
/// 3 others to SHIPPED", or done: "the 3 others were moved to SHIPPED".
pub(crate) fn others(action: OrderAction, n: usize, done: bool) -> String {
    match (action, done) {
        (OrderAction::Move(next), false) => format!("move the {n} others to {next}"),
        (OrderAction::Move(next), true) => format!("the {n} others were moved to {next}"),
        (OrderAction::Delete { .. }, false) => format!("delete the {n} others"),
        (OrderAction::Delete { .. }, true) => format!("the {n} others were deleted"),
    }
}

/// The summary lines of an orders plan (no sample).
pub(crate) fn order_summary(plan: &OrderPlan, stage: Stage) -> String {
    let count = plan.changes.len();
    let mut head = format!("{} order(s) selected", plan.selected());
    if let Some(hits) = plan.searched {
        head.push_str(&format!(" (of {hits} search hit(s))"));
    }
    head.push_str(&match stage {
        Stage::Preview => format!(": {count} to {}", to_do(plan.action)),
        Stage::Applied => format!(": {count} {}", done(plan.action)),
        Stage::Refused => ": nothing changed".into(),
    });
    if !plan.refused.is_empty() {
        head.push_str(&format!(", {} refused", plan.refused.len()));
    }
    let mut lines = vec![head];
    let to = match plan.action {
        OrderAction::Move(next) => next.as_str(),
        OrderAction::Delete { .. } => "deleted",
    };
    let mut moves: BTreeMap<usize, (OrderState, usize)> = BTreeMap::new();
    for change in &plan.changes {
        moves.entry(rank(change.from)).or_insert((change.from, 0)).1 += 1;
    }
    for (from, n) in moves.values() {
        lines.push(format!("  {from} → {to}: {n}"));
    }
    let mut refused: BTreeMap<usize, (String, usize)> = BTreeMap::new();
    for r in &plan.refused {
        let (key, label) = match r.state {
            Some(state) => (rank(state), format!("already {state}")),
            None => (OrderState::ALL.len(), "not found".to_owned()),
        };
        refused.entry(key).or_insert((label, 0)).1 += 1;
    }
    for (label, n) in refused.values() {
        lines.push(format!("  refused: {n} {label}"));
    }
    let gives_back = match plan.action {
        OrderAction::Move(next) => plan.changes.iter().any(|c| c.from.restocks_on(next)),
        OrderAction::Delete { restock } => restock,
    };
    if gives_back && stage != Stage::Refused {
        lines.extend(stock_lines(plan));
    }
    if !plan.refused.is_empty() {
        lines.push("refused:".into());
        for r in &plan.refused {
            lines.push(format!("  order #{}: {}", r.id, r.reason));
        }
    }
    lines.join("\n") + "\n"
}

fn rank(state: OrderState) -> usize {
    OrderState::ALL.iter().position(|s| *s == state).unwrap_or(0)
}

fn stock_lines(plan: &OrderPlan) -> Vec<String> {
    let units: i64 = plan.stock.iter().map(|s| s.units).sum();
    let mut lines = vec![if units == 0 {
        "stock back: none".to_owned()
    } else {
        format!("stock back: {units} unit(s) of {} product(s)", plan.stock.len())
    }];
    for s in plan.stock.iter().take(STOCK_LINES) {
        lines.push(format!("  {}: +{}", printable_line(&s.sku), s.units));
    }
    if plan.stock.len() > STOCK_LINES {
        lines.push(format!("  … and {} more product(s)", plan.stock.len() - STOCK_LINES));
    }
    if plan.keep_stock > 0 {
        lines.push(format!(
            "  {} order(s) hold no stock to give back (imported with --no-stock, or given back already)",
            plan.keep_stock
        ));
    }
    lines
}

/// The sample of a preview: the orders list's table of the first orders
/// that change, and how many more there are.
pub(crate) fn order_sample(plan: &OrderPlan) -> String {
    if plan.sample.is_empty() {
        return String::new();
    }
    let mut text = format!("{}\n", crate::model::Order::listing(&plan.sample));
    if plan.changes.len() > plan.sample.len() {
        text.push_str(&format!("… and {} more\n", plan.changes.len() - plan.sample.len()));
    }
    text
}

/// Prints an orders plan in the chosen format.
pub(crate) fn print_orders(format: OutputFormat, plan: &OrderPlan, stage: Stage) -> io::Result<()> {
    match format {
        OutputFormat::Table => {
            let mut text = order_summary(plan, stage);
            if stage == Stage::Preview {
                text.push_str(&order_sample(plan));
            }
            write_stdout(&text)
        }
        OutputFormat::Csv => {
            let next = match plan.action {
                OrderAction::Move(next) => next.as_str(),
                OrderAction::Delete { .. } => "deleted",
            };
            let mut rows: Vec<(i64, Vec<String>)> = plan
                .changes
                .iter()
                .map(|c| {
                    (c.id, vec![c.id.to_string(), c.from.to_string(), next.into(), String::new()])
                })
                .collect();
            rows.extend(plan.refused.iter().map(|r| {
                let state = r.state.map(|s| s.to_string()).unwrap_or_default();
                (r.id, vec![r.id.to_string(), state, String::new(), r.reason.clone()])
            }));
            rows.sort_by_key(|(id, _)| *id);
            super::csv::write_rows(
                &["id", "state", "change", "refused"],
                rows.into_iter().map(|r| r.1),
            )
        }
        OutputFormat::Json => {
            write_stdout(&format!("{}\n", to_json_pretty(&order_json(plan, stage))?))
        }
        OutputFormat::Ndjson => write_stdout(&format!("{}\n", to_json(&order_json(plan, stage))?)),
    }
}

fn order_json(plan: &OrderPlan, stage: Stage) -> Value {
    let mut transitions: BTreeMap<usize, (OrderState, usize)> = BTreeMap::new();
    for change in &plan.changes {
        transitions.entry(rank(change.from)).or_insert((change.from, 0)).1 += 1;
    }
    let (action, state) = match plan.action {
        OrderAction::Move(next) => ("set-state", Some(next.as_str())),
        OrderAction::Delete { .. } => ("delete", None),
    };
    let mut value = json!({
        "action": action,
        "dry_run": stage == Stage::Preview,
        "applied": stage == Stage::Applied,
        "selected": plan.selected(),
        "changed": plan.changes.len(),
        "transitions": transitions.values().map(|(from, n)| json!({
            "from": from, "to": state.unwrap_or("deleted"), "count": n
        })).collect::<Vec<_>>(),
        "refused": plan.refused.iter().map(|r| json!({
            "id": r.id, "state": r.state, "reason": r.reason
        })).collect::<Vec<_>>(),
        "stock_back": plan.stock,
        "ids": plan.ids(),
    });
    if let Some(state) = state {
        value["state"] = json!(state);
    }
    if let Some(hits) = plan.searched {
        value["search_hits"] = json!(hits);
    }
    if stage == Stage::Preview {
        value["sample"] = serde_json::to_value(&plan.sample).unwrap_or(Value::Null);
    }
    value
}

/// The summary lines of a products plan (no sample).
pub(crate) fn product_summary(plan: &ProductPlan, stage: Stage) -> String {
    let count = plan.changes.len();
    let mut head = format!("{} product(s) selected", plan.selected());
    head.push_str(&match stage {
        Stage::Preview => format!(": {count} to update"),
        Stage::Applied => format!(": {count} updated"),
        Stage::Refused => ": nothing changed".into(),
    });
    if plan.unchanged > 0 {
        head.push_str(&format!(", {} unchanged", plan.unchanged));
    }
    if !plan.refused.is_empty() {
        head.push_str(&format!(", {} refused", plan.refused.len()));
    }
    let mut lines = vec![head];
    if !plan.refused.is_empty() {
        lines.push("refused:".into());
        for r in &plan.refused {
            lines.push(match &r.sku {
                Some(sku) => format!("  product #{} ({}): {}", r.id, printable_line(sku), r.reason),
                None => format!("  product #{}: {}", r.id, r.reason),
            });
        }
    }
    lines.join("\n") + "\n"
}

/// The sample of a products preview: before and after.
pub(crate) fn product_sample(plan: &ProductPlan) -> String {
    let shown = sample(plan);
    if shown.is_empty() {
        return String::new();
    }
    let mut table = new_table();
    table.set_header(vec!["id", "sku", "name", "price", "new price", "stock", "new stock"]);
    let number = |text: String| Cell::new(text).set_alignment(CellAlignment::Right);
    for c in shown {
        table.add_row(vec![
            cell(c.id.to_string()),
            cell(&c.sku),
            cell(&c.name),
            number(format!("{:.2}", c.old_price)),
            number(format!("{:.2}", c.new_price)),
            number(c.old_stock.to_string()),
            number(c.new_stock.to_string()),
        ]);
    }
    let mut text = format!("{table}\n");
    if plan.changes.len() > shown.len() {
        text.push_str(&format!("… and {} more\n", plan.changes.len() - shown.len()));
    }
    text
}

/// Prints a products plan in the chosen format.
pub(crate) fn print_products(
    format: OutputFormat,
    plan: &ProductPlan,
    stage: Stage,
) -> io::Result<()> {
    match format {
        OutputFormat::Table => {
            let mut text = product_summary(plan, stage);
            if stage == Stage::Preview {
                text.push_str(&product_sample(plan));
            }
            write_stdout(&text)
        }
        OutputFormat::Csv => {
            let mut rows: Vec<(i64, Vec<String>)> = plan
                .changes
                .iter()
                .map(|c| {
                    (
                        c.id,
                        vec![
                            c.id.to_string(),
                            c.sku.clone(),
                            format!("{:.2}", c.old_price),
                            format!("{:.2}", c.new_price),
                            c.old_stock.to_string(),
                            c.new_stock.to_string(),
                            String::new(),
                        ],
                    )
                })
                .collect();
            rows.extend(plan.refused.iter().map(|r| {
                let sku = r.sku.clone().unwrap_or_default();
                let empty = String::new;
                (
                    r.id,
                    vec![
                        r.id.to_string(),
                        sku,
                        empty(),
                        empty(),
                        empty(),
                        empty(),
                        r.reason.clone(),
                    ],
                )
            }));
            rows.sort_by_key(|(id, _)| *id);
            let header = ["id", "sku", "price", "new_price", "stock", "new_stock", "refused"];
            super::csv::write_rows(&header, rows.into_iter().map(|r| r.1))
        }
        OutputFormat::Json => {
            write_stdout(&format!("{}\n", to_json_pretty(&product_json(plan, stage))?))
        }
        OutputFormat::Ndjson => {
            write_stdout(&format!("{}\n", to_json(&product_json(plan, stage))?))
        }
    }
}

/// Money as a JSON number (as entities print it).
fn money(amount: rust_decimal::Decimal) -> Value {
    use rust_decimal::prelude::ToPrimitive;
    json!(amount.to_f64())
}

fn product_json(plan: &ProductPlan, stage: Stage) -> Value {
    json!({
        "action": "update",
        "dry_run": stage == Stage::Preview,
        "applied": stage == Stage::Applied,
        "selected": plan.selected(),
        "changed": plan.changes.len(),
        "unchanged": plan.unchanged,
        "refused": plan.refused,
        "changes": plan.changes.iter().map(|c| json!({
            "id": c.id, "sku": c.sku,
            "price": {"old": money(c.old_price), "new": money(c.new_price)},
            "stock": {"old": c.old_stock, "new": c.new_stock},
        })).collect::<Vec<_>>(),
    })
}
