//! The rules that turn requested items into order lines: resolving product
//! references against the locked products, merging repeated products, checking
//! stock and computing the exact total. Pure functions, no I/O: the use cases
//! of `orders.rs` run them inside their transactions.

use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::domain::{ItemSpec, ProductRef, Quantity};
use crate::error::{AppError, Missing, Refusal, Short};
use crate::model::NewLine;

/// What ordering needs to know of a product: who it is, what a line
/// snapshots of it, and how many are in stock (as locked by the caller).
#[derive(Debug, Clone)]
pub(crate) struct ProductOnHand {
    pub(crate) id: i64,
    pub(crate) sku: String,
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) price: Decimal,
    pub(crate) stock: i32,
}

/// Resolves each item against `products` and merges repeated products into one
/// line (first mention decides the position). Unknown references are all named
/// in one not-found error.
pub(crate) fn build_lines(
    items: &[ItemSpec],
    products: &[ProductOnHand],
) -> Result<Vec<NewLine>, AppError> {
    let mut merged: Vec<(&ProductOnHand, Quantity)> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    for item in items {
        let Some(product) = products.iter().find(|p| matches_ref(p, &item.product)) else {
            missing.push(item.product.to_string());
            continue;
        };
        match merged.iter_mut().find(|(p, _)| p.id == product.id) {
            Some((_, quantity)) => {
                *quantity = quantity.checked_add(item.quantity).map_err(|e| {
                    AppError::Rejected(Refusal::Quantity { sku: product.sku.clone(), problem: e.0 })
                })?
            }
            None => merged.push((product, item.quantity)),
        }
    }
    if !missing.is_empty() {
        missing.dedup();
        return Err(AppError::NotFound(Missing::Products { products: missing }));
    }
    Ok(merged
        .into_iter()
        .map(|(p, quantity)| NewLine {
            product_id: p.id,
            sku: p.sku.clone(),
            name: p.name.clone(),
            description: p.description.clone(),
            price: p.price,
            quantity: quantity.get(),
        })
        .collect())
}

fn matches_ref(product: &ProductOnHand, reference: &ProductRef) -> bool {
    match reference {
        ProductRef::Id(id) => product.id == *id,
        ProductRef::Sku(sku) => product.sku == sku.as_str(),
    }
}

/// Checks that every line fits in what is available to it (`available` gives
/// the units a product can still provide to this order). All shortages are
/// reported together, each with the requested and the available quantity.
pub(crate) fn check_stock(
    lines: &[NewLine],
    available: impl Fn(i64) -> i64,
) -> Result<(), AppError> {
    let short: Vec<Short> = lines
        .iter()
        .filter_map(|line| {
            let have = available(line.product_id);
            (i64::from(line.quantity) > have).then(|| Short {
                sku: line.sku.clone(),
                requested: i64::from(line.quantity),
                available: have,
            })
        })
        .collect();
    if short.is_empty() { Ok(()) } else { Err(AppError::Rejected(Refusal::Stock { short })) }
}

impl From<&crate::model::Product> for ProductOnHand {
    fn from(p: &crate::model::Product) -> Self {
        ProductOnHand {
            id: p.id,
            sku: p.sku.clone(),
            name: p.name.clone(),
            description: p.description.clone(),
            price: p.price,
            stock: p.stock,
        }
    }
}

/// The order total: the exact sum of price × quantity over the lines,
/// refused when it is more than an order can hold (exit 4, before anything
/// is written).
pub(crate) fn total(lines: &[NewLine]) -> Result<Decimal, AppError> {
    let sum = lines.iter().map(|l| l.price * Decimal::from(l.quantity)).sum();
    crate::domain::Money::check_total(sum)
        .map_err(|e| AppError::Rejected(Refusal::Value { problem: e.0 }))
}

/// Net stock change per product when an order's lines go from `old` to `new`
/// (positive returns stock). Products whose quantity is unchanged are omitted.
pub(crate) fn stock_deltas(old: &[(i64, i32)], new: &[(i64, i32)]) -> Vec<(i64, i32)> {
    let mut net: HashMap<i64, i32> = HashMap::new();
    for (id, qty) in old {
        *net.entry(*id).or_default() += qty;
    }
    for (id, qty) in new {
        *net.entry(*id).or_default() -= qty;
    }
    let mut deltas: Vec<(i64, i32)> = net.into_iter().filter(|(_, d)| *d != 0).collect();
    deltas.sort_unstable();
    deltas
}

#[cfg(test)]
mod tests {
    use super::*;

    fn product(id: i64, sku: &str, price: &str, stock: i32) -> ProductOnHand {
        ProductOnHand {
            id,
            sku: sku.into(),
            name: format!("{sku} name"),
            description: None,
            price: price.parse().unwrap(),
            stock,
        }
    }

    fn items(specs: &[&str]) -> Vec<ItemSpec> {
        specs.iter().map(|s| s.parse().unwrap()).collect()
    }

    #[test]
    fn merges_a_product_named_by_id_and_by_sku() {
        let products = [product(1, "A", "1.10", 5), product(2, "B", "2.00", 5)];
        let lines = build_lines(&items(&["A=2", "2", "1=3"]), &products).unwrap();
        assert_eq!(
            lines.iter().map(|l| (l.product_id, l.quantity)).collect::<Vec<_>>(),
            vec![(1, 5), (2, 1)]
        );
        assert_eq!(total(&lines).unwrap().to_string(), "7.50");
    }

    #[test]
    fn names_every_missing_product() {
        let products = [product(1, "A", "1", 5)];
        let err = build_lines(&items(&["X", "A", "99"]), &products).unwrap_err();
        assert_eq!(err.to_string(), "product X, product #99 not found");
        assert_eq!(err.code(), 3);
    }

    #[test]
    fn shortage_names_product_requested_and_available() {
        let products = [product(1, "A", "1", 2), product(2, "B", "1", 9)];
        let lines = build_lines(&items(&["A=5", "B=9"]), &products).unwrap();
        let err = check_stock(&lines, |id| if id == 1 { 2 } else { 9 }).unwrap_err();
        assert_eq!(err.to_string(), "insufficient stock: A (requested 5, available 2)");
        assert_eq!(err.code(), 4);
    }

    #[test]
    fn totals_are_exact_decimals() {
        let products = [product(1, "A", "0.10", 100), product(2, "B", "0.20", 100)];
        let lines = build_lines(&items(&["A=3", "B"]), &products).unwrap();
        assert_eq!(total(&lines).unwrap().to_string(), "0.50");
    }

    #[test]
    fn deltas_return_old_and_take_new() {
        assert_eq!(
            stock_deltas(&[(1, 2), (2, 1)], &[(2, 3), (3, 1)]),
            vec![(1, 2), (2, -2), (3, -1)]
        );
        assert_eq!(stock_deltas(&[(1, 2)], &[(1, 2)]), vec![]);
    }
}
