//! Which orders or products a command means: the filters of `orders list`
//! and `products list`, which the bulk commands take too, as one WHERE
//! condition built from the filters given (only those: each combination is
//! a plain statement the planner sees whole), and the reads and locks a
//! bulk change starts with — the selection in id order (the lock order of
//! `db/mod.rs`), its size, the ids listed that do not exist, the stock its
//! orders hold.

use rust_decimal::Decimal;
use time::OffsetDateTime;
use tokio_postgres::GenericClient;
use tokio_postgres::types::ToSql;

use super::decode;
use super::error::DbResult;
use super::products::COLUMNS as PRODUCT_COLUMNS;
use crate::domain::{Email, OrderState};
use crate::model::Product;

/// The orders a command means (every filter given must hold).
#[derive(Debug, Default, Clone)]
pub(crate) struct OrderCriteria {
    pub(crate) states: Vec<OrderState>,
    pub(crate) customer_email: Option<Email>,
    /// Created at or after.
    pub(crate) since: Option<OffsetDateTime>,
    /// Created before.
    pub(crate) until: Option<OffsetDateTime>,
    /// A line with this SKU (as the line keeps it: works after the product is gone).
    pub(crate) sku: Option<String>,
    /// A line linked to this product.
    pub(crate) product_id: Option<i64>,
    pub(crate) min_total: Option<Decimal>,
    pub(crate) max_total: Option<Decimal>,
    /// The external ref, exactly — or, with `*` in it, as a pattern (`*` is
    /// any text).
    pub(crate) external_ref: Option<String>,
    /// Only these ids (a list given, or what a search found).
    pub(crate) ids: Option<Vec<i64>>,
}

/// Statement parameters, owned, numbered as they are added.
#[derive(Default)]
pub(super) struct Params {
    values: Vec<Box<dyn ToSql + Sync + Send>>,
}

impl Params {
    /// Adds a value and returns its placeholder (`$3`).
    pub(super) fn add(&mut self, value: impl ToSql + Sync + Send + 'static) -> String {
        self.values.push(Box::new(value));
        format!("${}", self.values.len())
    }

    pub(super) fn refs(&self) -> Vec<&(dyn ToSql + Sync)> {
        self.values.iter().map(|v| &**v as &(dyn ToSql + Sync)).collect()
    }
}

impl OrderCriteria {
    /// The condition on `o` (an alias of `orders`), `true` when nothing filters.
    pub(super) fn condition(&self, params: &mut Params) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(ids) = &self.ids {
            parts.push(format!("o.id = ANY({}::bigint[])", params.add(ids.clone())));
        }
        if !self.states.is_empty() {
            let states: Vec<String> = self.states.iter().map(|s| s.as_str().to_owned()).collect();
            parts.push(format!("o.state = ANY({}::text[])", params.add(states)));
        }
        if let Some(email) = &self.customer_email {
            parts.push(format!("o.customer_email = {}", params.add(email.as_str().to_owned())));
        }
        if let Some(since) = self.since {
            parts.push(format!("o.created_at >= {}", params.add(since)));
        }
        if let Some(until) = self.until {
            parts.push(format!("o.created_at < {}", params.add(until)));
        }
        if let Some(sku) = &self.sku {
            parts.push(format!(
                "EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id AND i.product_sku = {})",
                params.add(sku.clone())
            ));
        }
        if let Some(product) = self.product_id {
            parts.push(format!(
                "EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id AND i.product_id = {})",
                params.add(product)
            ));
        }
        if let Some(min) = self.min_total {
            parts.push(format!("o.total_price >= {}", params.add(min)));
        }
        if let Some(max) = self.max_total {
            parts.push(format!("o.total_price <= {}", params.add(max)));
        }
        if let Some(pattern) = &self.external_ref {
            parts.push(match like_pattern(pattern) {
                Some(like) => format!("o.external_ref LIKE {}", params.add(like)),
                None => format!("o.external_ref = {}", params.add(pattern.clone())),
            });
        }
        if parts.is_empty() { "true".to_owned() } else { parts.join(" AND ") }
    }
}

/// `STAGING-*` as `STAGING-%` for LIKE (the text's own `%`, `_` and `\`
/// taken literally); `None` when there is no `*`.
fn like_pattern(pattern: &str) -> Option<String> {
    if !pattern.contains('*') {
        return None;
    }
    let escaped = pattern.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    Some(escaped.replace('*', "%"))
}

/// An order a bulk change considers: its state, and whether it took its
/// quantities out of stock (migration V8).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Selected {
    pub(crate) id: i64,
    pub(crate) state: OrderState,
    pub(crate) took_stock: bool,
}

impl Selected {
    /// Whether its quantities are out of stock on its account now.
    pub(crate) fn holds_stock(&self) -> bool {
        self.took_stock && self.state.holds_stock()
    }
}

/// The matching orders in id order, at most `limit`; with `lock`, each
/// locked FOR UPDATE in that order before it is returned (the lock order),
/// and a row another writer changed meanwhile is checked again against the
/// filters once it is free.
pub(crate) async fn select_orders(
    client: &impl GenericClient,
    criteria: &OrderCriteria,
    limit: i64,
    lock: bool,
) -> DbResult<Vec<Selected>> {
    let mut params = Params::default();
    let condition = criteria.condition(&mut params);
    let sql = format!(
        "SELECT o.id, o.state, o.holds_stock FROM orders o WHERE {condition} \
         ORDER BY o.id LIMIT {limit}{lock}",
        limit = params.add(limit),
        lock = if lock { " FOR UPDATE OF o" } else { "" },
    );
    let rows = client.query(&sql, &params.refs()).await?;
    rows.iter()
        .map(|row| {
            Ok(Selected {
                id: decode::column(row, "orders", "id")?,
                state: decode::state(row)?,
                took_stock: decode::column(row, "orders", "holds_stock")?,
            })
        })
        .collect()
}

