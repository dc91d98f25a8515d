//! Drawing: `render` is a pure function of the model — the same model draws
//! the same screen, which the tests compare cell for cell. The frame is
//! laid out for 80×24 and grows with the terminal; below that it says it
//! needs more room rather than drawing a broken screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::state::{Focus, Row, Source, State, Tone, View};
use super::text::{age_text, fit};
use super::theme::Theme;
use crate::domain::printable::printable_line;

/// The smallest terminal the console draws in.
pub(crate) const MIN_WIDTH: u16 = 60;
pub(crate) const MIN_HEIGHT: u16 = 16;

pub(crate) fn render(model: &State, frame: &mut Frame) {
    let area = frame.area();
    let theme = Theme::new(model.color);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = format!("ecomctl console needs at least {MIN_WIDTH}×{MIN_HEIGHT} (q quits)");
        frame.render_widget(Paragraph::new(text), area);
        return;
    }
    let [title, body, message, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    title_bar(model, theme, frame, title);
    match model.view {
        View::Orders => orders_screen(model, theme, frame, body),
        View::Dashboard => super::dashboard::render(model, theme, frame, body),
    }
    message_line(model, theme, frame, message);
    status_line(model, theme, frame, status);
    super::overlay::render(model, theme, frame, area);
}

/// Left text, then right text flush with the edge of `width`.
fn spread<'a>(left: Vec<Span<'a>>, right: Vec<Span<'a>>, width: u16) -> Line<'a> {
    let used: usize = left.iter().chain(&right).map(|s| s.content.chars().count()).sum();
    let gap = (width as usize).saturating_sub(used);
    let mut spans = left;
    spans.push(Span::raw(" ".repeat(gap)));
    spans.extend(right);
    Line::from(spans)
}

fn title_bar(model: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let tab = |label: &'static str, screen: View| {
        if model.view == screen {
            Span::styled(label, theme.bar().patch(theme.selected()))
        } else {
            Span::raw(label)
        }
    };
    let context = match (&model.context, model.protected) {
        (Some(name), true) => format!("context {} (protected) ", fit(name, 20)),
        (Some(name), false) => format!("context {} ", fit(name, 20)),
        (None, _) => "no context ".to_owned(),
    };
    let left = vec![
        Span::raw(" ecomctl console  "),
        tab(" 1 Orders ", View::Orders),
        Span::raw(" "),
        tab(" 2 Dashboard ", View::Dashboard),
    ];
    let right = vec![Span::raw(context), Span::raw("│ ? help ")];
    frame.render_widget(Paragraph::new(spread(left, right, area.width)).style(theme.bar()), area);
}

fn orders_screen(model: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let [find, panes] = Layout::vertical([Constraint::Length(3), Constraint::Min(0)]).areas(area);
    search_box(model, theme, frame, find);
    // 55 % for the list, never under 40 columns, leaving the detail 30.
    let share = (u32::from(area.width) * 11 / 20) as u16;
    let list_width = share.max(40).min(area.width.saturating_sub(30));
    let [list, detail] =
        Layout::horizontal([Constraint::Length(list_width), Constraint::Min(0)]).areas(panes);
    result_list(model, theme, frame, list);
    super::detail::render(model, theme, frame, detail);
}

fn pane<'a>(title: String, focused: bool, theme: Theme) -> Block<'a> {
    let block = Block::default().borders(Borders::ALL).title(title);
    if focused { block.border_style(theme.focused()) } else { block }
}

fn search_box(model: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let chips = &model.chips;
    let state = chips.state.map_or("any", |s| s.as_str());
    let customer = chips.customer.as_deref().map_or("any".into(), |c| fit(c, 24));
    let chips = format!(
        " s state: {state} · c customer: {} · d {} ",
        printable_line(&customer),
        chips.range.label()
    );
    let focused = model.focus == Focus::Search && model.view == View::Orders;
    let block =
        pane(" Find ".into(), focused, theme).title_bottom(Line::from(chips).right_aligned());
    let inner = block.inner(area);
    let query = printable_line(&model.query).into_owned();
    // The end of the text stays in view as it grows.
    let room = inner.width.saturating_sub(1) as usize;
    let shown: String = {
        let n = query.chars().count();
        query.chars().skip(n.saturating_sub(room)).collect()
    };
    let line = if query.is_empty() && !focused {
        Line::styled("/ to search orders", theme.dim())
    } else {
        Line::raw(shown.clone())
    };
    frame.render_widget(Paragraph::new(line).block(block), area);
    if focused && model.dialog.is_none() && !model.help {
        let x = inner.x + shown.chars().count() as u16;
        frame.set_cursor_position(Position::new(x.min(inner.right().saturating_sub(1)), inner.y));
    }
}

fn list_title(model: &State) -> String {
    let n = model.rows.len();
    let busy = if model.searching() { " …" } else { "" };
    let source = match &model.source {
        Source::Nothing => String::new(),
        Source::Meilisearch { estimated_total, millis } if *estimated_total > n => {
            format!(" of about {estimated_total} · {millis} ms")
        }
        Source::Meilisearch { millis, .. } => format!(" · {millis} ms"),
        Source::Postgres { .. } => " · from PostgreSQL".into(),
    };
    let unseen =
        if model.unseen > 0 { format!(" · {} new: r", model.unseen) } else { String::new() };
    let marked = match model.marked.len() {
        0 => String::new(),
        m => format!(" · {m} marked"),
    };
    format!(" {n} order(s){marked}{source}{unseen}{busy} ")
}

