//! What each key does to the model (`help.rs` lists them for people).
//! Keys go to the open dialog first, then the help overlay, then the focus.
//! Nothing here writes: a move is an `Effect` the event loop carries out.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::state::{Dialog, Effect, Focus, State, Tone, View};
use crate::domain::OrderState;

/// How far PgUp / PgDn move.
const PAGE_STEP: isize = 10;

impl State {
    pub(crate) fn on_key(&mut self, key: KeyEvent) -> Option<Effect> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && matches!(key.code, KeyCode::Char('c') | KeyCode::Char('q')) {
            return Some(Effect::Quit);
        }
        if self.dialog.is_some() {
            return self.on_dialog_key(key);
        }
        if self.help {
            // Any key closes the overlay (and does nothing else).
            self.help = false;
            return None;
        }
        match key.code {
            KeyCode::F(1) | KeyCode::Char('?') => {
                self.help = true;
                return None;
            }
            KeyCode::F(2) => {
                self.view = match self.view {
                    View::Orders => View::Dashboard,
                    View::Dashboard => View::Orders,
                };
                return None;
            }
            KeyCode::F(5) => {
                self.refresh();
                return Some(Effect::Refresh);
            }
            _ => {}
        }
        if self.view == View::Dashboard {
            return match key.code {
                KeyCode::Char('q') => Some(Effect::Quit),
                KeyCode::Char('1') | KeyCode::Esc | KeyCode::Tab => {
                    self.view = View::Orders;
                    None
                }
                KeyCode::Char('r') => {
                    self.refresh();
                    Some(Effect::Refresh)
                }
                _ => None,
            };
        }
        if self.on_movement(key) {
            return None;
        }
        match self.focus {
            Focus::Search => self.on_search_key(key, ctrl),
            Focus::List | Focus::Detail => self.on_command_key(key),
        }
    }

    /// Arrows and paging move the selection from the search box and the
    /// list (in the detail pane they scroll it).
    fn on_movement(&mut self, key: KeyEvent) -> bool {
        let by = match key.code {
            KeyCode::Up => -1,
            KeyCode::Down => 1,
            KeyCode::PageUp => -PAGE_STEP,
            KeyCode::PageDown => PAGE_STEP,
            KeyCode::Char('k') if self.focus == Focus::List => -1,
            KeyCode::Char('j') if self.focus == Focus::List => 1,
            _ => return false,
        };
        if self.focus == Focus::Detail {
            self.detail_scroll = self.detail_scroll.saturating_add_signed(by as i16);
        } else {
            self.move_selection(by);
        }
        true
    }

    fn on_search_key(&mut self, key: KeyEvent, ctrl: bool) -> Option<Effect> {
        match key.code {
            KeyCode::Char('u') if ctrl && !self.query.is_empty() => {
                self.query.clear();
                self.query_changed();
            }
            KeyCode::Char(c) if !ctrl && !c.is_control() => {
                self.query.push(c);
                self.query_changed();
            }
            KeyCode::Backspace if !self.query.is_empty() => {
                self.query.pop();
                self.query_changed();
            }
            KeyCode::Esc if !self.query.is_empty() => {
                self.query.clear();
                self.query_changed();
            }
            KeyCode::Esc | KeyCode::Tab => self.focus = Focus::List,
            KeyCode::Enter if self.selected.is_some() => self.focus = Focus::Detail,
            _ => {}
        }
        None
    }

    fn on_command_key(&mut self, key: KeyEvent) -> Option<Effect> {
        match key.code {
            KeyCode::Char('q') => return Some(Effect::Quit),
            KeyCode::Char('/') | KeyCode::Tab => self.focus = Focus::Search,
            KeyCode::Esc => {
                self.focus = if self.focus == Focus::Detail { Focus::List } else { Focus::Search }
            }
            KeyCode::Enter if self.selected.is_some() => self.focus = Focus::Detail,
            KeyCode::Char('2') => self.view = View::Dashboard,
            KeyCode::Char('m') if !self.marked.is_empty() && self.working.is_none() => {
                self.offer_bulk_moves()
            }
            KeyCode::Char('m') => self.offer_moves(),
            KeyCode::Char(' ') => self.toggle_mark(),
            KeyCode::Char('a') => self.toggle_all(),
            KeyCode::Char('r') => {
                self.refresh();
                return Some(Effect::Refresh);
            }
            KeyCode::Char('s') => {
                self.chips.cycle_state();
                self.query_changed();
            }
            KeyCode::Char('d') => {
                self.chips.cycle_range();
                self.query_changed();
            }
            KeyCode::Char('c') => {
                self.chips.customer = match (&self.chips.customer, self.selected_row()) {
                    (Some(_), _) | (None, None) => None,
                    (None, Some(row)) => Some(row.customer.clone()),
                };
                self.query_changed();
            }
            KeyCode::Char('x') if !self.chips.is_empty() => {
                self.chips = super::state::Chips::none();
                self.query_changed();
            }
            _ => {}
        }
        None
    }

    /// Opens the moves the state machine allows from the selected order's
    /// state (CHANGED is reached only by replacing lines, as on the command line).
    fn offer_moves(&mut self) {
        if let Some(doing) = &self.working {
            let text = format!("wait: {doing}");
            self.say(Tone::Warning, text);
            return;
        }
        let Some(row) = self.selected_row() else {
            self.say(Tone::Warning, "no order selected");
            return;
        };
        let (id, from) = (row.id, row.state);
        let choices: Vec<OrderState> =
            from.successors().into_iter().filter(|s| *s != OrderState::Changed).collect();
        if choices.is_empty() {
            self.say(Tone::Warning, format!("order #{id} is {from}: a final state, no move"));
            return;
        }
        self.dialog = Some(Dialog::Moves { id, from, choices, at: 0 });
    }

    fn on_dialog_key(&mut self, key: KeyEvent) -> Option<Effect> {
        let dialog = self.dialog.take()?;
        match dialog {
            bulk @ (Dialog::BulkMoves { .. } | Dialog::BulkConfirm { .. }) => {
                self.on_bulk_key(bulk, key)
            }
            Dialog::Moves { id, from, choices, at } => {
                let pick = |to: OrderState, model: &mut State| {
                    let customer =
                        model.selected_row().map(|r| r.customer.clone()).unwrap_or_default();
                    model.dialog =
                        Some(Dialog::Confirm { id, customer, from, to, typed: String::new() });
                };
                match key.code {
                    KeyCode::Esc => {}
                    KeyCode::Up => {
                        let at = at.saturating_sub(1);
                        self.dialog = Some(Dialog::Moves { id, from, choices, at });
                    }
                    KeyCode::Down => {
                        let at = (at + 1).min(choices.len() - 1);
                        self.dialog = Some(Dialog::Moves { id, from, choices, at });
                    }
                    KeyCode::Enter => pick(choices[at], self),
                    KeyCode::Char(c) => {
                        let hot = choices.iter().find(|s| hotkey(**s) == c.to_ascii_lowercase());
                        match hot {
                            Some(to) => pick(*to, self),
                            None => self.dialog = Some(Dialog::Moves { id, from, choices, at }),
                        }
                    }
                    _ => self.dialog = Some(Dialog::Moves { id, from, choices, at }),
                }
                None
            }
            Dialog::Confirm { id, customer, from, to, mut typed } => {
                if self.protected {
                    match key.code {
                        KeyCode::Esc => {
                            self.say(Tone::Info, "cancelled; nothing was changed");
                        }
                        KeyCode::Enter => {
                            let name = self.context.clone().unwrap_or_default();
                            return match crate::config::check_typed_name(&name, &typed) {
                                Ok(()) => self.start_move(id, from, to),
                                Err(err) => {
                                    self.say(Tone::Error, err.to_string());
                                    None
                                }
                            };
                        }
                        KeyCode::Backspace => {
                            typed.pop();
                            self.dialog = Some(Dialog::Confirm { id, customer, from, to, typed });
                        }
                        KeyCode::Char(c) if !c.is_control() && typed.chars().count() < 64 => {
                            typed.push(c);
                            self.dialog = Some(Dialog::Confirm { id, customer, from, to, typed });
                        }
                        _ => self.dialog = Some(Dialog::Confirm { id, customer, from, to, typed }),
                    }
                    return None;
                }
                match key.code {
                    KeyCode::Char('y') | KeyCode::Char('Y') => self.start_move(id, from, to),
                    KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => {
                        self.say(Tone::Info, "cancelled; nothing was changed");
                        None
                    }
                    _ => {
                        self.dialog = Some(Dialog::Confirm { id, customer, from, to, typed });
                        None
                    }
                }
            }
        }
    }

    fn start_move(&mut self, id: i64, from: OrderState, to: OrderState) -> Option<Effect> {
        self.working = Some(format!("moving order #{id} from {from} to {to}…"));
        self.message = None;
        Some(Effect::SetState { id, from, next: to })
    }
}

/// The key that picks a move in the menu: its first letter (unique among
/// the moves any one state allows).
pub(crate) fn hotkey(state: OrderState) -> char {
    state.as_str().chars().next().unwrap_or(' ').to_ascii_lowercase()
}
