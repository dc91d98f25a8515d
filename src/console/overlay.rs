//! What is drawn over the screen: the help (`?`), and the dialogs of a
//! move — the moves the state machine allows, then the confirmation that
//! names the order and the move (typing the context's name in a protected
//! context, as on the command line) — or of the marked orders' move, whose
//! confirmation shows the preview of `orders set-state … --dry-run`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::keys::hotkey;
use super::state::{Dialog, State};
use super::text::fit;
use super::theme::Theme;
use crate::domain::printable::printable_line;

/// The keys, as the help overlay and the README list them.
pub(crate) const HELP: &[(&str, &str)] = &[
    ("type", "search orders as you type (Meilisearch)"),
    ("↑ ↓ PgUp PgDn", "select an order (scroll, in the detail)"),
    ("Enter", "open the selected order in the detail pane"),
    ("Tab  /", "result list ⇄ search box"),
    ("Esc", "clear the search · back · close"),
    ("s  c  d", "chips: state · this customer · date range"),
    ("x", "clear the chips"),
    ("m", "move the order (ship, deliver, cancel…)"),
    ("space  a", "mark an order · mark all shown (m moves them)"),
    ("r  F5", "read everything again"),
    ("1  2  F2", "orders · dashboard"),
    ("?  F1", "this help"),
    ("q  Ctrl-C", "quit (q outside the search box)"),
];

/// The most lines of a bulk move's preview shown in its confirmation.
const PREVIEW_LINES: usize = 12;

/// A `width`×`height` box in the middle of `area` (smaller if it must).
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

pub(crate) fn render(model: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    if let Some(dialog) = &model.dialog {
        render_dialog(model, dialog, theme, frame, area);
    } else if model.help {
        render_help(theme, frame, area);
    }
}

fn render_help(theme: Theme, frame: &mut Frame, area: Rect) {
    let mut lines: Vec<Line> = HELP
        .iter()
        .map(|(keys, what)| {
            Line::from(vec![
                Span::styled(format!(" {keys:<15}"), theme.heading()),
                Span::raw(*what),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(" any key closes this help", theme.dim()));
    let height = lines.len() as u16 + 2;
    let rect = centered(area, 66, height);
    frame.render_widget(Clear, rect);
    let block = Block::default().borders(Borders::ALL).title(" Keys ");
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

fn render_dialog(model: &State, dialog: &Dialog, theme: Theme, frame: &mut Frame, area: Rect) {
    let (title, lines) = match dialog {
        Dialog::Moves { id, from, choices, at } => {
            let mut lines =
                vec![Line::raw(format!(" Order #{id} is {from}. Move it to:")), Line::raw("")];
            for (i, state) in choices.iter().enumerate() {
                let text = format!("  {}  {:<10}", hotkey(*state), state.as_str());
                let style = if i == *at { theme.selected() } else { theme.state(*state) };
                lines.push(Line::styled(text, style));
            }
            lines.push(Line::raw(""));
            lines.push(Line::styled(" letter or ↑↓ Enter · Esc cancels", theme.dim()));
            (" Move ", lines)
        }
        Dialog::Confirm { id, customer, from, to, typed } => {
            let mut lines = vec![
                Line::raw(format!(" Move order #{id} ({})", printable_line(customer))),
                Line::from(vec![
                    Span::raw(" from "),
                    Span::styled(from.as_str(), theme.state(*from)),
                    Span::raw(" to "),
                    Span::styled(to.as_str(), theme.state(*to)),
                    Span::raw("?"),
                ]),
                Line::raw(""),
            ];
            lines.extend(confirm_keys(model, typed, theme));
            (" Confirm ", lines)
        }
        Dialog::BulkMoves { ids, choices, at } => {
            let mut lines = vec![
                Line::raw(format!(" Move the {} marked order(s) to:", ids.len())),
                Line::raw(""),
            ];
            for (i, state) in choices.iter().enumerate() {
                let text = format!("  {}  {:<10}", hotkey(*state), state.as_str());
                let style = if i == *at { theme.selected() } else { theme.state(*state) };
                lines.push(Line::styled(text, style));
            }
            lines.push(Line::raw(""));
            lines.push(Line::styled(" letter or ↑↓ Enter · Esc cancels", theme.dim()));
            (" Move marked ", lines)
        }
        Dialog::BulkConfirm { next, changes, lines: summary, typed, .. } => {
            let room = usize::from(area.height.saturating_sub(10)).clamp(3, PREVIEW_LINES);
            let mut lines: Vec<Line> = summary
                .iter()
                .take(room)
                .map(|l| Line::raw(format!(" {}", fit(&printable_line(l), 55))))
                .collect();
            if summary.len() > room {
                lines.push(Line::styled(
                    format!(" … {} more line(s)", summary.len() - room),
                    theme.dim(),
                ));
            }
            lines.push(Line::raw(""));
            lines.push(Line::from(vec![
                Span::raw(format!(" Move {changes} order(s) to ")),
                Span::styled(next.as_str(), theme.state(*next)),
                Span::raw("?"),
            ]));
            lines.extend(confirm_keys(model, typed, theme));
            (" Confirm ", lines)
        }
    };
    let height = lines.len() as u16 + 2;
    let rect = centered(area, 58, height);
    frame.render_widget(Clear, rect);
    let block = Block::default().borders(Borders::ALL).title(title).border_style(theme.focused());
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), rect);
}

/// The last lines of a confirmation: in a protected context, the context's
/// name to type (and what was typed so far); otherwise y/n.
fn confirm_keys(model: &State, typed: &str, theme: Theme) -> Vec<Line<'static>> {
    if !model.protected {
        return vec![Line::styled(" y yes · n no", theme.heading())];
    }
    let name = model.context.as_deref().unwrap_or_default();
    vec![
        Line::raw(format!(
            " Context {} is protected. Type its name to go on:",
            printable_line(name)
        )),
        Line::styled(format!(" > {}", printable_line(typed)), theme.heading()),
        Line::styled(" Enter confirms · Esc cancels", theme.dim()),
    ]
}
