//! Turns the parsed global flags into the validated settings a command runs
//! with. This is the one place that looks at the environment around the
//! process (terminals, NO_COLOR); commands never read a raw flag.
//!
//! About 400 lines: the database and Meilisearch settings with their
//! secret-safe display belong together here; the parsing of connection
//! strings is in `db/conninfo.rs` and TLS in `db/tls.rs`.

use std::fmt;
use std::io::IsTerminal;
use std::time::Duration;

use std::path::{Path, PathBuf};

use crate::cli::{ColorChoice, GlobalArgs, OutputFormat, Searchable};
use crate::db::conninfo::ConnInfo;
use crate::db::tls::TlsSettings;
use crate::error::AppError;

/// The database of the repository's docker-compose.yml.
pub(crate) const DEFAULT_DATABASE_URL: &str = "postgres://ecomctl:ecomctl@127.0.0.1:5432/ecomctl";

/// How long to wait for PostgreSQL when the URL sets no `connect_timeout`
/// and `--timeout` is not given.
pub(crate) const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// Everything a command needs to know about how it was invoked.
#[derive(Debug)]
pub(crate) struct Config {
    /// The command being run, "ecomctl orders create": the `application_name`
    /// and the command history records.
    pub(crate) command: String,
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
    /// The named context in force, if any (its settings are already applied).
    pub(crate) context: Option<crate::contexts::ActiveContext>,
}

