//! The command-line surface: clap definitions only. Every `///` comment
//! here is help text (`--help`, the man page): the first paragraph is the
//! one-line summary, the rest the description and examples, shown as
//! written. This file holds the global flags and the list of commands; each
//! group's commands are in their own file (`products.rs`, `orders.rs`,
//! `search.rs`, `admin.rs`; `shared.rs` for flags several share), and every
//! command takes one flag struct, which `requests/` turns into a request.
//!
//! Domain values (SKUs, prices, e-mails, states, items) are taken as strings and
//! validated once, into typed requests (`src/requests/`), so that an invalid
//! value is a *rejected* input (exit 4) with a message naming the flag, while a
//! malformed command line (unknown flag, non-numeric id) stays a usage error
//! (exit 2).

pub(crate) mod admin;
pub(crate) mod bulk;
pub(crate) mod completion;
pub(crate) mod history;
pub(crate) mod imports;
pub(crate) mod orders;
pub(crate) mod products;
pub(crate) mod prompt;
pub(crate) mod request;
pub(crate) mod run;
pub(crate) mod search;
pub(crate) mod selection;
pub(crate) mod shape;
pub(crate) mod shared;

use clap::{CommandFactory, Parser, Subcommand};
use clap_complete::engine::ArgValueCandidates;

pub(crate) use self::admin::*;
pub(crate) use self::orders::*;
pub(crate) use self::products::*;
pub(crate) use self::search::*;
pub(crate) use self::shared::*;
pub(crate) use crate::config::args::GlobalArgs;
pub(crate) use crate::domain::{ExportFormat, InputFormat, OnConflict, OutputFormat};

const AFTER_HELP: &str = "\
EXIT CODES:
  0  success
  1  unexpected error (or an internal error: a bug, please report it)
  2  usage error (bad flags, missing value, confirmation required)
  3  not found
  4  rejected (validation, conflict, insufficient stock, invalid state transition, bad input data)
  5  a service (PostgreSQL or Meilisearch) is unreachable or timed out

ENVIRONMENT:
  DATABASE_URL      PostgreSQL connection URL (--database-url)
  MEILI_URL         Meilisearch URL (--meili-url)
  MEILI_API_KEY     Meilisearch API key (--meili-key); MEILI_MASTER_KEY is used if unset
  MEILI_CA_CERT     extra CA certificate (PEM) for Meilisearch over HTTPS (--meili-ca-cert)
  PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSERVICE, PGSSLMODE, PGSSLROOTCERT, …
                    libpq's variables, used as psql does when DATABASE_URL leaves a setting out
  ECOMCTL_INDEX     Meilisearch index name (--index)
  ECOMCTL_CONTEXT   the named context to use (--context); ECOMCTL_CONFIG: the contexts file
  ECOMCTL_SEARCHABLE  full or compact full-text attributes (--searchable)
  ECOMCTL_COMPRESS    auto, gzip or none: compress large bodies to Meilisearch (--compress)
  ECOMCTL_NO_INDEX  set to true to leave changes queued for `ecomctl sync` (--no-index)
  ECOMCTL_WAIT      set to true to wait until changes are indexed (--wait)
  ECOMCTL_WAIT_TIMEOUT  seconds --wait and `sync` wait for indexing (--wait-timeout)
  ECOMCTL_TIMEOUT   seconds per Meilisearch request and PostgreSQL connect (--timeout)
  ECOMCTL_LOG_FORMAT  human or json (--log-format); RUST_LOG sets the JSON log's level
  NO_COLOR          disables colour, like --color never
  A .env file in the working directory may set connection defaults only
  (DATABASE_URL, PG* server and credentials, MEILI_URL, MEILI_API_KEY,
  ECOMCTL_INDEX); flags win over the environment, the environment over .env,
  and a secret from the environment is never sent to a server .env names.";

/// Administer an e-commerce catalogue and its orders in PostgreSQL and Meilisearch.
#[derive(Debug, Parser)]
#[command(name = "ecomctl", version, about, after_help = AFTER_HELP, max_term_width = 100)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) global: GlobalArgs,

    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Under every command's help: where the rest of the options are (`-h`
/// shows a command's own and the four most used).
const GLOBAL_HINT: &str =
    "Global options (connection, search index, output, prompts): `ecomctl help options`, or --help";

/// The command line as clap sees it: the derive, plus what attributes
/// cannot say — live completion of contexts and index names (the options
/// are declared in `config`, below this layer), and under each command's
/// help, where the global options are.
pub(crate) fn command() -> clap::Command {
    fn with_hint(command: clap::Command) -> clap::Command {
        fold_bulk_flags(command).mut_subcommands(with_hint)
    }
    Cli::command()
        .mut_arg("context", |arg| arg.add(ArgValueCandidates::new(completion::contexts)))
        .mut_arg("index", |arg| arg.add(ArgValueCandidates::new(completion::indexes)))
        .mut_subcommands(with_hint)
}

