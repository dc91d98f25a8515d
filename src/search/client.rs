//! A thin wrapper over the Meilisearch SDK: every call gets a timeout (the
//! SDK has none), task waits poll with our own interval and limit, and SDK
//! errors become `AppError`s that carry Meilisearch's own message.
//!
//! Task statuses are read from the raw JSON of `GET /tasks?uids=…` rather
//! than through the SDK, whose task type knows neither the `canceled` status
//! nor every task type a server may report.

use std::future::Future;
use std::time::Duration;

use meilisearch_sdk::client::Client;
use meilisearch_sdk::errors::{Error as SdkError, ErrorCode, ErrorType};
use meilisearch_sdk::indexes::Index;

use super::connection::MeiliConfig;
use super::http::{AnswerError, Http, read_answer};
use super::version::Version;
use crate::domain::{Compress, Searchable};
use crate::error::{AppError, Missing, Refusal, Service};

/// A connected (not yet contacted) Meilisearch client and the live index
/// name. Cheap to clone (the HTTP client is shared).
#[derive(Clone)]
pub(crate) struct Meili {
    client: Client<Http>,
    /// For the raw requests (the same client the SDK uses).
    pub(super) http: reqwest::Client,
    pub(super) url: String,
    /// What sent the tasks ("ecomctl sync on HOST"), for the `customMetadata`
    /// of document tasks where the server takes it (`push_request.rs`).
    pub(super) task_tag: Option<String>,
    /// The server's version: asked once, when first needed (`version.rs`).
    pub(super) version: std::sync::Arc<tokio::sync::OnceCell<Option<Version>>>,
    pub(crate) index_name: String,
    /// Whether large document bodies go gzip-compressed (`--compress`,
    /// decided once for this server: `auto` = unless it is on loopback).
    pub(crate) compress: bool,
    /// The full-text setting applied whenever ecomctl creates the index.
    pub(crate) searchable: Searchable,
    /// How long one HTTP request may take before Meilisearch counts as unreachable.
    pub(crate) request_timeout: Duration,
}

/// The answer to a request that enqueues a task (202).
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Enqueued {
    pub(super) task_uid: u32,
}

impl Meili {
    pub(crate) fn new(config: &MeiliConfig) -> Result<Self, AppError> {
        let key = config.key()?.map(|k| k.expose().to_owned());
        let http = Http::new(&config.url, key.as_deref(), config.ca_cert.as_deref())?;
        let client = Client::new_with_client(config.url.clone(), key, http.clone());
        Ok(Meili {
            client,
            http: http.client,
            url: config.url.clone(),
            task_tag: None,
            version: Default::default(),
            compress: match config.compress {
                Compress::Gzip => true,
                Compress::None => false,
                Compress::Auto => !super::connection::is_loopback(&config.url),
            },
            index_name: config.index.clone(),
            searchable: config.searchable,
            request_timeout: config.request_timeout,
        })
    }

    /// Tags the document tasks this client enqueues with what sent them.
    pub(crate) fn with_task_tag(mut self, tag: String) -> Self {
        self.task_tag = Some(tag);
        self
    }

    pub(crate) fn client(&self) -> &Client<Http> {
        &self.client
    }

    /// The live index (which may not exist yet).
    pub(crate) fn live(&self) -> Index<Http> {
        self.client.index(self.index_name.clone())
    }

    pub(crate) fn index(&self, uid: &str) -> Index<Http> {
        self.client.index(uid)
    }

    /// Runs one SDK call with the request timeout and error mapping.
    pub(crate) async fn call<T>(
        &self,
        request: impl Future<Output = Result<T, SdkError>>,
    ) -> Result<T, AppError> {
        match tokio::time::timeout(self.request_timeout, request).await {
            Ok(result) => result.map_err(classify),
            Err(_) => Err(self.timed_out(self.request_timeout)),
        }
    }

    fn timed_out(&self, limit: Duration) -> AppError {
        AppError::TimedOut {
            what: Service::Meilisearch,
            detail: format!("no answer within {}s", limit.as_secs()),
        }
    }