/// How many orders match.
pub(crate) async fn count_orders(
    client: &impl GenericClient,
    criteria: &OrderCriteria,
) -> DbResult<i64> {
    let mut params = Params::default();
    let sql = format!(
        "SELECT count(*) AS selected FROM orders o WHERE {}",
        criteria.condition(&mut params)
    );
    let row = client.query_one(&sql, &params.refs()).await?;
    Ok(decode::column(&row, "orders", "selected")?)
}

/// Which of `ids` name no order, ascending.
pub(crate) async fn missing_orders(client: &impl GenericClient, ids: &[i64]) -> DbResult<Vec<i64>> {
    missing(client, "orders", ids).await
}

/// Which of `ids` name no product, ascending.
pub(crate) async fn missing_products(
    client: &impl GenericClient,
    ids: &[i64],
) -> DbResult<Vec<i64>> {
    missing(client, "products", ids).await
}

async fn missing(
    client: &impl GenericClient,
    table: &'static str,
    ids: &[i64],
) -> DbResult<Vec<i64>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT x AS id FROM unnest($1::bigint[]) AS x \
         WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = x) ORDER BY x"
    );
    let rows = client.query(&sql, &[&ids]).await?;
    Ok(decode::column_of_each(&rows, table, "id")?)
}

/// Units of a product that orders would give back.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct StockBack {
    pub(crate) product_id: i64,
    pub(crate) sku: String,
    pub(crate) units: i64,
}

/// The quantities the lines of these orders hold, per product that still
/// exists, in product id order.
pub(crate) async fn stock_held(
    client: &impl GenericClient,
    order_ids: &[i64],
) -> DbResult<Vec<StockBack>> {
    if order_ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = client
        .query(
            "SELECT p.id AS product_id, p.sku, sum(i.quantity)::bigint AS units \
             FROM order_items i JOIN products p ON p.id = i.product_id \
             WHERE i.order_id = ANY($1) GROUP BY p.id, p.sku ORDER BY p.id",
            &[&order_ids],
        )
        .await?;
    rows.iter()
        .map(|row| {
            Ok(StockBack {
                product_id: decode::column(row, "products", "product_id")?,
                sku: decode::column(row, "products", "sku")?,
                units: decode::column(row, "products", "units")?,
            })
        })
        .collect()
}

/// The products a command means (every filter given must hold).
#[derive(Debug, Default, Clone)]
pub(crate) struct ProductCriteria {
    pub(crate) seller_email: Option<Email>,
    /// In the SKU or the name, case-insensitively.
    pub(crate) search: Option<String>,
    pub(crate) ids: Option<Vec<i64>>,
}

impl ProductCriteria {
    fn condition(&self, params: &mut Params) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(ids) = &self.ids {
            parts.push(format!("p.id = ANY({}::bigint[])", params.add(ids.clone())));
        }
        if let Some(email) = &self.seller_email {
            parts.push(format!("p.seller_email = {}", params.add(email.as_str().to_owned())));
        }
        if let Some(text) = &self.search {
            let like = params.add(super::products::like_pattern(text));
            parts.push(format!("(p.sku ILIKE {like} OR p.name ILIKE {like})"));
        }
        if parts.is_empty() { "true".to_owned() } else { parts.join(" AND ") }
    }
}

/// The matching products in id order, at most `limit`; with `lock`, each
/// locked FOR NO KEY UPDATE in that order.
pub(crate) async fn select_products(
    client: &impl GenericClient,
    criteria: &ProductCriteria,
    limit: i64,
    lock: bool,
) -> DbResult<Vec<Product>> {
    let mut params = Params::default();
    let condition = criteria.condition(&mut params);
    let sql = format!(
        "SELECT {cols} FROM products p WHERE {condition} ORDER BY p.id LIMIT {limit}{lock}",
        cols = PRODUCT_COLUMNS.as_str(),
        limit = params.add(limit),
        lock = if lock { " FOR NO KEY UPDATE" } else { "" },
    );
    let rows = client.query(&sql, &params.refs()).await?;
    Ok(rows.iter().map(decode::product).collect::<Result<_, _>>()?)
}

/// How many products match.
pub(crate) async fn count_products(
    client: &impl GenericClient,
    criteria: &ProductCriteria,
) -> DbResult<i64> {
    let mut params = Params::default();
    let sql = format!(
        "SELECT count(*) AS selected FROM products p WHERE {}",
        criteria.condition(&mut params)
    );
    let row = client.query_one(&sql, &params.refs()).await?;
    Ok(decode::column(&row, "products", "selected")?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_star_makes_an_external_ref_a_pattern() {
        assert_eq!(like_pattern("STAGING-*").as_deref(), Some("STAGING-%"));
        assert_eq!(like_pattern("50%_*").as_deref(), Some("50\\%\\_%"));
        assert_eq!(like_pattern("EXACT-1"), None);
    }

    #[test]
    fn only_the_filters_given_are_in_the_condition() {
        let mut params = Params::default();
        assert_eq!(OrderCriteria::default().condition(&mut params), "true");
        let criteria = OrderCriteria {
            states: vec![OrderState::Created],
            external_ref: Some("T-*".into()),
            ..Default::default()
        };
        assert_eq!(
            criteria.condition(&mut params),
            "o.state = ANY($1::text[]) AND o.external_ref LIKE $2"
        );
        assert_eq!(params.values.len(), 2);
    }
}
