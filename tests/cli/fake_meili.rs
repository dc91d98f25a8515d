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
    batches: usize,
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
            batches: 0,
        }
    }
}

struct IndexData {
    primary_key: Option<String>,
    documents: HashMap<String, (u64, Value)>,
    next_seq: u64,
    filterable: Vec<String>,
    sortable: Vec<String>,
    searchable: Vec<String>,
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
            sortable: Vec::new(),
            searchable: vec!["*".into()],
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
    });
    state.queue.push_back(uid);
    (StatusCode::ACCEPTED, Json(state.tasks[uid].summary())).into_response()
}

fn router(state: Shared) -> Router {
    Router::new()
        .route("/health", get(|| async { Json(json!({"status": "available"})) }))
        .route(
            "/version",
            get(|| async {
                Json(json!({"commitSha": "fake", "commitDate": "2026-01-01T00:00:00Z", "pkgVersion": "1.50.0-fake"}))
            }),
        )
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

async fn list_indexes(
    State(state): State<Shared>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let s = state.lock().unwrap();
    let offset: usize = params.get("offset").and_then(|v| v.parse().ok()).unwrap_or(0);
    let limit: usize = params.get("limit").and_then(|v| v.parse().ok()).unwrap_or(20);
    let results: Vec<Value> =
        s.indexes.iter().skip(offset).take(limit).map(|(uid, index)| index.info(uid)).collect();
    Json(json!({"results": results, "offset": offset, "limit": limit, "total": s.indexes.len()}))
        .into_response()
}

async fn create_index(State(state): State<Shared>, Json(body): Json<Value>) -> Response {
    let Some(uid) = body["uid"].as_str().map(String::from) else {
        return error(
            StatusCode::BAD_REQUEST,
            "missing_index_uid",
            "invalid_request",
            "`uid` is missing.",
        );
    };
    let primary_key = body["primaryKey"].as_str().map(String::from);
    let mut s = state.lock().unwrap();
    enqueue(
        &mut s,
        Some(&uid),
        "indexCreation",
        json!({"primaryKey": primary_key}),
        Op::CreateIndex { uid: uid.clone(), primary_key },
    )
}

async fn get_index(State(state): State<Shared>, Path(uid): Path<String>) -> Response {
    let s = state.lock().unwrap();
    match s.indexes.get(&uid) {
        Some(index) => Json(index.info(&uid)).into_response(),
        None => index_not_found(&uid),
    }
}

async fn delete_index(State(state): State<Shared>, Path(uid): Path<String>) -> Response {
    let mut s = state.lock().unwrap();
    enqueue(
        &mut s,
        Some(&uid),
        "indexDeletion",
        json!({"deletedDocuments": null}),
        Op::DeleteIndex { uid: uid.clone() },
    )
}

async fn stats(State(state): State<Shared>, Path(uid): Path<String>) -> Response {
    let s = state.lock().unwrap();
    let Some(index) = s.indexes.get(&uid) else { return index_not_found(&uid) };
    let indexing = s.queue.iter().any(|t| s.tasks[*t].index_uid.as_deref() == Some(&uid));
    Json(json!({
        "numberOfDocuments": index.documents.len(),
        "rawDocumentDbSize": 0,
        "avgDocumentSize": 0,
        "isIndexing": indexing,
        "numberOfEmbeddings": 0,
        "numberOfEmbeddedDocuments": 0,
        "fieldDistribution": {},
    }))
    .into_response()
}

fn settings_json(index: &IndexData) -> Value {
    json!({
        "displayedAttributes": ["*"],
        "searchableAttributes": index.searchable,
        "filterableAttributes": index.filterable,
        "sortableAttributes": index.sortable,
        "rankingRules": ["words", "typo", "proximity", "attribute", "sort", "exactness"],
        "stopWords": [],
        "synonyms": {},
        "distinctAttribute": null,
    })
}

async fn get_settings(State(state): State<Shared>, Path(uid): Path<String>) -> Response {
    let s = state.lock().unwrap();
    match s.indexes.get(&uid) {
        Some(index) => Json(settings_json(index)).into_response(),
        None => index_not_found(&uid),
    }
}

async fn patch_settings(
    State(state): State<Shared>,
    Path(uid): Path<String>,
    Json(patch): Json<Value>,
) -> Response {
    let mut s = state.lock().unwrap();
    enqueue(
        &mut s,
        Some(&uid),
        "settingsUpdate",
        patch.clone(),
        Op::Settings { uid: uid.clone(), patch },
    )
}

fn project(doc: &Value, fields: Option<&Vec<String>>) -> Value {
    match (fields, doc) {
        (Some(fields), Value::Object(map)) if !fields.iter().any(|f| f == "*") => Value::Object(
            map.iter()
                .filter(|(k, _)| fields.contains(k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        _ => doc.clone(),
    }
}

fn page_of(docs: Vec<&Value>, offset: usize, limit: usize, fields: Option<&Vec<String>>) -> Value {
    let total = docs.len();
    let results: Vec<Value> =
        docs.into_iter().skip(offset).take(limit).map(|d| project(d, fields)).collect();
    json!({"results": results, "offset": offset, "limit": limit, "total": total})
}

async fn get_documents(
    State(state): State<Shared>,
    Path(uid): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let s = state.lock().unwrap();
    let Some(index) = s.indexes.get(&uid) else { return index_not_found(&uid) };
    let offset = params.get("offset").and_then(|v| v.parse().ok()).unwrap_or(0);
    let limit = params.get("limit").and_then(|v| v.parse().ok()).unwrap_or(20);
    let fields: Option<Vec<String>> =
        params.get("fields").map(|f| f.split(',').map(String::from).collect());
    Json(page_of(index.ordered(), offset, limit, fields.as_ref())).into_response()
}

async fn fetch_documents(
    State(state): State<Shared>,
    Path(uid): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    let s = state.lock().unwrap();
    let Some(index) = s.indexes.get(&uid) else { return index_not_found(&uid) };
    let offset = body["offset"].as_u64().unwrap_or(0) as usize;
    let limit = body["limit"].as_u64().unwrap_or(20) as usize;
    let fields: Option<Vec<String>> = body["fields"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect());
    // By ids: looked up directly (a large index is not sorted per request).
    let mut docs: Vec<&Value> = match body["ids"].as_array() {
        Some(ids) => {
            let mut found: Vec<&(u64, Value)> =
                ids.iter().filter_map(|id| index.documents.get(&key_string(id))).collect();
            found.sort_by_key(|(seq, _)| *seq);
            found.into_iter().map(|(_, doc)| doc).collect()
        }
        None => index.ordered(),
    };
    if let Some(filter) = body["filter"].as_str() {
        let parsed = match filter::parse(filter) {
            Ok(parsed) => parsed,
            Err(message) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_document_filter",
                    "invalid_request",
                    message,
                );
            }
        };
        docs.retain(|doc| filter::matches(&parsed, doc));
    }
    Json(page_of(docs, offset, limit, fields.as_ref())).into_response()
}

/// "100 MiB", as Meilisearch writes its limit.
fn human_size(bytes: usize) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 10 && bytes.is_multiple_of(1 << 10) {
        format!("{} KiB", bytes >> 10)
    } else {
        format!("{bytes} B")
    }
}

fn key_string(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

async fn add_documents(
    State(state): State<Shared>,
    Path(uid): Path<String>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let limit = state.lock().unwrap().payload_limit;
    if body.len() > limit {
        return error(
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
            "invalid_request",
            format!(
                "The provided payload reached the size limit. The maximum accepted payload size is {}.",
                human_size(limit)
            ),
        );
    }
    let content_type =
        headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("application/json");
    let documents: Vec<Value> = if content_type.starts_with("application/x-ndjson") {
        let mut docs = Vec::new();
        for (n, line) in body.split(|b| *b == b'\n').enumerate() {
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match serde_json::from_slice(line) {
                Ok(doc) => docs.push(doc),
                Err(e) => {
                    return error(
                        StatusCode::BAD_REQUEST,
                        "malformed_payload",
                        "invalid_request",
                        format!("The `ndjson` payload provided is malformed. Line {}: {e}", n + 1),
                    );
                }
            }
        }
        docs
    } else {
        match serde_json::from_slice::<Value>(&body) {
            Ok(Value::Array(docs)) => docs,
            Ok(doc @ Value::Object(_)) => vec![doc],
            _ => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "malformed_payload",
                    "invalid_request",
                    "The `json` payload provided is malformed.",
                );
            }
        }
    };
    let mut s = state.lock().unwrap();
    s.document_requests.push((documents.len(), body.len()));
    let details = json!({"receivedDocuments": documents.len(), "indexedDocuments": null});
    let primary_key = params.get("primaryKey").cloned();
    enqueue(
        &mut s,
        Some(&uid),
        "documentAdditionOrUpdate",
        details,
        Op::AddDocuments { uid: uid.clone(), documents, primary_key },
    )
}

