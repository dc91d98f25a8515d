//! The command-line surface: clap definitions only. Every `///` comment here is
//! help text.
//!
//! Domain values (SKUs, prices, e-mails, states, items) are taken as strings and
//! validated once, into typed requests (`src/requests/`), so that an invalid
//! value is a *rejected* input (exit 4) with a message naming the flag, while a
//! malformed command line (unknown flag, non-numeric id) stays a usage error
//! (exit 2).
//!
//! Long (about 800 lines) on purpose: it is the whole command surface with its
//! `--help` text and examples, read top to bottom like the manual it becomes;
//! split by command it would scatter what `ecomctl --help` shows together.

use clap::{ArgAction, Args, Parser, Subcommand};
use clap_complete::engine::ArgValueCandidates;

pub(crate) use crate::domain::{
    ColorChoice, ExportFormat, InputFormat, OnConflict, OutputFormat, Searchable,
};

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
  ECOMCTL_NO_INDEX  set to true to leave changes queued for `ecomctl sync` (--no-index)
  ECOMCTL_WAIT      set to true to wait until changes are indexed (--wait)
  ECOMCTL_WAIT_TIMEOUT  seconds --wait and `sync` wait for indexing (--wait-timeout)
  ECOMCTL_TIMEOUT   seconds per Meilisearch request and PostgreSQL connect (--timeout)
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

#[derive(Debug, Args)]
pub(crate) struct GlobalArgs {
    /// PostgreSQL connection URL [default: the docker-compose.yml database,
    /// postgres://ecomctl:…@127.0.0.1:5432/ecomctl]
    #[arg(long, env = "DATABASE_URL", hide_env_values = true, global = true)]
    pub(crate) database_url: Option<String>,

    /// The named context to use (see `ecomctl config`); its settings apply
    /// where no flag is given
    #[arg(add = ArgValueCandidates::new(crate::completion::contexts), long, env = "ECOMCTL_CONTEXT", value_name = "NAME", global = true)]
    pub(crate) context: Option<String>,

    /// Meilisearch URL
    #[arg(
        long,
        env = "MEILI_URL",
        hide_env_values = true,
        default_value = "http://127.0.0.1:7700",
        global = true
    )]
    pub(crate) meili_url: String,

    /// An extra certificate authority (PEM) to trust for Meilisearch over
    /// HTTPS, besides the system's roots (a private deployment)
    #[arg(long, env = "MEILI_CA_CERT", value_name = "FILE", global = true)]
    pub(crate) meili_ca_cert: Option<std::path::PathBuf>,

    /// Meilisearch API key (falls back to MEILI_MASTER_KEY)
    #[arg(long, env = "MEILI_API_KEY", hide_env_values = true, global = true)]
    pub(crate) meili_key: Option<String>,

    /// Meilisearch index holding the order documents
    #[arg(add = ArgValueCandidates::new(crate::completion::indexes), long, env = "ECOMCTL_INDEX", default_value = "orders", global = true)]
    pub(crate) index: String,

    /// Which attributes full-text search covers: the whole document, or a compact
    /// set (customer, external ref, state, item names and SKUs) that indexes about
    /// twice as fast
    #[arg(long, env = "ECOMCTL_SEARCHABLE", value_enum, default_value_t = Searchable::Full, global = true)]
    pub(crate) searchable: Searchable,

    /// Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`
    #[arg(
        long,
        env = "ECOMCTL_NO_INDEX",
        global = true,
        value_parser = clap::builder::FalseyValueParser::new()
    )]
    pub(crate) no_index: bool,

    /// After a change, block until Meilisearch has indexed it (read-your-write for scripts)
    #[arg(
        long,
        env = "ECOMCTL_WAIT",
        global = true,
        value_parser = clap::builder::FalseyValueParser::new()
    )]
    pub(crate) wait: bool,

    /// How long --wait (and `sync`) may wait for Meilisearch to index, in seconds
    #[arg(long, env = "ECOMCTL_WAIT_TIMEOUT", value_name = "SECS", default_value_t = 60,
          value_parser = clap::value_parser!(u64).range(1..=86_400), global = true)]
    pub(crate) wait_timeout: u64,

    /// How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds
    #[arg(long, env = "ECOMCTL_TIMEOUT", value_name = "SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=3_600), global = true)]
    pub(crate) timeout: u64,

    /// Output format for data written to stdout
    #[arg(short, long, value_enum, default_value_t = OutputFormat::Table, global = true)]
    pub(crate) output: OutputFormat,

    /// Answer yes to confirmations (required for destructive commands without a terminal)
    #[arg(short, long, global = true)]
    pub(crate) yes: bool,

    /// Never prompt; a missing value is a usage error
    #[arg(long, global = true)]
    pub(crate) no_input: bool,

    /// Hide progress bars
    #[arg(long, global = true)]
    pub(crate) no_progress: bool,

    /// When to use colour (NO_COLOR is honoured with `auto`)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub(crate) color: ColorChoice,

    /// More diagnostics on stderr (repeat for more)
    #[arg(short, long, action = ArgAction::Count, global = true, conflicts_with = "quiet")]
    pub(crate) verbose: u8,

    /// Only errors on stderr
    #[arg(short, long, global = true)]
    pub(crate) quiet: bool,
}

