//! Where and how to connect to PostgreSQL: the libpq settings resolved into
//! tokio-postgres configurations, one per host to try when hosts need
//! different passwords, and the TLS connector every connection uses (pool,
//! LISTEN, COPY, snapshots, migrations). Its `Debug` and `Display` never
//! show a password.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use tokio_postgres::tls::MakeTlsConnect;
use tokio_postgres::{Client, Connection, Socket};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::conninfo::ConnInfo;
use super::tls::TlsSettings;
use crate::domain::shown;
use crate::error::{AppError, Usage};

/// The database of the repository's docker-compose.yml.
pub(crate) const DEFAULT_DATABASE_URL: &str = "postgres://ecomctl:ecomctl@127.0.0.1:5432/ecomctl";

/// How long to wait for PostgreSQL when the URL sets no `connect_timeout`
/// and `--timeout` is not given.
pub(crate) const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// The startup setting that marks an ecomctl session (see `tokio_config`).
pub(crate) const ECOMCTL_WRITER: &str = "-c ecomctl.writer=on";

/// Connection variables that say *which* server and database: when one is
/// set, the tool connects as psql would, from the `PG*` variables.
pub(crate) const PG_TARGET_VARIABLES: &[&str] =
    &["PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGDATABASE", "PGSERVICE"];

/// What `.env` supplied of the connection settings. It is trusted with
/// little: it may set plain defaults only (no file, no service), and a
/// server it chose (any of host, address, port) is offered only the
/// password `.env` gave too — never one from the environment, a service
/// file, a context or `~/.pgpass`, and no client certificate.
#[derive(Clone, Copy)]
pub(crate) struct FromDotEnv<'a> {
    /// The connection string itself came from `.env` (its `DATABASE_URL`).
    pub(crate) string: bool,
    /// Whether `.env` set this environment variable.
    pub(crate) variable: &'a dyn Fn(&str) -> bool,
}

#[cfg(test)]
impl FromDotEnv<'static> {
    /// Nothing came from `.env`.
    pub(crate) const NOTHING: FromDotEnv<'static> =
        FromDotEnv { string: false, variable: &|_| false };
}

/// The connection settings of a command.
#[derive(Clone)]
pub(crate) struct DatabaseConfig {
    /// The hosts to try, in order; several configurations only when the
    /// hosts are offered different passwords (`~/.pgpass` lines per host).
    targets: Vec<tokio_postgres::Config>,
    tls: TlsSettings,
    connector: MakeRustlsConnect,
    /// How long getting a connection may take.
    timeout: Duration,
}

type TlsStream = <MakeRustlsConnect as MakeTlsConnect<Socket>>::Stream;

impl DatabaseConfig {
    /// Parses a connection string alone (no environment), as in tests.
    #[cfg(test)]
    pub(crate) fn parse(url: &str) -> Result<Self, AppError> {
        Self::resolve(Some(url), &|_| None, FromDotEnv::NOTHING, "ecomctl", &mut |_| {})
    }

