//! The console's state: everything the screen shows, and the bookkeeping of
//! the work it waits for (which search answer is current, which order's
//! detail is wanted). A plain value: the event loop changes it through the
//! methods here and in `keys.rs`, and `render` draws it without side effects.

use std::collections::{BTreeSet, VecDeque};

use rust_decimal::Decimal;
use time::OffsetDateTime;

pub(crate) use super::chips::Chips;
use crate::db::dashboard::Glance;
use crate::db::history::Entry;
use crate::db::order_feed;
use crate::domain::OrderState;
use crate::model::Order;

/// How many rows a search asks for.
pub(crate) const PAGE: usize = 100;
/// How many rows the list keeps as live orders arrive (bounded memory
/// however long the console runs).
pub(crate) const MAX_ROWS: usize = 200;
/// How many feed lines the dashboard keeps.
pub(crate) const FEED_LINES: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum View {
    Orders,
    Dashboard,
}

/// Where the keys go on the orders screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Focus {
    /// Typing searches.
    Search,
    /// Single keys act on the list (chips, moves).
    List,
    /// The detail pane: scrolling, moves.
    Detail,
}

/// What one search asks: the text and the chips, and which version of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Ask {
    pub(crate) generation: u64,
    pub(crate) text: String,
    pub(crate) chips: Chips,
}

/// One order in the result list.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    pub(crate) id: i64,
    pub(crate) customer: String,
    pub(crate) state: OrderState,
    pub(crate) total: Decimal,
    pub(crate) created_at: OffsetDateTime,
}

impl From<&Order> for Row {
    fn from(order: &Order) -> Row {
        Row {
            id: order.id,
            customer: order.customer_email.clone(),
            state: order.state,
            total: order.total_price,
            created_at: order.created_at,
        }
    }
}

/// Where the rows came from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Source {
    /// Nothing asked yet.
    Nothing,
    Meilisearch {
        estimated_total: usize,
        millis: u64,
    },
    /// Meilisearch did not answer (`why`): the rows are `orders list` with
    /// the chips, without the text.
    Postgres {
        why: String,
    },
}

/// A search's answer.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub(crate) rows: Vec<Row>,
    pub(crate) source: Source,
}

/// The selected order, whole: what `orders get` and `orders history` show.
#[derive(Debug, Clone)]
pub(crate) struct Detail {
    pub(crate) order: Order,
    pub(crate) history: Vec<Entry>,
}

/// One line of the live feed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FeedLine {
    pub(crate) at: OffsetDateTime,
    pub(crate) event: order_feed::NoticeKind,
    pub(crate) id: i64,
    pub(crate) state: OrderState,
    pub(crate) total: Decimal,
}

/// Service health as last checked.
#[derive(Debug, Clone, Default)]
pub(crate) struct Health {
    /// `None` until the first check.
    pub(crate) postgres: Option<Result<(), String>>,
    pub(crate) meilisearch: Option<Result<(), String>>,
    pub(crate) lag: Option<crate::outbox::Lag>,
    /// The LISTEN feed is connected.
    pub(crate) live: bool,
}

/// A modal question over the screen.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Dialog {
    /// Which state to move the order to (only the moves the state machine allows).
    Moves { id: i64, from: OrderState, choices: Vec<OrderState>, at: usize },
    /// The confirmation naming the order and the move; in a protected
    /// context the context's name must be typed.
    Confirm { id: i64, customer: String, from: OrderState, to: OrderState, typed: String },
    /// Which state to move the marked orders to (the moves any of them allows).
    BulkMoves { ids: Vec<i64>, choices: Vec<OrderState>, at: usize },
    /// The preview of a bulk move (`lines`: what `orders set-state --dry-run`
    /// says) and its confirmation; `ids`: the orders it looked at.
    BulkConfirm {
        next: OrderState,
        ids: Vec<i64>,
        changes: usize,
        lines: Vec<String>,
        typed: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tone {
    Info,
    Warning,
    Error,
}

/// The line above the status line: what just happened.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Message {
    pub(crate) tone: Tone,
    pub(crate) text: String,
}

/// What a key asks the event loop to do beyond changing the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Effect {
    Quit,
    /// Move an order, through `orders set-state`'s code path.
    SetState {
        id: i64,
        from: OrderState,
        next: OrderState,
    },
    /// Ask again now: the search, the detail, the dashboard and health.
    Refresh,
    /// Plan a move of these orders (`orders set-state … --dry-run`).
    PreviewBulk {
        ids: Vec<i64>,
        next: OrderState,
    },
    /// Move these orders, through `orders set-state`'s bulk code path.
    ApplyBulk {
        ids: Vec<i64>,
        next: OrderState,
    },
}

