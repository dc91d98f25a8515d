//! `ecomctl orders watch`: a live feed of new orders and state changes, from
//! the `ecomctl_orders` notifications (migration V4), until Ctrl-C. Each
//! event is a line (JSON: `{"event", "order"}`, through `--jq` when given);
//! `--fields` chooses the order's fields.

use color_eyre::eyre::Result;

use crate::app::feed::{self, FeedEvent};
use crate::cli::orders::request::WatchOrders;
use crate::cli::run::Context;
use crate::db::order_feed::{Notice, NoticeKind};
use crate::db::orders;
use crate::domain::OutputFormat;
use crate::domain::printable::printable_line;
use crate::model::Order;
use crate::output::csv::{CsvRow, pick, positions, write_rows};
use crate::output::shape::{self, Shape};
use crate::output::{Columns, local_time, print_report, write_stdout};

pub(crate) async fn run(ctx: &Context, request: WatchOrders) -> Result<()> {
    let WatchOrders { states, customer_email: customer } = request;
    let wanted = |order: &Order| {
        (states.is_empty() || states.contains(&order.state))
            && customer.as_ref().is_none_or(|c| c.as_str() == order.customer_email)
    };
    if ctx.session.config.output == OutputFormat::Csv {
        // One header for the whole feed; each event is then a row.
        let fields = shape::with(|shape| shape.fields.clone());
        let columns: Vec<&str> = match &fields {
            Some(names) => names.iter().map(String::as_str).collect(),
            None => Order::HEADER.to_vec(),
        };
        let header: Vec<&str> = std::iter::once("event").chain(columns).collect();
        write_rows(&header, std::iter::empty())?;
    }
    let mut shutdown = std::pin::pin!(crate::shutdown::shutdown_signal());
    let mut feed = feed::start(ctx.session.config.database.clone());
    loop {
        let event = tokio::select! {
            _ = shutdown.as_mut() => return Ok(()),
            event = feed.events.recv() => event,
        };
        match event {
            Some(FeedEvent::Notice(notice)) => show(ctx, &notice, &wanted).await?,
            Some(FeedEvent::Connected { again: false }) => {
                ctx.messages.info("watching orders (Ctrl-C to stop)")
            }
            Some(FeedEvent::Connected { again: true }) => {
                ctx.messages.info("reconnected; events while disconnected were not seen")
            }
            Some(FeedEvent::Failed(why)) => {
                ctx.messages.warn(format!("cannot listen for orders: {why}; retrying"))
            }
            Some(FeedEvent::Lost) => {
                ctx.messages.warn("lost the PostgreSQL connection; reconnecting")
            }
            None => return Ok(()),
        }
    }
}

/// Prints the orders of one notification that pass the filters.
async fn show(ctx: &Context, notice: &Notice, wanted: &impl Fn(&Order) -> bool) -> Result<()> {
    let Some(ids) = &notice.ids else {
        let what = match notice.event {
            NoticeKind::Created => "created",
            NoticeKind::State => "changed state",
        };
        match ctx.session.config.output {
            OutputFormat::Table => ctx
                .messages
                .info(format!("{} orders {what} at once (an import?): not listed", notice.count)),
            _ => print_report(
                OutputFormat::Ndjson,
                &serde_json::json!({"event": notice.event, "count": notice.count}),
            )?,
        }
        return Ok(());
    };
    let client = ctx.session.db().await?;
    let orders = orders::get_many(&**client, ids).await?;
    let format = ctx.session.config.output;
    shape::with(|shape| {
        for order in orders.iter().filter(|o| wanted(o)) {
            line(shape, format, notice.event.as_str(), order)?;
        }
        Ok(())
    })
}

/// One event's line in `format`, of the fields `--fields` names.
fn line(shape: &Shape, format: OutputFormat, event: &str, order: &Order) -> Result<()> {
    match (format, shape.fields.as_deref()) {
        (OutputFormat::Csv, fields) => {
            let row = match fields {
                Some(names) => pick(order.csv_row(), &positions(Order::HEADER, names)),
                None => order.csv_row(),
            };
            write_rows(&[], [std::iter::once(event.to_owned()).chain(row).collect()])?
        }
        (OutputFormat::Table, None) => write_stdout(&format!(
            "{}  {:<7}  #{:<6} {:<28} {:<9} {:>9.2}  {}\n",
            local_time(order.updated_at),
            event,
            order.id,
            printable_line(&order.customer_email),
            order.state.as_str(),
            order.total_price,
            printable_line(&crate::output::tables::item_summary(order))
        ))?,
        (OutputFormat::Table, Some(names)) => {
            let cells: Vec<String> = names
                .iter()
                .map(|name| printable_line(&order.cell(name).content()).into_owned())
                .collect();
            write_stdout(&format!(
                "{}  {:<7}  {}\n",
                local_time(order.updated_at),
                event,
                cells.join("  ")
            ))?
        }
        (_, _) if shape.shapes_json() => shape.event(event, order)?,
        (_, _) => {
            write_stdout(&format!("{}\n", serde_json::json!({"event": event, "order": order})))?
        }
    }
    Ok(())
}