/// Flags shared by `products import` and `orders import`.
#[derive(Debug, Args)]
pub(crate) struct ImportArgs {
    /// Input file (`.gz` is read transparently), or - for stdin
    #[arg(value_name = "FILE|-")]
    pub(crate) file: String,
    /// Input format
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    pub(crate) format: InputFormat,
    /// Write the valid records and report the invalid ones (default: any invalid record means nothing is written)
    #[arg(long)]
    pub(crate) skip_invalid: bool,
    /// Save the refused raw records to FILE (NDJSON), to fix and import again
    #[arg(long, value_name = "FILE")]
    pub(crate) rejects: Option<std::path::PathBuf>,
    /// Validate and report what would happen, without writing
    #[arg(long)]
    pub(crate) dry_run: bool,
    /// How many record errors to list (at most 100,000: the list is kept in memory)
    #[arg(long, default_value_t = 20, value_name = "N",
          value_parser = clap::value_parser!(u32).range(0..=100_000))]
    pub(crate) max_errors: u32,
    /// The CSV field separator (e.g. ';' as spreadsheets write it in many locales)
    #[arg(long, default_value_t = ',', value_name = "CHAR")]
    pub(crate) delimiter: char,
}

impl GlobalArgs {
    /// The flags for `config::resolve`, with which settings were typed on
    /// this command line (those no context overrides).
    pub(crate) fn flags(&self, matches: &clap::ArgMatches) -> crate::config::Flags {
        const SETTINGS: [&str; 6] =
            ["database_url", "context", "meili_url", "meili_key", "meili_ca_cert", "index"];
        let typed =
            |id: &str| matches.value_source(id) == Some(clap::parser::ValueSource::CommandLine);
        crate::config::Flags {
            database_url: self.database_url.clone(),
            context: self.context.clone(),
            meili_url: self.meili_url.clone(),
            meili_ca_cert: self.meili_ca_cert.clone(),
            meili_key: self.meili_key.clone(),
            index: self.index.clone(),
            searchable: self.searchable,
            no_index: self.no_index,
            wait: self.wait,
            wait_timeout: self.wait_timeout,
            timeout: self.timeout,
            output: self.output,
            yes: self.yes,
            no_input: self.no_input,
            no_progress: self.no_progress,
            color: self.color,
            verbose: self.verbose,
            quiet: self.quiet,
            on_command_line: SETTINGS.into_iter().filter(|id| typed(id)).collect(),
        }
    }
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Apply the embedded SQL migrations
    #[command(long_about = "Apply the embedded SQL migrations.\n\n\
        Idempotent and safe to run concurrently (runs are serialised by an advisory lock).\n\n\
        Examples:\n  ecomctl migrate\n  ecomctl migrate --status")]
    Migrate(MigrateArgs),

    /// Create, inspect, change and delete products
    #[command(subcommand)]
    Products(ProductsCommand),

    /// Create, inspect, change and delete orders
    #[command(subcommand)]
    Orders(OrdersCommand),

    /// Full-text search over orders in Meilisearch
    #[command(long_about = "Search orders in Meilisearch: free text plus filters.\n\n\
        QUERY matches the whole order document (customer, state, item names, SKUs, descriptions…), \
        or the compact set with --searchable compact. Flag values are quoted and escaped, so they can \
        never change the filter's structure; --filter passes a raw Meilisearch filter, ANDed with the \
        flags. Sortable fields: created_at_ts, total_price, id.\n\n\
        Examples:\n  ecomctl search lamp\n  ecomctl search --state SHIPPED --customer-email ann@example.com --sort created_at_ts:desc\n  ecomctl search shoe --min-total 50 --facets -o json\n  ecomctl search --filter 'item_count > 3 AND items.product_id = 17'")]
    Search(SearchArgs),

