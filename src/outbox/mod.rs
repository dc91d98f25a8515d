//! The search outbox's protocol, its one owner: what is pushed when, how a
//! task is confirmed, and a whole sync. The rows are `db::outbox`'s (the
//! SQL); Meilisearch is `search`'s (the HTTP). See `db/outbox.rs` for the
//! protocol's steps.
//!
//! - `push.rs`: claim entries, send their documents, record the tasks —
//!   a writer's own orders (`push_changed`) or the backlog (`push_all`);
//! - `confirm.rs`: tasks that finished clear or requeue their entries;
//! - `drain.rs`: a whole `sync` (push everything, confirm until done), one
//!   pass of `sync --watch`, and `--wait`.
//!
//! Everything else reaches the outbox's rows through this module: enqueue
//! (in a writer's own transaction), the backlog and the lag.

pub(crate) mod confirm;
pub(crate) mod drain;
pub(crate) mod push;

pub(crate) use crate::db::outbox::{Entry, Lag, backlog, enqueue, lag};
