//! The requests that change documents — add (NDJSON) and delete by id — as
//! every pusher sends them (writers, `sync`, the watcher, `reindex`): timed
//! and counted for the watcher's metrics, and tagged with what sent them
//! (`customMetadata`, shown on the task) where the server takes it
//! (Meilisearch 1.26 and later; older servers get no tag, and no error).

use std::time::{Duration, Instant};

use super::batch::{Body, COMPRESS_FROM, gzip};
use super::client::{AddError, Enqueued, Meili, NoAnswer, error_message, parse_answer};
use super::version::Version;
use crate::error::AppError;
use crate::telemetry::metrics::{self, PushError};

impl Meili {
    /// Adds or replaces documents, given as an NDJSON body sent in one piece
    /// with its length (the SDK streams bodies in chunks, which costs a few
    /// milliseconds per request on a small push); returns the task uid. A
    /// large body is compressed first when `--compress` says so. A body
    /// Meilisearch refuses as too large (413) is told apart, so the caller
    /// can send it in smaller parts.
    pub(crate) async fn add_ndjson(&self, uid: &str, body: bytes::Bytes) -> Result<u32, AddError> {
        let body = if self.compress && body.len() >= COMPRESS_FROM {
            // Compressing megabytes takes milliseconds of CPU: off the
            // runtime's threads.
            let plain = body.clone();
            match tokio::task::spawn_blocking(move || gzip(&plain)).await {
                Ok(packed) => Body::Gzip(packed),
                Err(_) => Body::Plain(body),
            }
        } else {
            Body::Plain(body)
        };
        self.add_documents_within(uid, body, self.request_timeout).await
    }

    /// Sends a body as built (a reindex's batches), with a time limit of
    /// its own.
    pub(crate) async fn add_documents_within(
        &self,
        uid: &str,
        body: Body,
        limit: Duration,
    ) -> Result<u32, AddError> {
        let mut query = vec![("primaryKey", super::settings::PRIMARY_KEY.to_owned())];
        query.extend(self.metadata().await);
        let mut request = self
            .http
            .post(format!("{}/indexes/{uid}/documents", self.url))
            .query(&query)
            .header(reqwest::header::CONTENT_TYPE, "application/x-ndjson");
        if let Body::Gzip(_) = body {
            request = request.header(reqwest::header::CONTENT_ENCODING, "gzip");
        }
        let request = request.body(body.bytes().clone());
        let (status, answer) = self.push(request, limit).await.map_err(AddError::Other)?;
        if status == reqwest::StatusCode::PAYLOAD_TOO_LARGE {
            return Err(AddError::TooLarge(error_message(status, &answer)));
        }
        let task: Enqueued = parse_answer(status, &answer).map_err(AddError::Other)?;
        Ok(task.task_uid)
    }

    /// Deletes documents by id; returns the task uid.
    pub(crate) async fn delete_ids(&self, uid: &str, ids: &[i64]) -> Result<u32, AppError> {
        let request = self
            .http
            .post(format!("{}/indexes/{uid}/documents/delete-batch", self.url))
            .query(&Vec::from_iter(self.metadata().await))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(serde_json::to_vec(ids).unwrap_or_default());
        let (status, answer) = self.push(request, self.request_timeout).await?;
        let task: Enqueued = parse_answer(status, &answer)?;
        Ok(task.task_uid)
    }

    /// Sends a push request, recording how long it took and how it failed.
    async fn push(
        &self,
        request: reqwest::RequestBuilder,
        limit: Duration,
    ) -> Result<(reqwest::StatusCode, bytes::Bytes), AppError> {
        let started = Instant::now();
        let answer = self.exchange_within(request, limit).await;
        metrics::push_request(started.elapsed());
        match answer {
            Ok((status, body)) => {
                if status.is_client_error() {
                    metrics::push_failed(PushError::ClientError);
                } else if status.is_server_error() {
                    metrics::push_failed(PushError::ServerError);
                }
                Ok((status, body))
            }
            Err(NoAnswer { timed_out, error }) => {
                metrics::push_failed(if timed_out {
                    PushError::Timeout
                } else {
                    PushError::Unreachable
                });
                Err(error)
            }
        }
    }

    /// The `customMetadata` query parameter, when there is a tag and the
    /// server takes it.
    async fn metadata(&self) -> Option<(&'static str, String)> {
        let tag = self.task_tag.as_ref()?;
        // A server that cannot say now gets no tag this time.
        let takes = self.is_at_least(Version::TASK_METADATA).await.unwrap_or(false);
        takes.then(|| ("customMetadata", tag.clone()))
    }
}
