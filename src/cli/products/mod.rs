//! `ecomctl products …`: the flags (`args.rs`), their parsing into requests
//! (`request.rs`), running them over the use cases (`run.rs`).

mod args;
pub(crate) mod request;
pub(crate) mod run;

pub(crate) use args::*;
