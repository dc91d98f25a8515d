//! The requests that change documents — add (NDJSON) and delete by id — as
//! every pusher sends them (writers, `sync`, the watcher, `reindex`): timed
//! and counted for the watcher's metrics, and tagged with what sent them
//! (`customMetadata`, shown on the task) where the server takes it
//! (Meilisearch 1.26 and later; older servers get no tag, and no error).

use std::time::{Duration, Instant};

use super::client::{AddError, Enqueued, Meili, NoAnswer, error_message, parse_answer};
use crate::error::AppError;
use crate::telemetry::metrics::{self, PushError};

/// The first Meilisearch version whose document routes take `customMetadata`.
const METADATA_SINCE: (u64, u64) = (1, 26);

impl Meili {
    /// Adds or replaces documents, given as an NDJSON body sent in one piece
    /// with its length (the SDK streams bodies in chunks, which costs a few
    /// milliseconds per request on a small push); returns the task uid. A
    /// body Meilisearch refuses as too large (413) is told apart, so the
    /// caller can send it in smaller parts.
    pub(crate) async fn add_ndjson(&self, uid: &str, body: bytes::Bytes) -> Result<u32, AddError> {
        self.add_ndjson_within(uid, body, self.request_timeout).await
    }

    /// `add_ndjson` with a time limit of its own (a reindex's large batches).
    pub(crate) async fn add_ndjson_within(
        &self,
        uid: &str,
        body: bytes::Bytes,
        limit: Duration,
    ) -> Result<u32, AddError> {
        let mut query = vec![("primaryKey", super::settings::PRIMARY_KEY.to_owned())];
        query.extend(self.metadata().await);
        let request = self
            .http
            .post(format!("{}/indexes/{uid}/documents", self.url))
            .query(&query)
            .header(reqwest::header::CONTENT_TYPE, "application/x-ndjson")
            .body(body);
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
        self.takes_metadata().await.then(|| ("customMetadata", tag.clone()))
    }

    /// Whether the server takes `customMetadata`: its version, asked once.
    /// A server that cannot say (down for now) is asked again next time.
    async fn takes_metadata(&self) -> bool {
        let asked = self
            .takes_metadata
            .get_or_try_init(|| async {
                let request = self.http.get(format!("{}/version", self.url));
                let (status, body) = self.exchange_within(request, self.request_timeout).await?;
                Ok::<bool, NoAnswer>(status.is_success() && supports_metadata(&body))
            })
            .await;
        asked.copied().unwrap_or(false)
    }
}

/// Whether a `GET /version` answer names a version that takes `customMetadata`.
fn supports_metadata(body: &[u8]) -> bool {
    let version: Option<(u64, u64)> = (|| {
        let answer: serde_json::Value = serde_json::from_slice(body).ok()?;
        let mut parts = answer["pkgVersion"].as_str()?.split('.');
        Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
    })();
    version.is_some_and(|version| version >= METADATA_SINCE)
}

#[cfg(test)]
mod tests {
    #[test]
    fn versions_from_1_26_take_metadata() {
        let takes =
            |v: &str| super::supports_metadata(format!(r#"{{"pkgVersion":"{v}"}}"#).as_bytes());
        assert!(takes("1.26.0") && takes("1.50.1") && takes("2.0.0"));
        assert!(!takes("1.25.9") && !takes("0.30.0") && !takes("garbage"));
        assert!(!super::supports_metadata(b"not json"));
    }
}
