//! Requests of `ecomctl orders …`.

use time::OffsetDateTime;

use crate::app::bulk::OrderAction;
use crate::app::orders::{DeleteOrders, ItemsChange, Move, NewOrder};
use crate::app::selection::OrderSelection;
use crate::cli::prompt::required;
use crate::cli::request::{flag_value, optional};
use crate::cli::selection::BulkFlags;
use crate::cli::{
    OrderCreateArgs, OrderDeleteArgs, OrderHistoryArgs, OrderListArgs, OrderSetStateArgs,
    OrderUpdateArgs, OrderWatchArgs,
};
use crate::config::Config;
use crate::db::orders::OrderFilter;
use crate::domain::{Email, ItemSpec, OrderState, ProductRef, RequiredText};
use crate::error::{AppError, Refusal, Usage};

fn items(raw: &[String]) -> Result<Vec<ItemSpec>, AppError> {
    raw.iter().map(|item| flag_value(&format!("--item {item:?}"), item, str::parse)).collect()
}

/// `orders create`. No `--item` on a terminal means the interactive
/// wizard picks them (it needs the catalogue, so the command runs it).
pub(crate) fn create(args: OrderCreateArgs, cfg: &Config) -> Result<NewOrder, AppError> {
    let customer = required(
        cfg,
        "--customer-email",
        "Customer e-mail",
        args.customer_email.as_deref(),
        Email::parse,
    )?;
    let items = items(&args.items)?;
    let external_ref = optional("--external-ref", args.external_ref.as_deref(), |s| {
        RequiredText::parse_identifier("external ref", s)
    })?;
    if items.is_empty() && !cfg.interactive {
        return Err(AppError::Usage(Usage::MissingItems));
    }
    Ok(NewOrder { customer, items, external_ref })
}

/// `orders list`: the filters (a product named is looked up by the command).
pub(crate) fn list(args: OrderListArgs) -> Result<(OrderFilter, Option<ProductRef>), AppError> {
    let (criteria, product) = crate::cli::selection::order_criteria(&args.filters)?;
    Ok((OrderFilter { criteria, after: args.page.after, limit: args.page.limit }, product))
}

/// `orders update ID --item …`: the new lines.
pub(crate) fn update(args: OrderUpdateArgs) -> Result<ItemsChange, AppError> {
    Ok(ItemsChange { id: args.id, items: items(&args.items)? })
}

/// `STATE` of `orders set-state`: any state but CHANGED, which only an
/// item replacement reaches.
fn next_state(raw: &str) -> Result<OrderState, AppError> {
    let next = flag_value("STATE", raw, str::parse::<OrderState>)?;
    if next == OrderState::Changed {
        return Err(AppError::Rejected(Refusal::SetChanged));
    }
    Ok(next)
}

/// `orders set-state ID STATE`.
pub(crate) fn set_state(args: &OrderSetStateArgs) -> Result<Move, AppError> {
    let (state, ids) = args.state_and_ids()?;
    Ok(Move { id: ids.first().copied().unwrap_or_default(), next: next_state(state)? })
}

/// A bulk change of orders: which, what, how.
pub(crate) struct BulkOrders {
    pub(crate) selection: OrderSelection,
    pub(crate) action: OrderAction,
    pub(crate) flags: BulkFlags,
}

/// `orders set-state [ID]... STATE <selection>`.
pub(crate) fn set_states(args: &OrderSetStateArgs) -> Result<BulkOrders, AppError> {
    let (state, ids) = args.state_and_ids()?;
    let next = next_state(state)?;
    Ok(BulkOrders {
        selection: crate::cli::selection::orders(&ids, &args.select)?,
        action: OrderAction::Move(next),
        flags: BulkFlags::from(&args.bulk),
    })
}

/// `orders delete ID… [--restock]`: each id once, ascending (the lock order).
pub(crate) fn delete(args: OrderDeleteArgs) -> DeleteOrders {
    let mut ids = args.ids;
    ids.sort_unstable();
    ids.dedup();
    DeleteOrders { ids, restock: args.restock }
}

/// `orders delete [ID]... <selection> [--restock]`.
pub(crate) fn delete_many(args: &OrderDeleteArgs) -> Result<BulkOrders, AppError> {
    Ok(BulkOrders {
        selection: crate::cli::selection::orders(&args.ids, &args.select)?,
        action: OrderAction::Delete { restock: args.restock },
        flags: BulkFlags::from(&args.bulk),
    })
}

/// `orders history ID [--since T]`.
pub(crate) struct OrderHistory {
    pub(crate) id: i64,
    pub(crate) since: Option<OffsetDateTime>,
}

pub(crate) fn history(args: OrderHistoryArgs) -> Result<OrderHistory, AppError> {
    Ok(OrderHistory { id: args.id, since: crate::cli::request::since(args.since.as_deref())? })
}

/// `orders watch [--state S]… [--customer-email E]`.
pub(crate) struct WatchOrders {
    pub(crate) states: Vec<OrderState>,
    pub(crate) customer_email: Option<Email>,
}

pub(crate) fn watch(args: OrderWatchArgs) -> Result<WatchOrders, AppError> {
    Ok(WatchOrders {
        states: crate::cli::request::states(&args.states)?,
        customer_email: optional("--customer-email", args.customer_email.as_deref(), Email::parse)?,
    })
}
