//! The global options: their one declaration — flag, environment variable,
//! default, help text and heading — read by clap for every command and for
//! shell completion alike (`from_environment`). `config::resolve` turns
//! them, with the named context and `.env`, into the `Config` a command
//! runs with.
//!
//! A command's `-h` shows its own arguments first and only the most used of
//! these (`-o`, `-q`, `-v`, `-y`), under their headings; `--help` and
//! `ecomctl help options` show them all.

use std::collections::BTreeSet;

use clap::{ArgAction, Args, CommandFactory, FromArgMatches};

use crate::domain::{ColorChoice, Compress, LogFormat, OutputFormat, Searchable};

const CONNECTION: &str = "Connection";
const INDEX: &str = "Search index";
const OUTPUT: &str = "Output";
const PROMPTS: &str = "Prompts";

/// The settings no named context overrides when they are typed on the
/// command line (their flag's id).
const CONTEXT_SETTINGS: [&str; 6] =
    ["database_url", "context", "meili_url", "meili_key", "meili_ca_cert", "index"];

#[derive(Debug, Clone, Args)]
pub(crate) struct GlobalArgs {
    /// PostgreSQL connection URL [default: the docker-compose.yml database,
    /// postgres://ecomctl:…@127.0.0.1:5432/ecomctl]
    #[arg(long, env = "DATABASE_URL", hide_env_values = true, global = true, help_heading = CONNECTION, hide_short_help = true)]
    pub(crate) database_url: Option<String>,

    /// The named context to use (see `ecomctl config`); its settings apply
    /// where no flag is given
    #[arg(long, env = "ECOMCTL_CONTEXT", value_name = "NAME", global = true, help_heading = CONNECTION, hide_short_help = true)]
    pub(crate) context: Option<String>,

