//! Where the search index lives and how the tool uses it (`config` resolves
//! these settings; like `db::connection` for PostgreSQL), with the API key
//! kept secret and, when a context names a command for it, fetched only
//! when Meilisearch is actually used.

use std::fmt;
use std::io::Read;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::domain::{Compress, Searchable};
use crate::error::{AppError, SystemError, Usage};

/// A secret (an API key) whose `Debug` never shows it.
#[derive(Clone)]
pub(crate) struct Secret(String);

impl Secret {
    /// A key as given; a trailing newline (common from files) would break
    /// the HTTP header, so keys are trimmed. Empty is no key.
    pub(crate) fn new(key: &str) -> Option<Secret> {
        let key = key.trim();
        (!key.is_empty()).then(|| Secret(key.to_owned()))
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// Where the API key comes from.
#[derive(Debug)]
pub(crate) enum KeySource {
    None,
    Given(Secret),
    /// A context's `meili_key_cmd`: run (with `sh -c`, bounded by the
    /// request timeout) the first time the key is needed, never before.
    Command(String),
}

/// Where the search index lives and how the tool uses it.
#[derive(Debug)]
pub(crate) struct MeiliConfig {
    pub(crate) url: String,
    key_source: KeySource,
    key: OnceLock<Option<Secret>>,
    pub(crate) index: String,
    pub(crate) searchable: Searchable,
    /// Whether large document bodies are sent gzip-compressed (`--compress`).
    pub(crate) compress: Compress,
    /// Push changed orders right after each command (`--no-index` turns it off).
    pub(crate) push_on_write: bool,
    /// Block after a change until Meilisearch has indexed it (`--wait`).
    pub(crate) wait: bool,
    /// How long `--wait` and `sync` wait for Meilisearch to process tasks.
    pub(crate) wait_timeout: Duration,
    /// How long one HTTP request may take (`--timeout`).
    pub(crate) request_timeout: Duration,
    /// An extra certificate authority to trust (`--meili-ca-cert`), besides
    /// the system's roots.
    pub(crate) ca_cert: Option<PathBuf>,
}

impl MeiliConfig {
    /// Where the index is (checked: an http(s) URL, a valid index uid) and
    /// its key; the rest are the defaults, which `config` sets from the
    /// options.
    pub(crate) fn new(url: &str, key: KeySource, index: &str) -> Result<Self, AppError> {
        let url = url.trim().trim_end_matches('/').to_owned();
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(AppError::Usage(Usage::MeiliUrl {
                got: crate::domain::shown(&redact_userinfo(&url)),
            }));
        }
        let index = index.trim().to_owned();
        let valid_uid = !index.is_empty()
            && index.len() <= 400
            && index.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !valid_uid {
            return Err(AppError::Usage(Usage::IndexName { got: crate::domain::shown(&index) }));
        }
        Ok(MeiliConfig {
            url,
            key_source: key,
            key: OnceLock::new(),
            index,
            searchable: Searchable::Full,
            compress: Compress::Auto,
            push_on_write: true,
            wait: false,
            wait_timeout: Duration::from_secs(60),
            request_timeout: Duration::from_secs(10),
            ca_cert: None,
        })
    }

    /// The API key, fetched the first time it is needed.
    pub(crate) fn key(&self) -> Result<Option<Secret>, AppError> {
        if let Some(key) = self.key.get() {
            return Ok(key.clone());
        }
        let key = match &self.key_source {
            KeySource::None => None,
            KeySource::Given(secret) => Some(secret.clone()),
            KeySource::Command(command) => key_from_command(command, self.request_timeout)?,
        };
        Ok(self.key.get_or_init(|| key).clone())
    }

    /// The key when it is at hand without running a command (for shell
    /// completion, which must not wait for one).
    pub(crate) fn key_at_hand(&self) -> Option<Secret> {
        match &self.key_source {
            KeySource::Given(secret) => Some(secret.clone()),
            KeySource::None | KeySource::Command(_) => None,
        }
    }

    /// The URL to show people: credentials embedded in it (`https://user:pass@host`,
    /// for a proxy in front of Meilisearch) are masked.
    pub(crate) fn shown_url(&self) -> String {
        redact_userinfo(&self.url)
    }
}

/// Most a key command may print.
const MAX_KEY_OUTPUT: u64 = 64 * 1024;

/// Runs a context's `meili_key_cmd` and reads the key from its output. A
/// command that hangs (a password manager waiting for a PIN nobody will
/// type) is stopped after `limit`.
fn key_from_command(command: &str, limit: Duration) -> Result<Option<Secret>, AppError> {
    let mut shell = std::process::Command::new("sh");
    shell
        .args(["-c", command])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit());
    // Its own process group, so that stopping it stops what it started too
    // (a `sleep` left behind would hold our stderr open).
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut shell, 0);
    let mut child =
        shell.spawn().map_err(|error| AppError::System(SystemError::KeyCommandStart { error }))?;
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = (&mut stdout).take(MAX_KEY_OUTPUT).read_to_end(&mut out);
        out
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() >= limit => {
                #[cfg(unix)]
                // Safe: a plain signal to the group this function created.
                unsafe {
                    libc::kill(-(child.id() as i32), libc::SIGKILL);
                }
                let _ = child.kill();
                let _ = child.wait();
                return Err(AppError::TimedOut {
                    what: crate::error::Service::Meilisearch,
                    detail: format!(
                        "meili_key_cmd did not finish within {}s (it was stopped)",
                        limit.as_secs()
                    ),
                });
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(error) => return Err(AppError::System(SystemError::KeyCommandWait { error })),
        }
    };
    let out = reader.join().unwrap_or_default();
    if !status.success() {
        return Err(AppError::Usage(Usage::KeyCommandFailed { status }));
    }
    Ok(Secret::new(&String::from_utf8_lossy(&out)))
}

