//! Usage errors (exit 2): bad or missing command-line input, and settings
//! that cannot be used as given (the contexts file, the connection settings,
//! the certificate files they name). Each variant carries what its message
//! shows; the wording is here, in one place.
//!
//! Values that a message quotes through `domain::shown` (quoted, cut to a
//! length) arrive already shown, in `got` fields: this layer is below the
//! domain.

use std::path::PathBuf;

use rustls::pki_types::pem;

#[derive(Debug, thiserror::Error)]
pub(crate) enum Usage {
    // Flags and prompts.
    #[error("missing required {flag}")]
    MissingFlag { flag: String },
    #[error("missing required --item PRODUCT[=QTY] (repeat it for more lines)")]
    MissingItems,
    #[error(
        "nothing to change: give at least one of --name, --price, --stock, --add-stock, \
         --seller-email, --description, --manufacturer, --stocked-at"
    )]
    NothingToChange,
    #[error(
        "orders cannot be imported from CSV (an order holds several lines): use NDJSON or JSON"
    )]
    OrdersFromCsv,
    #[error("--delimiter must be one ASCII character other than a double quote (got {got:?})")]
    Delimiter { got: char },
    #[error("--filter is not a well-formed expression: {problem}")]
    Filter { problem: String },
    #[error("cannot create the rejects file {}: {error}", .path.display())]
    RejectsFile { path: PathBuf, error: std::io::Error },
    /// `action` reads as a verb phrase: "delete 2 order(s): #1, #2".
    #[error(
        "refusing to {action} without confirmation: pass --yes (there is no terminal to ask on)"
    )]
    Unconfirmed { action: String },
    /// A bulk command's selection is larger than `--max` (`about`: "about "
    /// when the count is a search's estimate).
    #[error(
        "the selection holds {about}{count} {what}(s), more than --max {max}: narrow it, or pass \
         --max {count} if that is meant; nothing was changed"
    )]
    OverMax { what: &'static str, count: u64, max: u64, about: &'static str },
    /// An argument before `orders set-state`'s STATE that is not an id
    /// (`got`: as shown).
    #[error(
        "{got} is not an order id (give the ids and the state: orders set-state 42 43 SHIPPED)"
    )]
    NotAnId { got: String },
    /// A bulk command without ids or a selection (`what`: "orders").
    #[error("name the {what}: {how}")]
    NoSelection { what: &'static str, how: &'static str },
    /// The operator declined or interrupted a prompt.
    #[error("cancelled; nothing was changed")]
    Cancelled,
    #[error("cannot prompt: {error} (use flags or --no-input)")]
    NoPrompt { error: std::io::Error },
    /// A full-screen command run without a terminal (or with --no-input).
    #[error("{command} needs a terminal on stdin and stdout; in a script use {instead} instead")]
    NoTerminal { command: &'static str, instead: &'static str },

    // Output shaping (--fields, --jq).
    /// `valid`: the names the command's output has, in their usual order.
    #[error("--fields: {command} has no field {field:?} (its fields: {})", .valid.join(", "))]
    UnknownField { field: String, command: String, valid: &'static [&'static str] },
    #[error("--fields: {problem}")]
    FieldList { problem: String },
    /// What the command prints instead (a summary, a report).
    #[error("--fields: {command} prints no rows of fields ({prints}); use --jq to shape its JSON")]
    NoFields { command: String, prints: &'static str },
    #[error("--jq filters JSON: it needs -o json or -o ndjson (not -o {format})")]
    JqNeedsJson { format: &'static str },
    #[error("--jq: {command} streams {what}; use --format ndjson, where --jq applies to each line")]
    JqNotStreamed { command: String, what: &'static str },
    /// A jq expression that does not parse or compile: `line` is the
    /// expression's line where it fails (already made printable), `column`
    /// where the caret goes under it.
    #[error("--jq: {problem}\n  {line}\n  {caret:>column$}", caret = "^", column = .column + 1)]
    JqSyntax { problem: String, line: String, column: usize },

    // Contexts (the config file) and a protected context's guard.
    #[error("{}: {message}", .path.display())]
    ConfigSyntax { path: PathBuf, message: String },
    #[error("{}: current_context {name:?} is not defined", .path.display())]
    UndefinedCurrentContext { path: PathBuf, name: String },
    #[error("no context {name:?} in {} (defined: {})", .path.display(), listed(.defined))]
    UnknownContext { name: String, path: PathBuf, defined: Vec<String> },
    #[error(
        "{} belongs to another user (uid {uid}); ecomctl reads only a config file that you or \
         root own, since it can name a command to run",
        .path.display()
    )]
    ConfigOwner { path: PathBuf, uid: u32 },
    #[error(
        "{} can be written by others (mode {mode:o}); ecomctl reads it only when no one else \
         can change it, since it can name a command to run: chmod go-w {}",
        .path.display(),
        .path.display()
    )]
    ConfigWritable { path: PathBuf, mode: u32 },
    #[error(
        "no context in force: name one (`ecomctl config show NAME`) or see `ecomctl config list`"
    )]
    NoContext,
    #[error("the name typed is not {name:?}: {}", Usage::Cancelled)]
    WrongName { name: String },
    #[error(
        "context {name:?} is protected: without a terminal a write needs --yes and --context {name} \
         on the command line; nothing was changed"
    )]
    Protected { name: String },
    #[error("meili_key_env: the variable {var} is not set")]
    KeyVariableUnset { var: String },
    #[error("meili_key_cmd failed ({status})")]
    KeyCommandFailed { status: std::process::ExitStatus },

    // Meilisearch settings.
    #[error("--meili-url must start with http:// or https:// (got {got})")]
    MeiliUrl { got: String },
    #[error("--index must be letters, digits, '-' or '_' (got {got})")]
    IndexName { got: String },
    #[error("the Meilisearch API key is not a valid HTTP header value")]
    KeyNotHeader,

    // Certificate authorities to trust (`setting`: --meili-ca-cert or sslrootcert).
    #[error("{setting} {}: cannot read: {error}", .path.display())]
    UnreadableCa { setting: &'static str, path: PathBuf, error: pem::Error },
    #[error("{setting} {}: no certificate in it", .path.display())]
    EmptyCa { setting: &'static str, path: PathBuf },

    // PostgreSQL connection settings.
    #[error("definition of service {name:?} not found (PGSERVICEFILE, ~/.pg_service.conf)")]
    UnknownService { name: String },
    #[error(
        "DATABASE_URL from .env sets {key}, which names a file or a service: .env may set plain \
         connection defaults only (set it in the environment or a context)"
    )]
    DotEnvSetting { key: &'static str },
    #[error("the environment variable {variable} is not valid UTF-8")]
    NotUnicode { variable: &'static str },
    #[error("cannot read the service file {}: {error}", .file.display())]
    ServiceFile { file: PathBuf, error: std::io::Error },
    #[error("syntax error in service file {} line {line}", .file.display())]
    ServiceFileSyntax { file: PathBuf, line: usize },
    #[error("invalid connection string (expected key=value pairs or a postgres:// URL)")]
    MalformedConnString,
    #[error("invalid database URL (expected postgres://USER:PASSWORD@HOST:PORT/DATABASE)")]
    MalformedUrl,
    /// `place` names an unknown keyword ("setting 2 of the string") without
    /// echoing it: it may be a mistyped secret.
    #[error(
        "invalid connection option: {place} is not a setting ecomctl knows (known: {})",
        .known.join(", ")
    )]
    UnknownOption { place: String, known: &'static [&'static str] },
    #[error("invalid connection option: {key} is empty")]
    EmptyOption { key: String },
    /// `got`: the value as shown (quoted).
    #[error("invalid {key} {got}")]
    InvalidSetting { key: &'static str, got: String },
    /// `got`: the value as shown (quoted); `choices`: the values allowed.
    #[error("invalid {key} {got} ({choices})")]
    InvalidChoice { key: &'static str, got: String, choices: &'static str },
    #[error(
        "sslmode={mode} needs the certificate authority to trust: set sslrootcert \
         (a PEM file, or `system` for the operating system's roots) or PGSSLROOTCERT"
    )]
    NoRootCert { mode: &'static str },
    #[error("sslrootcert=system: no usable root certificate found in the operating system's store")]
    NoSystemRoots,
    #[error("sslrootcert: {error}")]
    RootCert { error: rustls::client::VerifierBuilderError },
    #[error("sslcert {}: cannot read a certificate: {error}", .path.display())]
    ClientCert { path: PathBuf, error: pem::Error },
    #[error("sslkey {}: cannot read a private key: {error}", .path.display())]
    ClientKey { path: PathBuf, error: pem::Error },
    #[error("sslcert/sslkey: {error}")]
    ClientAuth { error: rustls::Error },
    #[error(
        "sslkey {}: the private key has group or world access (mode {mode:o}); it must be \
         u=rw (0600) or less, or u=rw,g=r (0640) or less if owned by root",
        .path.display()
    )]
    KeyPermissions { path: PathBuf, mode: u32 },
}

/// "a, b", or "none".
fn listed(names: &[String]) -> String {
    if names.is_empty() { "none".to_owned() } else { names.join(", ") }
}
