//! TLS to PostgreSQL with libpq's `sslmode` semantics, on rustls.
//!
//! | sslmode | encrypts | verifies |
//! |---|---|---|
//! | disable | never | — |
//! | allow, prefer (default) | if the server offers it | nothing (the chain, if a root certificate is set) |
//! | require | always | nothing (the chain, if a root certificate is set — as libpq) |
//! | verify-ca | always | the chain against `sslrootcert` |
//! | verify-full | always | the chain and the host name |
//!
//! rustls always verifies, so "encrypt without verifying" is a verifier of
//! our own that checks the handshake signatures but trusts any certificate,
//! and verify-ca is rustls's verifier with the name mismatch forgiven.
//! `sslrootcert=system` uses the operating system's roots. `allow` behaves
//! like `prefer` (tokio-postgres tries TLS first).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::WebPkiSupportedAlgorithms;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::conninfo::ConnInfo;
use crate::error::{AppError, SystemError, Usage};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SslMode {
    Disable,
    Allow,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    fn parse(text: &str) -> Result<Self, AppError> {
        Ok(match text {
            "disable" => SslMode::Disable,
            "allow" => SslMode::Allow,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            other => {
                return Err(AppError::Usage(Usage::InvalidChoice {
                    key: "sslmode",
                    got: format!("{other:?}"),
                    choices: "disable, allow, prefer, require, verify-ca or verify-full",
                }));
            }
        })
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Allow => "allow",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }

    /// What tokio-postgres is told: whether to ask for TLS and whether it is
    /// required; verification is the connector's business.
    pub(crate) fn for_tokio(self) -> tokio_postgres::config::SslMode {
        match self {
            SslMode::Disable => tokio_postgres::config::SslMode::Disable,
            SslMode::Allow | SslMode::Prefer => tokio_postgres::config::SslMode::Prefer,
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => {
                tokio_postgres::config::SslMode::Require
            }
        }
    }
}

/// Where trusted roots come from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Roots {
    File(PathBuf),
    System,
}

/// The TLS settings of a connection, resolved from the libpq keywords.
#[derive(Debug, Clone)]
pub(crate) struct TlsSettings {
    pub(crate) mode: SslMode,
    roots: Option<Roots>,
    client: Option<(PathBuf, PathBuf)>,
}

impl TlsSettings {
    /// `sslmode`, `sslrootcert`, `sslcert`, `sslkey`, with libpq's defaults
    /// under `~/.postgresql/` (`home`). A client certificate is offered only
    /// with `client_certificate` (not to a server `.env` chose).
    pub(crate) fn from_conninfo(
        info: &ConnInfo,
        home: Option<&Path>,
        client_certificate: bool,
    ) -> Result<Self, AppError> {
        let mode = SslMode::parse(info.get("sslmode").unwrap_or("prefer"))?;
        let default_file = |name: &str| home.map(|h| h.join(".postgresql").join(name));
        let roots = match info.get("sslrootcert") {
            Some("system") => Some(Roots::System),
            Some(path) => Some(Roots::File(PathBuf::from(path))),
            None => default_file("root.crt").filter(|p| p.exists()).map(Roots::File),
        };
        if matches!(mode, SslMode::VerifyCa | SslMode::VerifyFull) && roots.is_none() {
            return Err(AppError::Usage(Usage::NoRootCert { mode: mode.as_str() }));
        }
        let cert =
            info.get("sslcert").map(PathBuf::from).or_else(|| default_file("postgresql.crt"));
        let key = info.get("sslkey").map(PathBuf::from).or_else(|| default_file("postgresql.key"));
        let client = match (cert, key) {
            (Some(cert), Some(key)) if client_certificate && cert.exists() => Some((cert, key)),
            _ => None,
        };
        Ok(TlsSettings { mode, roots, client })
    }

    /// Whether the server certificate is checked (chain, and name with verify-full).
    pub(crate) fn verifies(&self) -> bool {
        self.mode != SslMode::Disable && self.roots.is_some()
    }

