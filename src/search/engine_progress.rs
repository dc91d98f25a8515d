//! How far Meilisearch is through the batch it is indexing (`GET /batches`,
//! Meilisearch 1.12 and later), so a reindex's "indexed" bar moves while the
//! engine works instead of jumping when a whole batch is done.

use serde::Deserialize;

use super::client::Meili;
use crate::error::AppError;

/// The batch being processed for an index.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct BatchProgress {
    /// The tasks of the batch (their uids are not listed by the engine).
    pub(crate) tasks: u64,
    /// The documents the batch received.
    pub(crate) documents: u64,
    /// 0–100, as the engine estimates it.
    pub(crate) percentage: f64,
}

impl BatchProgress {
    /// The documents the batch has indexed so far, by the engine's estimate.
    pub(crate) fn indexed(&self) -> u64 {
        (self.documents as f64 * self.percentage.clamp(0.0, 100.0) / 100.0) as u64
    }

    /// The first batch of a `GET /batches` answer; `None` when there is
    /// none, or the answer does not say how far it is.
    fn from_answer(body: &[u8]) -> Option<BatchProgress> {
        let batches: Batches = serde_json::from_slice(body).ok()?;
        let batch = batches.results.into_iter().next()?;
        Some(BatchProgress {
            tasks: batch.stats.total_nb_tasks,
            documents: batch.details.received_documents?,
            percentage: batch.progress?.percentage,
        })
    }
}

#[derive(Deserialize)]
struct Batches {
    results: Vec<Batch>,
}

#[derive(Deserialize)]
struct Batch {
    progress: Option<Progress>,
    #[serde(default)]
    details: Details,
    #[serde(default)]
    stats: Stats,
}

#[derive(Deserialize)]
struct Progress {
    percentage: f64,
}

#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Details {
    received_documents: Option<u64>,
}

#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Stats {
    total_nb_tasks: u64,
}

impl Meili {
    /// The batch Meilisearch is processing for index `uid`, if any. `None`
    /// too from a server without the batches route (before 1.12): callers
    /// then follow task completion only.
    pub(crate) async fn processing_batch(
        &self,
        uid: &str,
    ) -> Result<Option<BatchProgress>, AppError> {
        let request = self.http.get(format!("{}/batches", self.url)).query(&[
            ("statuses", "processing"),
            ("indexUids", uid),
            ("limit", "1"),
        ]);
        let (status, body) = self.exchange(request).await?;
        if !status.is_success() {
            return Ok(None);
        }
        Ok(BatchProgress::from_answer(&body))
    }
}

#[cfg(test)]
mod tests {
    use super::BatchProgress;

    #[test]
    fn a_batch_as_meilisearch_reports_it() {
        let body = r#"{"results": [{"uid": 3, "progress": {"steps": [{"currentStep": "processing tasks",
            "finished": 0, "total": 2}, {"currentStep": "indexing", "finished": 1, "total": 3}],
            "percentage": 37.5}, "details": {"receivedDocuments": 20000, "indexedDocuments": null},
            "stats": {"totalNbTasks": 2, "status": {"processing": 2},
            "types": {"documentAdditionOrUpdate": 2}, "indexUids": {"orders": 2}},
            "duration": null, "startedAt": "2026-12-03T10:00:00Z", "finishedAt": null}],
            "total": 1, "limit": 1, "from": 3, "next": null}"#;
        let progress = BatchProgress::from_answer(body.as_bytes()).unwrap();
        assert_eq!(progress, BatchProgress { tasks: 2, documents: 20_000, percentage: 37.5 });
        assert_eq!(progress.indexed(), 7_500);
        assert_eq!(BatchProgress::from_answer(br#"{"results": []}"#), None);
        assert_eq!(BatchProgress::from_answer(b"<html>"), None);
    }
}
