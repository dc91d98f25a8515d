//! How ecomctl finds its PostgreSQL connection settings, the way libpq (and
//! so psql) does: a connection string — a `postgres://` URL or `key=value`
//! pairs — then the service file (`PGSERVICE` / `service=`), then the `PG*`
//! environment variables, each filling only what the previous ones left
//! unset; the password last of all from `~/.pgpass` (`PGPASSFILE`).
//!
//! Everything is kept as libpq keywords (`host`, `port`, `sslmode`, …), so
//! the TLS settings tokio-postgres does not know (`verify-ca`, `sslrootcert`,
//! client certificates) are handled by `db::tls`, not lost in parsing. No
//! error here quotes the input: it may hold a password.
//!
//! The two syntaxes of a connection string are read by `conn_string.rs`.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::{AppError, Usage};

/// libpq keywords ecomctl understands; anything else is refused by name.
const KEYWORDS: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "user",
    "password",
    "dbname",
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "application_name",
    "connect_timeout",
    "options",
    "service",
    "target_session_attrs",
    "channel_binding",
    "keepalives",
    "keepalives_idle",
];

/// Keywords whose value is one of a fixed set: empty is not one of them.
const CHOICES: &[&str] = &["sslmode", "target_session_attrs", "channel_binding"];

/// The environment variables libpq reads, and the keyword each sets.
const ENVIRONMENT: &[(&str, &str)] = &[
    ("PGHOST", "host"),
    ("PGHOSTADDR", "hostaddr"),
    ("PGPORT", "port"),
    ("PGUSER", "user"),
    ("PGPASSWORD", "password"),
    ("PGDATABASE", "dbname"),
    ("PGSSLMODE", "sslmode"),
    ("PGSSLROOTCERT", "sslrootcert"),
    ("PGSSLCERT", "sslcert"),
    ("PGSSLKEY", "sslkey"),
    ("PGAPPNAME", "application_name"),
    ("PGCONNECT_TIMEOUT", "connect_timeout"),
    ("PGOPTIONS", "options"),
    ("PGTARGETSESSIONATTRS", "target_session_attrs"),
    ("PGCHANNELBINDING", "channel_binding"),
];

/// Every environment variable the connection settings read.
pub(crate) fn variables() -> impl Iterator<Item = &'static str> {
    ENVIRONMENT.iter().map(|(var, _)| *var).chain([
        "PGSERVICE",
        "PGSERVICEFILE",
        "PGSYSCONFDIR",
        "PGPASSFILE",
    ])
}

/// Connection settings as libpq keywords.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct ConnInfo {
    params: BTreeMap<String, String>,
    /// The keywords whose value `.env` supplied (trusted with less than the
    /// rest: `db::connection` decides what goes to a server `.env` named).
    from_dotenv: BTreeSet<String>,
}

/// Keywords that name a file to read or a service to look up: `.env` may
/// not set them (it may set plain connection defaults only).
pub(crate) const NOT_FROM_DOTENV: &[&str] = &["service", "sslrootcert", "sslcert", "sslkey"];