async fn delete_documents(
    State(state): State<Shared>,
    Path(uid): Path<String>,
    Json(ids): Json<Vec<Value>>,
) -> Response {
    let ids: Vec<String> = ids.iter().map(key_string).collect();
    let mut s = state.lock().unwrap();
    let details =
        json!({"providedIds": ids.len(), "deletedDocuments": null, "originalFilter": null});
    enqueue(
        &mut s,
        Some(&uid),
        "documentDeletion",
        details,
        Op::DeleteDocuments { uid: uid.clone(), ids },
    )
}

async fn swap_indexes(State(state): State<Shared>, Json(body): Json<Vec<Value>>) -> Response {
    let mut swaps = Vec::new();
    for swap in &body {
        let pair: Vec<String> = swap["indexes"]
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
            .unwrap_or_default();
        if pair.len() != 2 {
            return error(
                StatusCode::BAD_REQUEST,
                "invalid_swap_indexes",
                "invalid_request",
                "Two indexes are expected.",
            );
        }
        swaps.push((pair[0].clone(), pair[1].clone(), swap["rename"].as_bool().unwrap_or(false)));
    }
    let details = json!({"swaps": body});
    let mut s = state.lock().unwrap();
    enqueue(&mut s, None, "indexSwap", details, Op::Swap { swaps })
}