    /// Push queued order changes (the outbox) to Meilisearch
    #[command(
        long_about = "Drain the search outbox: push the current document of every queued order \
        (or delete it from the index if the order is gone) in large batches, several requests in \
        flight while PostgreSQL is still being read, then wait until Meilisearch has processed every \
        task it saw (sent by this run or earlier by other commands) and clear those entries. A failed \
        task puts its entries back in the queue and makes sync exit 4 with Meilisearch's message.\n\n\
        Safe to run as several processes at once. With --watch it keeps running, wakes on PostgreSQL \
        LISTEN/NOTIFY, survives PostgreSQL and Meilisearch restarts, and stops cleanly on Ctrl-C or SIGTERM.\n\n\
        Examples:\n  ecomctl sync\n  ecomctl sync --watch\n  ecomctl -o json sync --batch-size 5000"
    )]
    Sync(SyncArgs),

    /// Rebuild the search index from PostgreSQL with no downtime
    #[command(long_about = "Rebuild the search index with no downtime.\n\n\
        Builds a temporary index from one consistent PostgreSQL snapshot (streamed, never all in memory), \
        sends NDJSON batches while still reading, waits for Meilisearch, verifies the document count, \
        swaps it with the live index atomically, deletes the old one, then applies the changes made \
        during the rebuild. On error or Ctrl-C the temporary index is deleted and the live index is \
        untouched. --dry-run builds and counts the documents without sending them.\n\n\
        Examples:\n  ecomctl reindex\n  ecomctl reindex --dry-run\n  ecomctl --searchable compact reindex --batch-size 20000")]
    Reindex(ReindexArgs),

    /// Set up, inspect and verify the search index
    #[command(subcommand)]
    Index(IndexCommand),

    /// Load a sample catalogue and orders, reindex, and show a search
    #[command(
        long_about = "Load the embedded sample data — a few hundred products and a few thousand \
        orders with varied states, dates and customers — into the configured database, reindex it into \
        Meilisearch with progress bars, and print a search result and the state facets. The first thing \
        to run after `docker compose up -d` and `ecomctl migrate`.\n\n\
        It refuses a database that already holds products or orders unless --force (the sample is then \
        added; records already there are skipped).\n\n\
        Examples:\n  ecomctl demo\n  ecomctl demo --force"
    )]
    Demo {
        /// Load even if the database is not empty
        #[arg(long)]
        force: bool,
    },

    /// List, show and choose named contexts (database + Meilisearch settings)
    #[command(
        subcommand,
        long_about = "Named contexts bundle the connection settings of one environment, in \
        $XDG_CONFIG_HOME/ecomctl/config.toml (~/.config/ecomctl/config.toml; ECOMCTL_CONFIG names \
        another file). --context NAME (or ECOMCTL_CONTEXT) picks one for a command, `config use NAME` \
        makes one current. A context's settings apply where no flag is given. Secrets are never \
        shown. A protected context makes every write ask for its name to be typed; a script needs \
        --yes and --context NAME on the command line.\n\n\
        Examples:\n  ecomctl config list\n  ecomctl config show prod\n  ecomctl config use staging\n  ecomctl --context prod orders list"
    )]
    Config(ConfigCommand),

    /// Print a shell completion script
    #[command(
        long_about = "Print the completion script for a shell to stdout. The generated scripts are \
        also committed in the repository's completions/ directory.\n\n\
        Examples:\n  ecomctl completions bash > ~/.local/share/bash-completion/completions/ecomctl\n  ecomctl completions zsh > \"${fpath[1]}/_ecomctl\"\n  ecomctl completions fish > ~/.config/fish/completions/ecomctl.fish"
    )]
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Print the man page (roff) to stdout
    #[command(
        long_about = "Print the ecomctl(1) man page, generated from the same definitions as --help, \
        to stdout. A copy is committed as man/ecomctl.1.\n\n\
        Examples:\n  ecomctl man | man -l -\n  ecomctl man > /usr/local/share/man/man1/ecomctl.1"
    )]
    Man,

    /// Check PostgreSQL, the schema, Meilisearch, the index and the outbox
    #[command(
        long_about = "Check everything ecomctl depends on and print one pass/fail line per check \
        with a suggestion: PostgreSQL reachable, migrations applied, Meilisearch reachable (and its \
        version), the index present with the right settings, the outbox backlog.\n\n\
        Exit code 0 when healthy, 5 when a service is unreachable, 4 when something needs fixing.\n\n\
        Examples:\n  ecomctl doctor\n  ecomctl -o json doctor"
    )]
    Doctor,
}

