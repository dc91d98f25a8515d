//! `.env` in the working directory: a developer's convenience for a checkout
//! (`cp .env.example .env`), so it is trusted with little. A `.env` left in a
//! shared directory must not be able to make ecomctl run a command, read a
//! file of its choosing, or send the operator's secrets somewhere.
//!
//! It may set only plain connection defaults — where PostgreSQL and
//! Meilisearch are, credentials for them, the index name (`ALLOWED`) — and
//! each yields to the real environment. Anything else in it (the config file
//! location, a context, TLS files, behaviour switches) is ignored with a
//! warning that names the variable; its `DATABASE_URL` may not name a file
//! or a service (`sslrootcert`, `sslcert`, `sslkey`, `service`: refused).
//! And no secret from anywhere else — the environment, a context, a service
//! file, a key command, `~/.pgpass`, a client certificate — is ever sent to
//! a server that `.env` named (`config::resolve_connections`,
//! `db::connection::FromDotEnv`): a `MEILI_URL` from `.env` gets only a key
//! from `.env`, a database host or port from `.env` only a password from
//! `.env`.

use std::collections::BTreeSet;
use std::sync::OnceLock;

/// What `.env` may set.
pub(crate) const ALLOWED: &[&str] = &[
    "DATABASE_URL",
    "PGHOST",
    "PGHOSTADDR",
    "PGPORT",
    "PGUSER",
    "PGPASSWORD",
    "PGDATABASE",
    "MEILI_URL",
    "MEILI_API_KEY",
    "MEILI_MASTER_KEY",
    "ECOMCTL_INDEX",
];

/// What `.env` did.
#[derive(Debug, Default)]
pub(crate) struct DotEnv {
    /// The variables it set (those not already in the environment).
    applied: BTreeSet<String>,
    /// What people should know: a file that could not be read, variables ignored.
    pub(crate) warnings: Vec<String>,
}

impl DotEnv {
    /// Whether `.env` set this variable.
    pub(crate) fn set(&self, name: &str) -> bool {
        self.applied.contains(name)
    }
}

static LOADED: OnceLock<DotEnv> = OnceLock::new();

/// What `load` did (nothing, if it has not run).
pub(crate) fn loaded() -> &'static DotEnv {
    LOADED.get_or_init(DotEnv::default)
}

/// Reads `.env` once (see `read`), and remembers what it did.
pub(crate) fn load() -> &'static DotEnv {
    LOADED.get_or_init(read)
}

/// Reads `.env` from the working directory into variables that are not set
/// yet, as far as `ALLOWED` goes; a missing file is fine, a broken one is
/// worth a warning (without its content, which may hold secrets). Its
/// `DATABASE_URL` yields to `PG*` variables of the environment that name a
/// server (flag > DATABASE_URL > PG* > .env > default).
///
/// Must run before any other thread exists (it sets environment variables).
fn read() -> DotEnv {
    let mut loaded = DotEnv::default();
    let targeted =
        crate::db::connection::PG_TARGET_VARIABLES.iter().any(|v| std::env::var_os(v).is_some());
    // A regular file of bounded size: a `.env` that is a FIFO or a device
    // must not hang the tool or fill its memory.
    let text = match crate::files::read_regular(
        std::path::Path::new(".env"),
        crate::files::SETTINGS_CAP,
    ) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return loaded,
        Err(err) => {
            loaded.warnings.push(format!(".env could not be read ({err}); it was ignored"));
            return loaded;
        }
    };
    let items = dotenvy::from_read_iter(std::io::Cursor::new(text));
    let mut pairs = Vec::new();
    for item in items {
        match item {
            Ok(pair) => pairs.push(pair),
            Err(dotenvy::Error::LineParse(_, index)) => {
                loaded.warnings.push(format!(
                    ".env could not be parsed (near character {index}); it was ignored"
                ));
                return loaded;
            }
            Err(_) => {
                loaded.warnings.push(".env could not be read; it was ignored".into());
                return loaded;
            }
        }
    }
    let mut ignored = Vec::new();
    for (key, value) in pairs {
        if !ALLOWED.contains(&key.as_str()) {
            ignored.push(key);
            continue;
        }
        if std::env::var_os(&key).is_some() || (key == "DATABASE_URL" && targeted) {
            continue;
        }
        // Safe: no other thread exists yet.
        unsafe { std::env::set_var(&key, value) };
        loaded.applied.insert(key);
    }
    if !ignored.is_empty() {
        let names: Vec<String> = ignored
            .iter()
            .map(|k| crate::domain::printable::printable_line(k).into_owned())
            .collect();
        loaded.warnings.push(format!(
            ".env may set only connection defaults ({}); ignored: {}",
            ALLOWED.join(", "),
            names.join(", ")
        ));
    }
    loaded
}