#[derive(Debug, Clone)]
pub(crate) struct State {
    pub(crate) view: View,
    pub(crate) focus: Focus,
    pub(crate) query: String,
    pub(crate) chips: Chips,
    pub(crate) rows: Vec<Row>,
    pub(crate) source: Source,
    /// The selected order, by id: it stays selected as rows come and go.
    pub(crate) selected: Option<i64>,
    /// Orders marked for a bulk move (only orders the list shows).
    pub(crate) marked: BTreeSet<i64>,
    pub(crate) detail: Option<Detail>,
    pub(crate) detail_scroll: u16,
    pub(crate) glance: Option<Glance>,
    pub(crate) feed: VecDeque<FeedLine>,
    /// Live orders that match the chips but not knowably the text: counted,
    /// shown on the next search.
    pub(crate) unseen: usize,
    pub(crate) health: Health,
    pub(crate) dialog: Option<Dialog>,
    pub(crate) help: bool,
    pub(crate) message: Option<Message>,
    /// The move being written, if any (keys that act wait for it).
    pub(crate) working: Option<String>,
    /// The context in force, and whether it is protected.
    pub(crate) context: Option<String>,
    pub(crate) protected: bool,
    pub(crate) color: bool,
    /// The version of query + chips the screen wants, and the one whose
    /// answer it shows: stale answers are dropped.
    wanted: u64,
    asked: u64,
    pub(crate) answered: u64,
    /// The order whose detail was asked for and not yet answered.
    detail_asked: Option<i64>,
    detail_stale: bool,
}

impl State {
    pub(crate) fn new(context: Option<String>, protected: bool, color: bool) -> State {
        State {
            view: View::Orders,
            focus: Focus::Search,
            query: String::new(),
            chips: Chips::none(),
            rows: Vec::new(),
            source: Source::Nothing,
            selected: None,
            marked: BTreeSet::new(),
            detail: None,
            detail_scroll: 0,
            glance: None,
            feed: VecDeque::new(),
            unseen: 0,
            health: Health::default(),
            dialog: None,
            help: false,
            message: None,
            working: None,
            context,
            protected,
            color,
            wanted: 1,
            asked: 0,
            answered: 0,
            detail_asked: None,
            detail_stale: false,
        }
    }

    /// The query or the chips changed: a new search is wanted.
    pub(crate) fn query_changed(&mut self) {
        self.wanted += 1;
    }

    /// Whether the rows shown answer an older query than the one typed.
    pub(crate) fn searching(&self) -> bool {
        self.answered != self.wanted
    }

    /// The search to send now, if one is wanted and none is in flight
    /// (`in_flight`): at most one request at a time, always the latest text.
    pub(crate) fn next_search(&mut self, in_flight: bool) -> Option<Ask> {
        if in_flight || self.asked == self.wanted {
            return None;
        }
        self.asked = self.wanted;
        Some(Ask { generation: self.wanted, text: self.query.clone(), chips: self.chips.clone() })
    }

    /// A search answered. An answer to an older query is dropped (the
    /// loop then sends the latest one).
    pub(crate) fn found(&mut self, generation: u64, found: Found) {
        if generation != self.wanted {
            return;
        }
        self.answered = generation;
        self.rows = found.rows;
        self.source = found.source;
        self.unseen = 0;
        self.marked.retain(|id| found_rows_hold(&self.rows, *id));
        let still_there = self.selected.is_some_and(|id| self.rows.iter().any(|r| r.id == id));
        if !still_there {
            self.select(self.rows.first().map(|r| r.id));
        }
    }

    /// Neither Meilisearch nor PostgreSQL answered: the rows stay as they
    /// were, and the screen says why.
    pub(crate) fn search_failed(&mut self, generation: u64, why: String) {
        if generation != self.wanted {
            return;
        }
        self.answered = generation;
        self.say(Tone::Error, format!("cannot search: {why}"));
    }

    /// A health check's findings (the lag is kept when PostgreSQL is down:
    /// the last known numbers stand).
    pub(crate) fn checked(
        &mut self,
        postgres: Result<crate::outbox::Lag, String>,
        meilisearch: Result<(), String>,
    ) {
        match postgres {
            Ok(lag) => {
                self.health.postgres = Some(Ok(()));
                self.health.lag = Some(lag);
            }
            Err(why) => self.health.postgres = Some(Err(why)),
        }
        self.health.meilisearch = Some(meilisearch);
    }

    /// The position of the selected row.
    pub(crate) fn selected_index(&self) -> Option<usize> {
        self.selected.and_then(|id| self.rows.iter().position(|r| r.id == id))
    }

    pub(crate) fn selected_row(&self) -> Option<&Row> {
        self.selected_index().map(|at| &self.rows[at])
    }

    pub(crate) fn select(&mut self, id: Option<i64>) {
        if self.selected != id {
            self.selected = id;
            self.detail_scroll = 0;
        }
    }

