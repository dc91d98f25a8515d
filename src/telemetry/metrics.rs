//! The metrics of `sync --watch`: every name, help text and bucket list in
//! one place, and one function per thing that happens. Recording goes
//! through the `metrics` facade, which does nothing until `install` is
//! called — only `sync --watch --metrics-addr` does — so every other
//! command pays nothing for it.
//!
//! Every series carries the label `index` (set once, globally); none has a
//! label of unbounded cardinality (no order ids, no task uids).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use metrics::{counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram};
use metrics_exporter_prometheus::{BuildError, Matcher, PrometheusBuilder, PrometheusHandle};

const UNSENT: &str = "ecomctl_outbox_unsent_entries";
const UNCONFIRMED: &str = "ecomctl_outbox_unconfirmed_entries";
const REFUSED: &str = "ecomctl_outbox_refused_entries";
const OLDEST_UNSENT: &str = "ecomctl_outbox_oldest_unsent_age_seconds";
const OLDEST_UNCONFIRMED: &str = "ecomctl_outbox_oldest_unconfirmed_age_seconds";
const POSTGRES_UP: &str = "ecomctl_postgres_up";
const MEILISEARCH_UP: &str = "ecomctl_meilisearch_up";
const READY: &str = "ecomctl_ready";
const LAST_CONFIRMATION: &str = "ecomctl_last_confirmation_timestamp_seconds";
const DOCUMENTS_PUSHED: &str = "ecomctl_documents_pushed_total";
const DELETIONS_PUSHED: &str = "ecomctl_deletions_pushed_total";
const TASKS: &str = "ecomctl_tasks_total";
const PUSH_ERRORS: &str = "ecomctl_push_errors_total";
const RECONNECTS: &str = "ecomctl_reconnects_total";
const PUSH_DURATION: &str = "ecomctl_push_request_duration_seconds";
const LAG: &str = "ecomctl_commit_to_searchable_seconds";
const BUILD_INFO: &str = "ecomctl_build_info";
const VERIFIED: &str = "ecomctl_verified_total";
const DRIFT_FOUND: &str = "ecomctl_drift_found_total";
const LAST_VERIFY_PASS: &str = "ecomctl_verify_last_pass_timestamp_seconds";
const VERIFY_PASS_DURATION: &str = "ecomctl_verify_last_pass_duration_seconds";

/// How a document can drift, as the `kind` label of `ecomctl_drift_found_total` says it.
pub(crate) const DRIFT_KINDS: [&str; 4] = ["missing", "extra", "stale", "differing"];

/// Why a push request failed, as the `kind` label says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PushError {
    /// No connection, or it broke.
    Unreachable,
    /// Meilisearch refused the request (4xx).
    ClientError,
    /// Meilisearch failed (5xx).
    ServerError,
    /// No answer within the request timeout.
    Timeout,
}

impl PushError {
    const ALL: [PushError; 4] = [
        PushError::Unreachable,
        PushError::ClientError,
        PushError::ServerError,
        PushError::Timeout,
    ];

    fn label(self) -> &'static str {
        match self {
            PushError::Unreachable => "unreachable",
            PushError::ClientError => "client_error",
            PushError::ServerError => "server_error",
            PushError::Timeout => "timeout",
        }
    }
}

/// Installs the recorder for this process and returns the handle that
/// renders `/metrics`. Every series exists from the start (counters at 0),
/// so a dashboard shows zeros rather than gaps before the first push.
pub(crate) fn install(index: &str) -> Result<PrometheusHandle, BuildError> {
    // Push requests take milliseconds to seconds; the lag from a commit to
    // searchable spans a second to an outage.
    let request_buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0];
    let lag_buckets =
        [0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0];
    let handle = PrometheusBuilder::new()
        .add_global_label("index", index)
        .set_buckets_for_metric(Matcher::Full(PUSH_DURATION.into()), &request_buckets)?
        .set_buckets_for_metric(Matcher::Full(LAG.into()), &lag_buckets)?
        .install_recorder()?;
    describe();
    // Constant 1: which version runs (mixed versions, restarts in a loop).
    gauge!(BUILD_INFO, "version" => env!("CARGO_PKG_VERSION")).set(1.0);
    for name in [DOCUMENTS_PUSHED, DELETIONS_PUSHED, RECONNECTS, VERIFIED] {
        counter!(name).absolute(0);
    }
    for status in ["succeeded", "failed"] {
        counter!(TASKS, "status" => status).absolute(0);
    }
    for kind in PushError::ALL {
        counter!(PUSH_ERRORS, "kind" => kind.label()).absolute(0);
    }
    for kind in DRIFT_KINDS {
        counter!(DRIFT_FOUND, "kind" => kind).absolute(0);
    }
    for name in [POSTGRES_UP, MEILISEARCH_UP, READY, UNSENT, UNCONFIRMED, REFUSED] {
        gauge!(name).set(0.0);
    }
    for name in [
        OLDEST_UNSENT,
        OLDEST_UNCONFIRMED,
        LAST_CONFIRMATION,
        LAST_VERIFY_PASS,
        VERIFY_PASS_DURATION,
    ] {
        gauge!(name).set(0.0);
    }
    // Registered, so they render before their first observation.
    let _ = histogram!(PUSH_DURATION);
    let _ = histogram!(LAG);
    Ok(handle)
}

