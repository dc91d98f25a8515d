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
//! Just over 400 lines with its unit tests (the code is under 400): the
//! four sources libpq reads are one precedence chain, kept in one place.

use std::collections::BTreeMap;

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

/// Connection settings as libpq keywords.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct ConnInfo {
    params: BTreeMap<String, String>,
}

impl ConnInfo {
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.params.get(key).map(String::as_str).filter(|v| !v.is_empty())
    }

    pub(crate) fn set(&mut self, key: &str, value: impl Into<String>) {
        self.params.insert(key.to_owned(), value.into());
    }

    /// Sets `key` only if nothing set it yet.
    fn fill(&mut self, key: &str, value: &str) {
        if self.get(key).is_none() {
            self.set(key, value);
        }
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
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            parse_url(text)
        } else {
            parse_pairs(text)
        }
    }

    /// Completes the settings as libpq does: the service file, then the
    /// `PG*` variables (through `env`), fill what is unset.
    pub(crate) fn complete(
        &mut self,
        env: &dyn Fn(&str) -> Option<String>,
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
            if let Some(value) = env(var).filter(|v| !v.is_empty()) {
                self.fill(key, &value);
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

/// One `key=value` setting of a connection string, and where its value
/// is written (quotes included), for masking.
pub(super) struct Pair {
    pub(super) key: String,
    value: String,
    pub(super) value_span: std::ops::Range<usize>,
}

/// libpq `key=value` pairs: spaces around `=` allowed, values in single
/// quotes with `\'` and `\\` escapes.
pub(super) fn pairs(text: &str) -> Result<Vec<Pair>, AppError> {
    let mut found = Vec::new();
    let mut chars = text.char_indices().peekable();
    let malformed = || AppError::Usage(Usage::MalformedConnString);
    let skip_spaces = |chars: &mut std::iter::Peekable<std::str::CharIndices>| {
        while chars.peek().is_some_and(|(_, c)| c.is_whitespace()) {
            chars.next();
        }
    };
    loop {
        skip_spaces(&mut chars);
        if chars.peek().is_none() {
            return Ok(found);
        }
        let mut key = String::new();
        while let Some(&(_, c)) = chars.peek() {
            if c == '=' || c.is_whitespace() {
                break;
            }
            key.push(c);
            chars.next();
        }
        skip_spaces(&mut chars);
        if chars.next().map(|(_, c)| c) != Some('=') || key.is_empty() {
            return Err(malformed());
        }
        skip_spaces(&mut chars);
        let start = chars.peek().map_or(text.len(), |(i, _)| *i);
        let mut value = String::new();
        if chars.peek().map(|(_, c)| *c) == Some('\'') {
            chars.next();
            loop {
                match chars.next() {
                    Some((_, '\\')) => value.push(chars.next().ok_or_else(malformed)?.1),
                    Some((_, '\'')) => break,
                    Some((_, c)) => value.push(c),
                    None => return Err(malformed()),
                }
            }
        } else {
            while let Some(&(_, c)) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                chars.next();
                if c == '\\' {
                    value.push(chars.next().ok_or_else(malformed)?.1);
                    continue;
                }
                value.push(c);
            }
        }
        let end = chars.peek().map_or(text.len(), |(i, _)| *i);
        found.push(Pair { key, value, value_span: start..end });
    }
}

fn parse_pairs(text: &str) -> Result<ConnInfo, AppError> {
    let mut info = ConnInfo::default();
    for (n, pair) in pairs(text)?.into_iter().enumerate() {
        info.insert_checked(&pair.key, pair.value, &format!("setting {} of the string", n + 1))?;
    }
    Ok(info)
}

/// `postgres://[user[:password]@][host[:port][,host[:port]…]][/dbname][?key=value&…]`
pub(super) fn parse_url(text: &str) -> Result<ConnInfo, AppError> {
    let malformed = || AppError::Usage(Usage::MalformedUrl);
    let rest = text.split_once("://").map(|(_, rest)| rest).ok_or_else(malformed)?;
    let (rest, query) = match rest.split_once('?') {
        Some((rest, query)) => (rest, Some(query)),
        None => (rest, None),
    };
    let (authority, path) = match rest.find('/') {
        Some(at) => (&rest[..at], Some(&rest[at + 1..])),
        None => (rest, None),
    };
    let mut info = ConnInfo::default();
    let hosts = match authority.rfind('@') {
        Some(at) => {
            let userinfo = &authority[..at];
            match userinfo.split_once(':') {
                Some((user, password)) => {
                    info.set("user", decode(user).ok_or_else(malformed)?);
                    info.set("password", decode(password).ok_or_else(malformed)?);
                }
                None => info.set("user", decode(userinfo).ok_or_else(malformed)?),
            }
            &authority[at + 1..]
        }
        None => authority,
    };
    if !hosts.is_empty() {
        let mut names = Vec::new();
        let mut ports = Vec::new();
        for host in hosts.split(',') {
            let (name, port) = if let Some(inner) = host.strip_prefix('[') {
                let (name, after) = inner.split_once(']').ok_or_else(malformed)?;
                (name.to_owned(), after.strip_prefix(':').map(String::from))
            } else {
                match host.rsplit_once(':') {
                    Some((name, port)) => (name.to_owned(), Some(port.to_owned())),
                    None => (host.to_owned(), None),
                }
            };
            if port.as_ref().is_some_and(|p| p.parse::<u16>().is_err()) {
                return Err(malformed());
            }
            names.push(decode(&name).ok_or_else(malformed)?);
            ports.push(port.unwrap_or_default());
        }
        info.set("host", names.join(","));
        if ports.iter().any(|p| !p.is_empty()) {
            let ports: Vec<String> =
                ports.into_iter().map(|p| if p.is_empty() { "5432".into() } else { p }).collect();
            info.set("port", ports.join(","));
        }
    }
    if let Some(db) = path.filter(|p| !p.is_empty()) {
        info.set("dbname", decode(db).ok_or_else(malformed)?);
    }
    let params = query.into_iter().flat_map(|q| q.split('&')).filter(|p| !p.is_empty());
    for (n, pair) in params.enumerate() {
        let (key, value) = pair.split_once('=').ok_or_else(malformed)?;
        let key = decode(key).ok_or_else(malformed)?;
        let value = decode(value).ok_or_else(malformed)?;
        info.insert_checked(&key, value, &format!("query parameter {} of the URL", n + 1))?;
    }
    Ok(info)
}

/// Percent-decoding (`%40` → `@`); `None` for a malformed escape or UTF-8.
pub(super) fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
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
        info.complete(&env).unwrap();
        assert_eq!(info.get("user"), Some("bob"));
        assert_eq!(info.get("password"), Some("pw"));
        assert_eq!(info.get("sslmode"), Some("require"));
    }
}
