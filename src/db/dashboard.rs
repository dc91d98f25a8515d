//! The console's glance at the day: orders per state, orders per hour over
//! the last 24 hours, and the products closest to running out. Aggregates
//! only, so the answer stays small however many orders there are.

use tokio_postgres::GenericClient;

use super::decode;
use super::error::DbResult;
use crate::domain::OrderState;

/// What the dashboard draws.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Glance {
    /// Every state, in the state machine's order, with its count (zero too).
    pub(crate) per_state: Vec<(OrderState, i64)>,
    /// Orders created in each of the last 24 hours, oldest hour first; the
    /// last one is the hour that ends now.
    pub(crate) per_hour: Vec<u64>,
    /// Products with at most `LOW_STOCK` units, fewest first: (SKU, stock).
    pub(crate) low_stock: Vec<(String, i32)>,
}

/// A product with this many units or fewer is about to run out.
pub(crate) const LOW_STOCK: i32 = 10;

/// How many low-stock products the dashboard has room for.
const LOW_STOCK_SHOWN: i64 = 8;

pub(crate) async fn glance(client: &impl GenericClient) -> DbResult<Glance> {
    let states = client.query("SELECT state, count(*) AS orders FROM orders GROUP BY state", &[]);
    // Hours counted back from now: 0 is the last 60 minutes.
    let hours = client.query(
        "SELECT least(23, floor(extract(epoch FROM now() - created_at) / 3600))::int AS hours_ago, \
                count(*) AS orders \
         FROM orders WHERE created_at > now() - interval '24 hours' GROUP BY 1",
        &[],
    );
    let low = client.query(
        "SELECT sku, stock FROM products WHERE stock <= $1 ORDER BY stock, id LIMIT $2",
        &[&LOW_STOCK, &LOW_STOCK_SHOWN],
    );
    // Pipelined on the one connection.
    let (states, hours, low) = futures_util::future::try_join3(states, hours, low).await?;
    let counted = states
        .iter()
        .map(|r| {
            Ok((decode::column(r, "orders", "state")?, decode::column(r, "orders", "orders")?))
        })
        .collect::<DbResult<Vec<(String, i64)>>>()?;
    let per_state = OrderState::ALL
        .into_iter()
        .map(|state| {
            let n = counted.iter().find(|(s, _)| s == state.as_str()).map_or(0, |(_, n)| *n);
            (state, n)
        })
        .collect();
    let mut per_hour = vec![0u64; 24];
    for row in &hours {
        let ago: i32 = decode::column(row, "orders", "hours_ago")?;
        let n: i64 = decode::column(row, "orders", "orders")?;
        if let Ok(ago) = usize::try_from(ago)
            && ago < 24
        {
            per_hour[23 - ago] = n.max(0) as u64;
        }
    }
    let low_stock = low
        .iter()
        .map(|r| {
            Ok((decode::column(r, "products", "sku")?, decode::column(r, "products", "stock")?))
        })
        .collect::<DbResult<_>>()?;
    Ok(Glance { per_state, per_hour, low_stock })
}
