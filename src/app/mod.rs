//! The use cases: what ecomctl does, whoever asks — the command line, the
//! console, the watcher's endpoints. Each takes a `Session` (settings,
//! connections, who acts, where to report) and returns a typed result;
//! front ends parse, call and render.

mod backoff;
pub(crate) mod bulk;
pub(crate) mod demo;
pub(crate) mod feed;
pub(crate) mod health;
pub(crate) mod imports;
pub(crate) mod index;
mod order_lines;
pub(crate) mod orders;
pub(crate) mod product_bulk;
pub(crate) mod products;
pub(crate) mod publish;
pub(crate) mod reindex;
pub(crate) mod selection;
mod session;
pub(crate) mod sync;
pub(crate) mod verify;
mod watcher;

pub(crate) use publish::{Committed, Push};
pub(crate) use session::Session;
