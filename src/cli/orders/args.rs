//! `ecomctl orders …`: the order commands' flags and help.

use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;

use crate::cli::selection::{BulkArgs, OrderFilterArgs, OrderSelectArgs};
use crate::cli::shared::{ExportArgs, ImportArgs, PageArgs};

#[derive(Debug, Subcommand)]
pub(crate) enum OrdersCommand {
    /// Create an order, taking its quantities out of stock
    ///
    /// Create an order and print it.
    ///
    /// Each --item is PRODUCT[=QTY] (QTY defaults to 1); a product named twice is merged into
    /// one line. Without --item on a terminal, an interactive flow lets you pick products
    /// (fuzzy search on name and SKU), enter quantities checked against stock, review a summary
    /// and confirm. Stock is checked and taken in the same transaction, so concurrent orders
    /// can never oversell; an order that does not fit in stock is refused (exit 4) naming the
    /// product, the requested and the available quantity. Each line keeps a snapshot of the
    /// product's SKU, name, description and price.
    ///
    /// Examples:
    ///   ecomctl orders create --customer-email ann@example.com --item LAMP-1=2 --item 17
    ///   ecomctl orders create --customer-email bob@example.com --item sku:0042=3 --external-ref SHOP-1001
    #[command(verbatim_doc_comment)]
    Create(OrderCreateArgs),

    /// Show one order with its lines
    ///
    /// Examples:
    ///   ecomctl orders get 42
    ///   ecomctl -o json orders get 42
    #[command(verbatim_doc_comment)]
    Get(OrderGetArgs),

    /// List orders, oldest first, a page at a time
    ///
    /// List orders in id order, a page at a time.
    ///
    /// --state may be repeated. --since/--until take RFC 3339, YYYY-MM-DD (UTC midnight) or an
    /// age (7d, 36h) and filter on created_at (since inclusive, until exclusive). --sku matches
    /// a line's SKU as it was ordered, --product a line linked to a product; --external-ref
    /// takes * for any text. The same filters select the orders of `orders set-state` and
    /// `orders delete`. Pass the last id shown to --after for the next page.
    ///
    /// Examples:
    ///   ecomctl orders list --state CREATED --state CHANGED
    ///   ecomctl orders list --customer-email ann@example.com --since 2026-11-01
    ///   ecomctl orders list --external-ref 'STAGING-*' --min-total 100
    ///   ecomctl -o ndjson orders list --limit 1000 --after 5000
    #[command(verbatim_doc_comment)]
    List(OrderListArgs),

    /// Replace an order's lines (state becomes CHANGED)
    ///
    /// Replace all lines of an order; its state becomes CHANGED.
    ///
    /// Allowed only while the order is CREATED or CHANGED. The old quantities go back to stock
    /// and the new ones are taken, in one transaction; new lines snapshot the products as they
    /// are now.
    ///
    /// Examples:
    ///   ecomctl orders update 42 --item LAMP-1=1 --item MUG-2=4
    ///   ecomctl -o json orders update 42 --item 17=2
    #[command(verbatim_doc_comment)]
    Update(OrderUpdateArgs),

    /// Move an order (or many: ids, or a selection) to another state
    ///
    /// Allowed transitions: CREATED/CHANGED → SHIPPED, CANCELLED, FAILED; SHIPPED → DELIVERED,
    /// FAILED; DELIVERED → REFUNDED. CANCELLED, FAILED and REFUNDED are final. closed_at is set
    /// on DELIVERED, CANCELLED, FAILED and REFUNDED. CANCELLED and REFUNDED put the quantities
    /// back in stock, and so does FAILED before shipping; FAILED after SHIPPED does not.
    /// (CHANGED is reached with `orders update`.)
    ///
    /// With one ID, that order is moved and printed. With several ids, or a selection — the
    /// filters of `orders list`, --ids-from FILE|-, --from-search QUERY, --all; all that is
    /// given narrows the rest — the orders are moved together: resolved once, locked in id
    /// order, decided one by one by the same rules, written in one transaction (one history
    /// event per order, one push). --dry-run shows the transitions by state, each refusal with
    /// its reason, the stock that would go back and a sample, and changes nothing (exit 4 if
    /// any would be refused). Otherwise the summary is shown and confirmed on a terminal (the
    /// count is named; a protected context asks for its name), --yes is needed without one.
    /// Atomic: one refusal and nothing moves (exit 4); --each moves the others. A selection
    /// larger than --max (1000) is refused (exit 2).
    ///
    /// Examples:
    ///   ecomctl orders set-state 42 shipped
    ///   ecomctl orders set-state 42 43 44 CANCELLED
    ///   ecomctl orders set-state SHIPPED --ids-from packed.csv --dry-run
    ///   ecomctl orders set-state CANCELLED --state CREATED --until 7d --yes --max 5000
    ///   ecomctl orders set-state FAILED --state SHIPPED --ids-from lost-truck.csv --each
    #[command(verbatim_doc_comment)]
    SetState(OrderSetStateArgs),

