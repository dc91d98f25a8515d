//! Integration tests: the real `ecomctl` binary against a real PostgreSQL,
//! one fresh database per test. One test binary, one module per feature.
//! (The architecture test, which reads the source, is `tests/architecture.rs`.)

mod fake_meili;
mod harness;
mod pg_server;
mod search_harness;
mod tls_proxy;
mod trap;

mod bulk;
mod bulk_products;
mod bulk_prompts;
mod bulk_race;
mod bulk_search;
mod bulk_select;
mod capture;
mod concurrency;
mod config;
mod connect;
mod console;
mod contexts;
mod corpus;
mod delay_proxy;
mod faults;
mod generated;
mod history;
mod hostile_data;
mod hostile_env;
mod hostile_settings;
mod import;
mod index_ops;
mod interactive;
mod migrate;
mod orders;
mod output;
mod products;
mod push;
mod query;
mod reindex;
mod shaping;
mod stress;
mod sync_watch;
mod unattended;
mod verify;
mod watch;
