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
        let mut body = response.text().await?;
        if body.is_empty() {
            body = "null".to_string();
        }
        parse_response(status, expected_status_code, &body, url)
    }

    fn is_tokio(&self) -> bool {
        true
    }
}
