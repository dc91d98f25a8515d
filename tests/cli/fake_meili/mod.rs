//! An in-process fake of the Meilisearch HTTP API: the subset ecomctl uses,
//! with the real JSON shapes (the SDK parses them strictly), asynchronous
//! tasks processed in order by a background worker, index swap (and rename),
//! and simple matching, filtering, sorting and facets. The same tests run
//! against a real Meilisearch when TEST_MEILI_URL is set, which keeps this
//! fake honest.
//!
//! Tasks take time, as on a real server (measured on Meilisearch v1.50, 2
//! cores: 0.7–0.8 s for a one-document task on a small index, ~2.5–3k order
//! documents/s in bulk): each batch costs a fixed delay plus a delay per
//! document. Like the real scheduler, consecutive document tasks of one index
//! are processed together as one batch, one batch at a time, in uid order.
//! The suite's default (`SUITE_TIMING`) is smaller but never zero, so no test
//! can rely on instant indexing.
//!
//! Test-only controls: the timing, failing document tasks, a stall switch
//! (tasks stay enqueued), slow answers, and an outage switch (every request
//! answers 503 without a body).

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Map, Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

type Shared = Arc<Mutex<FakeState>>;

/// A running fake server; stops when dropped.
pub struct FakeMeili {
    pub url: String,
    state: Shared,
    _runtime: tokio::runtime::Runtime,
}

impl FakeMeili {
    pub fn start(key: Option<&str>) -> Self {
        Self::start_on("127.0.0.1:0", key, SUITE_TIMING)
    }

    /// A fake on `address` (e.g. "127.0.0.1:7700") with the given timing.
    pub fn start_on(address: &str, key: Option<&str>, timing: Timing) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let state: Shared = Arc::new(Mutex::new(FakeState::new(key)));
        state.lock().unwrap().timing = timing;
        let listener = runtime.block_on(tokio::net::TcpListener::bind(address)).unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let app = router(state.clone());
        runtime.spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        runtime.spawn(worker(state.clone()));
        FakeMeili { url, state, _runtime: runtime }
    }

    /// Every batch of tasks takes this long (plus the per-document cost).
    pub fn set_task_delay(&self, delay: Duration) {
        self.state.lock().unwrap().timing.per_batch = delay;
    }

    pub fn set_timing(&self, timing: Timing) {
        self.state.lock().unwrap().timing = timing;
    }

    /// The largest request body accepted (like `--http-payload-size-limit`,
    /// 100 MiB by default); larger ones are answered 413.
    pub fn set_payload_limit(&self, bytes: usize) {
        self.state.lock().unwrap().payload_limit = bytes;
    }

    /// The version the fake claims to be (`GET /version`).
    pub fn set_version(&self, version: &str) {
        self.state.lock().unwrap().version = version.to_owned();
    }

    /// While stalled, tasks are accepted but not processed.
    pub fn set_stalled(&self, stalled: bool) {
        self.state.lock().unwrap().stalled = stalled;
    }

    /// Every answer is delayed this long (a slow or overloaded server).
    pub fn set_response_delay(&self, delay: Duration) {
        self.state.lock().unwrap().response_delay = delay;
    }

    /// How many task batches have been processed (auto-batching included).
    pub fn batches_processed(&self) -> usize {
        self.state.lock().unwrap().batches
    }

    /// Statuses of tasks, by uid.
    pub fn task_status(&self, uid: usize) -> Option<String> {
        self.state.lock().unwrap().tasks.get(uid).map(|t| t.status.to_string())
    }

    /// Document additions fail (as a task failure) while set.
    pub fn fail_document_tasks(&self, fail: bool) {
        self.state.lock().unwrap().fail_document_tasks = fail;
    }

    /// While down, every request gets a bare 503.
    pub fn set_down(&self, down: bool) {
        self.state.lock().unwrap().down = down;
    }

    /// Index uids currently present.
    pub fn index_uids(&self) -> Vec<String> {
        self.state.lock().unwrap().indexes.keys().cloned().collect()
    }

    /// Sizes (documents, bytes) of every document-addition request, in order.
    pub fn document_requests(&self) -> Vec<(usize, usize)> {
        self.state.lock().unwrap().document_requests.clone()
    }

    /// How many document requests came gzip-compressed.
    pub fn compressed_requests(&self) -> usize {
        self.state.lock().unwrap().compressed_requests
    }
}

/// How long processing takes: a batch costs `per_batch` plus `per_document`
/// for each document it adds or deletes.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    pub per_batch: Duration,
    pub per_document: Duration,
}

/// The suite's timing: small, never zero.
pub const SUITE_TIMING: Timing =
    Timing { per_batch: Duration::from_millis(60), per_document: Duration::from_micros(20) };

/// Close to a real Meilisearch v1.50 on 2 cores (for benchmarks).
#[allow(dead_code)]
pub const REALISTIC_TIMING: Timing =
    Timing { per_batch: Duration::from_millis(750), per_document: Duration::from_micros(360) };

