//! How things look: one style per role, with colour or without it
//! (`NO_COLOR`, `--color never`). Without colour, emphasis is bold and
//! reverse video only, which every terminal shows.

use ratatui::style::{Color, Modifier, Style};

use super::state::Tone;
use crate::domain::OrderState;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Theme {
    color: bool,
}

impl Theme {
    pub(crate) fn new(color: bool) -> Theme {
        Theme { color }
    }

    fn tint(self, color: Color) -> Style {
        if self.color { Style::new().fg(color) } else { Style::new() }
    }

    /// The title bar and the status line.
    pub(crate) fn bar(self) -> Style {
        if self.color {
            Style::new().bg(Color::Blue).fg(Color::White)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// The selected row, the active tab, the chosen move.
    pub(crate) fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub(crate) fn heading(self) -> Style {
        self.tint(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// The border of the pane the keys go to.
    pub(crate) fn focused(self) -> Style {
        self.tint(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub(crate) fn dim(self) -> Style {
        if self.color { Style::new().fg(Color::DarkGray) } else { Style::new() }
    }

    pub(crate) fn state(self, state: OrderState) -> Style {
        self.tint(match state {
            OrderState::Created | OrderState::Changed => Color::Blue,
            OrderState::Shipped => Color::Cyan,
            OrderState::Delivered => Color::Green,
            OrderState::Cancelled | OrderState::Failed => Color::Red,
            OrderState::Refunded => Color::Magenta,
        })
    }

    pub(crate) fn tone(self, tone: Tone) -> Style {
        match tone {
            Tone::Info => Style::new(),
            Tone::Warning => self.tint(Color::Yellow).add_modifier(Modifier::BOLD),
            Tone::Error => self.tint(Color::Red).add_modifier(Modifier::BOLD),
        }
    }

    /// A service that is up, down, or not checked yet.
    pub(crate) fn health(self, up: Option<bool>) -> Style {
        match up {
            Some(true) => self.bar(),
            Some(false) => {
                let style = self.bar().add_modifier(Modifier::BOLD);
                if self.color { style.fg(Color::Yellow) } else { style }
            }
            None => self.bar(),
        }
    }

    pub(crate) fn chart(self) -> Style {
        self.tint(Color::Cyan)
    }
}
