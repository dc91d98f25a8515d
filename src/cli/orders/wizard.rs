//! The interactive `orders create` flow, on a terminal when no `--item` is
//! given: fuzzy-pick products by name or SKU (with price and stock), enter a
//! quantity checked against stock, add more or finish, review a summary with
//! the total, confirm. Cancelling at any prompt (Esc, `n`, Ctrl-C) writes
//! nothing: the order is only created after the final confirmation, by the
//! same code path as `--item` (which checks stock again, under lock).

use color_eyre::eyre::Result;
use comfy_table::{Cell, CellAlignment};
use dialoguer::{Confirm, FuzzySelect, Input};
use rust_decimal::Decimal;

use crate::app;
use crate::cli::prompt::{cancelled, prompt_failed};
use crate::cli::run::Context;
use crate::db::products::ProductFilter;
use crate::domain::{ItemSpec, ProductRef, Quantity};
use crate::error::{AppError, Refusal};
use crate::model::Product;
use crate::output::new_table;

/// Catalogues up to this size are offered whole; larger ones are searched first.
const OFFER_ALL_UP_TO: i64 = 2000;

/// One chosen line.
struct Line {
    product: Product,
    quantity: u32,
}

pub(crate) async fn pick_items(ctx: &Context, customer: &str) -> Result<Vec<ItemSpec>> {
    let total = app::products::count(&ctx.session).await?;
    if total == 0 {
        return Err(AppError::Rejected(Refusal::NoProducts).into());
    }
    let mut lines: Vec<Line> = Vec::new();
    loop {
        let candidates = candidates(ctx, total).await?;
        if candidates.is_empty() {
            ctx.messages.info("no product matches; try another search");
            continue;
        }
        let labels: Vec<String> =
            candidates.iter().map(|p| label(p, taken(&lines, p.id))).collect();
        let choice = FuzzySelect::new()
            .with_prompt("Product (type to filter by name or SKU, Esc to cancel)")
            .items(&labels)
            .default(0)
            .max_length(12)
            .interact_opt()
            .map_err(prompt_failed)?
            .ok_or_else(cancelled)?;
        let product = candidates[choice].clone();
        let available = i64::from(product.stock) - i64::from(taken(&lines, product.id));
        if available <= 0 {
            ctx.messages.prompt_text(format!("{} is out of stock", product.sku));
        } else {
            let max = available.min(i64::from(Quantity::MAX)) as u32;
            let quantity: u32 = Input::new()
                .with_prompt(format!(
                    "Quantity of {} (1–{max})",
                    crate::domain::printable::printable_line(&product.sku)
                ))
                .default(1)
                .validate_with(|q: &u32| {
                    if (1..=max).contains(q) {
                        Ok(())
                    } else {
                        Err(format!("enter 1 to {max} (in stock: {available})"))
                    }
                })
                .interact_text()
                .map_err(prompt_failed)?;
            match lines.iter_mut().find(|l| l.product.id == product.id) {
                Some(line) => line.quantity += quantity,
                None => lines.push(Line { product, quantity }),
            }
        }
        let more = Confirm::new()
            .with_prompt("Add another product?")
            .default(false)
            .interact()
            .map_err(prompt_failed)?;
        if !more && !lines.is_empty() {
            break;
        }
    }
    ctx.messages.prompt_text(summary(&lines));
    let create = Confirm::new()
        .with_prompt(format!("Create this order for {customer}?"))
        .default(true)
        .interact()
        .map_err(prompt_failed)?;
    if !create {
        return Err(cancelled().into());
    }
    lines
        .iter()
        .map(|line| {
            let quantity = Quantity::new(i64::from(line.quantity))
                .map_err(|e| AppError::Rejected(Refusal::Value { problem: e.0 }))?;
            Ok(ItemSpec { product: ProductRef::Id(line.product.id), quantity })
        })
        .collect()
}

/// The whole catalogue when small; otherwise the matches of a search.
async fn candidates(ctx: &Context, total: i64) -> Result<Vec<Product>> {
    let search = if total <= OFFER_ALL_UP_TO {
        None
    } else {
        let text: String = Input::new()
            .with_prompt(format!("Search {total} products (part of a name or SKU)"))
            .interact_text()
            .map_err(prompt_failed)?;
        Some(text)
    };
    let filter = ProductFilter { search, limit: OFFER_ALL_UP_TO, ..Default::default() };
    app::products::list(&ctx.session, &filter).await
}

fn taken(lines: &[Line], product_id: i64) -> u32 {
    lines.iter().filter(|l| l.product.id == product_id).map(|l| l.quantity).sum()
}

fn label(product: &Product, taken: u32) -> String {
    let left = i64::from(product.stock) - i64::from(taken);
    let stock = if left > 0 { format!("{left} in stock") } else { "out of stock".into() };
    let label = format!("{} — {}  ({:.2}, {stock})", product.sku, product.name, product.price);
    crate::domain::printable::printable_line(&label).into_owned()
}

fn summary(lines: &[Line]) -> String {
    let mut table = new_table();
    table.set_header(vec!["sku", "name", "price", "qty", "subtotal"]);
    let mut total = Decimal::ZERO;
    for line in lines {
        let subtotal = line.product.price * Decimal::from(line.quantity);
        total += subtotal;
        table.add_row(vec![
            crate::output::text::cell(&line.product.sku),
            crate::output::text::cell(&line.product.name),
            Cell::new(format!("{:.2}", line.product.price)).set_alignment(CellAlignment::Right),
            Cell::new(line.quantity).set_alignment(CellAlignment::Right),
            Cell::new(format!("{subtotal:.2}")).set_alignment(CellAlignment::Right),
        ]);
    }
    table.add_row(vec![
        Cell::new("total"),
        Cell::new(""),
        Cell::new(""),
        Cell::new(""),
        Cell::new(format!("{total:.2}")).set_alignment(CellAlignment::Right),
    ]);
    table.to_string()
}
