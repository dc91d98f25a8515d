//! The two syntaxes of a PostgreSQL connection string, as libpq reads
//! them: `key=value` pairs and `postgres://` URLs, into libpq keywords
//! (which `ConnInfo::parse` checks and keeps). No error quotes the input:
//! it may hold a password.

use crate::error::{AppError, Usage};

/// What a connection string says, in order: each keyword and its value,
/// and — for a keyword the string names itself rather than a URL's parts
/// (user, host, …) — where, so that an unknown one is refused by place.
#[derive(Default)]
pub(super) struct Settings(pub(super) Vec<(String, String, Option<String>)>);

impl Settings {
    fn set(&mut self, key: &str, value: String) {
        self.0.push((key.to_owned(), value, None));
    }

    fn named(&mut self, key: String, value: String, place: String) {
        self.0.push((key, value, Some(place)));
    }
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

pub(super) fn parse_pairs(text: &str) -> Result<Settings, AppError> {
    let mut info = Settings::default();
    for (n, pair) in pairs(text)?.into_iter().enumerate() {
        info.named(pair.key, pair.value, format!("setting {} of the string", n + 1));
    }
    Ok(info)
}

/// `postgres://[user[:password]@][host[:port][,host[:port]…]][/dbname][?key=value&…]`
pub(super) fn parse_url(text: &str) -> Result<Settings, AppError> {
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
    let mut info = Settings::default();
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
        info.named(key, value, format!("query parameter {} of the URL", n + 1));
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
