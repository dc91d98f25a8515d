//! Integration tests: the real `ecomctl` binary against a real PostgreSQL,
//! one fresh database per test. One test binary, one module per feature.

mod harness;

mod concurrency;
mod config;
mod migrate;
mod orders;
mod output;
mod products;
