//! Requests of `ecomctl orders …`.

use time::OffsetDateTime;

use crate::cli::{
    OrderCreateArgs, OrderDeleteArgs, OrderHistoryArgs, OrderListArgs, OrderSetStateArgs,
    OrderUpdateArgs, OrderWatchArgs,
};
use crate::config::Config;
use crate::db::orders::OrderFilter;
use crate::domain::{Email, ItemSpec, OrderState, RequiredText};
use crate::error::{AppError, Refusal, Usage};
use crate::prompt::{flag_value, optional, required};

fn items(raw: &[String]) -> Result<Vec<ItemSpec>, AppError> {
    raw.iter().map(|item| flag_value(&format!("--item {item:?}"), item, str::parse)).collect()
}

/// `orders create`. No `--item` on a terminal means the interactive
/// wizard picks them (it needs the catalogue, so the command runs it).
pub(crate) struct CreateOrder {
    pub(crate) customer: Email,
    pub(crate) items: Vec<ItemSpec>,
    pub(crate) external_ref: Option<RequiredText>,
}

pub(crate) fn create(args: OrderCreateArgs, cfg: &Config) -> Result<CreateOrder, AppError> {
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
    Ok(CreateOrder { customer, items, external_ref })
}

/// `orders list`.
pub(crate) fn list(args: OrderListArgs) -> Result<OrderFilter, AppError> {
    Ok(OrderFilter {
        states: super::states(&args.states)?,
        customer_email: optional("--customer-email", args.customer_email.as_deref(), Email::parse)?,
        since: super::since(args.since.as_deref())?,
        until: super::until(args.until.as_deref())?,
        after: args.page.after,
        limit: args.page.limit,
    })
}

/// `orders update ID --item …`: the new lines.
pub(crate) struct UpdateOrder {
    pub(crate) id: i64,
    pub(crate) items: Vec<ItemSpec>,
}

pub(crate) fn update(args: OrderUpdateArgs) -> Result<UpdateOrder, AppError> {
    Ok(UpdateOrder { id: args.id, items: items(&args.items)? })
}

/// `orders set-state ID STATE`.
pub(crate) struct SetState {
    pub(crate) id: i64,
    pub(crate) next: OrderState,
}

/// Any state but CHANGED, which only an item replacement reaches.
pub(crate) fn set_state(args: OrderSetStateArgs) -> Result<SetState, AppError> {
    let next = flag_value("STATE", &args.state, str::parse::<OrderState>)?;
    if next == OrderState::Changed {
        return Err(AppError::Rejected(Refusal::SetChanged));
    }
    Ok(SetState { id: args.id, next })
}

/// `orders delete ID… [--restock]`.
pub(crate) struct DeleteOrders {
    /// Each id once, in ascending order (the lock order).
    pub(crate) ids: Vec<i64>,
    pub(crate) restock: bool,
}

pub(crate) fn delete(args: OrderDeleteArgs) -> DeleteOrders {
    let mut ids = args.ids;
    ids.sort_unstable();
    ids.dedup();
    DeleteOrders { ids, restock: args.restock }
}

/// `orders history ID [--since T]`.
pub(crate) struct OrderHistory {
    pub(crate) id: i64,
    pub(crate) since: Option<OffsetDateTime>,
}

pub(crate) fn history(args: OrderHistoryArgs) -> Result<OrderHistory, AppError> {
    Ok(OrderHistory { id: args.id, since: super::since(args.since.as_deref())? })
}

/// `orders watch [--state S]… [--customer-email E]`.
pub(crate) struct WatchOrders {
    pub(crate) states: Vec<OrderState>,
    pub(crate) customer_email: Option<Email>,
}

pub(crate) fn watch(args: OrderWatchArgs) -> Result<WatchOrders, AppError> {
    Ok(WatchOrders {
        states: super::states(&args.states)?,
        customer_email: optional("--customer-email", args.customer_email.as_deref(), Email::parse)?,
    })
}