fn describe() {
    describe_gauge!(BUILD_INFO, "Always 1; the version label says which ecomctl runs.");
    describe_gauge!(UNSENT, "Outbox entries whose document Meilisearch has not accepted yet.");
    describe_gauge!(
        UNCONFIRMED,
        "Outbox entries sent to Meilisearch whose task has not succeeded yet."
    );
    describe_gauge!(REFUSED, "Outbox entries refused for good: their document cannot be indexed.");
    describe_gauge!(
        OLDEST_UNSENT,
        "Seconds since the oldest unsent entry was committed (0 when none)."
    );
    describe_gauge!(
        OLDEST_UNCONFIRMED,
        "Seconds since the oldest sent but unconfirmed entry was committed (0 when none)."
    );
    describe_gauge!(POSTGRES_UP, "1 when PostgreSQL answered the last check, else 0.");
    describe_gauge!(MEILISEARCH_UP, "1 when Meilisearch answered the last check, else 0.");
    describe_gauge!(READY, "1 when /readyz answers 200, else 0.");
    describe_gauge!(LAST_CONFIRMATION, "Unix time of the last confirmation of a succeeded task.");
    describe_counter!(DOCUMENTS_PUSHED, "Order documents sent to Meilisearch.");
    describe_counter!(DELETIONS_PUSHED, "Order deletions sent to Meilisearch.");
    describe_counter!(TASKS, "Meilisearch tasks confirmed, by final status.");
    describe_counter!(PUSH_ERRORS, "Push requests that failed, by kind.");
    describe_counter!(RECONNECTS, "Times the watcher reconnected to PostgreSQL after losing it.");
    describe_counter!(
        VERIFIED,
        "Documents compared with PostgreSQL by the watcher's verification."
    );
    describe_counter!(
        DRIFT_FOUND,
        "Drifted documents verification found and queued again, by kind (missing, extra, stale, differing)."
    );
    describe_gauge!(
        LAST_VERIFY_PASS,
        "Unix time the last full verification pass ended (0: none yet)."
    );
    describe_gauge!(VERIFY_PASS_DURATION, "Seconds the last full verification pass took.");
    describe_histogram!(PUSH_DURATION, "Duration of one push request to Meilisearch, in seconds.");
    describe_histogram!(
        LAG,
        "Seconds from an outbox entry's commit until ecomctl saw its task succeed."
    );
}

/// Documents and deletions Meilisearch accepted.
pub(crate) fn pushed(documents: usize, deletions: usize) {
    counter!(DOCUMENTS_PUSHED).increment(documents as u64);
    counter!(DELETIONS_PUSHED).increment(deletions as u64);
}

/// One push request, however it ended.
pub(crate) fn push_request(took: Duration) {
    histogram!(PUSH_DURATION).record(took.as_secs_f64());
}

pub(crate) fn push_failed(kind: PushError) {
    counter!(PUSH_ERRORS, "kind" => kind.label()).increment(1);
}

/// Tasks found finished; `lags` are the seconds from each cleared entry's
/// commit to now.
pub(crate) fn confirmed(succeeded: usize, failed: usize, lags: &[f64]) {
    counter!(TASKS, "status" => "succeeded").increment(succeeded as u64);
    counter!(TASKS, "status" => "failed").increment(failed as u64);
    let lag = histogram!(LAG);
    for seconds in lags {
        lag.record(*seconds);
    }
    if succeeded > 0 {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        gauge!(LAST_CONFIRMATION).set(now.as_secs_f64());
    }
}

pub(crate) fn reconnected() {
    counter!(RECONNECTS).increment(1);
}

/// The outbox as the last check saw it.
pub(crate) struct OutboxGauges {
    pub(crate) unsent: i64,
    pub(crate) unconfirmed: i64,
    pub(crate) refused: i64,
    pub(crate) oldest_unsent: Option<f64>,
    pub(crate) oldest_unconfirmed: Option<f64>,
}

pub(crate) fn outbox(now: &OutboxGauges) {
    gauge!(UNSENT).set(now.unsent as f64);
    gauge!(UNCONFIRMED).set(now.unconfirmed as f64);
    gauge!(REFUSED).set(now.refused as f64);
    gauge!(OLDEST_UNSENT).set(now.oldest_unsent.unwrap_or(0.0));
    gauge!(OLDEST_UNCONFIRMED).set(now.oldest_unconfirmed.unwrap_or(0.0));
}

pub(crate) fn up(postgres: bool, meilisearch: bool, ready: bool) {
    gauge!(POSTGRES_UP).set(f64::from(u8::from(postgres)));
    gauge!(MEILISEARCH_UP).set(f64::from(u8::from(meilisearch)));
    gauge!(READY).set(f64::from(u8::from(ready)));
}

/// Documents verification compared.
pub(crate) fn verified(documents: u64) {
    counter!(VERIFIED).increment(documents);
}

/// Drifted documents of one kind (one of `DRIFT_KINDS`) found.
pub(crate) fn drift_found(kind: &'static str, documents: u64) {
    counter!(DRIFT_FOUND, "kind" => kind).increment(documents);
}

/// A full verification pass ended now, after `took`.
pub(crate) fn verify_pass(took: Duration) {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    gauge!(LAST_VERIFY_PASS).set(now.as_secs_f64());
    gauge!(VERIFY_PASS_DURATION).set(took.as_secs_f64());
}