    /// Delete orders (ids, or a selection)
    ///
    /// Delete orders and their lines.
    ///
    /// Stock is not touched unless --restock is given; --restock returns the quantities of
    /// orders that still hold them (CREATED, CHANGED, SHIPPED, DELIVERED) to products that
    /// still exist. Asks for confirmation on a terminal; requires --yes otherwise.
    ///
    /// A selection — the filters of `orders list`, --ids-from FILE|-, --from-search QUERY,
    /// --all — deletes many orders in one transaction, with the preview, confirmation, --dry-run,
    /// --each and --max of `orders set-state`.
    ///
    /// Examples:
    ///   ecomctl orders delete 42
    ///   ecomctl orders delete --yes --restock 42 43
    ///   ecomctl orders delete --external-ref 'STAGING-*' --restock --dry-run
    #[command(verbatim_doc_comment)]
    Delete(OrderDeleteArgs),

    /// Import orders from JSON or NDJSON (file or stdin)
    ///
    /// Import orders from a JSON array or NDJSON (auto-detected), from a file (gzip read
    /// transparently) or - for stdin, streamed with bounded memory.
    ///
    /// Fields: customer_email and items (required; each item names its product by sku or
    /// product_id, with a quantity); external_ref, state (default CREATED), created_at,
    /// updated_at, closed_at, id, total_price (checked against the lines) optional. An item
    /// that carries product_name and product_price keeps that snapshot (as exported); otherwise
    /// the product's current fields are snapshotted, as `orders create` does. Orders with an
    /// external_ref that already exists are skipped, so re-importing a file is a no-op. Orders
    /// in CREATED, CHANGED, SHIPPED or DELIVERED take stock like `orders create` (products
    /// locked in id order) unless --no-stock; an atomic import that does not fit in stock
    /// writes nothing (exit 4) and names the products short. Imported orders go through the
    /// search outbox and are synced at the end (unless --no-sync).
    ///
    /// Examples:
    ///   ecomctl orders import orders.ndjson
    ///   ecomctl orders import history.json.gz --no-stock --no-sync
    ///   ecomctl -o json orders import - --skip-invalid --rejects bad.ndjson < orders.ndjson
    #[command(verbatim_doc_comment)]
    Import(OrderImportArgs),

    /// Export every order with its lines as NDJSON (or a JSON array) to stdout
    ///
    /// Write every order with its lines, in id order and from one consistent snapshot, to
    /// stdout as NDJSON (default) or a JSON array. `orders import` reads the output back
    /// unchanged into an empty database (ids, states, times and snapshots included).
    ///
    /// Examples:
    ///   ecomctl orders export > orders.ndjson
    ///   ecomctl orders export | gzip > orders.ndjson.gz
    #[command(verbatim_doc_comment)]
    Export(ExportArgs),
    /// Who changed an order, what and when
    ///
    /// Show every change ecomctl made to an order, oldest first: when, who (OS user and host,
    /// database role), the command, and what changed — state old → new (and whether stock went
    /// back), lines and total before and after. Creation, item replacement, state changes,
    /// deletion and imports are recorded, and kept after the order is deleted. Changes made
    /// with plain SQL outside ecomctl are not recorded.
    ///
    /// --since takes RFC 3339 or YYYY-MM-DD (UTC midnight).
    ///
    /// Examples:
    ///   ecomctl orders history 42
    ///   ecomctl orders history 42 --since 2026-11-25T08:00:00Z
    ///   ecomctl -o json orders history 42
    #[command(verbatim_doc_comment)]
    History(OrderHistoryArgs),
    /// Follow new orders and state changes as they happen
    ///
    /// Print orders as they are created or change state, until Ctrl-C: the `kubectl get -w` of
    /// orders. Driven by PostgreSQL LISTEN/NOTIFY (no polling); it reconnects after a
    /// PostgreSQL restart. One line per event in table mode; with -o ndjson (or json) one
    /// object per event: {"event": "created"|"state", "order": {…}}. A statement that changes
    /// more than 500 orders at once (an import) is one event with its count.
    ///
    /// Examples:
    ///   ecomctl orders watch
    ///   ecomctl orders watch --state SHIPPED --state DELIVERED
    ///   ecomctl -o ndjson orders watch --customer-email ann@example.com
    #[command(verbatim_doc_comment)]
    Watch(OrderWatchArgs),
}

#[derive(Debug, Args)]
pub(crate) struct OrderGetArgs {
    /// Order id
    #[arg(add = ArgValueCandidates::new(crate::cli::completion::order_ids))]
    pub(crate) id: i64,
}

