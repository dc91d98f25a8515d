//! Orders: create, replace items, move between states, delete, read.
//!
//! Every writer locks the order row first, then product rows in id order
//! (the lock order of `db/mod.rs`), so concurrent writers cannot deadlock;
//! every change enqueues the order in the search outbox and records its
//! history event in the same transaction, and comes back `Committed` with
//! its push to do (`publish.rs`).

use std::collections::BTreeMap;

use color_eyre::eyre::Result;

use super::order_lines::{self, ProductOnHand};
use super::{Committed, Push, Session};
use crate::db::order_writes::{self, LockedOrder};
use crate::db::orders::{self, OrderFilter};
use crate::db::session::transaction;
use crate::db::{DbError, products};
use crate::domain::{Email, ItemSpec, OrderState, RequiredText};
use crate::error::{AppError, Missing, Refusal};
use crate::model::{Order, OrderItem, Product};
use crate::outbox::{self, Entry};

/// A new order: who buys what (items already chosen: the command line's
/// wizard runs before).
pub(crate) struct NewOrder {
    pub(crate) customer: Email,
    pub(crate) items: Vec<ItemSpec>,
    pub(crate) external_ref: Option<RequiredText>,
}

/// New lines for an order (its state becomes CHANGED).
pub(crate) struct ItemsChange {
    pub(crate) id: i64,
    pub(crate) items: Vec<ItemSpec>,
}

/// A move of an order to another state.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Move {
    pub(crate) id: i64,
    pub(crate) next: OrderState,
}

/// Orders to delete.
pub(crate) struct DeleteOrders {
    /// Each id once, in ascending order (the lock order).
    pub(crate) ids: Vec<i64>,
    pub(crate) restock: bool,
}

/// A committed move: the order as it now is, and what the operator should
/// know about it.
pub(crate) struct Moved {
    pub(crate) order: Order,
    pub(crate) note: Option<String>,
}

/// What a delete did.
pub(crate) struct Deleted {
    pub(crate) ids: Vec<i64>,
    /// Units put back in stock (`--restock`).
    pub(crate) restocked: u64,
}

pub(crate) fn not_found(id: i64) -> AppError {
    AppError::NotFound(Missing::Order { id })
}

/// One order, or exit 3.
pub(crate) async fn get(s: &Session, id: i64) -> Result<Order> {
    let client = s.db().await?;
    Ok(orders::get(&**client, id).await?.ok_or_else(|| not_found(id))?)
}

/// A page of orders.
pub(crate) async fn list(s: &Session, filter: &OrderFilter) -> Result<Vec<Order>> {
    let client = s.db().await?;
    Ok(orders::list(&**client, filter).await?)
}

/// Creates an order: the products locked in id order, lines merged and
/// snapshotted, stock checked and taken, the order, its lines, its outbox
/// entry, its feed notification and its history event written in one
/// statement.
pub(crate) async fn create(s: &Session, new: NewOrder) -> Result<Committed<Order>> {
    let NewOrder { customer, items, external_ref } = new;
    let client = s.db().await?;
    let ext = external_ref.as_ref().map(RequiredText::as_str);
    let written = transaction(&client, async |pg| {
        let refs: Vec<_> = items.iter().map(|i| &i.product).collect();
        let locked = on_hand(&products::lock_refs(pg, &refs, &[]).await?);
        let lines = order_lines::build_lines(&items, &locked)?;
        order_lines::check_stock(&lines, |id| stock_of(&locked, id))?;
        let total = order_lines::total(&lines)?;
        let taken: Vec<(i64, i32)> = lines.iter().map(|l| (l.product_id, -l.quantity)).collect();
        match order_writes::create(pg, &customer, ext, total, &lines, &taken, s.actor()).await {
            Ok((order, seq)) => Ok((order, seq, lines)),
            Err(DbError::DuplicateExternalRef) => {
                Err(AppError::Rejected(Refusal::DuplicateExternalRef {
                    external_ref: ext.unwrap_or_default().to_owned(),
                })
                .into())
            }
            Err(err) => Err(color_eyre::Report::from(err)),
        }
    })
    .await;
    let (mut order, seq, lines) = written?;
    // The order as written, without reading it back.
    order.items = lines.iter().map(OrderItem::from).collect();
    let push = Push::new(client, vec![order.id], vec![(order.clone(), seq)]);
    Ok(Committed { value: order, push })
}

