//! Many orders at once: `orders set-state STATE <selection>` and `orders
//! delete <selection>`, for the command line and the console alike.
//!
//! A plan (`plan`) reads the selection and decides, order by order, with
//! the same rules as a change of one (the state machine, restocking): what
//! would change, what would be refused and why, the stock that would go
//! back — writing nothing, so no sequence moves. The change (`apply`) does
//! the same under lock, in one transaction: the selection locked in id
//! order (orders, then the products whose stock goes back: the lock order
//! of `db/mod.rs`), decided again on the rows as they are now, written by
//! one statement per table (one history event per order), one outbox
//! enqueue; atomic unless `each` (then what can change does). It comes back
//! `Committed` with one push for all the orders.

use color_eyre::eyre::Result;

use super::selection::Resolved;
use super::{Committed, Push, Session};
use crate::db::selection::{self as select, OrderCriteria, Selected, StockBack};
use crate::db::session::transaction;
use crate::db::{bulk_writes, orders};
use crate::domain::OrderState;
use crate::error::{AppError, Usage};
use crate::model::Order;
use crate::report::{Bar, Job};

/// How many of the orders that would change a preview shows whole.
pub(crate) const SAMPLE: usize = 10;

/// What is done to each order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OrderAction {
    Move(OrderState),
    Delete { restock: bool },
}

/// How a change goes: atomic or not, and the size it may reach.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mode {
    /// Apply what can be applied (otherwise one refusal changes nothing).
    pub(crate) each: bool,
    pub(crate) max: u64,
}

/// An order that changes (or would).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OrderChange {
    pub(crate) id: i64,
    pub(crate) from: OrderState,
    /// Its quantities go back to stock.
    pub(crate) restocks: bool,
}

/// An order that is refused (or would be), and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RefusedOrder {
    pub(crate) id: i64,
    /// `None`: there is no such order.
    pub(crate) state: Option<OrderState>,
    pub(crate) reason: String,
}

/// What a bulk change of orders does, or would do.
#[derive(Debug, Clone)]
pub(crate) struct OrderPlan {
    pub(crate) action: OrderAction,
    pub(crate) changes: Vec<OrderChange>,
    pub(crate) refused: Vec<RefusedOrder>,
    /// What goes back to stock, per product.
    pub(crate) stock: Vec<StockBack>,
    /// Orders whose move or `--restock` would return stock they do not hold
    /// (imported with --no-stock, or returned already): nothing goes back.
    pub(crate) keep_stock: usize,
    /// The first orders that change, whole (a preview's; empty otherwise).
    pub(crate) sample: Vec<Order>,
    /// How many hits a `--from-search` had.
    pub(crate) searched: Option<usize>,
}

impl OrderPlan {
    pub(crate) fn selected(&self) -> usize {
        self.changes.len() + self.refused.len()
    }

    /// The ids of the orders that change, ascending.
    pub(crate) fn ids(&self) -> Vec<i64> {
        self.changes.iter().map(|c| c.id).collect()
    }

    /// The orders the plan looked at (to pin the change to them).
    pub(crate) fn considered(&self) -> Vec<i64> {
        let mut ids: Vec<i64> = self.ids();
        ids.extend(self.refused.iter().filter(|r| r.state.is_some()).map(|r| r.id));
        ids.sort_unstable();
        ids
    }
}

/// A bulk change done: the plan as applied, or — atomic with refusals —
/// not applied at all.
#[derive(Debug, Clone)]
pub(crate) struct OrderOutcome {
    pub(crate) plan: OrderPlan,
    pub(crate) applied: bool,
}

/// Decides, order by order, with the rules a change of one follows.
fn decide(action: OrderAction, selected: &[Selected], missing: &[i64]) -> OrderPlan {
    let mut plan = OrderPlan {
        action,
        changes: Vec::new(),
        refused: Vec::new(),
        stock: Vec::new(),
        keep_stock: 0,
        sample: Vec::new(),
        searched: None,
    };
    for order in selected {
        let gives_back = match action {
            OrderAction::Move(next) => {
                if !order.state.can_become(next) {
                    plan.refused.push(RefusedOrder {
                        id: order.id,
                        state: Some(order.state),
                        reason: refusal(order.state, next),
                    });
                    continue;
                }
                order.state.restocks_on(next)
            }
            OrderAction::Delete { restock } => restock,
        };
        let restocks = gives_back && order.holds_stock();
        if gives_back && !restocks {
            plan.keep_stock += 1;
        }
        plan.changes.push(OrderChange { id: order.id, from: order.state, restocks });
    }
    for id in missing {
        plan.refused.push(RefusedOrder { id: *id, state: None, reason: "no such order".into() });
    }
    plan.refused.sort_by_key(|r| r.id);
    plan
}

/// Why an order in `from` cannot go to `next`, as `orders set-state` says it.
pub(crate) fn refusal(from: OrderState, next: OrderState) -> String {
    if from == next {
        return format!("already {from}");
    }
    let allowed: Vec<&str> = from.successors().iter().map(|s| s.as_str()).collect();
    if allowed.is_empty() {
        format!("cannot go from {from} to {next} ({from} is final)")
    } else {
        format!("cannot go from {from} to {next} (allowed from {from}: {})", allowed.join(", "))
    }
}

/// The selection is over `max`: refused, with its size.
async fn over_max(
    client: &impl tokio_postgres::GenericClient,
    criteria: &OrderCriteria,
    max: u64,
) -> Result<AppError> {
    let count = select::count_orders(client, criteria).await?;
    Ok(AppError::Usage(Usage::OverMax { what: "order", count: count as u64, max, about: "" }))
}

