//! `ecomctl orders …`: the flags (`args.rs`), their parsing into requests
//! (`request.rs`), running them over the use cases (`run.rs`), the
//! interactive picker of `orders create` (`wizard.rs`) and the live feed's
//! rendering (`watch.rs`).

mod args;
pub(crate) mod request;
pub(crate) mod run;
mod watch;
mod wizard;

pub(crate) use args::*;