/// Replaces an order's items (CREATED or CHANGED only): the old quantities
/// go back to stock (if the order took them), the new ones are taken.
pub(crate) async fn replace_items(s: &Session, change: ItemsChange) -> Result<Committed<Order>> {
    let ItemsChange { id, items } = change;
    let client = s.db().await?;
    let enqueued = transaction(&client, async |tx| {
        let order = lock(tx, id).await?;
        if !order.state.items_editable() {
            return Err(AppError::Rejected(Refusal::ItemsFrozen {
                id: order.id,
                state: order.state.as_str(),
            })
            .into());
        }
        // The old lines' quantities go back only if the order took them (one
        // imported with --no-stock did not); the new lines take stock either way.
        let held: &[(i64, i32)] = if order.holds_stock() { &order.linked_quantities } else { &[] };
        let old_ids: Vec<i64> = held.iter().map(|(id, _)| *id).collect();
        let refs: Vec<_> = items.iter().map(|i| &i.product).collect();
        let locked = on_hand(&products::lock_refs(tx, &refs, &old_ids).await?);
        let lines = order_lines::build_lines(&items, &locked)?;
        let old_quantity = |id: i64| -> i64 {
            held.iter().filter(|(p, _)| *p == id).map(|(_, q)| i64::from(*q)).sum()
        };
        order_lines::check_stock(&lines, |id| stock_of(&locked, id) + old_quantity(id))?;
        let new: Vec<(i64, i32)> = lines.iter().map(|l| (l.product_id, l.quantity)).collect();
        let deltas = order_lines::stock_deltas(held, &new);
        products::adjust_stock(tx, &deltas).await?;
        let total = order_lines::total(&lines)?;
        order_writes::replace_items(tx, order.id, &lines, total, s.actor()).await?;
        Ok::<_, color_eyre::Report>(outbox::enqueue(tx, &[order.id]).await?)
    })
    .await?;
    let order = orders::get(&**client, id).await?.ok_or_else(|| not_found(id))?;
    let known = written_as(&order, &enqueued);
    Ok(Committed { value: order, push: Push::new(client, vec![id], known) })
}

/// Moves an order to another state — the one code path that does, for the
/// command line and the console alike: the state machine's check,
/// restocking, the history event and the outbox entry, in one transaction.
pub(crate) async fn move_to(s: &Session, request: Move) -> Result<Committed<Moved>> {
    let Move { id, next } = request;
    let client = s.db().await?;
    let (enqueued, note) = transaction(&client, async |tx| {
        let order = lock(tx, id).await?;
        if !order.state.can_become(next) {
            return Err(AppError::Rejected(Refusal::Transition {
                id,
                from: order.state.as_str(),
                to: next.as_str(),
                allowed: order.state.successors().iter().map(|s| s.as_str()).collect(),
            })
            .into());
        }
        let restocks = order.state.restocks_on(next) && order.holds_stock();
        let note = (order.state.restocks_on(next) && !restocks).then(|| {
            format!(
                "order #{id} never took stock (imported with --no-stock): nothing goes back to stock"
            )
        });
        if restocks {
            restock(tx, &order.linked_quantities).await?;
        }
        order_writes::set_state(tx, id, next, restocks, s.actor()).await?;
        Ok::<_, color_eyre::Report>((outbox::enqueue(tx, &[id]).await?, note))
    })
    .await?;
    let order = orders::get(&**client, id).await?.ok_or_else(|| not_found(id))?;
    let known = written_as(&order, &enqueued);
    Ok(Committed { value: Moved { order, note }, push: Push::new(client, vec![id], known) })
}