fn limit(max: u64) -> i64 {
    i64::try_from(max).unwrap_or(i64::MAX - 1) + 1
}

/// What the change would do, reading only (no lock, no sequence moves).
pub(crate) async fn plan(
    s: &Session,
    selection: &Resolved<OrderCriteria>,
    action: OrderAction,
    max: u64,
) -> Result<OrderPlan> {
    let client = s.db().await?;
    let selected = select::select_orders(&**client, &selection.criteria, limit(max), false).await?;
    if selected.len() as u64 > max {
        return Err(over_max(&**client, &selection.criteria, max).await?.into());
    }
    let missing = select::missing_orders(&**client, &selection.listed).await?;
    let mut plan = decide(action, &selected, &missing);
    plan.searched = selection.searched;
    let restocking: Vec<i64> = plan.changes.iter().filter(|c| c.restocks).map(|c| c.id).collect();
    plan.stock = select::stock_held(&**client, &restocking).await?;
    let first: Vec<i64> = plan.changes.iter().take(SAMPLE).map(|c| c.id).collect();
    plan.sample = orders::get_many(&**client, &first).await?;
    Ok(plan)
}

/// Makes the change: see the module's comment. With refusals and not
/// `each`, nothing is written (`applied` is false) and no push is due.
pub(crate) async fn apply(
    s: &Session,
    selection: &Resolved<OrderCriteria>,
    action: OrderAction,
    mode: Mode,
) -> Result<Committed<OrderOutcome>> {
    let client = s.db().await?;
    let progress = s.reporter().progress(Job::Bulk);
    let outcome = transaction(&client, async |tx| {
        let selected =
            select::select_orders(tx, &selection.criteria, limit(mode.max), true).await?;
        if selected.len() as u64 > mode.max {
            return Err(over_max(tx, &selection.criteria, mode.max).await?.into());
        }
        progress.set(Bar::Read, selected.len() as u64);
        let missing = select::missing_orders(tx, &selection.listed).await?;
        let mut plan = decide(action, &selected, &missing);
        plan.searched = selection.searched;
        if !plan.refused.is_empty() && !mode.each {
            return Ok::<_, color_eyre::Report>(OrderOutcome { plan, applied: false });
        }
        let restocking: Vec<i64> =
            plan.changes.iter().filter(|c| c.restocks).map(|c| c.id).collect();
        plan.stock = select::stock_held(tx, &restocking).await?;
        bulk_writes::restock_orders(tx, &restocking).await?;
        match action {
            OrderAction::Move(next) => {
                let moves: Vec<(i64, OrderState, bool)> =
                    plan.changes.iter().map(|c| (c.id, c.from, c.restocks)).collect();
                bulk_writes::set_states(tx, &moves, next, s.actor()).await?;
            }
            OrderAction::Delete { .. } => {
                let gone: Vec<(i64, bool)> =
                    plan.changes.iter().map(|c| (c.id, c.restocks)).collect();
                bulk_writes::delete_orders(tx, &gone, s.actor()).await?;
            }
        }
        crate::outbox::enqueue(tx, &plan.ids()).await?;
        progress.set(Bar::Sent, plan.changes.len() as u64);
        Ok(OrderOutcome { plan, applied: true })
    })
    .await?;
    progress.finish();
    let ids = if outcome.applied { outcome.plan.ids() } else { Vec::new() };
    Ok(Committed { value: outcome, push: Push::new(client, ids, Vec::new()) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use OrderState::*;

    fn order(id: i64, state: OrderState, took_stock: bool) -> Selected {
        Selected { id, state, took_stock }
    }

    #[test]
    fn each_order_is_decided_by_the_state_machine() {
        let selected = [
            order(1, Created, true),
            order(2, Delivered, true),
            order(3, Shipped, true),
            order(4, Cancelled, true),
        ];
        let plan = decide(OrderAction::Move(Shipped), &selected, &[9]);
        assert_eq!(plan.ids(), [1]);
        let refused: Vec<(i64, &str)> =
            plan.refused.iter().map(|r| (r.id, r.reason.as_str())).collect();
        assert_eq!(
            refused,
            [
                (2, "cannot go from DELIVERED to SHIPPED (allowed from DELIVERED: REFUNDED)"),
                (3, "already SHIPPED"),
                (4, "cannot go from CANCELLED to SHIPPED (CANCELLED is final)"),
                (9, "no such order"),
            ]
        );
        assert_eq!(plan.selected(), 5);
        assert_eq!(plan.considered(), [1, 2, 3, 4]);
    }

    #[test]
    fn only_orders_that_hold_stock_give_it_back() {
        let selected = [order(1, Created, true), order(2, Created, false), order(3, Shipped, true)];
        let cancel = decide(OrderAction::Move(Cancelled), &selected, &[]);
        let restocks: Vec<bool> = cancel.changes.iter().map(|c| c.restocks).collect();
        assert_eq!((restocks, cancel.keep_stock), (vec![true, false], 1));
        let fail = decide(OrderAction::Move(Failed), &selected, &[]);
        let restocks: Vec<bool> = fail.changes.iter().map(|c| c.restocks).collect();
        assert_eq!(restocks, [true, false, false], "FAILED after SHIPPED keeps the goods out");
        let delete = decide(OrderAction::Delete { restock: true }, &selected, &[]);
        assert_eq!(delete.changes.len(), 3);
        assert_eq!(delete.keep_stock, 1);
        let delete = decide(OrderAction::Delete { restock: false }, &selected, &[]);
        assert!(delete.changes.iter().all(|c| !c.restocks) && delete.keep_stock == 0);
    }
}
