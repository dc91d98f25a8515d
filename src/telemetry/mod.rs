//! How ecomctl reports on itself when nobody is watching: the watcher's
//! metrics (`metrics.rs`, rendered for Prometheus), the summary a scheduled
//! job leaves for node_exporter's textfile collector (`job.rs`), log
//! lines as JSON objects (`logs.rs`), and the bounded HTTP listener that
//! serves the watcher's endpoints (`listener.rs`).

pub(crate) mod job;
pub(crate) mod listener;
pub(crate) mod logs;
pub(crate) mod metrics;
