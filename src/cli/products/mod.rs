//! `ecomctl products …`: the flags (`args.rs`), their parsing into requests
//! (`request.rs`), running them over the use cases (`run.rs`), and the bulk
//! change of many products (`bulk.rs`).

mod args;
mod bulk;
pub(crate) mod request;
pub(crate) mod run;

pub(crate) use args::*;
