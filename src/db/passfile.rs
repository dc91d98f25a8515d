//! The password file (`~/.pgpass`, `PGPASSFILE`): read only when no one
//! else can read it, as libpq does, and searched line by line for the host,
//! port, database and user being connected to.

use std::path::PathBuf;

/// The home directory, where libpq looks for its files.
pub(super) fn home(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    env("HOME").filter(|h| !h.is_empty()).map(PathBuf::from)
}

/// The password file's text, unless it is missing or readable by others
/// (then ignored with a warning, as libpq does).
pub(super) fn password_file(
    env: &dyn Fn(&str) -> Option<String>,
    warn: &mut dyn FnMut(String),
) -> Option<String> {
    let path =
        env("PGPASSFILE").map(PathBuf::from).or_else(|| home(env).map(|h| h.join(".pgpass")))?;
    let text = match crate::files::read_regular_text(&path, crate::files::SETTINGS_CAP) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return None,
        Err(err) => {
            // As libpq: a password file that is not a plain file is ignored.
            warn(format!(
                "password file {} cannot be used ({err}): it was ignored",
                path.display()
            ));
            return None;
        }
    };
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
            return None;
        }
    }
    Some(text)
}

/// The first matching line of a password file (`host:port:db:user:password`,
/// `*` matches anything, `\:` and `\\` escape).
pub(super) fn pgpass_lookup(
    text: &str,
    host: &str,
    port: &str,
    dbname: &str,
    user: &str,
) -> Option<String> {
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
    fn pgpass_matches_with_wildcards_and_escapes() {
        let text = "# comment\nother:5432:*:bob:nope\nh:*:shop:bob:pa\\:ss\n*:*:*:*:fallback\n";
        assert_eq!(pgpass_lookup(text, "h", "5432", "shop", "bob").as_deref(), Some("pa:ss"));
        assert_eq!(pgpass_lookup(text, "x", "1", "y", "z").as_deref(), Some("fallback"));
    }
}
