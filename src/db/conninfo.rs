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
use std::path::{Path, PathBuf};

use crate::error::AppError;

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

    fn insert_checked(&mut self, key: &str, value: String) -> Result<(), AppError> {
        if !KEYWORDS.contains(&key) {
            return Err(AppError::usage(format!(
                "invalid connection option {key:?} (known: {})",
                KEYWORDS.join(", ")
            )));
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
            let service = read_service(&name, env)?;
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

    /// The password from the password file, when none was given.
    pub(crate) fn complete_password(
        &mut self,
        env: &dyn Fn(&str) -> Option<String>,
        warn: &mut dyn FnMut(String),
    ) {
        if self.get("password").is_some() {
            return;
        }
        let Some(path) =
            env("PGPASSFILE").map(PathBuf::from).or_else(|| home(env).map(|h| h.join(".pgpass")))
        else {
            return;
        };
        let Ok(text) = std::fs::read_to_string(&path) else { return };
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            if let Ok(meta) = std::fs::metadata(&path)
                && meta.permissions().mode() & 0o077 != 0
            {
                warn(format!(
                    "password file {} has group or world access; permissions should be u=rw (0600) or less: it was ignored",
                    path.display()
                ));
                return;
            }
        }
        let host =
            self.get("host").unwrap_or("localhost").split(',').next().unwrap_or("").to_owned();
        let host = if host.starts_with('/') { "localhost".to_owned() } else { host };
        let port =
            self.get("port").unwrap_or("5432").split(',').next().unwrap_or("5432").to_owned();
        let user = self.get("user").unwrap_or_default().to_owned();
        let dbname = self.get("dbname").unwrap_or(&user).to_owned();
        if let Some(password) = pgpass_lookup(&text, &host, &port, &dbname, &user) {
            self.set("password", password);
        }
    }
}

fn home(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    env("HOME").filter(|h| !h.is_empty()).map(PathBuf::from)
}

/// libpq `key=value` pairs: spaces around `=` allowed, values in single
/// quotes with `\'` and `\\` escapes.
fn parse_pairs(text: &str) -> Result<ConnInfo, AppError> {
    let mut info = ConnInfo::default();
    let mut chars = text.chars().peekable();
    let malformed = || {
        AppError::usage("invalid connection string (expected key=value pairs or a postgres:// URL)")
    };
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        if chars.peek().is_none() {
            return Ok(info);
        }
        let mut key = String::new();
        while let Some(&c) = chars.peek() {
            if c == '=' || c.is_whitespace() {
                break;
            }
            key.push(c);
            chars.next();
        }
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        if chars.next() != Some('=') || key.is_empty() {
            return Err(malformed());
        }
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let mut value = String::new();
        if chars.peek() == Some(&'\'') {
            chars.next();
            loop {
                match chars.next() {
                    Some('\\') => value.push(chars.next().ok_or_else(malformed)?),
                    Some('\'') => break,
                    Some(c) => value.push(c),
                    None => return Err(malformed()),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                if c == '\\' {
                    chars.next();
                    value.push(chars.next().ok_or_else(malformed)?);
                    continue;
                }
                value.push(c);
                chars.next();
            }
        }
        info.insert_checked(&key, value)?;
    }
}

/// `postgres://[user[:password]@][host[:port][,host[:port]…]][/dbname][?key=value&…]`
fn parse_url(text: &str) -> Result<ConnInfo, AppError> {
    let malformed = || {
        AppError::usage(
            "invalid database URL (expected postgres://USER:PASSWORD@HOST:PORT/DATABASE)",
        )
    };
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
    for pair in query.into_iter().flat_map(|q| q.split('&')).filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').ok_or_else(malformed)?;
        let key = decode(key).ok_or_else(malformed)?;
        let value = decode(value).ok_or_else(malformed)?;
        info.insert_checked(&key, value)?;
    }
    Ok(info)
}

