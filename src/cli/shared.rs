//! Flags several commands share: an import's, an export's, a list's page,
//! a scheduled job's metrics file.

use clap::Args;

use crate::domain::{ExportFormat, InputFormat};

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
    #[command(flatten)]
    pub(crate) job: JobArgs,
}

/// Flags of the commands a scheduler runs (reindex, sync, index check, imports).
#[derive(Debug, Args)]
pub(crate) struct JobArgs {
    /// At the end, success or failure, write the job's summary (duration,
    /// records, outcome, exit code, finish time) to PATH in Prometheus text
    /// format, atomically: for node_exporter's textfile collector
    #[arg(long, value_name = "PATH")]
    pub(crate) metrics_file: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = ExportFormat::Ndjson)]
    pub(crate) format: ExportFormat,
}

/// A page of a list, in id order (keyset pagination).
#[derive(Debug, Args)]
pub(crate) struct PageArgs {
    /// Page size
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=10_000))]
    pub(crate) limit: i64,
    /// Show the entries with an id greater than this (the last id of the previous page)
    #[arg(long, value_name = "ID")]
    pub(crate) after: Option<i64>,
}
