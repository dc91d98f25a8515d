//! Refusals (exit 4): the request was understood but refused — invalid
//! values, conflicts, insufficient stock, a state an order cannot go to,
//! bad input data, what Meilisearch or PostgreSQL refused, a certificate
//! that is not trusted. Each variant carries what its message shows; the
//! wording is here, in one place.
//!
//! A few variants carry free-form text from elsewhere (`problem`,
//! `message`): a domain parser's `InvalidValue` (this layer is below the
//! domain, so its text), Meilisearch's or PostgreSQL's own message.

use std::fmt;

#[derive(Debug, thiserror::Error)]
pub(crate) enum Refusal {
    // Values given.
    /// A flag's value a domain parser refused; `problem` is its message.
    #[error("{flag}: {problem}")]
    Flag { flag: String, problem: String },
    /// A value a domain rule refused (an order total, a quantity), in the
    /// rule's words.
    #[error("{problem}")]
    Value { problem: String },
    #[error(
        "an order becomes CHANGED when its items are replaced: use `ecomctl orders update ID --item …`"
    )]
    SetChanged,

    // Orders, products and stock.
    /// `allowed`: the states the order may go to from `from`.
    #[error("order #{id} cannot go from {from} to {to} ({})", allowed_from(.from, .allowed))]
    Transition { id: i64, from: &'static str, to: &'static str, allowed: Vec<&'static str> },
    #[error(
        "order #{id} is {state}: its items can only be replaced while it is CREATED or CHANGED"
    )]
    ItemsFrozen { id: i64, state: &'static str },
    /// The quantities of a product named more than once add up past the
    /// limit; `problem` is the quantity rule's message.
    #[error("product {sku}: {problem}")]
    Quantity { sku: String, problem: String },
    /// Every line of an order that its products cannot supply.
    #[error("insufficient stock: {}", joined(.short, "; "))]
    Stock { short: Vec<Short> },
    #[error("an order with external ref {external_ref:?} already exists")]
    DuplicateExternalRef { external_ref: String },
    /// `reference`: the SKU as `products update` takes it.
    #[error(
        "a product with SKU {sku} already exists (use `ecomctl products update {reference}` to change it)"
    )]
    DuplicateSku { sku: String, reference: String },
    /// `flag`: the flag that asked for the change (`--add-stock`, `--stock`).
    #[error("stock of {sku} cannot go below zero: it has {stock}, {flag} {add}")]
    StockBelowZero { sku: String, stock: i32, flag: &'static str, add: i32 },
    #[error("stock of {sku} cannot go above {}: it has {stock}, {flag} {add}", i32::MAX)]
    StockAboveMax { sku: String, stock: i32, flag: &'static str, add: i32 },
    /// A relative price a product cannot take; `problem`: the rule's words.
    #[error("{sku}: {problem}")]
    Price { sku: String, problem: String },
    /// A bulk change with refusals (`would`: in a dry run). `outcome`:
    /// what became (or would become) of the others.
    #[error("{refused} of {selected} {what}(s) {}refused: {outcome}", if *.would { "would be " } else { "" })]
    BulkRefused {
        refused: usize,
        selected: usize,
        what: &'static str,
        would: bool,
        outcome: String,
    },
    #[error(
        "--from-search: the search reached the {cap} hits Meilisearch returns at most (the \
         index's pagination.maxTotalHits), so it may match orders no page shows: narrow it, or \
         select with the filters instead (they are read from PostgreSQL)"
    )]
    SearchCapped { cap: usize },
    #[error("there are no products yet: create some with `ecomctl products create`")]
    NoProducts,
    #[error(
        "the database already holds products or orders; the demo only loads into an empty one \
         (use --force to add the sample anyway)"
    )]
    DemoNotEmpty,

    // Output.
    /// A valid --jq filter that fails on the data it was given (`.a.b` on
    /// a number, `error("…")`); what the command did before printing stands.
    #[error("--jq: {error} (the filter failed on the output, after the command ran)")]
    Jq { error: String },

    // Imports.
    /// The input cannot be read on: `problem` says why, as the reader put it.
    #[error("{problem}")]
    Input { problem: String },
    #[error("cannot read {path}: {error}")]
    Unreadable { path: String, error: std::io::Error },
    /// `products`: how many are short; `first`: the first of them, named.
    #[error(
        "insufficient stock for {products} product(s): {}{}; nothing was imported (use --no-stock for historical orders)",
        joined(.first, "; "),
        and_more(*.products, .first.len())
    )]
    ImportStock { products: usize, first: Vec<ImportShort> },
    /// `what`: "product" or "order"; `counts`: the import's counts, as its
    /// summary line shows them.
    #[error(
        "{failed} {what} record(s) refused ({counts}): nothing was imported; fix them, or use --skip-invalid \
         to import the valid ones"
    )]
    RecordsRefused { failed: u64, what: &'static str, counts: String },

    // Meilisearch and the search index.
    /// What Meilisearch refused, in its own words.
    #[error("{message}")]
    Meilisearch { message: String },
    /// The key is missing, unknown or lacks a permission (Meilisearch's
    /// `auth` errors, HTTP 401/403).
    #[error("Meilisearch refused the key: {message}")]
    MeiliKey { message: String },
    #[error("request too large for Meilisearch ({message})")]
    TooLarge { message: String },
    #[error("{0}")]
    TaskFailed(TaskFailure),
    #[error("{first}; {failed} task(s) failed, their orders are queued again")]
    TasksFailed { first: TaskFailure, failed: usize },
    #[error("{failure}; the change stays queued for `ecomctl sync`")]
    ChangeNotIndexed { failure: TaskFailure },
    #[error("order #{id} cannot be indexed: {problem}")]
    Unindexable { id: i64, problem: String },
    #[error("another reindex of index {index} is running")]
    ReindexRunning { index: String },
    #[error(
        "the rebuilt index holds {documents} documents but the snapshot has {orders} orders{}; the live index was left as it was",
        too_large_to_index(*.too_large)
    )]
    RebuildCount { documents: usize, orders: u64, too_large: u64 },
    #[error(
        "index {index} has drifted: {missing} missing, {extra} extra, {stale} stale, {differing} differing (run `ecomctl index check --repair`, or `ecomctl reindex`)"
    )]
    Drift { index: String, missing: u64, extra: u64, stale: u64, differing: u64 },
    #[error(
        "the index still drifts after the repair: {missing} missing, {extra} extra, {stale} stale, \
         {differing} differing (orders changed meanwhile? run it again)"
    )]
    DriftAfterRepair { missing: u64, extra: u64, stale: u64, differing: u64 },
    /// `why`: what the certificate check said.
    #[error(
        "Meilisearch's TLS certificate was refused ({why}): if it is signed by a private \
         certificate authority, pass that CA with --meili-ca-cert (or MEILI_CA_CERT)"
    )]
    MeiliCertificate { why: String },
    /// `doctor`: the checks that failed, by name.
    #[error("{} check(s) failed: {}", .checks.len(), .checks.join(", "))]
    ChecksFailed { checks: Vec<&'static str> },

    // PostgreSQL (`server`: the connection as shown, `user@host:port/dbname`).
    #[error(
        "authentication failed for user {user:?} at {server}: check the password \
         (PGPASSWORD, ~/.pgpass or the URL) and the role ({message})"
    )]
    Authentication { user: String, server: String, message: String },
    #[error(
        "authentication failed for user {user:?} at {server}: the server asks for a password and none \
         was given (PGPASSWORD, ~/.pgpass or the URL)"
    )]
    NoPassword { user: String, server: String },
    #[error("the server at {server} does not accept TLS, but sslmode={mode} requires it")]
    NoTls { server: String, mode: &'static str },
    #[error(
        "the server certificate of {server} is not valid for this host name: connect with a name \
         the certificate lists, or use sslmode=verify-ca to check only the chain"
    )]
    CertificateName { server: String },
    #[error(
        "the server certificate of {server} is not trusted: set sslrootcert (or PGSSLROOTCERT) to \
         the certificate authority that signed it"
    )]
    CertificateUntrusted { server: String },
    #[error("the server certificate of {server} has expired")]
    CertificateExpired { server: String },
    #[error("TLS with {server} failed: {error}")]
    Tls { server: String, error: rustls::Error },
    /// A constraint PostgreSQL enforced, in its own words.
    #[error("{message}")]
    Constraint { message: String },
}