    /// Resolves the connection as psql does: `conninfo` (the flag or
    /// `DATABASE_URL`), else the `PG*` variables when one names a target,
    /// else the docker-compose default; then the service file, `PG*`
    /// variables and `~/.pgpass` fill what is unset.
    pub(crate) fn resolve(
        conninfo: Option<&str>,
        env: &dyn Fn(&str) -> Option<String>,
        dotenv: FromDotEnv<'_>,
        application_name: &str,
        warn: &mut dyn FnMut(String),
    ) -> Result<Self, AppError> {
        let targeted = PG_TARGET_VARIABLES.iter().any(|v| env(v).is_some_and(|v| !v.is_empty()));
        let mut info = match conninfo {
            Some(text) => ConnInfo::parse(text)?,
            None if targeted => ConnInfo::default(),
            None => ConnInfo::parse(DEFAULT_DATABASE_URL)?,
        };
        if dotenv.string {
            info.mark_from_dotenv();
        }
        // Before the service file is read: `.env` may not name one.
        if let Some(key) = info.forbidden_from_dotenv() {
            return Err(AppError::Usage(Usage::DotEnvSetting { key }));
        }
        info.complete(env, dotenv.variable)?;
        let port: u16 = match info.get("port").map(|p| p.split(',').next().unwrap_or("")) {
            None => 5432,
            Some(p) => p.parse().map_err(|_| invalid("port", p))?,
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
        let server_from_dotenv = ["host", "hostaddr", "port"].iter().any(|k| info.set_by_dotenv(k));
        let passwords = if server_from_dotenv {
            let own =
                info.get("password").filter(|_| info.set_by_dotenv("password")).map(String::from);
            let others = info.passwords_per_host(env, &mut |_| {});
            if own.is_none() && others.iter().any(Option::is_some) {
                warn(
                    ".env names the database server, so no password from the environment, a \
                     service file, a context or ~/.pgpass is sent to it (give the password in \
                     .env too, or set the server in the environment)"
                        .into(),
                );
            }
            info.remove("password");
            vec![own; others.len()]
        } else {
            info.passwords_per_host(env, warn)
        };
        let home = env("HOME").map(PathBuf::from);
        let tls = TlsSettings::from_conninfo(&info, home.as_deref(), !server_from_dotenv)?;
        let targets = per_host(&info, &passwords, &tls, application_name)?;
        let timeout = targets[0].get_connect_timeout().copied().unwrap_or(DEFAULT_TIMEOUT);
        let connector = tls.connector()?;
        let mut config = DatabaseConfig { targets, tls, connector, timeout };
        config.set_timeout(timeout);
        Ok(config)
    }

    /// Caps how long connecting may take (`--timeout`); a smaller
    /// `connect_timeout` in the settings still applies.
    pub(crate) fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = self.timeout.min(timeout);
        for target in &mut self.targets {
            target.connect_timeout(self.timeout);
        }
    }

    pub(crate) fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The first configuration: who and where, for messages.
    pub(crate) fn first(&self) -> &tokio_postgres::Config {
        &self.targets[0]
    }

    /// The TLS connector for a new connection.
    pub(crate) fn tls(&self) -> MakeRustlsConnect {
        self.connector.clone()
    }

    pub(crate) fn tls_settings(&self) -> &TlsSettings {
        &self.tls
    }

    /// Connects to the first host that answers, each offered its own
    /// password; the error is the last host's.
    pub(crate) async fn connect_raw(
        &self,
    ) -> Result<(Client, Connection<Socket, TlsStream>), tokio_postgres::Error> {
        let mut last = None;
        for target in &self.targets {
            match target.connect(self.tls()).await {
                Ok(connected) => return Ok(connected),
                Err(err) => last = Some(err),
            }
        }
        Err(last.expect("at least one target"))
    }

    /// Connects once, outside the pool (COPY streams, snapshots); the
    /// connection is driven in the background.
    pub(crate) async fn connect(&self) -> Result<Client, AppError> {
        let (client, connection) =
            self.connect_raw().await.map_err(|err| super::connect_error(&err, self))?;
        tokio::spawn(connection);
        Ok(client)
    }

    /// The pool's way of connecting: the same hosts, in the same order.
    pub(crate) fn pool_connector(&self) -> PoolConnect {
        PoolConnect { targets: self.targets.clone(), tls: self.tls() }
    }
}

/// Connects the pool's connections as `DatabaseConfig::connect_raw` does.
pub(crate) struct PoolConnect {
    targets: Vec<tokio_postgres::Config>,
    tls: MakeRustlsConnect,
}

impl deadpool_postgres::Connect for PoolConnect {
    fn connect(
        &self,
        _: &tokio_postgres::Config,
    ) -> futures_util::future::BoxFuture<
        '_,
        Result<(Client, tokio::task::JoinHandle<()>), tokio_postgres::Error>,
    > {
        Box::pin(async move {
            let mut last = None;
            for target in &self.targets {
                match target.connect(self.tls.clone()).await {
                    Ok((client, connection)) => {
                        let task = tokio::spawn(async move {
                            let _ = connection.await;
                        });
                        return Ok((client, task));
                    }
                    Err(err) => last = Some(err),
                }
            }
            Err(last.expect("at least one target"))
        })
    }
}

/// One configuration for all hosts when they are offered the same password
/// (tokio-postgres then tries them in order itself), else one per host, in
/// the order libpq tries them.
fn per_host(
    info: &ConnInfo,
    passwords: &[Option<String>],
    tls: &TlsSettings,
    application_name: &str,
) -> Result<Vec<tokio_postgres::Config>, AppError> {
    let with_password = |mut config: tokio_postgres::Config, password: &Option<String>| {
        if let Some(password) = password {
            config.password(password);
        }
        config
    };
    if passwords.windows(2).all(|w| w[0] == w[1]) {
        let password = passwords.first().cloned().flatten();
        return Ok(vec![with_password(tokio_config(info, tls, application_name)?, &password)]);
    }
    info.hosts()
        .iter()
        .zip(passwords)
        .map(|(host, password)| {
            let config = tokio_config(&info.only_host(host), tls, application_name)?;
            Ok(with_password(config, password))
        })
        .collect()
}