#[derive(Debug, Args)]
#[command(override_usage = "ecomctl orders set-state [OPTIONS] [ID]... <STATE>")]
pub(crate) struct OrderSetStateArgs {
    /// Order ids (none with a selection), then the new state
    #[arg(
        add = ArgValueCandidates::new(crate::cli::completion::states_and_order_ids),
        value_name = "ID|STATE",
        required = true,
        num_args = 1..
    )]
    pub(crate) targets: Vec<String>,
    #[command(flatten, next_help_heading = "Select orders")]
    pub(crate) select: OrderSelectArgs,
    #[command(flatten, next_help_heading = "Bulk")]
    pub(crate) bulk: BulkArgs,
}

impl OrderSetStateArgs {
    /// One order moved as ever (`orders set-state ID STATE`), or many.
    pub(crate) fn is_bulk(&self) -> bool {
        self.targets.len() != 2 || self.select.given() || self.bulk.given()
    }

    /// The new state and the ids: the state comes last (`42 43 SHIPPED`),
    /// or first when the last is an id (`SHIPPED 42 43`); a usage error for
    /// another argument that is not an id.
    pub(crate) fn state_and_ids(&self) -> Result<(&str, Vec<i64>), crate::error::AppError> {
        let is_id = |raw: &String| raw.trim().parse::<i64>().is_ok();
        let (state, ids) = match self.targets.as_slice() {
            [first, rest @ ..] if !rest.is_empty() && !is_id(first) && rest.iter().all(is_id) => {
                (first, rest)
            }
            [ids @ .., last] => (last, ids),
            [] => return Ok(("", Vec::new())),
        };
        let ids = ids
            .iter()
            .map(|raw| {
                raw.trim().parse::<i64>().map_err(|_| {
                    crate::error::AppError::Usage(crate::error::Usage::NotAnId {
                        got: crate::domain::shown(raw),
                    })
                })
            })
            .collect::<Result<_, _>>()?;
        Ok((state.as_str(), ids))
    }
}

#[derive(Debug, Args)]
pub(crate) struct OrderDeleteArgs {
    /// Order ids (none with a selection)
    #[arg(add = ArgValueCandidates::new(crate::cli::completion::order_ids), value_name = "ID")]
    pub(crate) ids: Vec<i64>,
    /// Put the quantities back in stock
    #[arg(long)]
    pub(crate) restock: bool,
    #[command(flatten, next_help_heading = "Select orders")]
    pub(crate) select: OrderSelectArgs,
    #[command(flatten, next_help_heading = "Bulk")]
    pub(crate) bulk: BulkArgs,
}

impl OrderDeleteArgs {
    /// Orders deleted by id as ever, or a bulk delete (a selection, or a bulk flag).
    pub(crate) fn is_bulk(&self) -> bool {
        self.select.given() || self.bulk.given()
    }
}

#[derive(Debug, Args)]
pub(crate) struct OrderImportArgs {
    #[command(flatten)]
    pub(crate) args: ImportArgs,
    /// Do not take stock (historical loads)
    #[arg(long)]
    pub(crate) no_stock: bool,
    /// Do not push the imported orders to Meilisearch at the end (they stay queued)
    #[arg(long)]
    pub(crate) no_sync: bool,
}

#[derive(Debug, Args)]
pub(crate) struct OrderHistoryArgs {
    /// Order id
    #[arg(add = ArgValueCandidates::new(crate::cli::completion::order_ids))]
    pub(crate) id: i64,
    /// Only changes at or after this time
    #[arg(long, value_name = "TIME")]
    pub(crate) since: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct OrderWatchArgs {
    /// Only orders in this state (repeat for several)
    #[arg(add = ArgValueCandidates::new(crate::cli::completion::states), long = "state", value_name = "STATE")]
    pub(crate) states: Vec<String>,
    /// Only this customer's orders
    #[arg(long)]
    pub(crate) customer_email: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct OrderCreateArgs {
    /// Customer e-mail
    #[arg(long)]
    pub(crate) customer_email: Option<String>,
    /// A line: PRODUCT[=QTY], repeatable (PRODUCT is an id, sku:SKU or SKU)
    #[arg(add = ArgValueCandidates::new(crate::cli::completion::skus), long = "item", value_name = "PRODUCT[=QTY]")]
    pub(crate) items: Vec<String>,
    /// Order number in another system; unique, makes re-imports idempotent
    #[arg(long)]
    pub(crate) external_ref: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct OrderListArgs {
    #[command(flatten)]
    pub(crate) filters: OrderFilterArgs,
    #[command(flatten)]
    pub(crate) page: PageArgs,
}

#[derive(Debug, Args)]
pub(crate) struct OrderUpdateArgs {
    /// Order id
    #[arg(add = ArgValueCandidates::new(crate::cli::completion::order_ids))]
    pub(crate) id: i64,
    /// The new lines: PRODUCT[=QTY], repeatable
    #[arg(add = ArgValueCandidates::new(crate::cli::completion::skus), long = "item", value_name = "PRODUCT[=QTY]", required = true)]
    pub(crate) items: Vec<String>,
}