/// `scheme://user:pass@host…` → `scheme://***@host…`.
pub(crate) fn redact_userinfo(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_owned() };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}://***@{}", &rest[at + 1..]),
        None => url.to_owned(),
    }
}

/// Whether the URL's host is this machine (`localhost`, 127.0.0.0/8, `::1`):
/// there, compressing costs more CPU than the bytes it saves.
pub(crate) fn is_loopback(url: &str) -> bool {
    let Some(host) = reqwest::Url::parse(url).ok().and_then(|u| u.host_str().map(str::to_owned))
    else {
        return false;
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_in_the_meilisearch_url_are_masked() {
        assert_eq!(
            redact_userinfo("https://u:p4ss@search.example/x"),
            "https://***@search.example/x"
        );
        assert_eq!(redact_userinfo("http://127.0.0.1:7700"), "http://127.0.0.1:7700");
        assert_eq!(redact_userinfo("http://host/a@b"), "http://host/a@b");
    }

    #[test]
    fn a_key_command_runs_once_and_a_hanging_one_is_stopped() {
        assert_eq!(
            key_from_command("printf ' k3y\\n'", Duration::from_secs(5)).unwrap().unwrap().expose(),
            "k3y"
        );
        let started = Instant::now();
        let err = key_from_command("sleep 30", Duration::from_millis(300)).unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(5));
        assert_eq!(err.code(), crate::error::exit::UNAVAILABLE);
        assert!(key_from_command("exit 3", Duration::from_secs(5)).is_err());
    }

    #[test]
    fn loopback_is_this_machine_by_name_or_address() {
        for url in [
            "http://localhost:7700",
            "http://127.0.0.1:7700",
            "http://127.1.2.3",
            "http://[::1]:7700",
        ] {
            assert!(super::is_loopback(url), "{url}");
        }
        for url in
            ["http://meili.internal:7700", "https://10.0.0.5", "http://[2001:db8::1]", "nonsense"]
        {
            assert!(!super::is_loopback(url), "{url}");
        }
    }
}
