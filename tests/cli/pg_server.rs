//! The PostgreSQL server the tests run against, found once per test process:
//!
//! 1. `TEST_DATABASE_URL`, when set: a superuser URL to a server of yours.
//! 2. Otherwise, when the PostgreSQL server binaries are installed, a
//!    throwaway cluster of our own (see [`throwaway`]): TLS with a CA made
//!    at start, a password-only role, nothing from the machine's server.
//! 3. Otherwise the `docker compose` server (`ecomctl`/`ecomctl` on
//!    127.0.0.1:5432), when it answers.
//!
//! and failing all three, one message saying what to install or set.

use std::path::PathBuf;
use std::str::FromStr;
use std::sync::OnceLock;
use std::time::Duration;

mod throwaway;

pub use throwaway::PASSWORD_ROLE;

/// The compose file's server, with the credentials it is created with.
const COMPOSE_URL: &str = "postgres://ecomctl:ecomctl@127.0.0.1:5432/ecomctl";

/// Where the server came from (said once on stderr, and in skip messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Given,
    Throwaway,
    Compose,
}

impl Origin {
    fn describe(self) -> &'static str {
        match self {
            Origin::Given => "TEST_DATABASE_URL",
            Origin::Throwaway => "a throwaway cluster for this run",
            Origin::Compose => "the docker compose server",
        }
    }
}

pub struct Server {
    pub origin: Origin,
    /// A superuser URL (the database in it is the one to connect to for
    /// administration); test databases are made next to it.
    pub admin_url: String,
    pub host: String,
    pub port: u16,
    pub user: String,
    pub password: Option<String>,
    /// The CA file that verifies the server's certificate, when the
    /// server speaks TLS and the CA is known.
    pub tls_root: Option<PathBuf>,
}

impl Server {
    /// `host:port`, as in `.pgpass` lines and URLs.
    pub fn address(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }
}

/// The server for this test process; found (or started) on first use.
pub fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| {
        let server = find().unwrap_or_else(|problem| panic!("{problem}"));
        // Past the test runner's capture: which server a run used matters.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "tests: PostgreSQL on {} ({})",
            server.address(),
            server.origin.describe()
        );
        server
    })
}

fn find() -> Result<Server, String> {
    if let Ok(url) = std::env::var("TEST_DATABASE_URL") {
        let server = describe(&url, Origin::Given)?;
        return reachable(server).map_err(|err| {
            format!("cannot connect to TEST_DATABASE_URL ({err}): is that server running?")
        });
    }
    let throwaway_problem = match throwaway::start() {
        Ok(Some(server)) => return Ok(server),
        Ok(None) => None,
        Err(problem) => Some(problem),
    };
    if let Ok(server) = describe(COMPOSE_URL, Origin::Compose).and_then(reachable) {
        return Ok(server);
    }
    Err(match throwaway_problem {
        Some(problem) => format!("cannot start a PostgreSQL for the tests: {problem}"),
        None => "no PostgreSQL for the tests. Either install the PostgreSQL server \
                 (Debian/Ubuntu: `apt-get install postgresql`; macOS: `brew install \
                 postgresql@16`) and the tests start a throwaway one, or start the \
                 compose one (`docker compose up -d`), or set TEST_DATABASE_URL to a \
                 superuser URL (postgres://USER@HOST:PORT/postgres)"
            .into(),
    })
}

/// Host, port and credentials read out of a connection URL.
fn describe(url: &str, origin: Origin) -> Result<Server, String> {
    let config = postgres::Config::from_str(url).map_err(|err| format!("{url}: {err}"))?;
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(host)) => host.clone(),
        Some(postgres::config::Host::Unix(path)) => path.display().to_string(),
        None => "localhost".into(),
    };
    Ok(Server {
        origin,
        admin_url: url.to_owned(),
        host,
        port: config.get_ports().first().copied().unwrap_or(5432),
        user: config.get_user().unwrap_or("postgres").to_owned(),
        password: config.get_password().map(|p| String::from_utf8_lossy(p).into_owned()),
        tls_root: None,
    })
}

/// The server if it answers; a server given by URL whose certificate is
/// self-signed (as Debian's is) verifies itself.
fn reachable(mut server: Server) -> Result<Server, String> {
    let mut config = postgres::Config::from_str(&server.admin_url).map_err(|e| e.to_string())?;
    config.connect_timeout(Duration::from_secs(5));
    let mut client = config.connect(postgres::NoTls).map_err(|err| err.to_string())?;
    if server.tls_root.is_none() {
        let ssl: String = client.query_one("SHOW ssl", &[]).map_err(|e| e.to_string())?.get(0);
        if ssl == "on" {
            let cert = client
                .query_one("SELECT current_setting('ssl_cert_file')", &[])
                .ok()
                .map(|row| PathBuf::from(row.get::<_, String>(0)));
            server.tls_root = cert.filter(|path| path.is_file());
        }
    }
    Ok(server)
}
