//! Several orders at once: space marks (or unmarks) the selected order and
//! steps down, `a` marks every order shown (or, when all are, unmarks them),
//! and `m` with marks moves the marked orders together — to a state any of
//! them may go to, then the preview `orders set-state … --dry-run` prints
//! (the same plan, `app::bulk::plan`: the transitions by state, each
//! refusal and why), then the confirmation (the context's name in a
//! protected context), then the move by the same use case as the command
//! line's (`app::bulk::apply`; the refused orders, shown in the preview,
//! stay as they are).

use crossterm::event::{KeyCode, KeyEvent};

use super::state::{Dialog, Effect, State, Tone};
use crate::app::bulk::OrderOutcome;
use crate::domain::OrderState;

/// What a bulk move would do, as the console shows it before asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Preview {
    /// The orders it looked at (the move is pinned to them).
    pub(crate) ids: Vec<i64>,
    /// How many would move.
    pub(crate) changes: usize,
    /// What `orders set-state … --dry-run` prints about it.
    pub(crate) summary: String,
}

impl State {
    /// Space: marks or unmarks the selected order, then selects the next.
    pub(crate) fn toggle_mark(&mut self) {
        let Some(id) = self.selected else { return };
        if !self.marked.remove(&id) {
            self.marked.insert(id);
        }
        self.move_selection(1);
    }

    /// `a`: marks every order shown, or unmarks them all when all are.
    pub(crate) fn toggle_all(&mut self) {
        if !self.rows.is_empty() && self.rows.iter().all(|r| self.marked.contains(&r.id)) {
            self.marked.clear();
        } else {
            self.marked.extend(self.rows.iter().map(|r| r.id));
        }
    }

    /// `m` with marks: the states any marked order may go to (CHANGED is
    /// reached only by replacing lines).
    pub(crate) fn offer_bulk_moves(&mut self) {
        let marked: Vec<(i64, OrderState)> = self
            .rows
            .iter()
            .filter(|r| self.marked.contains(&r.id))
            .map(|r| (r.id, r.state))
            .collect();
        let choices: Vec<OrderState> = OrderState::ALL
            .into_iter()
            .filter(|next| *next != OrderState::Changed)
            .filter(|next| marked.iter().any(|(_, from)| from.can_become(*next)))
            .collect();
        if choices.is_empty() {
            self.say(Tone::Warning, "the marked orders are all in a final state: no move");
            return;
        }
        let ids = marked.iter().map(|(id, _)| *id).collect();
        self.dialog = Some(Dialog::BulkMoves { ids, choices, at: 0 });
    }

    /// Keys in the two dialogs of a bulk move.
    pub(crate) fn on_bulk_key(&mut self, dialog: Dialog, key: KeyEvent) -> Option<Effect> {
        match dialog {
            Dialog::BulkMoves { ids, choices, at } => {
                let pick = match key.code {
                    KeyCode::Esc => return None,
                    KeyCode::Enter => Some(choices[at]),
                    KeyCode::Char(c) => choices
                        .iter()
                        .copied()
                        .find(|s| super::keys::hotkey(*s) == c.to_ascii_lowercase()),
                    _ => None,
                };
                if let Some(next) = pick {
                    self.working =
                        Some(format!("previewing the move of {} order(s) to {next}…", ids.len()));
                    return Some(Effect::PreviewBulk { ids, next });
                }
                let at = match key.code {
                    KeyCode::Up => at.saturating_sub(1),
                    KeyCode::Down => (at + 1).min(choices.len() - 1),
                    _ => at,
                };
                self.dialog = Some(Dialog::BulkMoves { ids, choices, at });
                None
            }
            Dialog::BulkConfirm { next, ids, changes, lines, mut typed } => {
                let go = |model: &mut State, ids: Vec<i64>| {
                    model.working = Some(format!("moving {changes} order(s) to {next}…"));
                    model.message = None;
                    Some(Effect::ApplyBulk { ids, next })
                };
                let cancelled = |model: &mut State| {
                    model.say(Tone::Info, "cancelled; nothing was changed");
                    None
                };
                if !self.protected {
                    return match key.code {
                        KeyCode::Char('y') | KeyCode::Char('Y') => go(self, ids),
                        KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => cancelled(self),
                        _ => {
                            self.dialog =
                                Some(Dialog::BulkConfirm { next, ids, changes, lines, typed });
                            None
                        }
                    };
                }
                match key.code {
                    KeyCode::Esc => return cancelled(self),
                    KeyCode::Enter => {
                        let name = self.context.clone().unwrap_or_default();
                        return match crate::config::check_typed_name(&name, &typed) {
                            Ok(()) => go(self, ids),
                            Err(err) => {
                                self.say(Tone::Error, err.to_string());
                                None
                            }
                        };
                    }
                    KeyCode::Backspace => {
                        typed.pop();
                    }
                    KeyCode::Char(c) if !c.is_control() && typed.chars().count() < 64 => {
                        typed.push(c)
                    }
                    _ => {}
                }
                self.dialog = Some(Dialog::BulkConfirm { next, ids, changes, lines, typed });
                None
            }
            other => {
                self.dialog = Some(other);
                None
            }
        }
    }

    /// The preview of a bulk move arrived: its confirmation, or — when no
    /// order would move — why not.
    pub(crate) fn previewed(&mut self, next: OrderState, preview: Result<Preview, String>) {
        self.working = None;
        match preview {
            Ok(Preview { changes: 0, summary, .. }) => {
                let why = summary.lines().find(|l| l.trim_start().starts_with("refused:"));
                let why = why.map_or("", str::trim);
                self.say(Tone::Warning, format!("no marked order can move to {next}: {why}"));
            }
            Ok(Preview { ids, changes, summary }) => {
                let lines = summary.lines().map(str::to_owned).collect();
                let typed = String::new();
                self.dialog = Some(Dialog::BulkConfirm { next, ids, changes, lines, typed });
            }
            Err(why) => self.say(Tone::Error, format!("cannot preview the move: {why}")),
        }
    }

    /// A bulk move was written: the rows show the orders' new state, the
    /// marks are cleared, the line above the status says what happened.
    pub(crate) fn bulk_moved(
        &mut self,
        next: OrderState,
        done: Result<(OrderOutcome, Vec<String>), String>,
    ) {
        self.working = None;
        self.reread_detail();
        let (outcome, notes) = match done {
            Ok(done) => done,
            Err(why) => {
                self.say(Tone::Error, format!("not moved: {why}"));
                return;
            }
        };
        let plan = &outcome.plan;
        for change in &plan.changes {
            if let Some(row) = self.rows.iter_mut().find(|r| r.id == change.id) {
                row.state = next;
            }
        }
        self.marked.clear();
        let mut text = format!("moved {} order(s) to {next}", plan.changes.len());
        if !plan.refused.is_empty() {
            let first: Vec<String> =
                plan.refused.iter().take(3).map(|r| format!("#{} {}", r.id, r.reason)).collect();
            text.push_str(&format!("; {} refused: {}", plan.refused.len(), first.join("; ")));
        }
        for note in &notes {
            text.push_str("; ");
            text.push_str(note);
        }
        let tone =
            if plan.refused.is_empty() && notes.is_empty() { Tone::Info } else { Tone::Warning };
        self.say(tone, text);
    }
}

#[cfg(test)]
#[path = "marks_tests.rs"]
mod tests;
