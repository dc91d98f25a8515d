//! System errors (exit 1, with the reason): the system refused — a file
//! that cannot be read or written for lack of permission, a full disk, a
//! command that cannot be started — or something ecomctl needs is not
//! there (the schema). Each variant carries what its message shows; the
//! wording is here, in one place.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub(crate) enum SystemError {
    #[error("cannot read {}: {error}", .path.display())]
    Read { path: PathBuf, error: std::io::Error },
    #[error("cannot write {}: {error}", .path.display())]
    Write { path: PathBuf, error: std::io::Error },
    /// An input file the system will not open (a missing one is
    /// `Missing::File`).
    #[error("cannot open {path}: {error}")]
    Open { path: String, error: std::io::Error },
    #[error("meili_key_cmd: cannot run it: {error}")]
    KeyCommandStart { error: std::io::Error },
    #[error("meili_key_cmd: {error}")]
    KeyCommandWait { error: std::io::Error },
    #[error("TLS setup failed: {error}")]
    TlsSetup { error: rustls::Error },
    #[error("cannot set up the HTTP client: {error}")]
    HttpClient { error: reqwest::Error },
    /// `--metrics-addr` cannot be listened on (in use, not ours).
    #[error("cannot serve metrics on {addr}: {error}")]
    Listen { addr: std::net::SocketAddr, error: std::io::Error },
    #[error("the database schema is missing or outdated")]
    SchemaMissing,
}
