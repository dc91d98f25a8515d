//! The dashboard: a glance at the day, drawn — orders per state and the
//! products about to run out as bars, orders per hour over the last 24 h
//! as a sparkline, and the live feed under them.

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Borders, Paragraph, Sparkline};

use super::state::State;
use super::text::fit;
use super::theme::Theme;
use crate::db::dashboard::LOW_STOCK;
use crate::domain::printable::printable_line;
use crate::output::local_time;

pub(crate) fn render(model: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let [top, hours, feed] =
        Layout::vertical([Constraint::Length(9), Constraint::Length(5), Constraint::Min(3)])
            .areas(area);
    let [states, low] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(top);
    let boxed = |title: String| Block::default().borders(Borders::ALL).title(title);
    let Some(glance) = &model.glance else {
        let block = boxed(" Dashboard ".into());
        let waiting = Paragraph::new(Line::styled("reading…", theme.dim())).block(block);
        frame.render_widget(waiting, area);
        return;
    };

    let total: i64 = glance.per_state.iter().map(|(_, n)| n).sum();
    let bars: Vec<Bar> = glance
        .per_state
        .iter()
        .map(|(state, n)| {
            Bar::with_label(format!("{:<9} ", state.as_str()), (*n).max(0) as u64)
                .text_value(n.to_string())
                .style(theme.state(*state))
        })
        .collect();
    let chart = BarChart::default()
        .block(boxed(format!(" Orders per state ({total}) ")))
        .direction(Direction::Horizontal)
        .bar_width(1)
        .bar_gap(0)
        .data(BarGroup::default().bars(&bars));
    frame.render_widget(chart, states);

    let low_block = boxed(format!(" Stock ≤ {LOW_STOCK}: about to run out "));
    if glance.low_stock.is_empty() {
        let text = Line::styled("no product is running low", theme.dim());
        frame.render_widget(Paragraph::new(text).block(low_block), low);
    } else {
        let bars: Vec<Bar> = glance
            .low_stock
            .iter()
            .map(|(sku, stock)| {
                Bar::with_label(
                    format!("{:<13}", fit(&printable_line(sku), 12)),
                    (*stock).max(0) as u64,
                )
                .text_value(stock.to_string())
            })
            .collect();
        let chart = BarChart::default()
            .block(low_block)
            .direction(Direction::Horizontal)
            .bar_width(1)
            .bar_gap(0)
            .max(LOW_STOCK as u64)
            .bar_style(theme.chart())
            .data(BarGroup::default().bars(&bars));
        frame.render_widget(chart, low);
    }

    // Each hour as wide as the box allows: a sparkline draws one value a column.
    let per_column = (hours.width.saturating_sub(2) / 24).max(1) as usize;
    let stretched: Vec<u64> =
        glance.per_hour.iter().flat_map(|n| std::iter::repeat_n(*n, per_column)).collect();
    let busiest = glance.per_hour.iter().max().copied().unwrap_or(0);
    let day: u64 = glance.per_hour.iter().sum();
    let sparkline = Sparkline::default()
        .block(
            boxed(format!(" Orders per hour, last 24 h: {day} (busiest hour {busiest}) "))
                .title_bottom(Line::from(" 24 h ago ").left_aligned())
                .title_bottom(Line::from(" now ").right_aligned()),
        )
        .data(&stretched)
        .style(theme.chart());
    frame.render_widget(sparkline, hours);

    let block = boxed(" Live ".into());
    let inner = block.inner(feed);
    frame.render_widget(block, feed);
    let lines: Vec<Line> = if model.feed.is_empty() {
        vec![Line::styled("new orders and state changes appear here", theme.dim())]
    } else {
        model
            .feed
            .iter()
            .take(inner.height as usize)
            .map(|line| {
                Line::from(vec![
                    Span::styled(local_time(line.at), theme.dim()),
                    Span::raw(format!(" {:<7} #{:<7} ", line.event.as_str(), line.id)),
                    Span::styled(format!("{:<9}", line.state.as_str()), theme.state(line.state)),
                    Span::raw(format!(" {:>10.2}", line.total)),
                ])
            })
            .collect()
    };
    frame.render_widget(Paragraph::new(lines), inner);
}
