//! `ecomctl orders …`: create, get, list, update, set-state, delete.
//!
//! Every writer locks the order row first, then product rows in id order, so
//! concurrent commands cannot deadlock; every change enqueues the order in the
//! search outbox in the same transaction.

use std::collections::BTreeMap;

use color_eyre::eyre::Result;
use deadpool_postgres::Object;

use super::Context;
use crate::cli::OrdersCommand;
use crate::db::order_writes::{self, LockedOrder};
use crate::db::orders::{self, OrderFilter};
use crate::db::outbox::Entry;
use crate::db::products;
use crate::db::{DbError, outbox};
use crate::domain::RequiredText;
use crate::error::{AppError, Missing, Refusal};
use crate::model::{Order, OrderItem, Product};
use crate::ordering::{self, ProductOnHand};
use crate::output::{print_deleted, print_list, print_one};
use crate::prompt::confirm;
use crate::requests::orders::{self as requests, CreateOrder, DeleteOrders, SetState, UpdateOrder};

pub(crate) async fn run(ctx: &Context, cmd: OrdersCommand) -> Result<()> {
    match cmd {
        OrdersCommand::Create(args) => create(ctx, requests::create(args, &ctx.config)?).await,
        OrdersCommand::Get(args) => get(ctx, args.id).await,
        OrdersCommand::History(args) => super::history::order(ctx, requests::history(args)?).await,
        OrdersCommand::List(args) => list(ctx, requests::list(args)?).await,
        OrdersCommand::Update(args) => update(ctx, requests::update(args)?).await,
        OrdersCommand::SetState(args) => set_state(ctx, requests::set_state(args)?).await,
        OrdersCommand::Delete(args) => delete(ctx, requests::delete(args)).await,
        OrdersCommand::Import(args) => super::bulk::import_orders(ctx, args).await,
        OrdersCommand::Export(args) => super::bulk::export_orders(ctx, args.format).await,
        OrdersCommand::Watch(args) => super::watch::run(ctx, requests::watch(args)?).await,
    }
}

fn not_found(id: i64) -> AppError {
    AppError::NotFound(Missing::Order { id })
}

/// Locked products as ordering sees them.
fn on_hand(products: &[Product]) -> Vec<ProductOnHand> {
    products.iter().map(ProductOnHand::from).collect()
}

/// Units of a locked product, or 0 if it is not among them.
fn stock_of(products: &[ProductOnHand], id: i64) -> i64 {
    products.iter().find(|p| p.id == id).map_or(0, |p| i64::from(p.stock))
}

async fn create(ctx: &Context, request: CreateOrder) -> Result<()> {
    let CreateOrder { customer, items, external_ref } = request;
    let client = ctx.db().await?;
    let items = if items.is_empty() {
        super::order_wizard::pick_items(ctx, &client, customer.as_str()).await?
    } else {
        items
    };
    // BEGIN goes out with the product locks; the order, its lines, the
    // stock and the outbox entry are one statement.
    let ext = external_ref.as_ref().map(RequiredText::as_str);
    let written = super::in_transaction(&client, async |pg| {
        let refs: Vec<_> = items.iter().map(|i| &i.product).collect();
        let locked = on_hand(&products::lock_refs(pg, &refs, &[]).await?);
        let lines = ordering::build_lines(&items, &locked)?;
        ordering::check_stock(&lines, |id| stock_of(&locked, id))?;
        let total = ordering::total(&lines)?;
        let taken: Vec<(i64, i32)> = lines.iter().map(|l| (l.product_id, -l.quantity)).collect();
        match order_writes::create(pg, &customer, ext, total, &lines, &taken, ctx.actor()).await {
            Ok((order, seq)) => Ok((order, seq, lines)),
            Err(DbError::DuplicateExternalRef) => {
                Err(AppError::Rejected(Refusal::DuplicateExternalRef {
                    external_ref: ext.unwrap_or_default().to_owned(),
                })
                .into())
            }
            Err(err) => Err(err.into()),
        }
    })
    .await;
    let (mut order, seq, lines) = written?;

    // The order as written, without reading it back.
    order.items = lines.iter().map(OrderItem::from).collect();
    print_one(ctx.config.output, &order)?;
    let known = [(order.clone(), seq)];
    ctx.push_to_search(&client, &[order.id], &known).await
}

async fn get(ctx: &Context, id: i64) -> Result<()> {
    let client = ctx.db().await?;
    let order = orders::get(&**client, id).await?.ok_or_else(|| not_found(id))?;
    print_one(ctx.config.output, &order)?;
    Ok(())
}

async fn list(ctx: &Context, filter: OrderFilter) -> Result<()> {
    let client = ctx.db().await?;
    let found = orders::list(&**client, &filter).await?;
    print_list(ctx.config.output, &found)?;
    ctx.messages.page_hint(found.len(), filter.limit, found.last().map(|o| o.id), "orders");
    Ok(())
}

/// Locks an order for change, or fails with exit code 3.
async fn lock_order(client: &impl tokio_postgres::GenericClient, id: i64) -> Result<LockedOrder> {
    Ok(order_writes::lock(client, id).await?.ok_or_else(|| not_found(id))?)
}

