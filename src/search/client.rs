//! A thin wrapper over the Meilisearch SDK: every call gets a timeout (the
//! SDK has none), task waits poll with our own interval and limit, and SDK
//! errors become `AppError`s that carry Meilisearch's own message.

use std::future::Future;
use std::time::{Duration, Instant};

use meilisearch_sdk::client::Client;
use meilisearch_sdk::errors::{Error as SdkError, ErrorCode, ErrorType};
use meilisearch_sdk::indexes::Index;
use meilisearch_sdk::task_info::TaskInfo;
use meilisearch_sdk::tasks::Task;

use crate::cli::Searchable;
use crate::config::MeiliConfig;
use crate::error::{AppError, Service};

/// How long one HTTP request may take before Meilisearch counts as unreachable.
pub(crate) const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// A connected (not yet contacted) Meilisearch client and the live index name.
pub(crate) struct Meili {
    client: Client,
    pub(crate) index_name: String,
    /// The full-text setting applied whenever ecomctl creates the index.
    pub(crate) searchable: Searchable,
}

impl Meili {
    pub(crate) fn new(config: &MeiliConfig) -> Result<Self, AppError> {
        let key = config.key.as_ref().map(|k| k.expose());
        let client = Client::new(config.url.clone(), key).map_err(|_| {
            AppError::usage("the Meilisearch API key is not a valid HTTP header value")
        })?;
        Ok(Meili { client, index_name: config.index.clone(), searchable: config.searchable })
    }

    pub(crate) fn client(&self) -> &Client {
        &self.client
    }

    /// The live index (which may not exist yet).
    pub(crate) fn live(&self) -> Index {
        self.client.index(self.index_name.clone())
    }

    pub(crate) fn index(&self, uid: &str) -> Index {
        self.client.index(uid)
    }

    /// Runs one SDK call with the request timeout and error mapping.
    pub(crate) async fn call<T>(
        &self,
        request: impl Future<Output = Result<T, SdkError>>,
    ) -> Result<T, AppError> {
        match tokio::time::timeout(REQUEST_TIMEOUT, request).await {
            Ok(result) => result.map_err(classify),
            Err(_) => Err(AppError::Unavailable {
                what: Service::Meilisearch,
                detail: format!("no answer within {}s", REQUEST_TIMEOUT.as_secs()),
            }),
        }
    }

    /// Whether an index exists.
    pub(crate) async fn exists(&self, uid: &str) -> Result<bool, AppError> {
        match self.call(self.client.get_raw_index(uid)).await {
            Ok(_) => Ok(true),
            Err(AppError::NotFound(_)) => Ok(false),
            Err(err) => Err(err),
        }
    }

    /// Waits until Meilisearch has processed a task; a failed or canceled task
    /// is an error carrying Meilisearch's message.
    pub(crate) async fn wait(&self, task: &TaskInfo, limit: Duration) -> Result<(), AppError> {
        let started = Instant::now();
        let mut interval = Duration::from_millis(5);
        loop {
            match self.call(self.client.get_task(task)).await? {
                Task::Succeeded { .. } => return Ok(()),
                Task::Failed { content } => {
                    return Err(AppError::rejected(format!(
                        "Meilisearch task {} failed: {}",
                        content.task.uid, content.error.error_message
                    )));
                }
                Task::Enqueued { .. } | Task::Processing { .. } => {}
            }
            if started.elapsed() >= limit {
                return Err(AppError::Unavailable {
                    what: Service::Meilisearch,
                    detail: format!(
                        "task {} not finished after {}s",
                        task.task_uid,
                        limit.as_secs()
                    ),
                });
            }
            tokio::time::sleep(interval).await;
            interval = (interval * 2).min(Duration::from_millis(250));
        }
    }
}

/// Maps an SDK error to the exit-code model: network trouble is "unavailable"
/// (5), a missing index "not found" (3), anything Meilisearch refused
/// "rejected" (4) with Meilisearch's own message.
pub(crate) fn classify(err: SdkError) -> AppError {
    match err {
        SdkError::Meilisearch(e) => {
            let message = e.error_message.clone();
            match (e.error_code, e.error_type) {
                (ErrorCode::IndexNotFound, _) => AppError::not_found(message),
                (_, ErrorType::Internal) => AppError::Unavailable {
                    what: Service::Meilisearch,
                    detail: format!("internal error: {message}"),
                },
                _ => AppError::rejected(message),
            }
        }
        SdkError::MeilisearchCommunication(e) => {
            let detail = format!(
                "HTTP {}{}",
                e.status_code,
                e.message.map(|m| format!(": {m}")).unwrap_or_default()
            );
            match e.status_code {
                413 => AppError::rejected(format!("request too large for Meilisearch ({detail})")),
                400..=499 => AppError::rejected(detail),
                _ => AppError::Unavailable { what: Service::Meilisearch, detail },
            }
        }
        SdkError::HttpError(e) => {
            AppError::Unavailable { what: Service::Meilisearch, detail: describe_http_error(&e) }
        }
        SdkError::Timeout => {
            AppError::Unavailable { what: Service::Meilisearch, detail: "timed out".into() }
        }
        other => AppError::Unavailable { what: Service::Meilisearch, detail: other.to_string() },
    }
}

/// The root cause of a transport error (e.g. "Connection refused"), without
/// the request URL's query or headers.
fn describe_http_error(err: &reqwest::Error) -> String {
    let mut cause: &dyn std::error::Error = err;
    while let Some(next) = cause.source() {
        cause = next;
    }
    if err.is_timeout() {
        "request timed out".into()
    } else if err.is_connect() {
        format!("cannot connect ({cause})")
    } else {
        cause.to_string()
    }
}
