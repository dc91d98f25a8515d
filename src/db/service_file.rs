//! Connection service files (`pg_service.conf`): named sections of libpq
//! settings, found the way libpq finds them.

use std::path::{Path, PathBuf};

use super::passfile::home;
use crate::error::{AppError, Usage};

/// One `key=value` line of a service section, with where it is (for a
/// message that names the line, not the value).
pub(super) struct Setting {
    pub(super) key: String,
    pub(super) value: String,
    pub(super) place: String,
}

/// The settings of service `name` from the first service file that has it:
/// `PGSERVICEFILE` or `~/.pg_service.conf`, then `PGSYSCONFDIR/pg_service.conf`
/// (default `/etc/postgresql-common`, Debian's choice).
pub(super) fn read_service(
    name: &str,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<Setting>, AppError> {
    let user_file = env("PGSERVICEFILE")
        .map(PathBuf::from)
        .or_else(|| home(env).map(|h| h.join(".pg_service.conf")));
    let sysconf = env("PGSYSCONFDIR").unwrap_or_else(|| "/etc/postgresql-common".into());
    let files = user_file.into_iter().chain([Path::new(&sysconf).join("pg_service.conf")]);
    for file in files {
        let text = match crate::files::read_regular_text(&file, crate::files::SETTINGS_CAP) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
            Err(error) => return Err(AppError::Usage(Usage::ServiceFile { file, error })),
        };
        if let Some(info) = service_section(&text, name, &file)? {
            return Ok(info);
        }
    }
    Err(AppError::Usage(Usage::UnknownService { name: name.to_owned() }))
}

fn service_section(text: &str, name: &str, file: &Path) -> Result<Option<Vec<Setting>>, AppError> {
    let mut info: Option<Vec<Setting>> = None;
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
                info = Some(Vec::new());
            }
            continue;
        }
        if let Some(info) = info.as_mut() {
            let (key, value) = line.split_once('=').ok_or_else(|| {
                AppError::Usage(Usage::ServiceFileSyntax { file: file.to_owned(), line: n + 1 })
            })?;
            let place = format!("line {} of the service file {}", n + 1, file.display());
            info.push(Setting {
                key: key.trim().to_owned(),
                value: value.trim().to_owned(),
                place,
            });
        }
    }
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_sections() {
        let text = "[a]\nhost=h1\n[prod]\nhost = h2\nport=6000\n# c\n[b]\nhost=h3\n";
        let info = service_section(text, "prod", Path::new("f")).unwrap().unwrap();
        let pairs: Vec<(&str, &str)> =
            info.iter().map(|s| (s.key.as_str(), s.value.as_str())).collect();
        assert_eq!(pairs, [("host", "h2"), ("port", "6000")]);
        assert_eq!(info[1].place, "line 5 of the service file f");
        assert!(service_section(text, "none", Path::new("f")).unwrap().is_none());
    }
}
