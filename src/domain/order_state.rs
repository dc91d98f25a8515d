use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{InvalidValue, shown};

/// The life cycle of an order (docs/design.md "The domain").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub(crate) enum OrderState {
    Created,
    Changed,
    Shipped,
    Delivered,
    Cancelled,
    Failed,
    Refunded,
}

impl OrderState {
    pub(crate) const ALL: [OrderState; 7] = [
        OrderState::Created,
        OrderState::Changed,
        OrderState::Shipped,
        OrderState::Delivered,
        OrderState::Cancelled,
        OrderState::Failed,
        OrderState::Refunded,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            OrderState::Created => "CREATED",
            OrderState::Changed => "CHANGED",
            OrderState::Shipped => "SHIPPED",
            OrderState::Delivered => "DELIVERED",
            OrderState::Cancelled => "CANCELLED",
            OrderState::Failed => "FAILED",
            OrderState::Refunded => "REFUNDED",
        }
    }

    /// The transition table of docs/design.md "The domain".
    pub(crate) fn can_become(self, next: OrderState) -> bool {
        use OrderState::*;
        match self {
            Created | Changed => matches!(next, Changed | Shipped | Cancelled | Failed),
            Shipped => matches!(next, Delivered | Failed),
            Delivered => matches!(next, Refunded),
            Cancelled | Failed | Refunded => false,
        }
    }

    /// The states reachable from this one, for error messages.
    pub(crate) fn successors(self) -> Vec<OrderState> {
        Self::ALL.into_iter().filter(|next| self.can_become(*next)).collect()
    }

    /// Whether the order's lines may still be replaced.
    pub(crate) fn items_editable(self) -> bool {
        matches!(self, OrderState::Created | OrderState::Changed)
    }

    /// Whether entering this state sets `closed_at`.
    pub(crate) fn is_closed(self) -> bool {
        matches!(
            self,
            OrderState::Delivered
                | OrderState::Cancelled
                | OrderState::Failed
                | OrderState::Refunded
        )
    }

    /// Whether moving from `self` to `next` puts the quantities back in stock.
    ///
    /// CANCELLED and REFUNDED restock. FAILED restocks only when the goods never
    /// left the warehouse (from CREATED/CHANGED); FAILED after SHIPPED does not.
    pub(crate) fn restocks_on(self, next: OrderState) -> bool {
        match next {
            OrderState::Cancelled | OrderState::Refunded => true,
            OrderState::Failed => self.items_editable(),
            _ => false,
        }
    }

    /// Whether an order in this state still holds its quantities out of stock
    /// (so that deleting it with `--restock` may return them).
    pub(crate) fn holds_stock(self) -> bool {
        matches!(
            self,
            OrderState::Created | OrderState::Changed | OrderState::Shipped | OrderState::Delivered
        )
    }
}

impl FromStr for OrderState {
    type Err = InvalidValue;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let upper = raw.trim().to_ascii_uppercase();
        Self::ALL.into_iter().find(|s| s.as_str() == upper).ok_or_else(|| {
            InvalidValue(format!(
                "{} is not an order state (expected one of {})",
                shown(raw),
                Self::ALL.map(OrderState::as_str).join(", ")
            ))
        })
    }
}

impl fmt::Display for OrderState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::OrderState::*;
    use super::*;

    #[test]
    fn transition_table_matches_the_design() {
        let allowed = [
            (Created, vec![Changed, Shipped, Cancelled, Failed]),
            (Changed, vec![Changed, Shipped, Cancelled, Failed]),
            (Shipped, vec![Delivered, Failed]),
            (Delivered, vec![Refunded]),
            (Cancelled, vec![]),
            (Failed, vec![]),
            (Refunded, vec![]),
        ];
        for (from, to) in allowed {
            assert_eq!(from.successors(), to, "successors of {from}");
        }
    }

    #[test]
    fn closing_states_and_restocking() {
        assert!(
            Delivered.is_closed()
                && Cancelled.is_closed()
                && Failed.is_closed()
                && Refunded.is_closed()
        );
        assert!(!Created.is_closed() && !Changed.is_closed() && !Shipped.is_closed());
        assert!(Created.restocks_on(Cancelled));
        assert!(Delivered.restocks_on(Refunded));
        assert!(Changed.restocks_on(Failed));
        assert!(!Shipped.restocks_on(Failed));
        assert!(!Shipped.restocks_on(Delivered));
    }

    #[test]
    fn parses_case_insensitively() {
        assert_eq!("shipped".parse::<OrderState>().unwrap(), Shipped);
        assert!("LOST".parse::<OrderState>().is_err());
    }
}
