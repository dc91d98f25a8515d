//! Named contexts, in the style of kubectl and gh: a TOML file in the XDG
//! config directory (`$XDG_CONFIG_HOME/ecomctl/config.toml`, else
//! `~/.config/ecomctl/config.toml`; `ECOMCTL_CONFIG` names another) holding
//! database and Meilisearch settings per environment:
//!
//! ```toml
//! current_context = "staging"
//!
//! [contexts.prod]
//! database_url = "postgres://ops@db.example:5432/shop?sslmode=verify-full&sslrootcert=system"
//! meili_url = "https://search.example"
//! meili_key_env = "PROD_MEILI_KEY"      # or meili_key_cmd = "pass show meili/prod"
//! index = "orders"
//! protected = true
//! ```
//!
//! Secrets need not be in the file: the Meilisearch key comes from an
//! environment variable or a command, the database password from
//! `PGPASSWORD`, `~/.pgpass` or a service file. A *protected* context makes
//! every write ask for its name to be typed (scripts: `--yes` plus
//! `--context NAME` on the command line).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::error::{AppError, Missing, SystemError, Usage};
use crate::search::connection::{KeySource, Secret, redact_userinfo};

/// One context's settings; every field is optional.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ContextSettings {
    pub(crate) database_url: Option<String>,
    pub(crate) meili_url: Option<String>,
    /// The name of an environment variable holding the Meilisearch key.
    pub(crate) meili_key_env: Option<String>,
    /// A command whose output is the Meilisearch key (`sh -c`).
    pub(crate) meili_key_cmd: Option<String>,
    pub(crate) meili_ca_cert: Option<PathBuf>,
    pub(crate) index: Option<String>,
    #[serde(default)]
    pub(crate) protected: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    current_context: Option<String>,
    #[serde(default)]
    contexts: BTreeMap<String, ContextSettings>,
}

/// The contexts file, as read.
#[derive(Debug, Default)]
pub(crate) struct Contexts {
    pub(crate) path: PathBuf,
    pub(crate) current: Option<String>,
    pub(crate) contexts: BTreeMap<String, ContextSettings>,
}

/// The context a command runs in.
#[derive(Debug, Clone)]
pub(crate) struct ActiveContext {
    pub(crate) name: String,
    pub(crate) settings: ContextSettings,
    /// Chosen with `--context` on this command line (not the environment
    /// or the file's current context): what a protected context wants from
    /// a script.
    pub(crate) named_on_command_line: bool,
}

/// Where the contexts file is.
pub(crate) fn path(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    if let Some(path) = env("ECOMCTL_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let base =
        env("XDG_CONFIG_HOME").filter(|p| !p.is_empty()).map(PathBuf::from).or_else(|| {
            env("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(".config"))
        })?;
    Some(base.join("ecomctl").join("config.toml"))
}

impl Contexts {
    /// Reads the file; a missing file means no contexts.
    pub(crate) fn load(env: &dyn Fn(&str) -> Option<String>) -> Result<Self, AppError> {
        let Some(path) = path(env) else { return Ok(Contexts::default()) };
        // A regular file of bounded size: `ECOMCTL_CONFIG=/dev/zero` or a
        // FIFO must not fill memory or hang.
        let text = match crate::files::read_regular_text(&path, crate::files::SETTINGS_CAP) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Contexts { path, ..Default::default() });
            }
            Err(error) => return Err(AppError::System(SystemError::Read { path, error })),
        };
        check_ownership(&path)?;
        let file: File = toml::from_str(&text).map_err(|e| {
            AppError::Usage(Usage::ConfigSyntax { path: path.clone(), message: e.message().into() })
        })?;
        if let Some(current) = &file.current_context
            && !file.contexts.contains_key(current)
        {
            return Err(AppError::Usage(Usage::UndefinedCurrentContext {
                path,
                name: current.clone(),
            }));
        }
        Ok(Contexts { path, current: file.current_context, contexts: file.contexts })
    }

    /// The context in force: `--context`/`ECOMCTL_CONTEXT` (`chosen`), else
    /// the file's current context, else none.
    pub(crate) fn select(
        &self,
        chosen: Option<&str>,
        on_command_line: bool,
    ) -> Result<Option<ActiveContext>, AppError> {
        let (name, named) = match chosen {
            Some(name) => (name, on_command_line),
            None => match &self.current {
                Some(name) => (name.as_str(), false),
                None => return Ok(None),
            },
        };
        let settings = self.contexts.get(name).cloned().ok_or_else(|| {
            AppError::Usage(Usage::UnknownContext {
                name: name.to_owned(),
                path: self.path.clone(),
                defined: self.contexts.keys().cloned().collect(),
            })
        })?;
        Ok(Some(ActiveContext { name: name.to_owned(), settings, named_on_command_line: named }))
    }

    /// `config use NAME`: makes NAME the current context, keeping the rest
    /// of the file as it is written.
    pub(crate) fn set_current(&self, name: &str) -> Result<(), AppError> {
        if !self.contexts.contains_key(name) {
            return Err(AppError::NotFound(Missing::Context {
                name: name.to_owned(),
                path: self.path.clone(),
            }));
        }
        let text = crate::files::read_regular_text(&self.path, crate::files::SETTINGS_CAP)
            .map_err(|error| {
                AppError::System(SystemError::Read { path: self.path.clone(), error })
            })?;
        let line = format!("current_context = {}", toml::Value::String(name.to_owned()));
        let mut replaced = false;
        let mut lines: Vec<String> = text
            .lines()
            .map(|l| {
                if !replaced && l.trim_start().starts_with("current_context") {
                    replaced = true;
                    line.clone()
                } else {
                    l.to_owned()
                }
            })
            .collect();
        if !replaced {
            lines.insert(0, line);
        }
        let mut out = lines.join("\n");
        out.push('\n');
        std::fs::write(&self.path, out).map_err(|error| {
            AppError::System(SystemError::Write { path: self.path.clone(), error })
        })
    }
}