struct FakeState {
    key: Option<String>,
    indexes: BTreeMap<String, IndexData>,
    tasks: Vec<TaskRecord>,
    queue: VecDeque<usize>,
    timing: Timing,
    fail_document_tasks: bool,
    stalled: bool,
    response_delay: Duration,
    payload_limit: usize,
    down: bool,
    document_requests: Vec<(usize, usize)>,
    /// Document requests that came gzip-compressed.
    compressed_requests: usize,
    batches: usize,
    /// The batch being processed, for `GET /batches`.
    processing: Option<Processing>,
    /// What `GET /version` says; before 1.26 the document routes refuse
    /// `customMetadata` as an unknown parameter, as the real ones did.
    version: String,
}

impl FakeState {
    fn new(key: Option<&str>) -> Self {
        FakeState {
            key: key.map(String::from),
            indexes: BTreeMap::new(),
            tasks: Vec::new(),
            queue: VecDeque::new(),
            timing: SUITE_TIMING,
            fail_document_tasks: false,
            stalled: false,
            response_delay: Duration::ZERO,
            payload_limit: 100 * 1024 * 1024,
            down: false,
            document_requests: Vec::new(),
            compressed_requests: 0,
            processing: None,
            batches: 0,
            version: "1.50.0".into(),
        }
    }
}

/// The batch the worker is processing: what `GET /batches` reports, with a
/// progress that grows with the time the batch takes.
struct Processing {
    uid: usize,
    index_uid: Option<String>,
    tasks: usize,
    documents: usize,
    started: std::time::Instant,
    takes: Duration,
}

/// One filterable attribute and the operators its rule allows.
struct FilterRule {
    attribute: String,
    /// `=`, `!=`, `IN`, `EXISTS`, …
    equality: bool,
    /// `<`, `>`, `<=`, `>=`, `TO`.
    comparison: bool,
    /// The rule's place in `filterableAttributes` (Meilisearch names it).
    number: usize,
}

struct IndexData {
    primary_key: Option<String>,
    documents: HashMap<String, (u64, Value)>,
    next_seq: u64,
    filterable: Vec<String>,
    /// What each filterable attribute allows, as the settings said.
    filter_rules: Vec<FilterRule>,
    /// `filterableAttributes` as it was given (names or rule objects).
    filterable_setting: Value,
    sortable: Vec<String>,
    searchable: Vec<String>,
    /// Settings the fake keeps and returns but does not act on
    /// (`proximityPrecision`, `facetSearch`, `typoTolerance`).
    other_settings: serde_json::Map<String, Value>,
    created_at: String,
    updated_at: String,
}

impl IndexData {
    fn new(primary_key: Option<String>) -> Self {
        IndexData {
            primary_key,
            documents: HashMap::new(),
            next_seq: 0,
            filterable: Vec::new(),
            filter_rules: Vec::new(),
            filterable_setting: Value::Array(Vec::new()),
            sortable: Vec::new(),
            searchable: vec!["*".into()],
            other_settings: serde_json::Map::new(),
            created_at: now(),
            updated_at: now(),
        }
    }

    fn info(&self, uid: &str) -> Value {
        json!({"uid": uid, "primaryKey": self.primary_key, "createdAt": self.created_at, "updatedAt": self.updated_at})
    }

    /// Documents in insertion order.
    fn ordered(&self) -> Vec<&Value> {
        let mut docs: Vec<&(u64, Value)> = self.documents.values().collect();
        docs.sort_by_key(|(seq, _)| *seq);
        docs.into_iter().map(|(_, doc)| doc).collect()
    }
}

enum Op {
    CreateIndex { uid: String, primary_key: Option<String> },
    DeleteIndex { uid: String },
    AddDocuments { uid: String, documents: Vec<Value>, primary_key: Option<String> },
    DeleteDocuments { uid: String, ids: Vec<String> },
    Settings { uid: String, patch: Value },
    Swap { swaps: Vec<(String, String, bool)> },
}

struct TaskRecord {
    uid: usize,
    /// Set when a cancelation arrives while the task is processing.
    cancel_requested: bool,
    index_uid: Option<String>,
    kind: &'static str,
    status: &'static str,
    details: Value,
    error: Option<Value>,
    enqueued_at: String,
    started_at: Option<String>,
    finished_at: Option<String>,
    op: Option<Op>,
    /// `?customMetadata=` of the request that enqueued it.
    custom_metadata: Option<String>,
}

impl TaskRecord {
    fn to_json(&self) -> Value {
        let mut task = json!({
            "uid": self.uid,
            "batchUid": null,
            "indexUid": self.index_uid,
            "status": self.status,
            "type": self.kind,
            "canceledBy": null,
            "details": self.details,
            "error": self.error,
            "duration": if self.finished_at.is_some() { json!("PT0.001S") } else { Value::Null },
            "enqueuedAt": self.enqueued_at,
            "startedAt": self.started_at,
            "finishedAt": self.finished_at,
        });
        if self.status == "enqueued" {
            task["startedAt"] = Value::Null;
        }
        if let Some(metadata) = &self.custom_metadata {
            task["customMetadata"] = json!(metadata);
        }
        task
    }

    fn summary(&self) -> Value {
        json!({
            "taskUid": self.uid,
            "indexUid": self.index_uid,
            "status": "enqueued",
            "type": self.kind,
            "enqueuedAt": self.enqueued_at,
        })
    }
}