/// The orders a delete would remove (each must exist: exit 3 naming the
/// first that does not), for the front end to confirm.
pub(crate) async fn delete_targets(s: &Session, ids: &[i64]) -> Result<Vec<Order>> {
    let client = s.db().await?;
    let mut targets = Vec::new();
    for id in ids {
        targets.push(orders::get(&**client, *id).await?.ok_or_else(|| not_found(*id))?);
    }
    Ok(targets)
}

/// Deletes orders (locked in id order); with `restock`, the quantities of
/// those that hold stock go back. An order that does not is said to the
/// reporter, inside the transaction.
pub(crate) async fn delete(s: &Session, request: DeleteOrders) -> Result<Committed<Deleted>> {
    let DeleteOrders { ids, restock: restock_stock } = request;
    let client = s.db().await?;
    let reporter = s.reporter();
    let (ids, restocked) = transaction(&client, async |tx| {
        let mut locked = Vec::new();
        for id in &ids {
            locked.push(lock(tx, *id).await?);
        }
        let mut restocked = 0;
        let mut restocked_ids = Vec::new();
        if restock_stock {
            let holding: Vec<&LockedOrder> = locked.iter().filter(|o| o.holds_stock()).collect();
            restocked_ids = holding.iter().map(|o| o.id).collect();
            let quantities: Vec<(i64, i32)> =
                holding.iter().flat_map(|o| o.linked_quantities.iter().copied()).collect();
            restocked = restock(tx, &quantities).await?;
            for order in locked.iter().filter(|o| !o.holds_stock()) {
                let why = if order.state.holds_stock() {
                    "it never took stock (imported with --no-stock)".to_owned()
                } else {
                    format!("it is {}: its quantities were already returned or lost", order.state)
                };
                reporter.warn(format!("order #{}: {why}; not restocked", order.id));
            }
        }
        let deleted = order_writes::delete(tx, &ids, &restocked_ids, s.actor()).await?;
        outbox::enqueue(tx, &deleted).await?;
        Ok::<_, color_eyre::Report>((deleted, restocked))
    })
    .await?;
    let push = Push::new(client, ids.clone(), Vec::new());
    Ok(Committed { value: Deleted { ids, restocked }, push })
}

/// Locks an order for change, or fails with exit code 3.
async fn lock(client: &impl tokio_postgres::GenericClient, id: i64) -> Result<LockedOrder> {
    Ok(order_writes::lock(client, id).await?.ok_or_else(|| not_found(id))?)
}

/// The order as written, with the outbox version of each entry written.
fn written_as(order: &Order, enqueued: &[Entry]) -> Vec<(Order, i64)> {
    enqueued.iter().map(|e| (order.clone(), e.seq)).collect()
}

/// Locked products as the line rules see them.
fn on_hand(products: &[Product]) -> Vec<ProductOnHand> {
    products.iter().map(ProductOnHand::from).collect()
}

/// Units of a locked product, or 0 if it is not among them.
fn stock_of(products: &[ProductOnHand], id: i64) -> i64 {
    products.iter().find(|p| p.id == id).map_or(0, |p| i64::from(p.stock))
}

/// Puts quantities back in stock, locking the products in id order first.
async fn restock(
    client: &impl tokio_postgres::GenericClient,
    quantities: &[(i64, i32)],
) -> Result<u64> {
    let mut per_product: BTreeMap<i64, i32> = BTreeMap::new();
    for (id, qty) in quantities {
        *per_product.entry(*id).or_default() += qty;
    }
    let ids: Vec<i64> = per_product.keys().copied().collect();
    let existing = products::lock_by_ids(client, &ids).await?;
    let deltas: Vec<(i64, i32)> = existing.iter().map(|p| (p.id, per_product[&p.id])).collect();
    products::adjust_stock(client, &deltas).await?;
    Ok(deltas.iter().map(|(_, q)| *q as u64).sum())
}
