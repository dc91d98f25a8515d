//! `--log-format json`: what ecomctl says on stderr becomes one JSON object
//! per line (time, level, message and fields such as the index, batch size,
//! task uid or duration) for a log shipper. The level comes from `RUST_LOG`
//! when set, else from `-q` / `-v`. The human format needs no set-up: it is
//! what `output::Messages` prints.

use tracing_subscriber::EnvFilter;

/// Sends tracing events to stderr as JSON lines.
pub(crate) fn init_json(quiet: bool, verbose: u8) {
    let default = if quiet {
        "warn"
    } else if verbose > 0 {
        "debug"
    } else {
        "info"
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .json()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_current_span(false)
        .try_init();
}
