//! `ecomctl orders …`: the flags (`args.rs`), their parsing into requests
//! (`request.rs`), running them over the use cases (`run.rs`), the
//! interactive picker of `orders create` (`wizard.rs`), the live feed's
//! rendering (`watch.rs`) and the bulk changes over a selection (`bulk.rs`).

mod args;
mod bulk;
pub(crate) mod request;
pub(crate) mod run;
mod watch;
mod wizard;

pub(crate) use args::*;
