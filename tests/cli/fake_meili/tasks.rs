//! The task worker: like Meilisearch's scheduler, it processes one batch at
//! a time in uid order, auto-batching consecutive document tasks of an index,
//! and each batch takes time (a delay per batch plus one per document).

use super::*;

/// Processes tasks in uid order, like Meilisearch's scheduler: consecutive
/// document tasks of one index form one batch (auto-batching); other tasks
/// are a batch of their own. A batch takes time according to `Timing`.
pub(super) async fn worker(state: Shared) {
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
            if let Some(first) = batch.first() {
                s.processing = Some(Processing {
                    uid: s.batches,
                    index_uid: s.tasks[*first].index_uid.clone(),
                    tasks: batch.len(),
                    documents,
                    started: std::time::Instant::now(),
                    takes: delay,
                });
            }
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
        s.processing = None;
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
                index.filter_rules = filter_rules(v);
                index.filterable = index.filter_rules.iter().map(|r| r.attribute.clone()).collect();
                index.filterable_setting = v.clone();
            }
            for key in ["proximityPrecision", "facetSearch", "typoTolerance", "pagination"] {
                if let Some(v) = patch.get(key) {
                    index.other_settings.insert(key.to_owned(), v.clone());
                }
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

/// `filterableAttributes` attribute by attribute: a plain name allows
/// everything (Meilisearch's legacy default), a rule object what its
/// `features.filter` says (equality on, comparison off by default).
fn filter_rules(setting: &Value) -> Vec<FilterRule> {
    let mut rules = Vec::new();
    for (number, rule) in setting.as_array().into_iter().flatten().enumerate() {
        match rule {
            Value::String(name) => rules.push(FilterRule {
                attribute: name.clone(),
                equality: true,
                comparison: true,
                number,
            }),
            rule => {
                let filter = &rule["features"]["filter"];
                let equality = filter["equality"].as_bool().unwrap_or(true);
                let comparison = filter["comparison"].as_bool().unwrap_or(false);
                for name in rule["attributePatterns"].as_array().into_iter().flatten() {
                    if let Some(name) = name.as_str() {
                        let attribute = name.to_owned();
                        rules.push(FilterRule { attribute, equality, comparison, number });
                    }
                }
            }
        }
    }
    rules
}

/// `GET /batches?statuses=processing[&indexUids=…]`: the batch being
/// processed, its progress estimated from the time it has taken so far (as
/// Meilisearch estimates from the steps it has done). Other listings: empty.
pub(super) async fn batches(
    State(state): State<Shared>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let s = state.lock().unwrap();
    let wants_processing =
        params.get("statuses").is_some_and(|v| v.split(',').any(|s| s == "processing"));
    let index_matches = |uid: &Option<String>| match params.get("indexUids") {
        Some(wanted) => uid.as_deref().is_some_and(|u| wanted.split(',').any(|w| w == u)),
        None => true,
    };
    let results: Vec<Value> = match &s.processing {
        Some(batch) if wants_processing && index_matches(&batch.index_uid) => {
            let done = batch.started.elapsed().as_secs_f64() / batch.takes.as_secs_f64().max(1e-9);
            let percentage = (done * 100.0).min(99.9);
            let index = batch.index_uid.clone().unwrap_or_default();
            vec![json!({
                "uid": batch.uid,
                "progress": {
                    "steps": [{"currentStep": "indexing", "finished": 0, "total": 1}],
                    "percentage": percentage,
                },
                "details": {"receivedDocuments": batch.documents, "indexedDocuments": null},
                "stats": {
                    "totalNbTasks": batch.tasks,
                    "status": {"processing": batch.tasks},
                    "types": {"documentAdditionOrUpdate": batch.tasks},
                    "indexUids": {index: batch.tasks},
                },
                "duration": null,
                "startedAt": now(),
                "finishedAt": null,
            })]
        }
        _ => Vec::new(),
    };
    let total = results.len();
    Json(json!({"results": results, "total": total, "limit": 20, "from": null, "next": null}))
        .into_response()
}