#[derive(Debug, Args)]
pub(crate) struct SearchArgs {
    /// Free text to search for
    pub(crate) query: Option<String>,
    /// Only orders in this state (repeatable)
    #[arg(add = ArgValueCandidates::new(crate::completion::states), long = "state")]
    pub(crate) states: Vec<String>,
    /// Only orders of this customer
    #[arg(long)]
    pub(crate) customer_email: Option<String>,
    /// Only orders with a line of this SKU
    #[arg(long)]
    pub(crate) sku: Option<String>,
    /// Only orders created at or after this time (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "TIME")]
    pub(crate) since: Option<String>,
    /// Only orders created before this time (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "TIME")]
    pub(crate) until: Option<String>,
    /// Only orders whose total is at least X
    #[arg(long, value_name = "X")]
    pub(crate) min_total: Option<String>,
    /// Only orders whose total is at most X
    #[arg(long, value_name = "X")]
    pub(crate) max_total: Option<String>,
    /// A raw Meilisearch filter expression, ANDed with the other filters
    #[arg(long, value_name = "RAW")]
    pub(crate) filter: Option<String>,
    /// Sort by FIELD:asc or FIELD:desc (repeatable; created_at_ts, total_price, id)
    #[arg(long, value_name = "FIELD:asc|desc")]
    pub(crate) sort: Vec<String>,
    /// Hits per page
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub(crate) limit: u32,
    /// Page number, from 1
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    pub(crate) page: u32,
    /// Show how many hits fall in each state
    #[arg(long)]
    pub(crate) facets: bool,
}

#[derive(Debug, Args)]
pub(crate) struct SyncArgs {
    /// Keep running and push changes as they happen (Ctrl-C or SIGTERM to stop)
    #[arg(long)]
    pub(crate) watch: bool,
    /// Orders per Meilisearch request (requests are also capped at 64 MiB)
    #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(i64).range(1..=100_000))]
    pub(crate) batch_size: i64,
}

#[derive(Debug, Args)]
pub(crate) struct ReindexArgs {
    /// Documents per NDJSON request (requests are also capped at 64 MiB)
    #[arg(long, default_value_t = 50_000, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub(crate) batch_size: u64,
    /// Build and count the documents without sending them
    #[arg(long)]
    pub(crate) dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub(crate) enum ConfigCommand {
    /// List the contexts (the current one marked)
    List,
    /// Show a context's settings, secrets masked (default: the one in force)
    Show {
        /// Context name
        name: Option<String>,
    },
    /// Make a context the current one
    Use {
        /// Context name
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum IndexCommand {
    /// Create the index if needed and apply ecomctl's settings
    #[command(
        long_about = "Create the live index if it does not exist and apply the settings ecomctl \
        needs (filterable: state, customer_email, created_at_ts, total_price, items.product_sku, \
        items.product_id; sortable: created_at_ts, total_price, id; searchable: per --searchable), \
        waiting until Meilisearch has applied them.\n\n\
        Examples:\n  ecomctl index setup\n  ecomctl --searchable compact index setup"
    )]
    Setup,
    /// Show the index's documents, settings, indexing state and the outbox backlog
    #[command(long_about = "Show the live index's document count, whether it is indexing, its \
        settings, and the outbox backlog (entries and age of the oldest).\n\n\
        Examples:\n  ecomctl index status\n  ecomctl -o json index status")]
    Status,
    /// Compare PostgreSQL and Meilisearch document by document
    #[command(
        long_about = "Compare every order in PostgreSQL with the index: counts, ids missing from \
        the index, ids in the index but not in PostgreSQL, and documents whose content differs. \
        Exits 4 on any drift and lists a sample. With --repair, queues exactly the drifted orders \
        (missing, extra and differing) in the outbox, syncs them, checks again and exits 0 when the \
        index is then in step.\n\n\
        Examples:\n  ecomctl index check\n  ecomctl -o json index check --sample 50\n  ecomctl index check --repair"
    )]
    Check {
        /// How many ids to list per kind of drift
        #[arg(long, default_value_t = 10)]
        sample: usize,
        /// Queue the drifted orders and sync them, then check again
        #[arg(long)]
        repair: bool,
    },
}