impl ConnInfo {
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.params.get(key).map(String::as_str).filter(|v| !v.is_empty())
    }

    pub(crate) fn set(&mut self, key: &str, value: impl Into<String>) {
        self.params.insert(key.to_owned(), value.into());
    }

    pub(crate) fn remove(&mut self, key: &str) {
        self.params.remove(key);
    }

    /// Sets `key` only if nothing set it yet; whether it did.
    fn fill(&mut self, key: &str, value: &str) -> bool {
        let empty = self.get(key).is_none();
        if empty {
            self.set(key, value);
        }
        empty
    }

    /// Every setting so far came from `.env` (its `DATABASE_URL`).
    pub(crate) fn mark_from_dotenv(&mut self) {
        self.from_dotenv = self.params.keys().cloned().collect();
    }

    /// Whether `.env` supplied this keyword's value.
    pub(crate) fn set_by_dotenv(&self, key: &str) -> bool {
        self.get(key).is_some() && self.from_dotenv.contains(key)
    }

    /// The first keyword `.env` supplied that it may not set (a file or a
    /// service, `NOT_FROM_DOTENV`); `sslrootcert=system` names no file.
    pub(crate) fn forbidden_from_dotenv(&self) -> Option<&'static str> {
        NOT_FROM_DOTENV.iter().copied().find(|key| {
            self.set_by_dotenv(key) && !(*key == "sslrootcert" && self.get(key) == Some("system"))
        })
    }

    /// Sets a keyword read from input. An unknown keyword is named by its
    /// `place` ("the 2nd setting"), never echoed: it may be a mistyped secret.
    /// An empty value for a keyword with fixed choices is refused, as libpq
    /// does (it must not quietly mean the default, say `sslmode=prefer`).
    fn insert_checked(&mut self, key: &str, value: String, place: &str) -> Result<(), AppError> {
        if !KEYWORDS.contains(&key) {
            return Err(AppError::Usage(Usage::UnknownOption {
                place: place.to_owned(),
                known: KEYWORDS,
            }));
        }
        if value.trim().is_empty() && CHOICES.contains(&key) {
            return Err(AppError::Usage(Usage::EmptyOption { key: key.to_owned() }));
        }
        self.params.insert(key.to_owned(), value);
        Ok(())
    }

    /// Parses a connection string: a `postgres://` / `postgresql://` URL or
    /// libpq `key=value` pairs.
    pub(crate) fn parse(text: &str) -> Result<Self, AppError> {
        let text = text.trim();
        let settings = if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            super::conn_string::parse_url(text)?
        } else {
            super::conn_string::parse_pairs(text)?
        };
        let mut info = ConnInfo::default();
        for (key, value, place) in settings.0 {
            match place {
                Some(place) => info.insert_checked(&key, value, &place)?,
                None => info.set(&key, value),
            }
        }
        Ok(info)
    }

    /// Completes the settings as libpq does: the service file, then the
    /// `PG*` variables (through `env`), fill what is unset; a value from a
    /// variable `.env` set (`set_by_dotenv`) is marked as such.
    pub(crate) fn complete(
        &mut self,
        env: &dyn Fn(&str) -> Option<String>,
        set_by_dotenv: &dyn Fn(&str) -> bool,
    ) -> Result<(), AppError> {
        let service = self.get("service").map(String::from).or_else(|| env("PGSERVICE"));
        if let Some(name) = service {
            let mut service = ConnInfo::default();
            for setting in super::service_file::read_service(&name, env)? {
                service.insert_checked(&setting.key, setting.value, &setting.place)?;
            }
            for (key, value) in service.params {
                self.fill(&key, &value);
            }
        }
        for (var, key) in ENVIRONMENT {
            if let Some(value) = env(var).filter(|v| !v.is_empty())
                && self.fill(key, &value)
                && set_by_dotenv(var)
            {
                self.from_dotenv.insert((*key).to_owned());
            }
        }
        Ok(())
    }

    /// The hosts libpq would try, in order: `host` (else `hostaddr`)
    /// split at commas, with one port for all or one port each.
    pub(crate) fn hosts(&self) -> Vec<HostTarget> {
        let split = |key: &str| -> Vec<String> {
            self.get(key).map(|v| v.split(',').map(String::from).collect()).unwrap_or_default()
        };
        let (names, addrs, ports) = (split("host"), split("hostaddr"), split("port"));
        let count = names.len().max(addrs.len()).max(1);
        (0..count)
            .map(|i| HostTarget {
                host: names.get(i).filter(|h| !h.is_empty()).cloned(),
                hostaddr: addrs.get(i).filter(|a| !a.is_empty()).cloned(),
                port: match ports.len() {
                    0 => "5432".to_owned(),
                    1 => ports[0].clone(),
                    _ => ports
                        .get(i)
                        .filter(|p| !p.is_empty())
                        .cloned()
                        .unwrap_or_else(|| "5432".into()),
                },
            })
            .collect()
    }

    /// These settings with one host alone.
    pub(crate) fn only_host(&self, target: &HostTarget) -> ConnInfo {
        let mut one = self.clone();
        for key in ["host", "hostaddr", "port"] {
            one.params.remove(key);
        }
        if let Some(host) = &target.host {
            one.set("host", host);
        }
        if let Some(addr) = &target.hostaddr {
            one.set("hostaddr", addr);
        }
        one.set("port", &target.port);
        one
    }

    /// The password offered to each host of `hosts()`: the one given, or
    /// else that host's line in the password file (`~/.pgpass`,
    /// `PGPASSFILE`), looked up by the host's name — or its address when it
    /// has no name — and port, as libpq does. A password for one host is
    /// never offered to another.
    pub(crate) fn passwords_per_host(
        &self,
        env: &dyn Fn(&str) -> Option<String>,
        warn: &mut dyn FnMut(String),
    ) -> Vec<Option<String>> {
        let hosts = self.hosts();
        if let Some(password) = self.get("password") {
            return vec![Some(password.to_owned()); hosts.len()];
        }
        let Some(text) = super::passfile::password_file(env, warn) else {
            return vec![None; hosts.len()];
        };
        let user = self.get("user").unwrap_or_default().to_owned();
        let dbname = self.get("dbname").unwrap_or(&user).to_owned();
        hosts
            .iter()
            .map(|target| {
                let name =
                    target.host.as_deref().or(target.hostaddr.as_deref()).unwrap_or("localhost");
                let name = if name.starts_with('/') { "localhost" } else { name };
                super::passfile::pgpass_lookup(&text, name, &target.port, &dbname, &user)
            })
            .collect()
    }
}

