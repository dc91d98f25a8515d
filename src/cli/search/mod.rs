//! The search commands: `search`, `sync`, `reindex`, `index …` — their
//! flags (`args.rs`), the search request (`request.rs`), and running each.

mod args;
pub(crate) mod index;
pub(crate) mod reindex;
pub(crate) mod request;
pub(crate) mod run;
pub(crate) mod sync;

pub(crate) use args::*;
