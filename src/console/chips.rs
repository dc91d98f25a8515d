//! The filter chips next to the search box — state, customer, date range —
//! and whether an order passes them (a live order joins the list only if
//! it does).

use time::OffsetDateTime;

use crate::domain::OrderState;

/// The date-range chip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Range {
    Any,
    Day,
    Week,
    Month,
}

impl Range {
    pub(crate) fn label(self) -> &'static str {
        match self {
            Range::Any => "any time",
            Range::Day => "last 24 h",
            Range::Week => "last 7 days",
            Range::Month => "last 30 days",
        }
    }

    /// How far back the range reaches, if it is limited.
    pub(crate) fn reach(self) -> Option<time::Duration> {
        match self {
            Range::Any => None,
            Range::Day => Some(time::Duration::days(1)),
            Range::Week => Some(time::Duration::days(7)),
            Range::Month => Some(time::Duration::days(30)),
        }
    }

    fn next(self) -> Range {
        match self {
            Range::Any => Range::Day,
            Range::Day => Range::Week,
            Range::Week => Range::Month,
            Range::Month => Range::Any,
        }
    }
}

/// The filter chips next to the search box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Chips {
    pub(crate) state: Option<OrderState>,
    pub(crate) customer: Option<String>,
    pub(crate) range: Range,
}

impl Chips {
    pub(crate) fn none() -> Chips {
        Chips { state: None, customer: None, range: Range::Any }
    }

    pub(crate) fn is_empty(&self) -> bool {
        *self == Chips::none()
    }

    /// Whether an order passes the chips (`now`: for the date range).
    pub(crate) fn admit(
        &self,
        state: OrderState,
        customer: &str,
        created_at: OffsetDateTime,
        now: OffsetDateTime,
    ) -> bool {
        self.state.is_none_or(|s| s == state)
            && self.customer.as_deref().is_none_or(|c| c == customer)
            && self.range.reach().is_none_or(|reach| created_at >= now - reach)
    }

    /// The next state chip: none, then each state in turn.
    pub(crate) fn cycle_state(&mut self) {
        let all = OrderState::ALL;
        self.state = match self.state {
            None => Some(all[0]),
            Some(s) => all.iter().position(|x| *x == s).and_then(|at| all.get(at + 1)).copied(),
        };
    }

    pub(crate) fn cycle_range(&mut self) {
        self.range = self.range.next();
    }
}