/// A document id or facet value as text (ids may be numbers or strings).
fn key_string(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn now() -> String {
    OffsetDateTime::now_utc().format(&Rfc3339).unwrap()
}

fn error(status: StatusCode, code: &str, kind: &str, message: impl Into<String>) -> Response {
    let body = json!({
        "message": message.into(),
        "code": code,
        "type": kind,
        "link": format!("https://docs.meilisearch.com/errors#{code}"),
    });
    (status, Json(body)).into_response()
}

fn index_not_found(uid: &str) -> Response {
    error(
        StatusCode::NOT_FOUND,
        "index_not_found",
        "invalid_request",
        format!("Index `{uid}` not found."),
    )
}

fn error_value(code: &str, message: impl Into<String>) -> Value {
    json!({
        "message": message.into(),
        "code": code,
        "type": "invalid_request",
        "link": format!("https://docs.meilisearch.com/errors#{code}"),
    })
}

fn enqueue(
    state: &mut FakeState,
    index_uid: Option<&str>,
    kind: &'static str,
    details: Value,
    op: Op,
) -> Response {
    let uid = state.tasks.len();
    state.tasks.push(TaskRecord {
        uid,
        cancel_requested: false,
        index_uid: index_uid.map(String::from),
        kind,
        status: "enqueued",
        details,
        error: None,
        enqueued_at: now(),
        started_at: None,
        finished_at: None,
        op: Some(op),
        custom_metadata: None,
    });
    state.queue.push_back(uid);
    (StatusCode::ACCEPTED, Json(state.tasks[uid].summary())).into_response()
}

/// Gives the task just enqueued the request's `customMetadata`, or refuses
/// the parameter where the claimed version does not know it (before 1.26).
fn tag_document_task(
    state: &mut FakeState,
    params: &HashMap<String, String>,
    enqueued: Response,
) -> Response {
    let Some(metadata) = params.get("customMetadata") else { return enqueued };
    let mut parts = state.version.split('.').map(|p| p.parse::<u64>().unwrap_or(0));
    if (parts.next().unwrap_or(0), parts.next().unwrap_or(0)) < (1, 26) {
        let uid = state.tasks.len() - 1;
        state.tasks.pop();
        state.queue.retain(|queued| *queued != uid);
        return error(
            StatusCode::BAD_REQUEST,
            "bad_request",
            "invalid_request",
            "Unknown parameter `customMetadata`: expected one of `primaryKey`, `csvDelimiter`",
        );
    }
    if let Some(task) = state.tasks.last_mut() {
        task.custom_metadata = Some(metadata.clone());
    }
    enqueued
}

fn router(state: Shared) -> Router {
    Router::new()
        .route("/health", get(|| async { Json(json!({"status": "available"})) }))
        .route(
            "/version",
            get(|State(state): State<Shared>| async move {
                let version = state.lock().unwrap().version.clone();
                Json(json!({"commitSha": "fake", "commitDate": "2026-01-01T00:00:00Z", "pkgVersion": version}))
            }),
        )
        .route("/batches", get(tasks::batches))
        .route("/indexes", get(list_indexes).post(create_index))
        .route("/indexes/{uid}", get(get_index).delete(delete_index))
        .route("/indexes/{uid}/stats", get(stats))
        .route("/indexes/{uid}/settings", get(get_settings).patch(patch_settings))
        .route("/indexes/{uid}/documents", get(get_documents).post(add_documents))
        .route("/indexes/{uid}/documents/fetch", post(fetch_documents))
        .route("/indexes/{uid}/documents/delete-batch", post(delete_documents))
        .route("/indexes/{uid}/search", post(search))
        .route("/swap-indexes", post(swap_indexes))
        .route("/tasks", get(list_tasks))
        .route("/tasks/cancel", post(cancel_tasks))
        .route("/tasks/{uid}", get(get_task))
        .layer(axum::middleware::from_fn_with_state(state.clone(), gate))
        .layer(axum::extract::DefaultBodyLimit::max(1024 * 1024 * 1024))
        .with_state(state)
}

/// Outage switch and API-key check, as the real server does them.
async fn gate(
    State(state): State<Shared>,
    headers: HeaderMap,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let (down, key, delay) = {
        let s = state.lock().unwrap();
        (s.down, s.key.clone(), s.response_delay)
    };
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    if down {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    if let Some(key) = key {
        match headers.get("authorization").and_then(|v| v.to_str().ok()) {
            None => {
                return error(
                    StatusCode::UNAUTHORIZED,
                    "missing_authorization_header",
                    "auth",
                    "The Authorization header is missing. It must use the bearer authorization method.",
                );
            }
            Some(value) if value != format!("Bearer {key}") => {
                return error(
                    StatusCode::FORBIDDEN,
                    "invalid_api_key",
                    "auth",
                    "The provided API key is invalid.",
                );
            }
            Some(_) => {}
        }
    }
    next.run(request).await
}

mod filter;
mod routes;
mod search;
mod tasks;

use routes::*;
use search::search;
use tasks::worker;