/// `GET /tasks?statuses=…&uids=…&indexUids=…`: the newest tasks first.
async fn list_tasks(
    State(state): State<Shared>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let s = state.lock().unwrap();
    let results: Vec<Value> = s
        .tasks
        .iter()
        .rev()
        .filter(|t| task_matches(t, &params))
        .take(params.get("limit").and_then(|v| v.parse().ok()).unwrap_or(20))
        .map(TaskRecord::to_json)
        .collect();
    let limit: usize = params.get("limit").and_then(|v| v.parse().ok()).unwrap_or(20);
    Json(json!({"results": results, "total": s.tasks.len(), "limit": limit, "from": null, "next": null})).into_response()
}

/// The task filters of `GET /tasks` and `POST /tasks/cancel`.
fn task_matches(task: &TaskRecord, params: &HashMap<String, String>) -> bool {
    let list = |name: &str| -> Option<Vec<String>> {
        params.get(name).map(|v| v.split(',').map(|x| x.trim().to_owned()).collect())
    };
    list("statuses").is_none_or(|wanted| wanted.iter().any(|w| w == task.status))
        && list("uids").is_none_or(|wanted| wanted.iter().any(|w| *w == task.uid.to_string()))
        && list("indexUids")
            .is_none_or(|wanted| task.index_uid.as_ref().is_some_and(|uid| wanted.contains(uid)))
}

/// `POST /tasks/cancel?…`: enqueued matching tasks are canceled at once, a
/// processing one when its batch ends; the cancelation task itself succeeds
/// immediately (the real server gives it priority).
async fn cancel_tasks(
    State(state): State<Shared>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    if !["uids", "statuses", "indexUids", "types"].iter().any(|k| params.contains_key(*k)) {
        return error(
            StatusCode::BAD_REQUEST,
            "missing_task_filters",
            "invalid_request",
            "Query parameters to filter the tasks to cancel are missing.",
        );
    }
    let mut s = state.lock().unwrap();
    let uid = s.tasks.len();
    let matched: Vec<usize> =
        s.tasks.iter().filter(|t| task_matches(t, &params)).map(|t| t.uid).collect();
    let mut canceled = 0;
    for id in &matched {
        match s.tasks[*id].status {
            "enqueued" => {
                let task = &mut s.tasks[*id];
                task.status = "canceled";
                task.op = None;
                task.finished_at = Some(now());
                task.details["canceledBy"] = json!(uid);
                s.queue.retain(|q| q != id);
                canceled += 1;
            }
            "processing" => {
                s.tasks[*id].cancel_requested = true;
                canceled += 1;
            }
            _ => {}
        }
    }
    let details =
        json!({"matchedTasks": matched.len(), "canceledTasks": canceled, "originalFilter": "?"});
    s.tasks.push(TaskRecord {
        uid,
        cancel_requested: false,
        index_uid: None,
        kind: "taskCancelation",
        status: "succeeded",
        details,
        error: None,
        enqueued_at: now(),
        started_at: Some(now()),
        finished_at: Some(now()),
        op: None,
    });
    (StatusCode::OK, Json(s.tasks[uid].summary())).into_response()
}