/// An order line its product cannot supply.
#[derive(Debug, Clone)]
pub(crate) struct Short {
    pub(crate) sku: String,
    pub(crate) requested: i64,
    pub(crate) available: i64,
}

impl fmt::Display for Short {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (requested {}, available {})", self.sku, self.requested, self.available)
    }
}

/// A product the orders of an import need more of than it has.
#[derive(Debug, Clone)]
pub(crate) struct ImportShort {
    pub(crate) sku: String,
    pub(crate) needs: i64,
    pub(crate) available: i64,
}

impl fmt::Display for ImportShort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (needs {}, available {})", self.sku, self.needs, self.available)
    }
}

/// A Meilisearch task that failed, with Meilisearch's message.
#[derive(Debug, Clone)]
pub(crate) struct TaskFailure {
    pub(crate) uid: u32,
    pub(crate) message: String,
}

impl fmt::Display for TaskFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Meilisearch task {} failed: {}", self.uid, self.message)
    }
}

fn joined(items: &[impl fmt::Display], separator: &str) -> String {
    items.iter().map(ToString::to_string).collect::<Vec<_>>().join(separator)
}

/// "CANCELLED is final", or "allowed from CREATED: CHANGED, CANCELLED".
fn allowed_from(from: &str, allowed: &[&str]) -> String {
    if allowed.is_empty() {
        format!("{from} is final")
    } else {
        format!("allowed from {from}: {}", allowed.join(", "))
    }
}

/// " and 3 more" when only `shown` of `total` are named.
fn and_more(total: usize, shown: usize) -> String {
    match total.saturating_sub(shown) {
        0 => String::new(),
        more => format!(" and {more} more"),
    }
}

fn too_large_to_index(too_large: u64) -> String {
    if too_large > 0 { format!(" ({too_large} too large to index)") } else { String::new() }
}