    /// Moves the selection by `by` rows, staying within the list.
    pub(crate) fn move_selection(&mut self, by: isize) {
        if self.rows.is_empty() {
            return;
        }
        let last = self.rows.len() - 1;
        let at = match self.selected_index() {
            Some(at) => at.saturating_add_signed(by).min(last),
            None => 0,
        };
        self.select(Some(self.rows[at].id));
    }

    /// The order whose detail to load now, if it is wanted and not being
    /// loaded (`in_flight`).
    pub(crate) fn next_detail(&mut self, in_flight: bool) -> Option<i64> {
        let id = self.selected?;
        let shown = self.detail.as_ref().is_some_and(|d| d.order.id == id);
        if in_flight || (shown && !self.detail_stale) || self.detail_asked == Some(id) {
            return None;
        }
        self.detail_asked = Some(id);
        self.detail_stale = false;
        Some(id)
    }

    /// A detail arrived (`None`: the order is gone). Kept only if its order
    /// is still the selected one.
    pub(crate) fn detail_loaded(&mut self, id: i64, detail: Option<Detail>) {
        if self.detail_asked == Some(id) {
            self.detail_asked = None;
        }
        if self.selected != Some(id) {
            return;
        }
        match detail {
            Some(detail) => self.detail = Some(detail),
            None => {
                self.detail = None;
                self.say(Tone::Warning, format!("order #{id} no longer exists"));
            }
        }
    }

    /// The detail failed to load: said once; asked again on the next change.
    pub(crate) fn detail_failed(&mut self, id: i64, why: String) {
        if self.detail_asked == Some(id) {
            self.detail_asked = None;
        }
        self.say(Tone::Error, format!("cannot read order #{id}: {why}"));
    }

    /// Live orders, read after a notification: each row showing one is
    /// updated in place; a new order that the chips admit joins the top of
    /// the list when no text narrows it (otherwise it is counted), and the
    /// selection stays where it was.
    pub(crate) fn live(
        &mut self,
        event: order_feed::NoticeKind,
        orders: &[Order],
        now: OffsetDateTime,
    ) {
        for order in orders {
            let row = Row::from(order);
            self.feed.push_front(FeedLine {
                at: order.updated_at,
                event,
                id: order.id,
                state: order.state,
                total: order.total_price,
            });
            if let Some(shown) = self.rows.iter_mut().find(|r| r.id == order.id) {
                *shown = row;
            } else if event == order_feed::NoticeKind::Created
                && self.chips.admit(row.state, &row.customer, row.created_at, now)
            {
                if self.query.is_empty() && matches!(self.source, Source::Meilisearch { .. }) {
                    self.rows.insert(0, row);
                } else {
                    self.unseen += 1;
                }
            }
            if self.selected == Some(order.id) {
                self.detail_stale = true;
            }
        }
        self.feed.truncate(FEED_LINES);
        self.trim_rows();
        if self.selected.is_none() {
            self.select(self.rows.first().map(|r| r.id));
        }
    }

    /// Keeps the list bounded, never dropping the selected row.
    fn trim_rows(&mut self) {
        if self.rows.len() <= MAX_ROWS {
            return;
        }
        let keep = self.selected;
        let mut n = 0;
        self.rows.retain(|r| {
            n += 1;
            n <= MAX_ROWS || Some(r.id) == keep
        });
        let rows = &self.rows;
        self.marked.retain(|id| found_rows_hold(rows, *id));
    }

    /// A move was written: the row and the detail show the order as it now is.
    pub(crate) fn moved(&mut self, order: &Order, notes: Vec<String>, from: OrderState) {
        self.working = None;
        if let Some(row) = self.rows.iter_mut().find(|r| r.id == order.id) {
            *row = Row::from(order);
        }
        if self.selected == Some(order.id) {
            self.detail_stale = true;
        }
        let mut text = format!("order #{} moved from {from} to {}", order.id, order.state);
        for note in &notes {
            text.push_str("; ");
            text.push_str(note);
        }
        let tone = if notes.is_empty() { Tone::Info } else { Tone::Warning };
        self.say(tone, text);
    }

    /// The selected order may have changed: its detail is read again.
    pub(crate) fn reread_detail(&mut self) {
        self.detail_stale = true;
    }

    /// A move failed: nothing was written (one transaction); the reason is shown.
    pub(crate) fn move_failed(&mut self, why: String) {
        self.working = None;
        self.detail_stale = true;
        self.say(Tone::Error, why);
    }

    pub(crate) fn say(&mut self, tone: Tone, text: impl Into<String>) {
        self.message = Some(Message { tone, text: text.into() });
    }

    /// Everything is asked again (`r`, or after a move).
    pub(crate) fn refresh(&mut self) {
        self.query_changed();
        self.detail_stale = true;
    }
}

/// Whether the list shows this order.
fn found_rows_hold(rows: &[Row], id: i64) -> bool {
    rows.iter().any(|r| r.id == id)
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