#[derive(Debug, Args)]
pub(crate) struct MigrateArgs {
    /// List applied and pending migrations instead of applying them
    #[arg(long)]
    pub(crate) status: bool,
}

#[derive(Debug, Subcommand)]
pub(crate) enum ProductsCommand {
    /// Create a product
    #[command(long_about = "Create a product and print it.\n\n\
        --sku, --name, --price and --seller-email are required.\n\n\
        Examples:\n  ecomctl products create --sku LAMP-1 --name 'Desk lamp' --price 24.90 \\\n      --stock 10 --seller-email shop@example.com\n  ecomctl -o json products create --sku 0042 --name Mug --price 7 --seller-email s@example.com")]
    Create(ProductCreateArgs),

    /// Show one product
    #[command(long_about = "Show one product.\n\n\
        PRODUCT is an id (all digits), sku:X for a numeric SKU, or a SKU.\n\n\
        Examples:\n  ecomctl products get LAMP-1\n  ecomctl products get 17\n  ecomctl products get sku:0042")]
    Get {
        /// Product id, sku:SKU or SKU
        #[arg(add = ArgValueCandidates::new(crate::completion::skus))]
        product: String,
    },

    /// List products, oldest first, a page at a time
    #[command(long_about = "List products in id order, a page at a time.\n\n\
        Pass the last id shown to --after to get the next page.\n\n\
        Examples:\n  ecomctl products list --limit 20\n  ecomctl products list --seller-email shop@example.com --after 120\n  ecomctl products list --search lamp -o json")]
    List(ProductListArgs),

    /// Change a product's fields or stock
    #[command(long_about = "Change a product and print it.\n\n\
        Only the given fields change. --add-stock changes the stock relative to its current value \
        in one atomic statement (safe against concurrent orders); it is refused if the stock would go \
        below zero. Existing orders are not affected: their lines keep a snapshot.\n\n\
        Examples:\n  ecomctl products update LAMP-1 --price 19.90\n  ecomctl products update LAMP-1 --add-stock 25\n  ecomctl products update 17 --add-stock=-3 --description ''")]
    Update(ProductUpdateArgs),

    /// Delete products (order lines keep their snapshot)
    #[command(long_about = "Delete products.\n\n\
        Order lines that referenced a product keep their snapshot (SKU, name, price) and lose \
        the link. Asks for confirmation on a terminal; requires --yes otherwise.\n\n\
        Examples:\n  ecomctl products delete LAMP-1\n  ecomctl products delete --yes 17 18 sku:0042")]
    Delete {
        /// Products to delete: id, sku:SKU or SKU
        #[arg(add = ArgValueCandidates::new(crate::completion::skus), required = true)]
        products: Vec<String>,
    },

    /// Import products from JSON or NDJSON (file or stdin)
    #[command(
        long_about = "Import products from a JSON array or NDJSON (auto-detected), from a file \
        (gzip read transparently) or - for stdin, streamed with bounded memory.\n\n\
        Fields: sku, name, price, seller_email (required); stock, description, manufacturer, \
        stocked_at, id, created_at, updated_at (optional). Every record is validated; errors name the \
        line (NDJSON) or record (array), the field and the value. By default the import is atomic: \
        any invalid record means nothing is written (exit 4). --skip-invalid writes the valid records; \
        --rejects FILE saves the refused ones. Records conflict on sku (--on-conflict).\n\n\
        Examples:\n  ecomctl products import catalogue.ndjson\n  zcat catalogue.ndjson.gz | ecomctl products import - --on-conflict update\n  ecomctl -o json products import products.json --skip-invalid --rejects rejected.ndjson"
    )]
    Import {
        #[command(flatten)]
        args: ImportArgs,
        /// What to do with a record whose SKU already exists
        #[arg(long, value_enum, default_value_t = OnConflict::Error)]
        on_conflict: OnConflict,
    },

    /// Export every product as NDJSON (or a JSON array) to stdout
    #[command(
        long_about = "Write every product, in id order, to stdout as NDJSON (default) or a JSON \
        array. `products import` reads the output back unchanged (ids and times included).\n\n\
        Examples:\n  ecomctl products export > products.ndjson\n  ecomctl products export --format json | jq length"
    )]
    Export {
        /// Output format
        #[arg(long, value_enum, default_value_t = ExportFormat::Ndjson)]
        format: ExportFormat,
    },
    /// Who changed a product, what and when
    #[command(
        long_about = "Show every change ecomctl made to a product, oldest first: when, who (OS \
        user and host, database role), the command, and each changed field old → new. Creation, \
        updates (stock included), deletion and imports are recorded; history is kept after the \
        product is deleted (find it by SKU or id). Stock taken or returned by orders is in the \
        orders' history. Changes made with plain SQL outside ecomctl are not recorded.\n\n\
        --since takes RFC 3339 or YYYY-MM-DD (UTC midnight).\n\n\
        Examples:\n  ecomctl products history LAMP-1\n  ecomctl products history 17 --since 2026-11-01\n  ecomctl -o json products history LAMP-1"
    )]
    History {
        /// Product id, sku:SKU or SKU
        #[arg(add = ArgValueCandidates::new(crate::completion::skus))]
        product: String,
        /// Only changes at or after this time
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
    },
}

