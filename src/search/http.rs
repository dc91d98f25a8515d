//! The HTTP client behind the Meilisearch SDK: one reqwest client for every
//! call (the SDK's and ecomctl's raw task requests), trusting the system's
//! roots plus an optional extra CA (`--meili-ca-cert`), with the API key as
//! a default header. Request bodies are read into memory and sent with
//! their length: the SDK's own client streams them in chunks, which cost
//! milliseconds per small request.

use std::sync::Arc;

use futures_util::AsyncReadExt;
use meilisearch_sdk::errors::Error as SdkError;
use meilisearch_sdk::request::{HttpClient, Method, parse_response};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{AppError, SystemError, Usage};

#[derive(Debug, Clone)]
pub(crate) struct Http {
    pub(crate) client: reqwest::Client,
}

impl Http {
    /// A client trusting the system roots and `extra_ca` (a PEM file). The
    /// system roots are read only for an `https` URL: parsing the store
    /// costs milliseconds every command would pay for nothing.
    pub(crate) fn new(
        url: &str,
        key: Option<&str>,
        extra_ca: Option<&std::path::Path>,
    ) -> Result<Self, AppError> {
        let mut roots = rustls::RootCertStore::empty();
        if url.starts_with("https://") {
            let native = rustls_native_certs::load_native_certs();
            roots.add_parsable_certificates(native.certs);
        }
        if let Some(path) = extra_ca {
            let certs = crate::db::tls::read_certificates(path).map_err(|error| {
                AppError::Usage(Usage::UnreadableCa {
                    setting: "--meili-ca-cert",
                    path: path.to_owned(),
                    error,
                })
            })?;
            let (added, _) = roots.add_parsable_certificates(certs);
            if added == 0 {
                return Err(AppError::Usage(Usage::EmptyCa {
                    setting: "--meili-ca-cert",
                    path: path.to_owned(),
                }));
            }
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|error| AppError::System(SystemError::TlsSetup { error }))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            reqwest::header::USER_AGENT,
            reqwest::header::HeaderValue::from_static(concat!(
                "ecomctl/",
                env!("CARGO_PKG_VERSION")
            )),
        );
        if let Some(key) = key {
            let value = reqwest::header::HeaderValue::from_str(&format!("Bearer {key}"))
                .map_err(|_| AppError::Usage(Usage::KeyNotHeader))?;
            headers.insert(reqwest::header::AUTHORIZATION, value);
        }
        let client = reqwest::Client::builder()
            .use_preconfigured_tls(tls)
            .default_headers(headers)
            // Meilisearch never redirects: a redirect comes from something
            // else, and following it would send order documents (customer
            // data) and the key's requests to another host.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|error| AppError::System(SystemError::HttpClient { error }))?;
        Ok(Http { client })
    }
}

#[async_trait::async_trait]
impl HttpClient for Http {
    async fn stream_request<
        Query: Serialize + Send + Sync,
        Body: futures_util::io::AsyncRead + Send + Sync + 'static,
        Output: DeserializeOwned + 'static,
    >(
        &self,
        url: &str,
        method: Method<Query, Body>,
        content_type: &str,
        expected_status_code: u16,
    ) -> Result<Output, SdkError> {
        let query = yaup::to_string(method.query())?;
        let url = if query.is_empty() { url.to_owned() } else { format!("{url}{query}") };
        let verb = match &method {
            Method::Get { .. } => reqwest::Method::GET,
            Method::Delete { .. } => reqwest::Method::DELETE,
            Method::Post { .. } => reqwest::Method::POST,
            Method::Put { .. } => reqwest::Method::PUT,
            Method::Patch { .. } => reqwest::Method::PATCH,
        };
        let mut request = self.client.request(verb, &url);
        if let Some(body) = method.into_body() {
            let mut bytes = Vec::new();
            let mut body = std::pin::pin!(body);
            body.read_to_end(&mut bytes).await.map_err(|e| SdkError::Other(Box::new(e)))?;
            request = request.header(reqwest::header::CONTENT_TYPE, content_type).body(bytes);
        }
        let response = request.send().await?;
        let status = response.status().as_u16();
        let body = read_answer(response).await.map_err(|err| match err {
            AnswerError::Http(err) => SdkError::HttpError(err),
            AnswerError::App(err) => SdkError::Other(Box::new(err)),
        })?;
        let body = if body.is_empty() {
            "null"
        } else {
            std::str::from_utf8(&body).map_err(|e| SdkError::Other(Box::new(e)))?
        };
        parse_response(status, expected_status_code, body, url)
    }

    fn is_tokio(&self) -> bool {
        true
    }
}

/// Most of an answer ecomctl reads for a search or a page of documents (or
/// of batches): far more than the pages it asks for can hold (a page of
/// 1,000 order documents is about 2 MiB).
pub(crate) const LARGE_ANSWER: usize = 32 << 20;

/// Most of any other answer — tasks (500 per request at most), the
/// version, health, settings, stats, an enqueued task: all small.
pub(crate) const SMALL_ANSWER: usize = 4 << 20;

/// How much of the answer to a request for this path may be read.
fn answer_cap(path: &str) -> usize {
    let large = path.ends_with("/search")
        || path.contains("/documents")
        || path.ends_with("/batches")
        || path.ends_with("/multi-search");
    if large { LARGE_ANSWER } else { SMALL_ANSWER }
}

/// Why an answer could not be read.
pub(crate) enum AnswerError {
    /// The transport failed.
    Http(reqwest::Error),
    /// A redirect, or an answer past its cap.
    App(AppError),
}

/// Reads an answer's body, refusing a redirect and stopping at the cap for
/// its request: a server sending gigabytes (or an endless chunked body) is
/// not Meilisearch answering ecomctl, and reading on would fill memory.
pub(crate) async fn read_answer(
    mut response: reqwest::Response,
) -> Result<bytes::Bytes, AnswerError> {
    let status = response.status();
    let path = response.url().path().to_owned();
    if status.is_redirection() {
        let to = response
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|l| l.to_str().ok())
            .map(super::connection::redact_userinfo)
            .unwrap_or_else(|| "elsewhere".into());
        return Err(AnswerError::App(AppError::Unavailable {
            what: crate::error::Service::Meilisearch,
            detail: format!(
                "answered {path} with a redirect (HTTP {}) to {to}, which ecomctl does not \
                 follow: give --meili-url the address that answers",
                status.as_u16()
            ),
        }));
    }
    let cap = answer_cap(&path);
    let announced = response.content_length().unwrap_or(0).min(cap as u64) as usize;
    let mut body = bytes::BytesMut::with_capacity(announced);
    while let Some(chunk) = response.chunk().await.map_err(AnswerError::Http)? {
        if body.len() + chunk.len() > cap {
            return Err(AnswerError::App(AppError::Unavailable {
                what: crate::error::Service::Meilisearch,
                detail: format!(
                    "the answer to {path} is larger than {} MiB, the most ecomctl reads for it \
                     (stopped reading: is something other than Meilisearch answering?)",
                    cap >> 20
                ),
            }));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}