async fn get_task(State(state): State<Shared>, Path(uid): Path<usize>) -> Response {
    let s = state.lock().unwrap();
    match s.tasks.get(uid) {
        Some(task) => Json(task.to_json()).into_response(),
        None => error(
            StatusCode::NOT_FOUND,
            "task_not_found",
            "invalid_request",
            format!("Task `{uid}` not found."),
        ),
    }
}

/// Processes tasks in uid order, like Meilisearch's scheduler: consecutive
/// document tasks of one index form one batch (auto-batching); other tasks
/// are a batch of their own. A batch takes time according to `Timing`.
async fn worker(state: Shared) {
    loop {
        let batch = {
            let mut s = state.lock().unwrap();
            let batch = if s.stalled { Vec::new() } else { next_batch(&s) };
            let mut documents = 0;
            for uid in &batch {
                let task = &mut s.tasks[*uid];
                task.status = "processing";
                task.started_at = Some(now());
                documents += task.op.as_ref().map_or(0, Op::documents);
            }
            let delay = s.timing.per_batch + s.timing.per_document * documents as u32;
            (batch, delay)
        };
        let (batch, delay) = batch;
        if batch.is_empty() {
            tokio::time::sleep(Duration::from_millis(2)).await;
            continue;
        }
        tokio::time::sleep(delay).await;
        let mut s = state.lock().unwrap();
        s.batches += 1;
        for uid in batch {
            s.queue.retain(|q| *q != uid);
            let canceled = s.tasks[uid].cancel_requested;
            let op = s.tasks[uid].op.take();
            let outcome = match op {
                _ if canceled => Err(None),
                Some(op) => apply(&mut s, op).map_err(Some),
                None => Err(None),
            };
            let task = &mut s.tasks[uid];
            task.finished_at = Some(now());
            match outcome {
                Ok(details) => {
                    task.status = "succeeded";
                    if let Some(details) = details {
                        task.details = details;
                    }
                }
                Err(Some(err)) => {
                    task.status = "failed";
                    task.error = Some(err);
                }
                Err(None) => task.status = "canceled",
            }
        }
    }
}

/// The tasks the next batch processes: the first enqueued task, and if it
/// adds or deletes documents, every document task of the same index that
/// directly follows it.
fn next_batch(s: &FakeState) -> Vec<usize> {
    let mut batch = Vec::new();
    let Some(first) = s.queue.front().copied() else { return batch };
    batch.push(first);
    let index_of = |uid: usize| s.tasks[uid].index_uid.clone();
    let is_documents = |uid: usize| s.tasks[uid].op.as_ref().is_some_and(|op| op.documents_task());
    if !is_documents(first) {
        return batch;
    }
    for uid in s.queue.iter().skip(1).copied() {
        if !is_documents(uid) || index_of(uid) != index_of(first) {
            break;
        }
        batch.push(uid);
    }
    batch
}

impl Op {
    fn documents_task(&self) -> bool {
        matches!(self, Op::AddDocuments { .. } | Op::DeleteDocuments { .. })
    }

    fn documents(&self) -> usize {
        match self {
            Op::AddDocuments { documents, .. } => documents.len(),
            Op::DeleteDocuments { ids, .. } => ids.len(),
            _ => 0,
        }
    }
}