#[derive(Debug, Args)]
pub(crate) struct ProductCreateArgs {
    /// Stock-keeping unit, unique (1–64 characters, no spaces)
    #[arg(long)]
    pub(crate) sku: Option<String>,
    /// Product name
    #[arg(long)]
    pub(crate) name: Option<String>,
    /// Price, exact decimal with at most 2 places (e.g. 19.99)
    #[arg(long, allow_negative_numbers = true)]
    pub(crate) price: Option<String>,
    /// Units in stock
    #[arg(long, default_value = "0", allow_negative_numbers = true)]
    pub(crate) stock: String,
    /// E-mail of the seller
    #[arg(long)]
    pub(crate) seller_email: Option<String>,
    /// Free-text description
    #[arg(long)]
    pub(crate) description: Option<String>,
    /// Manufacturer
    #[arg(long)]
    pub(crate) manufacturer: Option<String>,
    /// Warehouse or location where the product is stocked
    #[arg(long)]
    pub(crate) stocked_at: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct ProductListArgs {
    /// Only products of this seller
    #[arg(long)]
    pub(crate) seller_email: Option<String>,
    /// Only products whose SKU or name contains TEXT (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub(crate) search: Option<String>,
    /// Page size
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=10_000))]
    pub(crate) limit: i64,
    /// Show products with an id greater than this (keyset pagination)
    #[arg(long, value_name = "ID")]
    pub(crate) after: Option<i64>,
}