/// tokio-postgres settings from libpq keywords (without the password,
/// which `per_host` sets).
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
            let ip = addr.parse().map_err(|_| invalid("hostaddr", addr))?;
            pg.hostaddr(ip);
            // An address alone: TLS still needs a name to check the server
            // by, and the address is that name (as libpq uses it).
            if info.get("host").is_none() {
                pg.host(addr);
            }
        }
    }
    if let Some(ports) = info.get("port") {
        for port in ports.split(',') {
            let port = port.parse().map_err(|_| invalid("port", port))?;
            pg.port(port);
        }
    }
    if let Some(user) = info.get("user") {
        pg.user(user);
    }
    if let Some(dbname) = info.get("dbname") {
        pg.dbname(dbname);
    }
    // ecomctl writes its own outbox entries, history events and
    // notifications: the capture of other writers' changes (migration V11)
    // skips the sessions that carry this setting, at no cost (a trigger
    // WHEN clause). After the user's own options.
    pg.options(&match info.get("options") {
        Some(options) => format!("{options} {ECOMCTL_WRITER}"),
        None => ECOMCTL_WRITER.to_owned(),
    });
    pg.application_name(info.get("application_name").unwrap_or(application_name));
    let timeout = match info.get("connect_timeout") {
        Some(secs) => {
            let secs: u64 = secs.parse().map_err(|_| invalid("connect_timeout", secs))?;
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
            return Err(AppError::Usage(Usage::InvalidChoice {
                key: "target_session_attrs",
                got: shown(other),
                choices: "any or read-write",
            }));
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
            return Err(AppError::Usage(Usage::InvalidChoice {
                key: "channel_binding",
                got: shown(other),
                choices: "disable, prefer or require",
            }));
        }
    }
    pg.ssl_mode(tls.mode.for_tokio());
    Ok(pg)
}

/// A setting whose value does not parse (a port that is not a number, …).
fn invalid(key: &'static str, value: &str) -> AppError {
    AppError::Usage(Usage::InvalidSetting { key, got: shown(value) })
}

impl fmt::Display for DatabaseConfig {
    /// `user@host:port/dbname`, never the password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pg = self.first();
        let user = pg.get_user().unwrap_or("?");
        let host = match pg.get_hosts().first() {
            Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
            #[cfg(unix)]
            Some(tokio_postgres::config::Host::Unix(p)) => p.display().to_string(),
            None => {
                pg.get_hostaddrs().first().map_or_else(|| "localhost".into(), |a| a.to_string())
            }
        };
        let port = pg.get_ports().first().copied().unwrap_or(5432);
        let db = pg.get_dbname().unwrap_or(user);
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
    fn invalid_url_message_does_not_echo_it() {
        let err = DatabaseConfig::parse("postgres://bob:s3cret@host:notaport/db").unwrap_err();
        assert!(!err.to_string().contains("s3cret"));
    }

    #[test]
    fn hosts_with_different_passwords_are_tried_one_by_one() {
        let info = ConnInfo::parse("host=a,b port=5433 user=u dbname=d").unwrap();
        let tls = TlsSettings::from_conninfo(&info, None, true).unwrap();
        let same = per_host(&info, &[Some("x".into()), Some("x".into())], &tls, "t").unwrap();
        assert_eq!(same.len(), 1);
        assert_eq!(same[0].get_password(), Some(&b"x"[..]));
        let split = per_host(&info, &[Some("pa".into()), None], &tls, "t").unwrap();
        assert_eq!(split.len(), 2);
        assert_eq!(split[0].get_hosts(), [tokio_postgres::config::Host::Tcp("a".into())]);
        assert_eq!(split[0].get_password(), Some(&b"pa"[..]));
        assert_eq!(split[1].get_hosts(), [tokio_postgres::config::Host::Tcp("b".into())]);
        assert_eq!((split[1].get_password(), split[1].get_ports()), (None, &[5433][..]));
    }
}