/// The headings whose flags `-h` only names, in one paragraph (each is
/// explained in `--help`): a bulk command's selection and safety flags would
/// otherwise push its own arguments off the screen.
const FOLDED: [&str; 3] = ["Select orders", "Select products", "Bulk"];

/// The global hint under a command's help; for a bulk command, after the
/// names of its folded flags, which `-h` then leaves out.
fn fold_bulk_flags(command: clap::Command) -> clap::Command {
    let folded = |arg: &clap::Arg| arg.get_help_heading().is_some_and(|h| FOLDED.contains(&h));
    let names: Vec<String> = command
        .get_arguments()
        .filter(|arg| folded(arg))
        .filter_map(|arg| arg.get_long().map(|long| format!("--{long}")))
        .collect();
    if names.is_empty() {
        return command.after_help(GLOBAL_HINT);
    }
    let mut paragraph = String::from("Selection and bulk flags (each in --help):");
    let mut width = paragraph.len();
    for (i, name) in names.iter().enumerate() {
        let text = if i + 1 < names.len() { format!(" {name},") } else { format!(" {name}") };
        if width + text.len() > 96 {
            paragraph.push_str("\n ");
            width = 1;
        }
        paragraph.push_str(&text);
        width += text.len();
    }
    command
        .mut_args(|arg| if folded(&arg) { arg.hide_short_help(true) } else { arg })
        .after_help(format!("{paragraph}\n\n{GLOBAL_HINT}"))
        .after_long_help(GLOBAL_HINT)
}

impl Command {
    /// Where a scheduled job writes its summary (`--metrics-file`), if asked.
    pub(crate) fn job_file(&self) -> Option<crate::telemetry::job::JobFile> {
        let (args, command) = match self {
            Command::Reindex(args) => (&args.job, "reindex"),
            Command::Sync(args) => (&args.job, "sync"),
            Command::Index(IndexCommand::Check(args)) => (&args.job, "index_check"),
            Command::Products(ProductsCommand::Import(args)) => (&args.args.job, "products_import"),
            Command::Orders(OrdersCommand::Import(args)) => (&args.args.job, "orders_import"),
            _ => return None,
        };
        let path = args.metrics_file.clone()?;
        Some(crate::telemetry::job::JobFile { path, command })
    }
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Apply the embedded SQL migrations
    ///
    /// Idempotent and safe to run concurrently (runs are serialised by an advisory lock).
    ///
    /// Examples:
    ///   ecomctl migrate
    ///   ecomctl migrate --status
    #[command(verbatim_doc_comment)]
    Migrate(MigrateArgs),

    /// Create, inspect, change and delete products
    #[command(subcommand)]
    Products(ProductsCommand),

    /// Create, inspect, change and delete orders
    #[command(subcommand)]
    Orders(OrdersCommand),

    /// Full-text search over orders in Meilisearch
    ///
    /// Search orders in Meilisearch: free text plus filters.
    ///
    /// QUERY matches the whole order document (customer, state, item names, SKUs,
    /// descriptions…), or the compact set with --searchable compact. Flag values are quoted and
    /// escaped, so they can never change the filter's structure; --filter passes a raw
    /// Meilisearch filter, ANDed with the flags. Sortable fields: created_at_ts, total_price,
    /// id.
    ///
    /// Examples:
    ///   ecomctl search lamp
    ///   ecomctl search --state SHIPPED --customer-email ann@example.com --sort created_at_ts:desc
    ///   ecomctl search shoe --min-total 50 --facets -o json
    ///   ecomctl search --filter 'item_count > 3 AND items.product_id = 17'
    #[command(verbatim_doc_comment)]
    Search(SearchArgs),

    /// Push queued order changes (the outbox) to Meilisearch
    ///
    /// Drain the search outbox: push the current document of every queued order (or delete it
    /// from the index if the order is gone) in large batches, several requests in flight while
    /// PostgreSQL is still being read, then wait until Meilisearch has processed every task it
    /// saw (sent by this run or earlier by other commands) and clear those entries. A failed
    /// task puts its entries back in the queue and makes sync exit 4 with Meilisearch's
    /// message.
    ///
    /// Safe to run as several processes at once. With --watch it keeps running, wakes on
    /// PostgreSQL LISTEN/NOTIFY, survives PostgreSQL and Meilisearch restarts, and stops
    /// cleanly on Ctrl-C or SIGTERM.
    ///
    /// Examples:
    ///   ecomctl sync
    ///   ecomctl sync --watch
    ///   ecomctl -o json sync --batch-size 5000
    #[command(verbatim_doc_comment)]
    Sync(SyncArgs),

