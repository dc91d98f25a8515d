//! The use cases: what ecomctl does, whoever asks — the command line, the
//! console, the watcher's endpoints. Each takes a `Session` (settings,
//! connections, who acts, where to report) and returns a typed result;
//! front ends parse, call and render.

mod order_lines;
pub(crate) mod orders;
pub(crate) mod products;
pub(crate) mod publish;
mod session;
pub(crate) mod watcher;

pub(crate) use publish::{Committed, Push};
pub(crate) use session::Session;