fn apply(s: &mut FakeState, op: Op) -> Result<Option<Value>, Value> {
    match op {
        Op::CreateIndex { uid, primary_key } => {
            if s.indexes.contains_key(&uid) {
                return Err(error_value(
                    "index_already_exists",
                    format!("Index `{uid}` already exists."),
                ));
            }
            s.indexes.insert(uid, IndexData::new(primary_key));
            Ok(None)
        }
        Op::DeleteIndex { uid } => match s.indexes.remove(&uid) {
            Some(index) => Ok(Some(json!({"deletedDocuments": index.documents.len()}))),
            None => Err(error_value("index_not_found", format!("Index `{uid}` not found."))),
        },
        Op::AddDocuments { uid, documents, primary_key } => {
            if s.fail_document_tasks {
                return Err(error_value("internal", "injected failure: document task failed"));
            }
            let index = s.indexes.entry(uid).or_insert_with(|| IndexData::new(None));
            if index.primary_key.is_none() {
                index.primary_key = primary_key.or(Some("id".into()));
            }
            let key = index.primary_key.clone().unwrap();
            for doc in &documents {
                if doc.get(&key).is_none() {
                    return Err(error_value(
                        "missing_document_id",
                        format!("Document doesn't have a `{key}` attribute"),
                    ));
                }
            }
            let count = documents.len();
            for doc in documents {
                let id = key_string(&doc[&key]);
                let seq = match index.documents.get(&id) {
                    Some((seq, _)) => *seq,
                    None => {
                        index.next_seq += 1;
                        index.next_seq
                    }
                };
                index.documents.insert(id, (seq, doc));
            }
            index.updated_at = now();
            Ok(Some(json!({"receivedDocuments": count, "indexedDocuments": count})))
        }
        Op::DeleteDocuments { uid, ids } => {
            let Some(index) = s.indexes.get_mut(&uid) else {
                return Err(error_value("index_not_found", format!("Index `{uid}` not found.")));
            };
            let deleted = ids.iter().filter(|id| index.documents.remove(*id).is_some()).count();
            Ok(Some(
                json!({"providedIds": ids.len(), "deletedDocuments": deleted, "originalFilter": null}),
            ))
        }
        Op::Settings { uid, patch } => {
            let index = s.indexes.entry(uid).or_insert_with(|| IndexData::new(None));
            let list = |v: &Value| -> Vec<String> {
                v.as_array()
                    .map(|a| a.iter().filter_map(|x| x.as_str().map(String::from)).collect())
                    .unwrap_or_default()
            };
            if let Some(v) = patch.get("filterableAttributes") {
                index.filterable = list(v);
            }
            if let Some(v) = patch.get("sortableAttributes") {
                index.sortable = list(v);
            }
            if let Some(v) = patch.get("searchableAttributes") {
                index.searchable = if v.is_null() { vec!["*".into()] } else { list(v) };
            }
            Ok(None)
        }
        Op::Swap { swaps } => {
            for (a, b, rename) in &swaps {
                if !s.indexes.contains_key(a) {
                    return Err(error_value("index_not_found", format!("Index `{a}` not found.")));
                }
                if *rename && s.indexes.contains_key(b) {
                    return Err(error_value(
                        "index_already_exists",
                        format!("Index `{b}` already exists."),
                    ));
                }
                if !*rename && !s.indexes.contains_key(b) {
                    return Err(error_value("index_not_found", format!("Index `{b}` not found.")));
                }
            }
            for (a, b, rename) in swaps {
                let first = s.indexes.remove(&a).unwrap();
                if rename {
                    s.indexes.insert(b, first);
                } else {
                    let second = s.indexes.remove(&b).unwrap();
                    s.indexes.insert(a, second);
                    s.indexes.insert(b, first);
                }
            }
            Ok(None)
        }
    }
}

