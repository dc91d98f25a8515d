//! Turns the parsed global flags into the validated settings a command runs
//! with. This is the one place that looks at the environment around the
//! process (terminals, NO_COLOR); commands never read a raw flag.

use std::fmt;
use std::io::IsTerminal;
use std::str::FromStr;
use std::time::Duration;

use crate::cli::{ColorChoice, GlobalArgs, OutputFormat, Searchable};
use crate::error::AppError;

/// The database of the repository's docker-compose.yml.
pub(crate) const DEFAULT_DATABASE_URL: &str = "postgres://ecomctl:ecomctl@127.0.0.1:5432/ecomctl";

/// How long to wait for PostgreSQL when the URL sets no `connect_timeout`
/// and `--timeout` is not given.
pub(crate) const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// Everything a command needs to know about how it was invoked.
#[derive(Debug)]
pub(crate) struct Config {
    pub(crate) database: DatabaseConfig,
    pub(crate) meili: MeiliConfig,
    pub(crate) output: OutputFormat,
    /// Skip confirmations (`--yes`).
    pub(crate) assume_yes: bool,
    /// Prompts are allowed: stdin and stderr are terminals and `--no-input` is absent.
    pub(crate) interactive: bool,
    /// Colour on stderr (errors, messages).
    pub(crate) color: bool,
    /// The `--color` choice, for deciding colour on stdout separately.
    pub(crate) color_choice: ColorChoice,
    /// Progress bars on stderr: a terminal, and neither `--no-progress` nor `-q`.
    pub(crate) progress: bool,
    pub(crate) quiet: bool,
    pub(crate) verbose: u8,
}

impl Config {
    pub(crate) fn from_args(args: &GlobalArgs) -> Result<Self, AppError> {
        let timeout = Duration::from_secs(args.timeout);
        let mut database =
            DatabaseConfig::parse(args.database_url.as_deref().unwrap_or(DEFAULT_DATABASE_URL))?;
        database.set_timeout(timeout);
        let stderr_tty = std::io::stderr().is_terminal();
        let interactive = !args.no_input && stderr_tty && std::io::stdin().is_terminal();
        let color = match args.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                stderr_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        Ok(Config {
            database,
            meili: MeiliConfig::from_args(args)?,
            output: args.output,
            assume_yes: args.yes,
            interactive,
            color,
            color_choice: args.color,
            progress: !args.no_progress && !args.quiet && stderr_tty,
            quiet: args.quiet,
            verbose: args.verbose,
        })
    }
}

/// Where the search index lives and how the tool uses it.
#[derive(Debug)]
pub(crate) struct MeiliConfig {
    pub(crate) url: String,
    pub(crate) key: Option<Secret>,
    pub(crate) index: String,
    pub(crate) searchable: Searchable,
    /// Push changed orders right after each command (`--no-index` turns it off).
    pub(crate) push_on_write: bool,
    /// Block after a change until Meilisearch has indexed it (`--wait`).
    pub(crate) wait: bool,
    /// How long `--wait` and `sync` wait for Meilisearch to process tasks.
    pub(crate) wait_timeout: Duration,
    /// How long one HTTP request may take (`--timeout`).
    pub(crate) request_timeout: Duration,
}

impl MeiliConfig {
    fn from_args(args: &GlobalArgs) -> Result<Self, AppError> {
        let url = args.meili_url.trim().trim_end_matches('/').to_owned();
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(AppError::usage(format!(
                "--meili-url must start with http:// or https:// (got {})",
                crate::domain::shown(&redact_userinfo(&url))
            )));
        }
        let index = args.index.trim().to_owned();
        let valid_uid = !index.is_empty()
            && index.len() <= 400
            && index.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !valid_uid {
            return Err(AppError::usage(format!(
                "--index must be letters, digits, '-' or '_' (got {})",
                crate::domain::shown(&index)
            )));
        }
        // An API key with a trailing newline (common from files) would break the
        // HTTP header, so keys are trimmed.
        let key = args
            .meili_key
            .clone()
            .or_else(|| std::env::var("MEILI_MASTER_KEY").ok())
            .map(|k| k.trim().to_owned())
            .filter(|k| !k.is_empty())
            .map(Secret);
        Ok(MeiliConfig {
            url,
            key,
            index,
            searchable: args.searchable,
            push_on_write: !args.no_index,
            wait: args.wait,
            wait_timeout: Duration::from_secs(args.wait_timeout),
            request_timeout: Duration::from_secs(args.timeout),
        })
    }
}

impl MeiliConfig {
    /// The URL to show people: credentials embedded in it (`https://user:pass@host`,
    /// for a proxy in front of Meilisearch) are masked.
    pub(crate) fn shown_url(&self) -> String {
        redact_userinfo(&self.url)
    }
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

/// A secret (an API key) whose `Debug` never shows it.
pub(crate) struct Secret(String);

impl Secret {
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// A parsed PostgreSQL connection setting. Its `Debug` and `Display` never show
/// the password.
pub(crate) struct DatabaseConfig {
    pg: tokio_postgres::Config,
    /// How long getting a connection may take.
    timeout: Duration,
}

impl DatabaseConfig {
    pub(crate) fn parse(url: &str) -> Result<Self, AppError> {
        // The parser's own message may quote the input, so it is not shown.
        let mut pg = tokio_postgres::Config::from_str(url.trim()).map_err(|_| {
            AppError::usage(
                "invalid database URL (expected postgres://USER:PASSWORD@HOST:PORT/DATABASE)",
            )
        })?;
        if pg.get_application_name().is_none() {
            pg.application_name("ecomctl");
        }
        let timeout = pg.get_connect_timeout().copied().unwrap_or(DEFAULT_TIMEOUT);
        pg.connect_timeout(timeout);
        Ok(DatabaseConfig { pg, timeout })
    }

    /// Caps how long connecting may take (`--timeout`); a smaller
    /// `connect_timeout` in the URL still applies.
    pub(crate) fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = self.timeout.min(timeout);
        self.pg.connect_timeout(self.timeout);
    }

    pub(crate) fn timeout(&self) -> Duration {
        self.timeout
    }

    pub(crate) fn pg(&self) -> &tokio_postgres::Config {
        &self.pg
    }
}

impl fmt::Display for DatabaseConfig {
    /// `user@host:port/dbname`, never the password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let user = self.pg.get_user().unwrap_or("?");
        let host = match self.pg.get_hosts().first() {
            Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
            #[cfg(unix)]
            Some(tokio_postgres::config::Host::Unix(p)) => p.display().to_string(),
            None => "localhost".into(),
        };
        let port = self.pg.get_ports().first().copied().unwrap_or(5432);
        let db = self.pg.get_dbname().unwrap_or(user);
        write!(f, "{user}@{host}:{port}/{db}")
    }
}

impl fmt::Debug for DatabaseConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseConfig({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_never_shown() {
        let db = DatabaseConfig::parse("postgres://bob:s3cret@db.example:6543/shop").unwrap();
        assert_eq!(db.to_string(), "bob@db.example:6543/shop");
        assert!(!format!("{db:?}").contains("s3cret"));
    }

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
    fn invalid_url_message_does_not_echo_it() {
        let err = DatabaseConfig::parse("postgres://bob:s3cret@host:notaport/db").unwrap_err();
        assert!(!err.to_string().contains("s3cret"));
    }
}