/// Percent-decoding (`%40` → `@`); `None` for a malformed escape or UTF-8.
fn decode(text: &str) -> Option<String> {
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

/// The settings of service `name` from the first service file that has it:
/// `PGSERVICEFILE` or `~/.pg_service.conf`, then `PGSYSCONFDIR/pg_service.conf`
/// (default `/etc/postgresql-common`, Debian's choice).
fn read_service(name: &str, env: &dyn Fn(&str) -> Option<String>) -> Result<ConnInfo, AppError> {
    let user_file = env("PGSERVICEFILE")
        .map(PathBuf::from)
        .or_else(|| home(env).map(|h| h.join(".pg_service.conf")));
    let sysconf = env("PGSYSCONFDIR").unwrap_or_else(|| "/etc/postgresql-common".into());
    let files = user_file.into_iter().chain([Path::new(&sysconf).join("pg_service.conf")]);
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        if let Some(info) = service_section(&text, name, &file)? {
            return Ok(info);
        }
    }
    Err(AppError::usage(format!(
        "definition of service {name:?} not found (PGSERVICEFILE, ~/.pg_service.conf)"
    )))
}

fn service_section(text: &str, name: &str, file: &Path) -> Result<Option<ConnInfo>, AppError> {
    let mut info: Option<ConnInfo> = None;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            if info.is_some() {
                break;
            }
            if section.trim() == name {
                info = Some(ConnInfo::default());
            }
            continue;
        }
        if let Some(info) = info.as_mut() {
            let (key, value) = line.split_once('=').ok_or_else(|| {
                AppError::usage(format!(
                    "syntax error in service file {} line {}",
                    file.display(),
                    n + 1
                ))
            })?;
            info.insert_checked(key.trim(), value.trim().to_owned())?;
        }
    }
    Ok(info)
}

/// The first matching line of a password file (`host:port:db:user:password`,
/// `*` matches anything, `\:` and `\\` escape).
fn pgpass_lookup(text: &str, host: &str, port: &str, dbname: &str, user: &str) -> Option<String> {
    for line in text.lines() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => field.extend(chars.next()),
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
                _ => field.push(c),
            }
        }
        fields.push(field);
        if fields.len() != 5 {
            continue;
        }
        let matches = |pattern: &str, value: &str| pattern == "*" || pattern == value;
        if matches(&fields[0], host)
            && matches(&fields[1], port)
            && matches(&fields[2], dbname)
            && matches(&fields[3], user)
        {
            return Some(fields.remove(4));
        }
    }
    None
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
    fn unknown_options_are_named_and_secrets_never_echoed() {
        let err = ConnInfo::parse("postgres://u:s3cret@h/db?sslmod=require").unwrap_err();
        assert!(err.to_string().contains("\"sslmod\""));
        let err = ConnInfo::parse("postgres://u:s3cret@h:notaport/db").unwrap_err();
        assert!(!err.to_string().contains("s3cret"));
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

    #[test]
    fn pgpass_matches_with_wildcards_and_escapes() {
        let text = "# comment\nother:5432:*:bob:nope\nh:*:shop:bob:pa\\:ss\n*:*:*:*:fallback\n";
        assert_eq!(pgpass_lookup(text, "h", "5432", "shop", "bob").as_deref(), Some("pa:ss"));
        assert_eq!(pgpass_lookup(text, "x", "1", "y", "z").as_deref(), Some("fallback"));
    }

    #[test]
    fn service_sections() {
        let text = "[a]\nhost=h1\n[prod]\nhost = h2\nport=6000\n# c\n[b]\nhost=h3\n";
        let info = service_section(text, "prod", Path::new("f")).unwrap().unwrap();
        assert_eq!(info.get("host"), Some("h2"));
        assert_eq!(info.get("port"), Some("6000"));
        assert!(service_section(text, "none", Path::new("f")).unwrap().is_none());
    }
}
