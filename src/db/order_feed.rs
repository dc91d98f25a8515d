//! The `ecomctl_orders` notifications (migration V4): what `orders watch`
//! and the console listen to. Any role may `pg_notify` on the channel, so a
//! payload is trusted for nothing: only the two events ecomctl sends are
//! understood, and the orders are read from the database, not the payload.

use serde::Deserialize;

/// The channel the order writers notify.
pub(crate) const CHANNEL: &str = "ecomctl_orders";

/// A notice lists the ids of up to this many orders; beyond, only the count.
pub(crate) const LISTED: usize = 500;

/// One notification.
#[derive(Debug, Deserialize)]
pub(crate) struct Notice {
    pub(crate) event: NoticeKind,
    /// The orders concerned; none when a bulk change (an import) touched
    /// too many to list.
    pub(crate) ids: Option<Vec<i64>>,
    pub(crate) count: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum NoticeKind {
    Created,
    State,
}

impl NoticeKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            NoticeKind::Created => "created",
            NoticeKind::State => "state",
        }
    }
}

impl Notice {
    /// The notice a payload carries, or `None` for anything else on the
    /// channel — including a payload of the right shape that no ecomctl
    /// writer sends: a count below 1, ids that do not match the count, ids
    /// left out of a notice small enough to list them (writers list up to
    /// `LISTED` ids, and only the count beyond).
    pub(crate) fn parse(payload: &str) -> Option<Notice> {
        let notice: Notice = serde_json::from_str(payload).ok()?;
        let consistent = match &notice.ids {
            Some(ids) => {
                !ids.is_empty()
                    && ids.len() <= LISTED
                    && ids.len() as i64 == notice.count
                    && ids.iter().all(|id| *id > 0)
            }
            None => notice.count > LISTED as i64,
        };
        consistent.then_some(notice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_ecomctl_events_are_understood() {
        let notice = Notice::parse(r#"{"event":"created","ids":[7],"count":1}"#).unwrap();
        assert_eq!(
            (notice.event, notice.ids, notice.count),
            (NoticeKind::Created, Some(vec![7]), 1)
        );
        assert!(Notice::parse(r#"{"event":"dropped","ids":[7],"count":1}"#).is_none());
        assert!(Notice::parse("hello").is_none());
    }

    #[test]
    fn a_notice_no_writer_sends_is_ignored() {
        for forged in [
            r#"{"event":"created","ids":null,"count":-5}"#,
            r#"{"event":"created","ids":null,"count":3}"#,
            r#"{"event":"created","ids":[7,8],"count":1}"#,
            r#"{"event":"state","ids":[],"count":0}"#,
            r#"{"event":"state","ids":[-1],"count":1}"#,
        ] {
            assert!(Notice::parse(forged).is_none(), "{forged}");
        }
        let bulk = Notice::parse(r#"{"event":"created","ids":null,"count":501}"#).unwrap();
        assert_eq!(bulk.count, 501);
    }
}