impl Config {
    /// `command` names the subcommand ("orders create"), for the
    /// `application_name` a DBA sees in `pg_stat_activity`.
    pub(crate) fn from_args(
        args: &GlobalArgs,
        command: &str,
        context: Option<crate::contexts::ActiveContext>,
        warn: &mut dyn FnMut(String),
    ) -> Result<Self, AppError> {
        let timeout = Duration::from_secs(args.timeout);
        let env = |name: &str| std::env::var(name).ok();
        let application_name =
            if command.is_empty() { "ecomctl".to_owned() } else { format!("ecomctl {command}") };
        let mut database =
            DatabaseConfig::resolve(args.database_url.as_deref(), &env, &application_name, warn)?;
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
            command: application_name,
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
            context,
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
    /// An extra certificate authority to trust (`--meili-ca-cert`), besides
    /// the system's roots.
    pub(crate) ca_cert: Option<PathBuf>,
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
            ca_cert: args.meili_ca_cert.clone(),
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

/// The PostgreSQL connection: tokio-postgres settings, the TLS connector
/// every connection uses (pool, LISTEN, COPY, snapshots, migrations), and a
/// description for people. Its `Debug` and `Display` never show the password.
pub(crate) struct DatabaseConfig {
    pg: tokio_postgres::Config,
    tls: TlsSettings,
    connector: tokio_postgres_rustls::MakeRustlsConnect,
    /// How long getting a connection may take.
    timeout: Duration,
}

/// Connection variables that say *which* server and database: when one is
/// set, the tool connects as psql would, from the `PG*` variables.
pub(crate) const PG_TARGET_VARIABLES: &[&str] =
    &["PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGDATABASE", "PGSERVICE"];

impl DatabaseConfig {
    /// Parses a connection string alone (no environment), as in tests.
    #[cfg(test)]
    pub(crate) fn parse(url: &str) -> Result<Self, AppError> {
        Self::resolve(Some(url), &|_| None, "ecomctl", &mut |_| {})
    }

    /// Resolves the connection as psql does: `conninfo` (the flag or
    /// `DATABASE_URL`), else the `PG*` variables when one names a target,
    /// else the docker-compose default; then the service file, `PG*`
    /// variables and `~/.pgpass` fill what is unset.
    pub(crate) fn resolve(
        conninfo: Option<&str>,
        env: &dyn Fn(&str) -> Option<String>,
        application_name: &str,
        warn: &mut dyn FnMut(String),
    ) -> Result<Self, AppError> {
        let targeted = PG_TARGET_VARIABLES.iter().any(|v| env(v).is_some_and(|v| !v.is_empty()));
        let mut info = match conninfo {
            Some(text) => ConnInfo::parse(text)?,
            None if targeted => ConnInfo::default(),
            None => ConnInfo::parse(DEFAULT_DATABASE_URL)?,
        };
        info.complete(env)?;
        let port: u16 = match info.get("port").map(|p| p.split(',').next().unwrap_or("")) {
            None => 5432,
            Some(p) => p.parse().map_err(|_| {
                AppError::usage(format!("invalid port {}", crate::domain::shown(p)))
            })?,
        };
        if info.get("host").is_none() && info.get("hostaddr").is_none() {
            // libpq's default: the local socket, where the server has one.
            let socket_dir = "/var/run/postgresql";
            let host = if Path::new(&format!("{socket_dir}/.s.PGSQL.{port}")).exists() {
                socket_dir
            } else {
                "localhost"
            };
            info.set("host", host);
        }
        if info.get("user").is_none() {
            let user = env("USER").or_else(|| env("LOGNAME")).unwrap_or_else(|| "postgres".into());
            info.set("user", user);
        }
        info.complete_password(env, warn);
        let home = env("HOME").map(PathBuf::from);
        let tls = TlsSettings::from_conninfo(&info, home.as_deref())?;
        let pg = tokio_config(&info, &tls, application_name)?;
        let timeout = pg.get_connect_timeout().copied().unwrap_or(DEFAULT_TIMEOUT);
        let connector = tls.connector()?;
        let mut config = DatabaseConfig { pg, tls, connector, timeout };
        config.set_timeout(timeout);
        Ok(config)
    }

    /// Caps how long connecting may take (`--timeout`); a smaller
    /// `connect_timeout` in the settings still applies.
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

    /// The TLS connector for a new connection.
    pub(crate) fn tls(&self) -> tokio_postgres_rustls::MakeRustlsConnect {
        self.connector.clone()
    }

    pub(crate) fn tls_settings(&self) -> &TlsSettings {
        &self.tls
    }

    /// Connects once, outside the pool (COPY streams, snapshots); the
    /// connection is driven in the background.
    pub(crate) async fn connect(&self) -> Result<tokio_postgres::Client, AppError> {
        let (client, connection) = self
            .pg
            .connect(self.tls())
            .await
            .map_err(|err| crate::db::connect_error(&err, self))?;
        tokio::spawn(connection);
        Ok(client)
    }
}

/// tokio-postgres settings from libpq keywords.
fn tokio_config(
    info: &ConnInfo,
    tls: &TlsSettings,
    application_name: &str,
) -> Result<tokio_postgres::Config, AppError> {
    let mut pg = tokio_postgres::Config::new();
    if let Some(hosts) = info.get("host") {
        for host in hosts.split(',') {
            pg.host(host);
        }
    }
    if let Some(addrs) = info.get("hostaddr") {
        for addr in addrs.split(',') {
            let ip = addr.parse().map_err(|_| {
                AppError::usage(format!("invalid hostaddr {}", crate::domain::shown(addr)))
            })?;
            pg.hostaddr(ip);
        }
    }
    if let Some(ports) = info.get("port") {
        for port in ports.split(',') {
            let port = port.parse().map_err(|_| {
                AppError::usage(format!("invalid port {}", crate::domain::shown(port)))
            })?;
            pg.port(port);
        }
    }
    if let Some(user) = info.get("user") {
        pg.user(user);
    }
    if let Some(password) = info.get("password") {
        pg.password(password);
    }
    if let Some(dbname) = info.get("dbname") {
        pg.dbname(dbname);
    }
    if let Some(options) = info.get("options") {
        pg.options(options);
    }
    pg.application_name(info.get("application_name").unwrap_or(application_name));
    let timeout = match info.get("connect_timeout") {
        Some(secs) => {
            let secs: u64 = secs.parse().map_err(|_| {
                AppError::usage(format!("invalid connect_timeout {}", crate::domain::shown(secs)))
            })?;
            // libpq: 0 means wait forever; a tool that must answer caps it.
            if secs == 0 { DEFAULT_TIMEOUT } else { Duration::from_secs(secs.max(2)) }
        }
        None => DEFAULT_TIMEOUT,
    };
    pg.connect_timeout(timeout);
    match info.get("target_session_attrs") {
        None | Some("any") => {}
        Some("read-write") => {
            pg.target_session_attrs(tokio_postgres::config::TargetSessionAttrs::ReadWrite);
        }
        Some(other) => {
            return Err(AppError::usage(format!(
                "invalid target_session_attrs {other:?} (any or read-write)"
            )));
        }
    }
    match info.get("channel_binding") {
        None | Some("prefer") => {}
        Some("disable") => {
            pg.channel_binding(tokio_postgres::config::ChannelBinding::Disable);
        }
        Some("require") => {
            pg.channel_binding(tokio_postgres::config::ChannelBinding::Require);
        }
        Some(other) => {
            return Err(AppError::usage(format!(
                "invalid channel_binding {other:?} (disable, prefer or require)"
            )));
        }
    }
    pg.ssl_mode(tls.mode.for_tokio());
    Ok(pg)
}

impl fmt::Display for DatabaseConfig {
    /// `user@host:port/dbname`, never the password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let user = self.pg.get_user().unwrap_or("?");
        let host = match self.pg.get_hosts().first() {
            Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
            #[cfg(unix)]
            Some(tokio_postgres::config::Host::Unix(p)) => p.display().to_string(),
            None => self
                .pg
                .get_hostaddrs()
                .first()
                .map_or_else(|| "localhost".into(), |a| a.to_string()),
        };
        let port = self.pg.get_ports().first().copied().unwrap_or(5432);
        let db = self.pg.get_dbname().unwrap_or(user);
        write!(f, "{user}@{host}:{port}/{db}")
    }
}

impl fmt::Debug for DatabaseConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseConfig({self}, sslmode={})", self.tls.mode.as_str())
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