/// One host of a connection string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HostTarget {
    pub(crate) host: Option<String>,
    pub(crate) hostaddr: Option<String>,
    pub(crate) port: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_keep_every_libpq_setting() {
        let info = ConnInfo::parse(
            "postgres://bob:p%40ss@db.example:6543/shop?sslmode=verify-full&sslrootcert=/ca.pem&application_name=x",
        )
        .unwrap();
        assert_eq!(info.get("user"), Some("bob"));
        assert_eq!(info.get("password"), Some("p@ss"));
        assert_eq!(info.get("host"), Some("db.example"));
        assert_eq!(info.get("port"), Some("6543"));
        assert_eq!(info.get("dbname"), Some("shop"));
        assert_eq!(info.get("sslmode"), Some("verify-full"));
        assert_eq!(info.get("sslrootcert"), Some("/ca.pem"));
    }

    #[test]
    fn key_value_strings_with_quotes() {
        let info =
            ConnInfo::parse("host=h port = 5433 user='o\\'brien' password='a b' sslmode=require")
                .unwrap();
        assert_eq!(info.get("user"), Some("o'brien"));
        assert_eq!(info.get("password"), Some("a b"));
        assert_eq!(info.get("port"), Some("5433"));
    }

    #[test]
    fn unknown_options_are_placed_and_never_echoed() {
        let err =
            ConnInfo::parse("postgres://u:s3cret@h/db?sslmode=require&TOPSECRET=x").unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "invalid connection option: query parameter 2 of the URL is not a setting ecomctl \
                 knows (known: {})",
                KEYWORDS.join(", ")
            )
        );
        let err = ConnInfo::parse("host=h s3cretpassword=x").unwrap_err().to_string();
        assert!(err.contains("setting 2 of the string") && !err.contains("s3cret"), "{err}");
        let err = ConnInfo::parse("postgres://u:s3cret@h:notaport/db").unwrap_err();
        assert!(!err.to_string().contains("s3cret"));
    }

    #[test]
    fn an_empty_sslmode_is_refused() {
        let err = ConnInfo::parse("host=h sslmode=").unwrap_err();
        assert_eq!(err.to_string(), "invalid connection option: sslmode is empty");
        assert!(ConnInfo::parse("postgres://h/db?sslmode=").is_err());
    }

    #[test]
    fn each_host_gets_its_own_password_file_line() {
        let dir = std::env::temp_dir().join(format!("ecomctl-pgpass-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("pgpass");
        std::fs::write(&file, "a:5432:shop:bob:for-a\n10.0.0.9:5432:shop:bob:for-addr\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let path = file.display().to_string();
        let env = |k: &str| (k == "PGPASSFILE").then(|| path.clone());
        let info = ConnInfo::parse("host=a,b user=bob dbname=shop").unwrap();
        assert_eq!(info.passwords_per_host(&env, &mut |_| {}), [Some("for-a".into()), None]);
        let by_addr = ConnInfo::parse("hostaddr=10.0.0.9 user=bob dbname=shop").unwrap();
        assert_eq!(by_addr.passwords_per_host(&env, &mut |_| {}), [Some("for-addr".into())]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn environment_fills_only_what_is_unset() {
        let mut info = ConnInfo::parse("postgres://bob@h/shop").unwrap();
        let env = |k: &str| match k {
            "PGUSER" => Some("alice".into()),
            "PGPASSWORD" => Some("pw".into()),
            "PGSSLMODE" => Some("require".into()),
            _ => None,
        };
        info.complete(&env, &|_| false).unwrap();
        assert_eq!(info.get("user"), Some("bob"));
        assert_eq!(info.get("password"), Some("pw"));
        assert_eq!(info.get("sslmode"), Some("require"));
    }
}
