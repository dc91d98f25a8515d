//! `ecomctl orders watch`: a live feed of new orders and state changes, from
//! the `ecomctl_orders` notifications (migration V4), until Ctrl-C.

use color_eyre::eyre::Result;

use crate::app::feed::{self, FeedEvent};
use crate::cli::orders::request::WatchOrders;
use crate::cli::run::Context;
use crate::db::order_feed::{Notice, NoticeKind};
use crate::db::orders;
use crate::domain::OutputFormat;
use crate::domain::printable::printable_line;
use crate::model::Order;
use crate::output::csv::{CsvRow, write_rows};
use crate::output::{local_time, write_stdout};

pub(crate) async fn run(ctx: &Context, request: WatchOrders) -> Result<()> {
    let WatchOrders { states, customer_email: customer } = request;
    let wanted = |order: &Order| {
        (states.is_empty() || states.contains(&order.state))
            && customer.as_ref().is_none_or(|c| c.as_str() == order.customer_email)
    };
    if ctx.session.config.output == OutputFormat::Csv {
        // One header for the whole feed; each event is then a row.
        let header: Vec<&str> =
            std::iter::once("event").chain(Order::HEADER.iter().copied()).collect();
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
            _ => write_stdout(&format!(
                "{}\n",
                serde_json::json!({"event": notice.event, "count": notice.count})
            ))?,
        }
        return Ok(());
    };
    let client = ctx.session.db().await?;
    for order in orders::get_many(&**client, ids).await?.iter().filter(|o| wanted(o)) {
        match ctx.session.config.output {
            OutputFormat::Csv => {
                let row = std::iter::once(notice.event.as_str().to_owned())
                    .chain(order.csv_row())
                    .collect();
                write_rows(&[], [row])?
            }
            OutputFormat::Table => write_stdout(&format!(
                "{}  {:<7}  #{:<6} {:<28} {:<9} {:>9.2}  {}\n",
                local_time(order.updated_at),
                notice.event.as_str(),
                order.id,
                printable_line(&order.customer_email),
                order.state.as_str(),
                order.total_price,
                printable_line(&crate::output::tables::item_summary(order))
            ))?,
            _ => write_stdout(&format!(
                "{}\n",
                serde_json::json!({"event": notice.event, "order": order})
            ))?,
        }
    }
    Ok(())
}