async fn search(
    State(state): State<Shared>,
    Path(uid): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    let s = state.lock().unwrap();
    let Some(index) = s.indexes.get(&uid) else { return index_not_found(&uid) };
    let query = body["q"].as_str().unwrap_or("").to_string();
    let terms: Vec<String> = tokens(&query);
    let mut hits: Vec<&Value> = index.ordered();

    if let Some(filter_text) = body["filter"].as_str() {
        let parsed = match filter::parse(filter_text) {
            Ok(parsed) => parsed,
            Err(message) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_search_filter",
                    "invalid_request",
                    message,
                );
            }
        };
        for attribute in filter::attributes(&parsed) {
            if !index.filterable.contains(&attribute) {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_search_filter",
                    "invalid_request",
                    format!(
                        "Attribute `{attribute}` is not filterable. Available filterable attributes are: `{}`.\n1:{}",
                        index.filterable.join(", "),
                        filter_text.len()
                    ),
                );
            }
        }
        hits.retain(|doc| filter::matches(&parsed, doc));
    }
    if !terms.is_empty() {
        hits.retain(|doc| {
            let words = tokens(&searchable_text(doc, &index.searchable));
            terms.iter().all(|term| words.iter().any(|w| w.starts_with(term.as_str())))
        });
    }
    if let Some(sorts) = body["sort"].as_array() {
        let mut keys = Vec::new();
        for sort in sorts {
            let text = sort.as_str().unwrap_or("");
            let (attribute, direction) = text.split_once(':').unwrap_or((text, "asc"));
            if !index.sortable.iter().any(|a| a == attribute) {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_search_sort",
                    "invalid_request",
                    format!(
                        "Attribute `{attribute}` is not sortable. Available sortable attributes are: `{}`.",
                        index.sortable.join(", ")
                    ),
                );
            }
            keys.push((attribute.to_string(), direction == "desc"));
        }
        hits.sort_by(|a, b| {
            for (attribute, desc) in &keys {
                let ordering = compare(&a[attribute.as_str()], &b[attribute.as_str()]);
                let ordering = if *desc { ordering.reverse() } else { ordering };
                if ordering != std::cmp::Ordering::Equal {
                    return ordering;
                }
            }
            std::cmp::Ordering::Equal
        });
    }
    let mut response = Map::new();
    if let Some(facets) = body["facets"].as_array() {
        let mut distribution = Map::new();
        for facet in facets.iter().filter_map(Value::as_str) {
            if !index.filterable.iter().any(|a| a == facet) {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_search_facets",
                    "invalid_request",
                    format!("Invalid facet distribution, attribute `{facet}` is not filterable."),
                );
            }
            let mut counts: BTreeMap<String, u64> = BTreeMap::new();
            for doc in &hits {
                if let Some(value) = doc.get(facet) {
                    *counts.entry(key_string(value)).or_default() += 1;
                }
            }
            distribution.insert(facet.to_string(), json!(counts));
        }
        response.insert("facetDistribution".into(), Value::Object(distribution));
        response.insert("facetStats".into(), json!({}));
    }
    let offset = body["offset"].as_u64().unwrap_or(0) as usize;
    let limit = body["limit"].as_u64().unwrap_or(20) as usize;
    let total = hits.len();
    let highlighted = body["attributesToHighlight"].as_array().cloned();
    let pre = body["highlightPreTag"].as_str().unwrap_or("<em>").to_string();
    let post = body["highlightPostTag"].as_str().unwrap_or("</em>").to_string();
    let page: Vec<Value> = hits
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|doc| {
            let mut hit = doc.clone();
            if highlighted.is_some() {
                hit["_formatted"] = highlight(doc, &terms, &pre, &post);
            }
            hit
        })
        .collect();
    response.insert("hits".into(), Value::Array(page));
    response.insert("query".into(), json!(query));
    response.insert("processingTimeMs".into(), json!(0));
    response.insert("limit".into(), json!(limit));
    response.insert("offset".into(), json!(offset));
    response.insert("estimatedTotalHits".into(), json!(total));
    Json(Value::Object(response)).into_response()
}

fn compare(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal),
        _ => key_string(a).cmp(&key_string(b)),
    }
}

fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The text of the searchable attributes (`*` = every field, nested ones too).
fn searchable_text(doc: &Value, searchable: &[String]) -> String {
    let mut out = String::new();
    if searchable.iter().any(|a| a == "*") {
        collect_text(doc, &mut out);
    } else {
        for attribute in searchable {
            for value in filter::values_at(doc, attribute) {
                collect_text(value, &mut out);
            }
        }
    }
    out
}

fn collect_text(value: &Value, out: &mut String) {
    match value {
        Value::String(s) => {
            out.push_str(s);
            out.push(' ');
        }
        Value::Number(n) => {
            out.push_str(&n.to_string());
            out.push(' ');
        }
        Value::Array(items) => items.iter().for_each(|v| collect_text(v, out)),
        Value::Object(map) => map.values().for_each(|v| collect_text(v, out)),
        _ => {}
    }
}

/// A `_formatted` copy: strings with matched words wrapped, numbers as strings.
fn highlight(value: &Value, terms: &[String], pre: &str, post: &str) -> Value {
    match value {
        Value::String(s) => {
            let mut out = String::new();
            let mut word = String::new();
            let flush = |word: &mut String, out: &mut String| {
                if !word.is_empty() {
                    let lower = word.to_lowercase();
                    if terms.iter().any(|t| lower.starts_with(t.as_str())) {
                        out.push_str(pre);
                        out.push_str(word);
                        out.push_str(post);
                    } else {
                        out.push_str(word);
                    }
                    word.clear();
                }
            };
            for c in s.chars() {
                if c.is_alphanumeric() {
                    word.push(c);
                } else {
                    flush(&mut word, &mut out);
                    out.push(c);
                }
            }
            flush(&mut word, &mut out);
            Value::String(out)
        }
        Value::Number(n) => Value::String(n.to_string()),
        Value::Array(items) => {
            Value::Array(items.iter().map(|v| highlight(v, terms, pre, post)).collect())
        }
        Value::Object(map) => Value::Object(
            map.iter().map(|(k, v)| (k.clone(), highlight(v, terms, pre, post))).collect(),
        ),
        other => other.clone(),
    }
}