#[derive(Debug, Args)]
pub(crate) struct ProductUpdateArgs {
    /// Product id, sku:SKU or SKU
    #[arg(add = ArgValueCandidates::new(crate::completion::skus))]
    pub(crate) product: String,
    /// New name
    #[arg(long)]
    pub(crate) name: Option<String>,
    /// New price (exact decimal, at most 2 places)
    #[arg(long, allow_negative_numbers = true)]
    pub(crate) price: Option<String>,
    /// Set the stock to N
    #[arg(long, value_name = "N", conflicts_with = "add_stock", allow_negative_numbers = true)]
    pub(crate) stock: Option<String>,
    /// Add (or with a minus sign, remove) N units atomically
    #[arg(long, value_name = "±N", allow_hyphen_values = true)]
    pub(crate) add_stock: Option<String>,
    /// New seller e-mail
    #[arg(long)]
    pub(crate) seller_email: Option<String>,
    /// New description ('' clears it)
    #[arg(long)]
    pub(crate) description: Option<String>,
    /// New manufacturer ('' clears it)
    #[arg(long)]
    pub(crate) manufacturer: Option<String>,
    /// New location ('' clears it)
    #[arg(long)]
    pub(crate) stocked_at: Option<String>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum OrdersCommand {
    /// Create an order, taking its quantities out of stock
    #[command(long_about = "Create an order and print it.\n\n\
        Each --item is PRODUCT[=QTY] (QTY defaults to 1); a product named twice is merged into one line. \
        Without --item on a terminal, an interactive flow lets you pick products (fuzzy search on name \
        and SKU), enter quantities checked against stock, review a summary and confirm. \
        Stock is checked and taken in the same transaction, so concurrent orders can never oversell; \
        an order that does not fit in stock is refused (exit 4) naming the product, the requested and the \
        available quantity. Each line keeps a snapshot of the product's SKU, name, description and price.\n\n\
        Examples:\n  ecomctl orders create --customer-email ann@example.com --item LAMP-1=2 --item 17\n  ecomctl orders create --customer-email bob@example.com --item sku:0042=3 --external-ref SHOP-1001")]
    Create(OrderCreateArgs),

    /// Show one order with its lines
    #[command(long_about = "Show one order with its lines.\n\n\
        Examples:\n  ecomctl orders get 42\n  ecomctl -o json orders get 42")]
    Get {
        /// Order id
        #[arg(add = ArgValueCandidates::new(crate::completion::order_ids))]
        id: i64,
    },

    /// List orders, oldest first, a page at a time
    #[command(long_about = "List orders in id order, a page at a time.\n\n\
        --state may be repeated. --since/--until take RFC 3339 or YYYY-MM-DD (UTC midnight) and \
        filter on created_at (since inclusive, until exclusive). Pass the last id shown to --after \
        for the next page.\n\n\
        Examples:\n  ecomctl orders list --state CREATED --state CHANGED\n  ecomctl orders list --customer-email ann@example.com --since 2026-11-01\n  ecomctl -o ndjson orders list --limit 1000 --after 5000")]
    List(OrderListArgs),

    /// Replace an order's lines (state becomes CHANGED)
    #[command(long_about = "Replace all lines of an order; its state becomes CHANGED.\n\n\
        Allowed only while the order is CREATED or CHANGED. The old quantities go back to stock and \
        the new ones are taken, in one transaction; new lines snapshot the products as they are now.\n\n\
        Examples:\n  ecomctl orders update 42 --item LAMP-1=1 --item MUG-2=4\n  ecomctl -o json orders update 42 --item 17=2")]
    Update(OrderUpdateArgs),

    /// Move an order to another state
    #[command(long_about = "Move an order to another state.\n\n\
        Allowed transitions: CREATED/CHANGED → SHIPPED, CANCELLED, FAILED; SHIPPED → DELIVERED, FAILED; \
        DELIVERED → REFUNDED. CANCELLED, FAILED and REFUNDED are final. closed_at is set on DELIVERED, \
        CANCELLED, FAILED and REFUNDED. CANCELLED and REFUNDED put the quantities back in stock, and so \
        does FAILED before shipping; FAILED after SHIPPED does not. (CHANGED is reached with `orders update`.)\n\n\
        Examples:\n  ecomctl orders set-state 42 shipped\n  ecomctl orders set-state 42 CANCELLED")]
    SetState {
        /// Order id
        #[arg(add = ArgValueCandidates::new(crate::completion::order_ids))]
        id: i64,
        /// New state
        #[arg(add = ArgValueCandidates::new(crate::completion::states))]
        state: String,
    },

    /// Delete orders
    #[command(long_about = "Delete orders and their lines.\n\n\
        Stock is not touched unless --restock is given; --restock returns the quantities of orders \
        that still hold them (CREATED, CHANGED, SHIPPED, DELIVERED) to products that still exist. \
        Asks for confirmation on a terminal; requires --yes otherwise.\n\n\
        Examples:\n  ecomctl orders delete 42\n  ecomctl orders delete --yes --restock 42 43")]
    Delete {
        /// Order ids
        #[arg(add = ArgValueCandidates::new(crate::completion::order_ids), required = true)]
        ids: Vec<i64>,
        /// Put the quantities back in stock
        #[arg(long)]
        restock: bool,
    },

    /// Import orders from JSON or NDJSON (file or stdin)
    #[command(
        long_about = "Import orders from a JSON array or NDJSON (auto-detected), from a file \
        (gzip read transparently) or - for stdin, streamed with bounded memory.\n\n\
        Fields: customer_email and items (required; each item names its product by sku or product_id, \
        with a quantity); external_ref, state (default CREATED), created_at, updated_at, closed_at, id, \
        total_price (checked against the lines) optional. An item that carries product_name and \
        product_price keeps that snapshot (as exported); otherwise the product's current fields are \
        snapshotted, as `orders create` does. Orders with an external_ref that already exists are \
        skipped, so re-importing a file is a no-op. Orders in CREATED, CHANGED, SHIPPED or DELIVERED take \
        stock like `orders create` (products locked in id order) unless --no-stock; an atomic import \
        that does not fit in stock writes nothing (exit 4) and names the products short. Imported orders \
        go through the search outbox and are synced at the end (unless --no-sync).\n\n\
        Examples:\n  ecomctl orders import orders.ndjson\n  ecomctl orders import history.json.gz --no-stock --no-sync\n  ecomctl -o json orders import - --skip-invalid --rejects bad.ndjson < orders.ndjson"
    )]
    Import {
        #[command(flatten)]
        args: ImportArgs,
        /// Do not take stock (historical loads)
        #[arg(long)]
        no_stock: bool,
        /// Do not push the imported orders to Meilisearch at the end (they stay queued)
        #[arg(long)]
        no_sync: bool,
    },

    /// Export every order with its lines as NDJSON (or a JSON array) to stdout
    #[command(
        long_about = "Write every order with its lines, in id order and from one consistent \
        snapshot, to stdout as NDJSON (default) or a JSON array. `orders import` reads the output back \
        unchanged into an empty database (ids, states, times and snapshots included).\n\n\
        Examples:\n  ecomctl orders export > orders.ndjson\n  ecomctl orders export | gzip > orders.ndjson.gz"
    )]
    Export {
        /// Output format
        #[arg(long, value_enum, default_value_t = ExportFormat::Ndjson)]
        format: ExportFormat,
    },
    /// Who changed an order, what and when
    #[command(
        long_about = "Show every change ecomctl made to an order, oldest first: when, who (OS \
        user and host, database role), the command, and what changed — state old → new (and \
        whether stock went back), lines and total before and after. Creation, item replacement, \
        state changes, deletion and imports are recorded, and kept after the order is deleted. \
        Changes made with plain SQL outside ecomctl are not recorded.\n\n\
        --since takes RFC 3339 or YYYY-MM-DD (UTC midnight).\n\n\
        Examples:\n  ecomctl orders history 42\n  ecomctl orders history 42 --since 2026-11-25T08:00:00Z\n  ecomctl -o json orders history 42"
    )]
    History {
        /// Order id
        #[arg(add = ArgValueCandidates::new(crate::completion::order_ids))]
        id: i64,
        /// Only changes at or after this time
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
    },
    /// Follow new orders and state changes as they happen
    #[command(long_about = "Print orders as they are created or change state, until Ctrl-C: the \
        `kubectl get -w` of orders. Driven by PostgreSQL LISTEN/NOTIFY (no polling); it reconnects \
        after a PostgreSQL restart. One line per event in table mode; with -o ndjson (or json) one \
        object per event: {\"event\": \"created\"|\"state\", \"order\": {…}}. A statement \
        that changes more than 500 orders at once (an import) is one event with its count.\n\n\
        Examples:\n  ecomctl orders watch\n  ecomctl orders watch --state SHIPPED --state DELIVERED\n  ecomctl -o ndjson orders watch --customer-email ann@example.com")]
    Watch {
        /// Only orders in this state (repeat for several)
        #[arg(add = ArgValueCandidates::new(crate::completion::states), long = "state", value_name = "STATE")]
        states: Vec<String>,
        /// Only this customer's orders
        #[arg(long)]
        customer_email: Option<String>,
    },
}

