//! The choices a flag offers among fixed values (`-o json`, `--on-conflict
//! update`, …): plain values the rest of the code works with, which clap
//! also parses (its `ValueEnum` derive turns each doc comment into help).

use clap::ValueEnum;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutputFormat {
    /// A table fitted to the terminal
    Table,
    /// One JSON value (an array for lists)
    Json,
    /// One JSON object per line
    Ndjson,
    /// CSV with a header row (RFC 4180 quoting) for gets, lists, search,
    /// orders watch and doctor; an order's lines are one readable cell
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum InputFormat {
    /// A JSON array if the input starts with `[`, NDJSON otherwise
    Auto,
    /// One JSON array of objects
    Json,
    /// One JSON object per line
    Ndjson,
    /// CSV with a header row naming the fields (products only; the default
    /// for a file named *.csv or *.csv.gz)
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ExportFormat {
    /// One JSON object per line
    Ndjson,
    /// One JSON array
    Json,
    /// CSV with a header row; orders: one row per line item (not read back by import)
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum OnConflict {
    /// Refuse records whose SKU exists (the whole import, unless --skip-invalid)
    Error,
    /// Update the existing product with the record's fields
    Update,
    /// Keep the existing product and count the record as skipped
    Skip,
}

/// Whether large document bodies go to Meilisearch gzip-compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Compress {
    /// Compress unless Meilisearch is on this machine (a loopback address)
    Auto,
    /// Always compress large bodies
    Gzip,
    /// Never compress
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Searchable {
    /// Every attribute of the order and its items
    Full,
    /// customer_email, external_ref, state, items.product_name, items.product_sku
    Compact,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum LogFormat {
    /// Lines for a person (errors, warnings, summaries)
    Human,
    /// One JSON object per line (time, level, message, fields), for a log shipper
    Json,
}
