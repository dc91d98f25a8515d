//! The detail pane: the selected order whole — customer, state, total, its
//! lines with their snapshots, and its history — from the same reads as
//! `orders get` and `orders history`, worded as `orders history` words it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::state::{Focus, State};
use super::text::fit;
use super::theme::Theme;
use crate::domain::printable::printable_line;
use crate::output::history::describe;
use crate::output::local_time;

pub(crate) fn render(model: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let mut block = Block::default().borders(Borders::ALL).title(" Order ");
    if model.focus == Focus::Detail {
        block = block.border_style(theme.focused());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let detail = match (&model.detail, model.selected) {
        (Some(detail), Some(id)) if detail.order.id == id => detail,
        (_, None) => return,
        _ => {
            frame.render_widget(Paragraph::new(Line::styled("reading…", theme.dim())), inner);
            return;
        }
    };
    let order = &detail.order;
    let mut lines: Vec<Line> = Vec::new();
    let head = format!("#{} ", order.id);
    let total = format!("{:.2}", order.total_price);
    let gap = width.saturating_sub(head.len() + order.state.as_str().len() + total.len());
    lines.push(Line::from(vec![
        Span::styled(head, theme.heading()),
        Span::styled(order.state.as_str(), theme.state(order.state)),
        Span::raw(" ".repeat(gap)),
        Span::styled(total, theme.heading()),
    ]));
    let field = |label: &str, value: String| {
        Line::from(vec![Span::styled(format!("{label:<9}"), theme.dim()), Span::raw(value)])
    };
    lines.push(field(
        "customer",
        fit(&printable_line(&order.customer_email), width.saturating_sub(9)),
    ));
    if let Some(ext) = &order.external_ref {
        lines.push(field("ext ref", fit(&printable_line(ext), width.saturating_sub(9))));
    }
    lines.push(field("created", local_time(order.created_at)));
    if let Some(closed) = order.closed_at {
        lines.push(field("closed", local_time(closed)));
    }
    lines.push(Line::styled(format!("Lines ({})", order.items.len()), theme.heading()));
    for item in &order.items {
        let price = format!("{:.2}", item.product_price);
        let what = format!(
            "{}× {} {}",
            item.quantity,
            printable_line(&item.product_sku),
            printable_line(&item.product_name)
        );
        let room = width.saturating_sub(price.len() + 1);
        let what = fit(&what, room);
        let gap = width.saturating_sub(what.chars().count() + price.len());
        lines.push(Line::raw(format!("{what}{}{price}", " ".repeat(gap))));
    }
    lines.push(Line::styled(format!("History ({})", detail.history.len()), theme.heading()));
    for event in &detail.history {
        let who = printable_line(&event.os_user).into_owned();
        lines.push(Line::from(vec![
            Span::styled(local_time(event.at), theme.dim()),
            Span::raw(format!(" {} by {who}", event.action)),
        ]));
        // A creation is the order above; the other events say what changed.
        if event.action != "created" {
            for change in describe(event) {
                lines.push(Line::raw(format!("  {}", printable_line(&change))));
            }
        }
    }
    let paragraph =
        Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((model.detail_scroll, 0));
    frame.render_widget(paragraph, inner);
}