#[derive(Debug, Args)]
pub(crate) struct OrderCreateArgs {
    /// Customer e-mail
    #[arg(long)]
    pub(crate) customer_email: Option<String>,
    /// A line: PRODUCT[=QTY], repeatable (PRODUCT is an id, sku:SKU or SKU)
    #[arg(add = ArgValueCandidates::new(crate::completion::skus), long = "item", value_name = "PRODUCT[=QTY]")]
    pub(crate) items: Vec<String>,
    /// Order number in another system; unique, makes re-imports idempotent
    #[arg(long)]
    pub(crate) external_ref: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct OrderListArgs {
    /// Only orders in this state (repeatable)
    #[arg(add = ArgValueCandidates::new(crate::completion::states), long = "state")]
    pub(crate) states: Vec<String>,
    /// Only orders of this customer
    #[arg(long)]
    pub(crate) customer_email: Option<String>,
    /// Only orders created at or after this time
    #[arg(long, value_name = "TIME")]
    pub(crate) since: Option<String>,
    /// Only orders created before this time
    #[arg(long, value_name = "TIME")]
    pub(crate) until: Option<String>,
    /// Page size
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=10_000))]
    pub(crate) limit: i64,
    /// Show orders with an id greater than this (keyset pagination)
    #[arg(long, value_name = "ID")]
    pub(crate) after: Option<i64>,
}

#[derive(Debug, Args)]
pub(crate) struct OrderUpdateArgs {
    /// Order id
    #[arg(add = ArgValueCandidates::new(crate::completion::order_ids))]
    pub(crate) id: i64,
    /// The new lines: PRODUCT[=QTY], repeatable
    #[arg(add = ArgValueCandidates::new(crate::completion::skus), long = "item", value_name = "PRODUCT[=QTY]", required = true)]
    pub(crate) items: Vec<String>,
}
