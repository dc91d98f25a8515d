//! The HTTP routes: indexes, settings, documents, the swap, tasks.

use super::*;

pub(super) async fn list_indexes(
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

pub(super) async fn create_index(State(state): State<Shared>, Json(body): Json<Value>) -> Response {
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

pub(super) async fn get_index(State(state): State<Shared>, Path(uid): Path<String>) -> Response {
    let s = state.lock().unwrap();
    match s.indexes.get(&uid) {
        Some(index) => Json(index.info(&uid)).into_response(),
        None => index_not_found(&uid),
    }
}

pub(super) async fn delete_index(State(state): State<Shared>, Path(uid): Path<String>) -> Response {
    let mut s = state.lock().unwrap();
    enqueue(
        &mut s,
        Some(&uid),
        "indexDeletion",
        json!({"deletedDocuments": null}),
        Op::DeleteIndex { uid: uid.clone() },
    )
}

pub(super) async fn stats(State(state): State<Shared>, Path(uid): Path<String>) -> Response {
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

pub(super) fn settings_json(index: &IndexData) -> Value {
    let mut settings = json!({
        "displayedAttributes": ["*"],
        "searchableAttributes": index.searchable,
        "filterableAttributes": index.filterable_setting,
        "sortableAttributes": index.sortable,
        "rankingRules": ["words", "typo", "proximity", "attribute", "sort", "exactness"],
        "stopWords": [],
        "synonyms": {},
        "distinctAttribute": null,
        "proximityPrecision": "byWord",
        "facetSearch": true,
        "typoTolerance": {
            "enabled": true,
            "minWordSizeForTypos": {"oneTypo": 5, "twoTypos": 9},
            "disableOnWords": [],
            "disableOnAttributes": [],
            "disableOnNumbers": false,
        },
        "pagination": {"maxTotalHits": 1000},
    });
    for (key, value) in &index.other_settings {
        match (&mut settings[key], value) {
            // Like Meilisearch: a partial object updates the fields it names.
            (Value::Object(have), Value::Object(given)) => {
                have.extend(given.iter().map(|(k, v)| (k.clone(), v.clone())))
            }
            (have, given) => *have = given.clone(),
        }
    }
    settings
}

pub(super) async fn get_settings(State(state): State<Shared>, Path(uid): Path<String>) -> Response {
    let s = state.lock().unwrap();
    match s.indexes.get(&uid) {
        Some(index) => Json(settings_json(index)).into_response(),
        None => index_not_found(&uid),
    }
}

pub(super) async fn patch_settings(
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

pub(super) async fn get_documents(
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

pub(super) async fn fetch_documents(
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

pub(super) async fn add_documents(
    State(state): State<Shared>,
    Path(uid): Path<String>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let limit = state.lock().unwrap().payload_limit;
    // Like Meilisearch: a compressed body is unpacked first, and the limit
    // applies to what it unpacks to (read no further than one byte past it).
    let encoding = headers.get("content-encoding").and_then(|v| v.to_str().ok()).unwrap_or("");
    let body = match encoding {
        "" | "identity" => body,
        "gzip" => {
            let mut unpacked = Vec::new();
            let decoder = flate2::read::GzDecoder::new(&body[..]);
            if std::io::Read::read_to_end(
                &mut std::io::Read::take(decoder, limit as u64 + 1),
                &mut unpacked,
            )
            .is_err()
            {
                return error(
                    StatusCode::BAD_REQUEST,
                    "malformed_payload",
                    "invalid_request",
                    "The `ndjson` payload provided is malformed. invalid gzip header",
                );
            }
            state.lock().unwrap().compressed_requests += 1;
            Bytes::from(unpacked)
        }
        other => {
            return error(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "invalid_content_encoding",
                "invalid_request",
                format!("The content encoding `{other}` is not supported."),
            );
        }
    };
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
    let enqueued = enqueue(
        &mut s,
        Some(&uid),
        "documentAdditionOrUpdate",
        details,
        Op::AddDocuments { uid: uid.clone(), documents, primary_key },
    );
    tag_document_task(&mut s, &params, enqueued)
}

pub(super) async fn delete_documents(
    State(state): State<Shared>,
    Path(uid): Path<String>,
    Query(params): Query<HashMap<String, String>>,
    Json(ids): Json<Vec<Value>>,
) -> Response {
    let ids: Vec<String> = ids.iter().map(key_string).collect();
    let mut s = state.lock().unwrap();
    let details =
        json!({"providedIds": ids.len(), "deletedDocuments": null, "originalFilter": null});
    let enqueued = enqueue(
        &mut s,
        Some(&uid),
        "documentDeletion",
        details,
        Op::DeleteDocuments { uid: uid.clone(), ids },
    );
    tag_document_task(&mut s, &params, enqueued)
}

pub(super) async fn swap_indexes(
    State(state): State<Shared>,
    Json(body): Json<Vec<Value>>,
) -> Response {
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
pub(super) async fn list_tasks(
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
        && list("types").is_none_or(|wanted| wanted.iter().any(|w| w == task.kind))
}

/// `POST /tasks/cancel?…`: enqueued matching tasks are canceled at once, a
/// processing one when its batch ends; the cancelation task itself succeeds
/// immediately (the real server gives it priority).
pub(super) async fn cancel_tasks(
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
        custom_metadata: None,
    });
    (StatusCode::OK, Json(s.tasks[uid].summary())).into_response()
}

pub(super) async fn get_task(State(state): State<Shared>, Path(uid): Path<usize>) -> Response {
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
