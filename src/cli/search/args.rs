//! `search`, `sync`, `reindex` and `index …`: the search commands' flags
//! and help.

use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;

use crate::cli::JobArgs;

#[derive(Debug, Args)]
pub(crate) struct SearchArgs {
    /// Free text to search for
    pub(crate) query: Option<String>,
    /// Only orders in this state (repeatable)
    #[arg(add = ArgValueCandidates::new(crate::cli::completion::states), long = "state")]
    pub(crate) states: Vec<String>,
    /// Only orders of this customer
    #[arg(long)]
    pub(crate) customer_email: Option<String>,
    /// Only orders with a line of this SKU
    #[arg(long)]
    pub(crate) sku: Option<String>,
    /// Only orders created at or after this time (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "TIME")]
    pub(crate) since: Option<String>,
    /// Only orders created before this time (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "TIME")]
    pub(crate) until: Option<String>,
    /// Only orders whose total is at least X
    #[arg(long, value_name = "X")]
    pub(crate) min_total: Option<String>,
    /// Only orders whose total is at most X
    #[arg(long, value_name = "X")]
    pub(crate) max_total: Option<String>,
    /// A raw Meilisearch filter expression, ANDed with the other filters
    #[arg(long, value_name = "RAW")]
    pub(crate) filter: Option<String>,
    /// Sort by FIELD:asc or FIELD:desc (repeatable; created_at_ts, total_price, id)
    #[arg(long, value_name = "FIELD:asc|desc")]
    pub(crate) sort: Vec<String>,
    /// Hits per page
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub(crate) limit: u32,
    /// Page number, from 1
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    pub(crate) page: u32,
    /// Show how many hits fall in each state
    #[arg(long)]
    pub(crate) facets: bool,
}

#[derive(Debug, Args)]
pub(crate) struct SyncArgs {
    /// Keep running and push changes as they happen (Ctrl-C or SIGTERM to stop)
    #[arg(long)]
    pub(crate) watch: bool,
    /// Orders per Meilisearch request (requests are also capped at 64 MiB).
    /// Default: a backlog of up to 50,000 orders as one request, a larger one
    /// in requests of 10,000 sent while the next are read
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..=100_000))]
    pub(crate) batch_size: Option<i64>,
    /// With --watch: serve /metrics (Prometheus), /healthz and /readyz on
    /// this address (e.g. 127.0.0.1:9187)
    #[arg(long, value_name = "HOST:PORT", requires = "watch")]
    pub(crate) metrics_addr: Option<std::net::SocketAddr>,
    /// With --metrics-addr: /readyz answers 503 once the oldest unsent or
    /// unconfirmed change is older than this (e.g. 90s, 5m, 1h)
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = parse_duration, requires = "metrics_addr")]
    pub(crate) max_lag: std::time::Duration,
    /// With --watch: compare this many documents a second with PostgreSQL,
    /// walking the whole index again and again, and queue what drifted
    /// (0: do not verify)
    #[arg(long, value_name = "DOCS_PER_SEC", default_value_t = 500, requires = "watch")]
    pub(crate) verify_rate: u32,
    /// With --watch: start a verification pass at most this often
    #[arg(long, value_name = "DURATION", default_value = "1m", value_parser = parse_duration, requires = "watch")]
    pub(crate) verify_interval: std::time::Duration,
    /// With --metrics-addr: /readyz answers 503 once no verification pass
    /// has ended for this long
    #[arg(long, value_name = "DURATION", default_value = "6h", value_parser = parse_duration, requires = "metrics_addr")]
    pub(crate) max_verify_age: std::time::Duration,
    #[command(flatten)]
    pub(crate) job: JobArgs,
}

/// `90s`, `5m`, `1h` or plain seconds.
fn parse_duration(text: &str) -> Result<std::time::Duration, String> {
    let (number, unit) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(at) => text.split_at(at),
        None => (text, "s"),
    };
    let seconds: u64 =
        number.parse().map_err(|_| format!("{text:?} is not a duration like 90s, 5m or 1h"))?;
    let scale = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        _ => return Err(format!("{text:?} is not a duration like 90s, 5m or 1h")),
    };
    match seconds.checked_mul(scale) {
        Some(total) if total > 0 => Ok(std::time::Duration::from_secs(total)),
        _ => Err(format!("{text:?} must be between 1s and a few years")),
    }
}

#[derive(Debug, Args)]
pub(crate) struct ReindexArgs {
    /// Documents per NDJSON request (requests are also capped at 64 MiB)
    #[arg(long, default_value_t = 50_000, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub(crate) batch_size: u64,
    /// Build and count the documents without sending them
    #[arg(long)]
    pub(crate) dry_run: bool,
    #[command(flatten)]
    pub(crate) job: JobArgs,
}

#[derive(Debug, Subcommand)]
pub(crate) enum IndexCommand {
    /// Create the index if needed and apply ecomctl's settings
    ///
    /// Create the live index if it does not exist and apply the settings ecomctl needs
    /// (filterable: state, customer_email, created_at_ts, total_price, items.product_sku,
    /// items.product_id; sortable: created_at_ts, total_price, id; searchable: per
    /// --searchable), waiting until Meilisearch has applied them.
    ///
    /// Examples:
    ///   ecomctl index setup
    ///   ecomctl --searchable compact index setup
    #[command(verbatim_doc_comment)]
    Setup,
    /// Show the index's documents, settings, indexing state and the outbox backlog
    ///
    /// Show the live index's document count, whether it is indexing, its settings, and the
    /// outbox backlog (entries and age of the oldest).
    ///
    /// Examples:
    ///   ecomctl index status
    ///   ecomctl -o json index status
    #[command(verbatim_doc_comment)]
    Status,
    /// Compare PostgreSQL and Meilisearch document by document
    ///
    /// Compare every order in PostgreSQL with the index: counts, ids missing from the index,
    /// ids in the index but not in PostgreSQL, documents older than the version Meilisearch
    /// last confirmed (stale), and documents whose content differs. Orders with a change
    /// queued in the outbox are on their way and not counted. Exits 4 on any drift and lists
    /// a sample. --fast compares ids and versions only (no document bodies are read). With
    /// --repair, queues exactly the drifted orders in the outbox, syncs them, checks again and
    /// exits 0 when the index is then in step.
    ///
    /// Examples:
    ///   ecomctl index check
    ///   ecomctl index check --fast
    ///   ecomctl -o json index check --sample 50
    ///   ecomctl index check --repair
    #[command(verbatim_doc_comment)]
    Check(IndexCheckArgs),
}

#[derive(Debug, Args)]
pub(crate) struct IndexCheckArgs {
    /// How many ids to list per kind of drift
    #[arg(long, default_value_t = 10)]
    pub(crate) sample: usize,
    /// Queue the drifted orders and sync them, then check again
    #[arg(long)]
    pub(crate) repair: bool,
    /// Compare ids and versions only, not the documents' content
    #[arg(long)]
    pub(crate) fast: bool,
    #[command(flatten)]
    pub(crate) job: JobArgs,
}