/// "#12  SHIPPED      42.50 ann@example.com", cut to `width` (`id_width`:
/// the widest id shown, so the columns line up); a marked order shows ●
/// instead of #.
fn row_line<'a>(row: &Row, marked: bool, id_width: usize, width: usize, theme: Theme) -> Line<'a> {
    let id = format!("{}{:<id_width$}", if marked { '●' } else { '#' }, row.id);
    let total = format!("{:>9.2}", row.total);
    let used = id.chars().count() + 1 + 9 + 1 + total.chars().count() + 1;
    let customer = fit(&printable_line(&row.customer), width.saturating_sub(used));
    Line::from(vec![
        Span::raw(id),
        Span::raw(" "),
        Span::styled(format!("{:<9}", row.state.as_str()), theme.state(row.state)),
        Span::raw(" "),
        Span::raw(total),
        Span::raw(" "),
        Span::raw(customer),
    ])
}

fn result_list(model: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let block = pane(list_title(model), model.focus == Focus::List, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = inner.height as usize;
    if model.rows.is_empty() {
        let text = match (&model.source, model.searching()) {
            (Source::Nothing, _) | (_, true) => "searching…",
            _ => "no orders match",
        };
        frame.render_widget(Paragraph::new(Line::styled(text, theme.dim())), inner);
        return;
    }
    // The selected row stays in view: the window scrolls only as far as needed.
    let at = model.selected_index().unwrap_or(0);
    let first = at.saturating_sub(height.saturating_sub(1));
    let width = inner.width as usize;
    let id_width = model.rows.iter().map(|r| r.id.to_string().len()).max().unwrap_or(1);
    let lines: Vec<Line> = model
        .rows
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, row)| {
            let line = row_line(row, model.marked.contains(&row.id), id_width, width, theme);
            if Some(i) == model.selected_index() {
                let pad = width.saturating_sub(line.width());
                let mut line = line;
                line.spans.push(Span::raw(" ".repeat(pad)));
                line.style(theme.selected())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// What just happened; when nothing did, what the keys do here.
fn message_line(model: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let width = area.width as usize;
    let line = if let Some(doing) = &model.working {
        Line::styled(fit(doing, width), theme.tone(Tone::Info))
    } else if let Some(message) = &model.message {
        Line::styled(fit(&printable_line(&message.text), width), theme.tone(message.tone))
    } else if let (View::Orders, Source::Postgres { why }) = (model.view, &model.source) {
        let text = format!("listing from PostgreSQL, chips only: {why}");
        Line::styled(fit(&printable_line(&text), width), theme.tone(Tone::Warning))
    } else {
        let marks = format!(
            "m move the {} marked · space mark · a all · Esc search · q quit",
            model.marked.len()
        );
        let hint = match (model.view, model.focus) {
            (View::Dashboard, _) => "1 orders · r refresh · q quit",
            (_, Focus::List | Focus::Detail) if !model.marked.is_empty() => marks.as_str(),
            (_, Focus::Search) => "type to search · ↑↓ select · Enter open · Tab list · Esc clear",
            (_, Focus::List) => "/ search · Enter open · m move · s c d chips · x clear · q quit",
            (_, Focus::Detail) => "m move · ↑↓ scroll · Esc back · q quit",
        };
        Line::styled(fit(hint, width), theme.dim())
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn status_line(model: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let health = &model.health;
    let service = |name: &'static str, state: &Option<Result<(), String>>| {
        let (word, up) = match state {
            None => ("…", None),
            Some(Ok(())) => ("ok", Some(true)),
            Some(Err(_)) => ("down", Some(false)),
        };
        Span::styled(format!(" {name} {word} "), theme.health(up))
    };
    let live = if health.live { " live " } else { " not live " };
    let live_style = theme.health(Some(health.live));
    let lag = match &health.lag {
        None => " lag …".to_owned(),
        Some(lag) => {
            let mut text = format!(" lag: {} unsent", lag.unsent);
            if let Some(age) = lag.oldest_unsent_seconds {
                text.push_str(&format!(" ({})", age_text(age)));
            }
            text.push_str(&format!(", {} unconfirmed", lag.unconfirmed));
            if let Some(age) = lag.oldest_unconfirmed_seconds {
                text.push_str(&format!(" ({})", age_text(age)));
            }
            text
        }
    };
    let mut spans = vec![
        service("PostgreSQL", &health.postgres),
        Span::raw("│"),
        service("Meilisearch", &health.meilisearch),
        Span::raw("│"),
        Span::styled(live, live_style),
        Span::raw("│"),
    ];
    let used: usize = spans.iter().map(|s| s.content.chars().count()).sum();
    spans.push(Span::raw(fit(&lag, (area.width as usize).saturating_sub(used))));
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.bar()), area);
}