/// The filter language subset: comparisons (=, !=, >, >=, <, <=), `IN [..]`,
/// `EXISTS`, `AND`, `OR`, `NOT` and parentheses; double-quoted strings with
/// `\"` and `\\` escapes, or bare words and numbers.
mod filter {
    use serde_json::Value;

    #[derive(Debug)]
    pub enum Expr {
        And(Box<Expr>, Box<Expr>),
        Or(Box<Expr>, Box<Expr>),
        Not(Box<Expr>),
        Compare(String, String, String),
        In(String, Vec<String>),
        Exists(String),
    }

    #[derive(Debug, Clone, PartialEq)]
    enum Token {
        Word(String),
        Quoted(String),
        Op(String),
        Open,
        Close,
        OpenBracket,
        CloseBracket,
        Comma,
    }

    fn lex(input: &str) -> Result<Vec<Token>, String> {
        let chars: Vec<char> = input.chars().collect();
        let mut tokens = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            match c {
                c if c.is_whitespace() => i += 1,
                '(' => {
                    tokens.push(Token::Open);
                    i += 1
                }
                ')' => {
                    tokens.push(Token::Close);
                    i += 1
                }
                '[' => {
                    tokens.push(Token::OpenBracket);
                    i += 1
                }
                ']' => {
                    tokens.push(Token::CloseBracket);
                    i += 1
                }
                ',' => {
                    tokens.push(Token::Comma);
                    i += 1
                }
                '"' | '\'' => {
                    let quote = c;
                    let mut value = String::new();
                    i += 1;
                    loop {
                        match chars.get(i) {
                            None => {
                                return Err(format!(
                                    "Expression `{input}` is missing a closing quote."
                                ));
                            }
                            Some('\\') => {
                                if let Some(next) = chars.get(i + 1) {
                                    value.push(*next);
                                }
                                i += 2;
                            }
                            Some(c) if *c == quote => {
                                i += 1;
                                break;
                            }
                            Some(c) => {
                                value.push(*c);
                                i += 1;
                            }
                        }
                    }
                    tokens.push(Token::Quoted(value));
                }
                '=' => {
                    tokens.push(Token::Op("=".into()));
                    i += 1
                }
                '!' if chars.get(i + 1) == Some(&'=') => {
                    tokens.push(Token::Op("!=".into()));
                    i += 2
                }
                '>' | '<' => {
                    if chars.get(i + 1) == Some(&'=') {
                        tokens.push(Token::Op(format!("{c}=")));
                        i += 2;
                    } else {
                        tokens.push(Token::Op(c.to_string()));
                        i += 1;
                    }
                }
                _ => {
                    let start = i;
                    while i < chars.len()
                        && !chars[i].is_whitespace()
                        && !"()[],=!<>\"'".contains(chars[i])
                    {
                        i += 1;
                    }
                    if start == i {
                        return Err(format!("Was expecting a value but instead got `{c}`."));
                    }
                    tokens.push(Token::Word(chars[start..i].iter().collect()));
                }
            }
        }
        Ok(tokens)
    }

    struct Parser {
        tokens: Vec<Token>,
        pos: usize,
    }

    impl Parser {
        fn peek_keyword(&self, keyword: &str) -> bool {
            matches!(self.tokens.get(self.pos), Some(Token::Word(w)) if w.eq_ignore_ascii_case(keyword))
        }

        fn next(&mut self) -> Option<Token> {
            let token = self.tokens.get(self.pos).cloned();
            self.pos += 1;
            token
        }

        fn or(&mut self) -> Result<Expr, String> {
            let mut left = self.and()?;
            while self.peek_keyword("OR") {
                self.pos += 1;
                left = Expr::Or(Box::new(left), Box::new(self.and()?));
            }
            Ok(left)
        }

        fn and(&mut self) -> Result<Expr, String> {
            let mut left = self.not()?;
            while self.peek_keyword("AND") {
                self.pos += 1;
                left = Expr::And(Box::new(left), Box::new(self.not()?));
            }
            Ok(left)
        }

        fn not(&mut self) -> Result<Expr, String> {
            if self.peek_keyword("NOT") {
                self.pos += 1;
                return Ok(Expr::Not(Box::new(self.not()?)));
            }
            self.primary()
        }

        fn value(&mut self) -> Result<String, String> {
            match self.next() {
                Some(Token::Word(w)) | Some(Token::Quoted(w)) => Ok(w),
                other => Err(format!("Was expecting a value but instead got `{other:?}`.")),
            }
        }

        fn primary(&mut self) -> Result<Expr, String> {
            match self.next() {
                Some(Token::Open) => {
                    let inner = self.or()?;
                    match self.next() {
                        Some(Token::Close) => Ok(inner),
                        _ => Err("Expression is missing a closing `)`.".into()),
                    }
                }
                Some(Token::Word(attribute)) | Some(Token::Quoted(attribute)) => {
                    if self.peek_keyword("EXISTS") {
                        self.pos += 1;
                        return Ok(Expr::Exists(attribute));
                    }
                    if self.peek_keyword("IN") {
                        self.pos += 1;
                        if self.next() != Some(Token::OpenBracket) {
                            return Err("Expected `[` after IN keyword.".into());
                        }
                        let mut values = Vec::new();
                        loop {
                            match self.tokens.get(self.pos) {
                                Some(Token::CloseBracket) => {
                                    self.pos += 1;
                                    break;
                                }
                                Some(Token::Comma) => self.pos += 1,
                                _ => values.push(self.value()?),
                            }
                        }
                        return Ok(Expr::In(attribute, values));
                    }
                    match self.next() {
                        Some(Token::Op(op)) => Ok(Expr::Compare(attribute, op, self.value()?)),
                        _ => Err(format!(
                            "Was expecting an operation `=`, `!=`, `>=`, `>`, `<=`, `<`, `IN`, `EXISTS` after `{attribute}`."
                        )),
                    }
                }
                other => {
                    Err(format!("Was expecting a filter expression but instead got `{other:?}`."))
                }
            }
        }
    }

    pub fn parse(input: &str) -> Result<Expr, String> {
        let mut parser = Parser { tokens: lex(input)?, pos: 0 };
        let expr = parser.or()?;
        if parser.pos < parser.tokens.len() {
            return Err(format!(
                "Found unexpected characters at the end of the filter: `{input}`."
            ));
        }
        Ok(expr)
    }

    pub fn attributes(expr: &Expr) -> Vec<String> {
        match expr {
            Expr::And(a, b) | Expr::Or(a, b) => {
                let mut all = attributes(a);
                all.extend(attributes(b));
                all
            }
            Expr::Not(a) => attributes(a),
            Expr::Compare(attr, _, _) | Expr::In(attr, _) | Expr::Exists(attr) => {
                vec![attr.clone()]
            }
        }
    }

    /// The values at a dotted path; arrays on the way fan out.
    pub fn values_at<'a>(doc: &'a Value, path: &str) -> Vec<&'a Value> {
        let mut current = vec![doc];
        for part in path.split('.') {
            let mut next = Vec::new();
            for value in current {
                match value {
                    Value::Array(items) => {
                        next.extend(items.iter().filter_map(|item| item.get(part)));
                    }
                    other => next.extend(other.get(part)),
                }
            }
            current = next;
        }
        current
            .into_iter()
            .flat_map(|v| match v {
                Value::Array(items) => items.iter().collect(),
                other => vec![other],
            })
            .collect()
    }

    fn equal(value: &Value, wanted: &str) -> bool {
        match value {
            Value::Number(n) => wanted.parse::<f64>().ok() == n.as_f64(),
            Value::String(s) => s.eq_ignore_ascii_case(wanted),
            Value::Bool(b) => b.to_string() == wanted,
            _ => false,
        }
    }

    fn ordered(value: &Value, op: &str, wanted: &str) -> bool {
        let (Some(x), Ok(y)) = (value.as_f64(), wanted.parse::<f64>()) else { return false };
        match op {
            ">" => x > y,
            ">=" => x >= y,
            "<" => x < y,
            "<=" => x <= y,
            _ => false,
        }
    }

    pub fn matches(expr: &Expr, doc: &Value) -> bool {
        match expr {
            Expr::And(a, b) => matches(a, doc) && matches(b, doc),
            Expr::Or(a, b) => matches(a, doc) || matches(b, doc),
            Expr::Not(a) => !matches(a, doc),
            Expr::Exists(attr) => !values_at(doc, attr).is_empty(),
            Expr::In(attr, wanted) => {
                values_at(doc, attr).iter().any(|v| wanted.iter().any(|w| equal(v, w)))
            }
            Expr::Compare(attr, op, wanted) => {
                let values = values_at(doc, attr);
                match op.as_str() {
                    "=" => values.iter().any(|v| equal(v, wanted)),
                    "!=" => !values.iter().any(|v| equal(v, wanted)),
                    _ => values.iter().any(|v| ordered(v, op, wanted)),
                }
            }
        }
    }
}