    /// Rebuild the search index from PostgreSQL with no downtime
    ///
    /// Rebuild the search index with no downtime.
    ///
    /// Builds a temporary index from one consistent PostgreSQL snapshot (streamed, never all in
    /// memory), sends NDJSON batches while still reading, waits for Meilisearch, verifies the
    /// document count, swaps it with the live index atomically, deletes the old one, then
    /// applies the changes made during the rebuild. On error or Ctrl-C the temporary index is
    /// deleted and the live index is untouched. --dry-run builds and counts the documents
    /// without sending them.
    ///
    /// Examples:
    ///   ecomctl reindex
    ///   ecomctl reindex --dry-run
    ///   ecomctl --searchable compact reindex --batch-size 20000
    #[command(verbatim_doc_comment)]
    Reindex(ReindexArgs),

    /// Set up, inspect and verify the search index
    #[command(subcommand)]
    Index(IndexCommand),

    /// Load a sample catalogue and orders, reindex, and show a search
    ///
    /// Load the embedded sample data — a few hundred products and a few thousand orders with
    /// varied states, dates and customers — into the configured database, reindex it into
    /// Meilisearch with progress bars, and print a search result and the state facets. The
    /// first thing to run after `docker compose up -d` and `ecomctl migrate`.
    ///
    /// It refuses a database that already holds products or orders unless --force (the sample
    /// is then added; records already there are skipped).
    ///
    /// Examples:
    ///   ecomctl demo
    ///   ecomctl demo --force
    #[command(verbatim_doc_comment)]
    Demo(DemoArgs),

    /// List, show and choose named contexts (database + Meilisearch settings)
    ///
    /// Named contexts bundle the connection settings of one environment, in
    /// $XDG_CONFIG_HOME/ecomctl/config.toml (~/.config/ecomctl/config.toml; ECOMCTL_CONFIG
    /// names another file). --context NAME (or ECOMCTL_CONTEXT) picks one for a command,
    /// `config use NAME` makes one current. A context's settings apply where no flag is given.
    /// Secrets are never shown. A protected context makes every write ask for its name to be
    /// typed; a script needs --yes and --context NAME on the command line.
    ///
    /// Examples:
    ///   ecomctl config list
    ///   ecomctl config show prod
    ///   ecomctl config use staging
    ///   ecomctl --context prod orders list
    #[command(verbatim_doc_comment, subcommand)]
    Config(ConfigCommand),

    /// Print a shell completion script
    ///
    /// Print the completion script for a shell to stdout. The generated scripts are also
    /// committed in the repository's completions/ directory.
    ///
    /// Examples:
    ///   ecomctl completions bash > ~/.local/share/bash-completion/completions/ecomctl
    ///   ecomctl completions zsh > "${fpath[1]}/_ecomctl"
    ///   ecomctl completions fish > ~/.config/fish/completions/ecomctl.fish
    #[command(verbatim_doc_comment)]
    Completions(CompletionsArgs),

    /// Print the man page (roff) to stdout
    ///
    /// Print the ecomctl(1) man page, generated from the same definitions as --help, to stdout.
    /// A copy is committed as man/ecomctl.1.
    ///
    /// Examples:
    ///   ecomctl man | man -l -
    ///   ecomctl man > /usr/local/share/man/man1/ecomctl.1
    #[command(verbatim_doc_comment)]
    Man,

    /// A terminal UI: find orders as you type, see them whole, move them, watch live
    ///
    /// A full-screen console over the orders. Type to search them (through Meilisearch, as
    /// `search` does; filter chips for state, customer and date range); the selected order is
    /// shown whole, with its lines and history; `m` moves it to a state the state machine
    /// allows, after a confirmation (in a protected context, after typing the context's name),
    /// by the same code path as `orders set-state`. New orders and state changes appear live
    /// (the feed of `orders watch`); the status line shows PostgreSQL and Meilisearch health
    /// and the search lag; a dashboard draws orders per state, per hour and low stock. With
    /// Meilisearch down it lists orders from PostgreSQL instead. Press ? for the keys.
    ///
    /// It needs a terminal (exit 2 otherwise). NO_COLOR and --color are honoured.
    ///
    /// Examples:
    ///   ecomctl console
    ///   ecomctl --context prod console
    #[command(verbatim_doc_comment)]
    Console,

    /// The global options every command takes: connection, search index, output, prompts
    ///
    /// The options below apply to every command, before or after its name. Each has an
    /// environment variable (shown) and the precedence flag > named context > environment >
    /// .env in the working directory > default.
    #[command(hide = true)]
    Options,

    /// Check PostgreSQL, the schema, Meilisearch, the index and the outbox
    ///
    /// Check everything ecomctl depends on and print one pass/fail line per check with a
    /// suggestion: PostgreSQL reachable, migrations applied, Meilisearch reachable (and its
    /// version), the index present with the right settings, the outbox backlog.
    ///
    /// Exit code 0 when healthy, 5 when a service is unreachable, 4 when something needs
    /// fixing.
    ///
    /// Examples:
    ///   ecomctl doctor
    ///   ecomctl -o json doctor
    #[command(verbatim_doc_comment)]
    Doctor,
}