    /// The rustls connector for these settings (reads the certificate files).
    pub(crate) fn connector(&self) -> Result<MakeRustlsConnect, AppError> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|error| AppError::System(SystemError::TlsSetup { error }))?;
        let verifier: Arc<dyn ServerCertVerifier> = match &self.roots {
            None => Arc::new(AcceptAnyCertificate(provider.signature_verification_algorithms)),
            Some(roots) => {
                let store = Arc::new(root_store(roots)?);
                let webpki = WebPkiServerVerifier::builder_with_provider(store, provider.clone())
                    .build()
                    .map_err(|error| AppError::Usage(Usage::RootCert { error }))?;
                if self.mode == SslMode::VerifyFull { webpki } else { Arc::new(ChainOnly(webpki)) }
            }
        };
        let builder = builder.dangerous().with_custom_certificate_verifier(verifier);
        let config = match &self.client {
            None => builder.with_no_client_auth(),
            Some((cert, key)) => {
                check_key_permissions(key)?;
                let chain = read_certificates(cert).map_err(|error| {
                    AppError::Usage(Usage::ClientCert { path: cert.clone(), error })
                })?;
                let key = crate::files::read_regular(key, crate::files::CERTIFICATE_CAP)
                    .map_err(rustls::pki_types::pem::Error::Io)
                    .and_then(|pem| PrivateKeyDer::from_pem_slice(&pem))
                    .map_err(|error| {
                        AppError::Usage(Usage::ClientKey { path: key.clone(), error })
                    })?;
                builder
                    .with_client_auth_cert(chain, key)
                    .map_err(|error| AppError::Usage(Usage::ClientAuth { error }))?
            }
        };
        Ok(MakeRustlsConnect::new(config))
    }
}

/// Refuses a private key others may read, as libpq does: at most 0600 if
/// the current user owns it, 0640 if root does (a key shared with a group
/// through root's packaging).
fn check_key_permissions(key: &Path) -> Result<(), AppError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let Ok(meta) = std::fs::metadata(key) else { return Ok(()) };
        let mode = meta.mode() & 0o777;
        let allowed = if meta.uid() == 0 { 0o640 } else { 0o600 };
        if mode & !allowed != 0 {
            return Err(AppError::Usage(Usage::KeyPermissions { path: key.to_owned(), mode }));
        }
    }
    Ok(())
}

/// Every certificate in a PEM file (shared with the Meilisearch client):
/// a regular file of bounded size, whoever named it.
pub(crate) fn read_certificates(
    path: &Path,
) -> Result<Vec<CertificateDer<'static>>, rustls::pki_types::pem::Error> {
    let pem = crate::files::read_regular(path, crate::files::CERTIFICATE_CAP)
        .map_err(rustls::pki_types::pem::Error::Io)?;
    CertificateDer::pem_slice_iter(&pem).collect()
}

fn root_store(roots: &Roots) -> Result<RootCertStore, AppError> {
    let mut store = RootCertStore::empty();
    match roots {
        Roots::System => {
            let found = rustls_native_certs::load_native_certs();
            let (added, _) = store.add_parsable_certificates(found.certs);
            if added == 0 {
                return Err(AppError::Usage(Usage::NoSystemRoots));
            }
        }
        Roots::File(path) => {
            let certs = read_certificates(path).map_err(|error| {
                AppError::Usage(Usage::UnreadableCa {
                    setting: "sslrootcert",
                    path: path.clone(),
                    error,
                })
            })?;
            let (added, _) = store.add_parsable_certificates(certs);
            if added == 0 {
                return Err(AppError::Usage(Usage::EmptyCa {
                    setting: "sslrootcert",
                    path: path.clone(),
                }));
            }
        }
    }
    Ok(store)
}

/// libpq's `prefer`/`require` without a root certificate: encrypt, trust any
/// certificate — but still check that the server holds its key.
#[derive(Debug)]
struct AcceptAnyCertificate(WebPkiSupportedAlgorithms);

impl ServerCertVerifier for AcceptAnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_schemes()
    }
}

/// `verify-ca`: the chain must lead to a trusted root; the host name need
/// not match (the certificate of a server reached by IP, or through a proxy).
#[derive(Debug)]
struct ChainOnly(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for ChainOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self.0.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}