    /// Sends one raw request: the status and body of the answer, or why
    /// there was none.
    pub(super) async fn exchange(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<(reqwest::StatusCode, bytes::Bytes), AppError> {
        self.exchange_within(request, self.request_timeout).await.map_err(|failed| failed.error)
    }

    /// `exchange` with its own time limit, saying which kind of failure it
    /// was (for the push metrics).
    pub(super) async fn exchange_within(
        &self,
        request: reqwest::RequestBuilder,
        limit: Duration,
    ) -> Result<(reqwest::StatusCode, bytes::Bytes), NoAnswer> {
        let exchange = async {
            let response = request.send().await.map_err(AnswerError::Http)?;
            let status = response.status();
            let body = read_answer(response).await?;
            Ok::<_, AnswerError>((status, body))
        };
        match tokio::time::timeout(limit, exchange).await {
            Ok(Ok(answer)) => Ok(answer),
            Ok(Err(AnswerError::Http(err))) => {
                Err(NoAnswer { timed_out: false, error: http_failure(&err) })
            }
            Ok(Err(AnswerError::App(error))) => Err(NoAnswer { timed_out: false, error }),
            Err(_) => Err(NoAnswer { timed_out: true, error: self.timed_out(limit) }),
        }
    }

    /// Sends one raw request and parses the JSON answer.
    pub(super) async fn raw<T: serde::de::DeserializeOwned>(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<T, AppError> {
        let (status, body) = self.exchange(request).await?;
        parse_answer(status, &body)
    }

    /// Whether an index exists.
    pub(crate) async fn exists(&self, uid: &str) -> Result<bool, AppError> {
        match self.call(self.client.get_raw_index(uid)).await {
            Ok(_) => Ok(true),
            Err(AppError::NotFound(_)) => Ok(false),
            Err(err) => Err(err),
        }
    }
}

/// A request that got no answer: the error, and whether it ran out of time.
pub(super) struct NoAnswer {
    pub(super) timed_out: bool,
    pub(super) error: AppError,
}

/// Why documents were not added.
#[derive(Debug)]
pub(crate) enum AddError {
    /// Meilisearch refused the request as too large (413), with its message.
    TooLarge(String),
    Other(AppError),
}

impl From<AddError> for AppError {
    fn from(err: AddError) -> Self {
        match err {
            AddError::TooLarge(message) => AppError::Rejected(Refusal::TooLarge { message }),
            AddError::Other(err) => err,
        }
    }
}

/// Meilisearch's own message from an error answer, else the status.
pub(super) fn error_message(status: reqwest::StatusCode, body: &[u8]) -> String {
    serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v["message"].as_str().map(one_line))
        .unwrap_or_else(|| format!("HTTP {status}"))
}

/// Meilisearch's message on one line: a filter error comes with the place
/// on a line of its own ("…got nothing.\n9:9 (state =)").
fn one_line(message: &str) -> String {
    message.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
}

/// An answer's JSON, or the error its status means: refused (4xx, exit 4)
/// or Meilisearch in trouble (5xx, exit 5).
pub(super) fn parse_answer<T: serde::de::DeserializeOwned>(
    status: reqwest::StatusCode,
    body: &[u8],
) -> Result<T, AppError> {
    if !status.is_success() {
        return Err(status_error(status.as_u16(), error_message(status, body)));
    }
    serde_json::from_slice(body).map_err(|err| AppError::Unavailable {
        what: Service::Meilisearch,
        detail: format!("unexpected answer: {err}"),
    })
}

/// What an error status from Meilisearch means, with what it said: refused
/// (4xx, exit 4; 413 told apart, as the request can be cut) or Meilisearch
/// in trouble (5xx, exit 5).
fn status_error(status: u16, message: String) -> AppError {
    match status {
        413 => AppError::Rejected(Refusal::TooLarge { message }),
        401 | 403 => AppError::Rejected(Refusal::MeiliKey { message }),
        400..=499 => AppError::Rejected(Refusal::Meilisearch { message }),
        _ => AppError::Unavailable { what: Service::Meilisearch, detail: message },
    }
}

/// Maps an SDK error to the exit-code model: network trouble is "unavailable"
/// (5), a missing index "not found" (3), anything Meilisearch refused
/// "rejected" (4) with Meilisearch's own message.
pub(crate) fn classify(err: SdkError) -> AppError {
    match err {
        SdkError::Meilisearch(e) => {
            let message = one_line(&e.error_message);
            match (e.error_code, e.error_type) {
                (ErrorCode::IndexNotFound, _) => {
                    AppError::NotFound(Missing::MeiliIndex { message })
                }
                (_, ErrorType::Auth) => AppError::Rejected(Refusal::MeiliKey { message }),
                (_, ErrorType::Internal) => AppError::Unavailable {
                    what: Service::Meilisearch,
                    detail: format!("internal error: {message}"),
                },
                _ => AppError::Rejected(Refusal::Meilisearch { message }),
            }
        }
        SdkError::MeilisearchCommunication(e) => {
            let detail = format!(
                "HTTP {}{}",
                e.status_code,
                e.message.map(|m| format!(": {m}")).unwrap_or_default()
            );
            status_error(e.status_code, detail)
        }
        SdkError::HttpError(e) => http_failure(&e),
        // Our own HTTP client's refusals (a redirect, an answer past its cap).
        SdkError::Other(e) if e.is::<AppError>() => match e.downcast::<AppError>() {
            Ok(app) => *app,
            Err(e) => AppError::Unavailable { what: Service::Meilisearch, detail: e.to_string() },
        },
        SdkError::Timeout => {
            AppError::Unavailable { what: Service::Meilisearch, detail: "timed out".into() }
        }
        other => AppError::Unavailable { what: Service::Meilisearch, detail: other.to_string() },
    }
}

/// A transport failure: a certificate Meilisearch's client refused is a
/// setting to fix (exit 4); anything else means unreachable (exit 5).
fn http_failure(err: &reqwest::Error) -> AppError {
    let why = match crate::error::rustls_cause(err) {
        Some(rustls::Error::InvalidCertificate(why)) => Some(format!("{why:?}")),
        // The connector may hand the rustls error over as text only.
        _ => std::iter::successors(Some(err as &(dyn std::error::Error + 'static)), |e| e.source())
            .find_map(|cause| {
                cause
                    .to_string()
                    .split_once("invalid peer certificate: ")
                    .map(|(_, why)| why.trim_end_matches(')').to_owned())
            }),
    };
    if let Some(why) = why {
        return AppError::Rejected(Refusal::MeiliCertificate { why });
    }
    AppError::Unavailable { what: Service::Meilisearch, detail: describe_http_error(err) }
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

impl Meili {
    /// The server's version: `None` when it answers without one ecomctl can
    /// read (then only what every 1.x server understands is asked). Asked
    /// once; a server that cannot answer now is asked again next time.
    pub(crate) async fn version(&self) -> Result<Option<Version>, AppError> {
        self.version
            .get_or_try_init(|| async {
                let request = self.http.get(format!("{}/version", self.url));
                let (status, body) = self.exchange_within(request, self.request_timeout).await?;
                Ok::<_, NoAnswer>(
                    status.is_success().then(|| Version::from_answer(&body)).flatten(),
                )
            })
            .await
            .copied()
            .map_err(|failed| failed.error)
    }

    /// Whether the server is at least `wanted`; an unknown version is not.
    pub(crate) async fn is_at_least(&self, wanted: Version) -> Result<bool, AppError> {
        Ok(self.version().await?.is_some_and(|version| version >= wanted))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_message_with_its_place_on_a_second_line_is_one_line() {
        assert_eq!(
            super::one_line("Was expecting a value but instead got nothing.\n9:9 (state =)"),
            "Was expecting a value but instead got nothing. 9:9 (state =)"
        );
    }
}