/// Refuses a contexts file that someone else could have written, as ssh
/// refuses such a config: it can name a command that ecomctl runs
/// (`meili_key_cmd`) and where secrets are sent.
fn check_ownership(path: &std::path::Path) -> Result<(), AppError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(path).map_err(|error| {
            AppError::System(SystemError::Read { path: path.to_owned(), error })
        })?;
        // Safe: getuid has no preconditions and cannot fail.
        let me = unsafe { libc::getuid() };
        if meta.uid() != me && meta.uid() != 0 {
            return Err(AppError::Usage(Usage::ConfigOwner {
                path: path.to_owned(),
                uid: meta.uid(),
            }));
        }
        if meta.mode() & 0o022 != 0 {
            return Err(AppError::Usage(Usage::ConfigWritable {
                path: path.to_owned(),
                mode: meta.mode() & 0o777,
            }));
        }
    }
    Ok(())
}

impl ContextSettings {
    /// Where this context's Meilisearch key comes from: its variable (read
    /// now), or its command (run only once Meilisearch is used).
    pub(crate) fn meili_key(
        &self,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Option<KeySource>, AppError> {
        if let Some(var) = &self.meili_key_env {
            let key = env(var)
                .ok_or_else(|| AppError::Usage(Usage::KeyVariableUnset { var: var.clone() }))?;
            return Ok(Some(Secret::new(&key).map_or(KeySource::None, KeySource::Given)));
        }
        Ok(self.meili_key_cmd.clone().map(KeySource::Command))
    }

    /// The settings for people: passwords in URLs masked, the key's source
    /// named (never its value).
    pub(crate) fn shown(&self) -> Vec<(&'static str, String)> {
        let mut rows = Vec::new();
        if let Some(url) = &self.database_url {
            rows.push(("database_url", crate::db::masked::masked(url)));
        }
        if let Some(url) = &self.meili_url {
            rows.push(("meili_url", redact_userinfo(url)));
        }
        if let Some(var) = &self.meili_key_env {
            rows.push(("meili_key", format!("from the environment variable {var}")));
        }
        if let Some(cmd) = &self.meili_key_cmd {
            rows.push(("meili_key", format!("from the command `{cmd}`")));
        }
        if let Some(ca) = &self.meili_ca_cert {
            rows.push(("meili_ca_cert", ca.display().to_string()));
        }
        if let Some(index) = &self.index {
            rows.push(("index", index.clone()));
        }
        rows.push(("protected", self.protected.to_string()));
        rows
    }
}