    /// Meilisearch URL
    #[arg(
        long,
        env = "MEILI_URL",
        hide_env_values = true,
        default_value = "http://127.0.0.1:7700",
        global = true,
        help_heading = CONNECTION, hide_short_help = true)]
    pub(crate) meili_url: String,

    /// An extra certificate authority (PEM) to trust for Meilisearch over
    /// HTTPS, besides the system's roots (a private deployment)
    #[arg(long, env = "MEILI_CA_CERT", value_name = "FILE", global = true, help_heading = CONNECTION, hide_short_help = true)]
    pub(crate) meili_ca_cert: Option<std::path::PathBuf>,

    /// Meilisearch API key (falls back to MEILI_MASTER_KEY)
    #[arg(long, env = "MEILI_API_KEY", hide_env_values = true, global = true, help_heading = CONNECTION, hide_short_help = true)]
    pub(crate) meili_key: Option<String>,

    /// Meilisearch index holding the order documents
    #[arg(long, env = "ECOMCTL_INDEX", default_value = "orders", global = true, help_heading = INDEX, hide_short_help = true)]
    pub(crate) index: String,

    /// Which attributes full-text search covers: the whole document, or a compact
    /// set (customer, external ref, state, item names and SKUs) that indexes about
    /// twice as fast
    #[arg(long, env = "ECOMCTL_SEARCHABLE", value_enum, default_value_t = Searchable::Full, global = true, help_heading = INDEX, hide_short_help = true)]
    pub(crate) searchable: Searchable,

    /// Send large document bodies (sync, reindex) gzip-compressed: auto = unless
    /// Meilisearch is on a loopback address
    #[arg(long, env = "ECOMCTL_COMPRESS", value_enum, default_value_t = Compress::Auto, global = true, help_heading = INDEX, hide_short_help = true)]
    pub(crate) compress: Compress,

    /// Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`
    #[arg(
        long,
        env = "ECOMCTL_NO_INDEX",
        global = true,
        value_parser = clap::builder::FalseyValueParser::new(),
        help_heading = INDEX, hide_short_help = true)]
    pub(crate) no_index: bool,

    /// After a change, block until Meilisearch has indexed it (read-your-write for scripts)
    #[arg(
        long,
        env = "ECOMCTL_WAIT",
        global = true,
        value_parser = clap::builder::FalseyValueParser::new(),
        help_heading = INDEX, hide_short_help = true)]
    pub(crate) wait: bool,

    /// How long --wait (and `sync`) may wait for Meilisearch to index, in seconds
    #[arg(long, env = "ECOMCTL_WAIT_TIMEOUT", value_name = "SECS", default_value_t = 60,
          value_parser = clap::value_parser!(u64).range(1..=86_400), global = true, help_heading = INDEX, hide_short_help = true)]
    pub(crate) wait_timeout: u64,

    /// How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds
    #[arg(long, env = "ECOMCTL_TIMEOUT", value_name = "SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=3_600), global = true, help_heading = CONNECTION, hide_short_help = true)]
    pub(crate) timeout: u64,

    /// Output format for data written to stdout
    #[arg(short, long, value_enum, default_value_t = OutputFormat::Table, global = true, help_heading = OUTPUT)]
    pub(crate) output: OutputFormat,

    /// Print only these fields, in this order, in every format (table and CSV
    /// columns, JSON keys): names as in JSON and CSV headers, comma-separated,
    /// e.g. id,state,total_price
    #[arg(long, value_name = "NAME,…", global = true, help_heading = OUTPUT, hide_short_help = true)]
    pub(crate) fields: Option<String>,

    /// Filter the JSON output through a jq expression, in-process (implies -o
    /// json; with -o ndjson it runs on each line; string results print raw)
    #[arg(long, value_name = "EXPR", global = true, help_heading = OUTPUT, hide_short_help = true)]
    pub(crate) jq: Option<String>,

    /// Answer yes to confirmations (required for destructive commands without a terminal)
    #[arg(short, long, global = true, help_heading = PROMPTS)]
    pub(crate) yes: bool,

    /// Never prompt; a missing value is a usage error
    #[arg(long, global = true, help_heading = PROMPTS, hide_short_help = true)]
    pub(crate) no_input: bool,

    /// Hide progress bars
    #[arg(long, global = true, help_heading = OUTPUT, hide_short_help = true)]
    pub(crate) no_progress: bool,

    /// When to use colour (NO_COLOR is honoured with `auto`)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true, help_heading = OUTPUT, hide_short_help = true)]
    pub(crate) color: ColorChoice,

    /// More diagnostics on stderr (repeat for more)
    #[arg(short, long, action = ArgAction::Count, global = true, conflicts_with = "quiet", help_heading = OUTPUT)]
    pub(crate) verbose: u8,

    /// Only errors on stderr
    #[arg(short, long, global = true, help_heading = OUTPUT)]
    pub(crate) quiet: bool,

    /// How stderr speaks: lines for a person, or one JSON object per line for
    /// a log shipper (level from -q/-v, or RUST_LOG)
    #[arg(long, env = "ECOMCTL_LOG_FORMAT", value_enum, default_value_t = LogFormat::Human, global = true, help_heading = OUTPUT, hide_short_help = true)]
    pub(crate) log_format: LogFormat,

    /// The settings typed on this command line (`CONTEXT_SETTINGS`): no
    /// context overrides them.
    #[arg(skip)]
    pub(crate) typed: BTreeSet<&'static str>,

    /// `-o` was typed on this command line (`--jq` implies `-o json` only
    /// when it was not).
    #[arg(skip)]
    pub(crate) output_typed: bool,
}

impl GlobalArgs {
    /// Notes which settings were typed on the command line (rather than
    /// taken from the environment or a default).
    pub(crate) fn note_typed(&mut self, matches: &clap::ArgMatches) {
        let typed =
            |id: &str| matches.value_source(id) == Some(clap::parser::ValueSource::CommandLine);
        self.typed = CONTEXT_SETTINGS.into_iter().filter(|id| typed(id)).collect();
        self.output_typed = typed("output");
    }

    pub(crate) fn typed(&self, id: &str) -> bool {
        self.typed.contains(id)
    }

    /// The options as a shell completion sees them: none typed, each from
    /// its environment variable (and `.env`) or its default — the same
    /// declarations a command reads. It never pushes, asks or draws.
    pub(crate) fn from_environment() -> Option<Self> {
        let command = Probe::command().no_binary_name(true);
        let matches = command.try_get_matches_from(Vec::<String>::new()).ok()?;
        let mut args = Probe::from_arg_matches(&matches).ok()?.global;
        args.no_index = true;
        args.no_input = true;
        args.no_progress = true;
        args.quiet = true;
        args.color = ColorChoice::Never;
        Some(args)
    }
}

/// A command of the global options alone, for `from_environment`.
#[derive(clap::Parser)]
struct Probe {
    #[command(flatten)]
    global: GlobalArgs,
}