async fn update(ctx: &Context, request: UpdateOrder) -> Result<()> {
    let UpdateOrder { id, items } = request;
    let client = ctx.db().await?;
    let enqueued = super::in_transaction(&client, async |tx| {
        let order = lock_order(tx, id).await?;
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
        let lines = ordering::build_lines(&items, &locked)?;
        let old_quantity = |id: i64| -> i64 {
            held.iter().filter(|(p, _)| *p == id).map(|(_, q)| i64::from(*q)).sum()
        };
        ordering::check_stock(&lines, |id| stock_of(&locked, id) + old_quantity(id))?;
        let new: Vec<(i64, i32)> = lines.iter().map(|l| (l.product_id, l.quantity)).collect();
        let deltas = ordering::stock_deltas(held, &new);
        products::adjust_stock(tx, &deltas).await?;
        let total = ordering::total(&lines)?;
        order_writes::replace_items(tx, order.id, &lines, total, ctx.actor()).await?;
        Ok(outbox::enqueue(tx, &[order.id]).await?)
    })
    .await?;
    show_and_push(ctx, &client, id, &enqueued).await
}

/// After a change: the order as it now is, printed and pushed to search.
async fn show_and_push(ctx: &Context, client: &Object, id: i64, enqueued: &[Entry]) -> Result<()> {
    let order = orders::get(&***client, id).await?.ok_or_else(|| not_found(id))?;
    print_one(ctx.config.output, &order)?;
    let known: Vec<(Order, i64)> = enqueued.iter().map(|e| (order.clone(), e.seq)).collect();
    ctx.push_to_search(client, &[id], &known).await
}

async fn set_state(ctx: &Context, request: SetState) -> Result<()> {
    let client = ctx.db().await?;
    let changed = change_state(ctx, &client, request).await?;
    if let Some(note) = &changed.note {
        ctx.messages.info(note);
    }
    print_one(ctx.config.output, &changed.order)?;
    ctx.push_to_search(&client, &[changed.order.id], &changed.known()).await
}

/// A committed state change: the order as it now is, its outbox entries,
/// and what the operator should know about it (for the command line to
/// print, or the console to show).
pub(crate) struct StateChanged {
    pub(crate) order: Order,
    enqueued: Vec<Entry>,
    pub(crate) note: Option<String>,
}

impl StateChanged {
    /// The order as written with the outbox version of that write, so the
    /// push need not read it again.
    pub(crate) fn known(&self) -> Vec<(Order, i64)> {
        self.enqueued.iter().map(|e| (self.order.clone(), e.seq)).collect()
    }
}

/// `orders set-state` without the printing: the one code path that moves an
/// order (the state machine's check, restocking, history event, outbox), in
/// one transaction. The caller pushes the order to search afterwards.
pub(crate) async fn change_state(
    ctx: &Context,
    client: &Object,
    request: SetState,
) -> Result<StateChanged> {
    let SetState { id, next } = request;
    let (enqueued, note) = super::in_transaction(client, async |tx| {
        let order = lock_order(tx, id).await?;
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
        order_writes::set_state(tx, id, next, restocks, ctx.actor()).await?;
        Ok((outbox::enqueue(tx, &[id]).await?, note))
    })
    .await?;
    let order = orders::get(&***client, id).await?.ok_or_else(|| not_found(id))?;
    Ok(StateChanged { order, enqueued, note })
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

async fn delete(ctx: &Context, request: DeleteOrders) -> Result<()> {
    // Ascending, each once: the lock order.
    let DeleteOrders { ids, restock: restock_stock } = request;
    let ids = &ids[..];
    let client = ctx.db().await?;
    let mut targets: Vec<Order> = Vec::new();
    for id in ids {
        targets.push(orders::get(&**client, *id).await?.ok_or_else(|| not_found(*id))?);
    }
    let summary: Vec<String> = targets
        .iter()
        .map(|o| format!("#{} {} {} {:.2}", o.id, o.customer_email, o.state, o.total_price))
        .collect();
    confirm(&ctx.config, &format!("delete {} order(s): {}", targets.len(), summary.join("; ")))?;

    let (deleted, restocked) = super::in_transaction(&client, async |tx| {
        let mut locked = Vec::new();
        for id in ids {
            locked.push(lock_order(tx, *id).await?);
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
                ctx.messages.warn(format!("order #{}: {why}; not restocked", order.id));
            }
        }
        let deleted = order_writes::delete(tx, ids, &restocked_ids, ctx.actor()).await?;
        outbox::enqueue(tx, &deleted).await?;
        Ok((deleted, restocked))
    })
    .await?;

    print_deleted(ctx.config.output, "orders", &deleted)?;
    let restocked =
        if restock_stock { format!(", {restocked} unit(s) back in stock") } else { String::new() };
    ctx.messages.info(format!("deleted {} order(s){restocked}", deleted.len()));
    ctx.push_to_search(&client, &deleted, &[]).await
}
