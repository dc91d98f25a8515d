//! Rendering: commands hand over data, and these functions print it to
//! stdout as a table, CSV, one JSON value or NDJSON (`print_one`,
//! `print_list`, `print_report`). Tables and CSV show the model's fields
//! (`values.rs`), or those `--fields` names; JSON goes through `--jq` when
//! given (`shape.rs`, `jq.rs`); messages for people go to stderr
//! (`messages.rs`).

pub(crate) mod bulk;
pub(crate) mod csv;
pub(crate) mod export;
pub(crate) mod failure;
pub(crate) mod history;
pub(crate) mod jq;
mod messages;
pub(crate) mod progress;
pub(crate) mod search;
pub(crate) mod shape;
mod stdout;
pub(crate) mod tables;
pub(crate) mod text;
pub(crate) mod values;

pub(crate) use messages::Messages;
pub(crate) use stdout::{OnTerminal, Stdout, StdoutClosed, escape_on_terminal, write_stdout};
pub(crate) use values::{init_local_offset, local_time};

use std::io::{self, Write};

use color_eyre::eyre::Result;
use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use crate::domain::OutputFormat;

pub(crate) use tables::{Columns, Detail, Listing};

/// A new table in the project's style, fitted to the terminal width (or to
/// `COLUMNS` when set, e.g. when piping to a pager or a file); long cells
/// wrap within their column.
pub(crate) fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    match std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<u16>().ok()) {
        Some(width) => {
            table.set_width(width.max(20));
        }
        // A terminal that reports no usable width (some ptys say 0): do not
        // squeeze every column to one character.
        None if table.width().is_some_and(|w| w < 20) => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
        None => {}
    }
    table
}

/// Prints one entity (a created, changed or requested product or order).
pub(crate) fn print_one<T: Detail + Columns>(format: OutputFormat, value: &T) -> Result<()> {
    shape::with(|shape| {
        let fields = shape.fields.as_deref();
        match (format, fields) {
            (OutputFormat::Table, None) => write_stdout(&format!("{}\n", value.detail()))?,
            (OutputFormat::Table, Some(names)) => {
                write_stdout(&format!("{}\n", tables::chosen_detail(value, names)))?
            }
            (OutputFormat::Csv, _) => csv::write(std::slice::from_ref(value), fields)?,
            (OutputFormat::Json | OutputFormat::Ndjson, _) if shape.shapes_json() => {
                let mut out = shape::stdout();
                shape.emit(&mut out, shape.entity(value)?, format == OutputFormat::Json)?;
                out.flush()?;
            }
            (OutputFormat::Json, _) => write_stdout(&format!("{}\n", to_json_pretty(value)?))?,
            (OutputFormat::Ndjson, _) => write_stdout(&format!("{}\n", to_json(value)?))?,
        }
        Ok(())
    })
}

/// Prints a list: a table, a JSON array, or one JSON object per line
/// (`--jq` runs on the array, or on each line).
pub(crate) fn print_list<T: Listing + Columns>(format: OutputFormat, values: &[T]) -> Result<()> {
    shape::with(|shape| {
        let fields = shape.fields.as_deref();
        match (format, fields) {
            (OutputFormat::Csv, _) => csv::write(values, fields)?,
            (OutputFormat::Table, _) if values.is_empty() => {}
            (OutputFormat::Table, None) => write_stdout(&format!("{}\n", T::listing(values)))?,
            (OutputFormat::Table, Some(names)) => {
                write_stdout(&format!("{}\n", tables::chosen_listing(values, names)))?
            }
            (OutputFormat::Json, _) if shape.shapes_json() => {
                let array = values.iter().map(|v| shape.entity(v)).collect::<io::Result<_>>()?;
                let mut out = shape::stdout();
                shape.emit(&mut out, array, true)?;
                out.flush()?;
            }
            (OutputFormat::Json, _) => write_stdout(&format!("{}\n", to_json_pretty(&values)?))?,
            (OutputFormat::Ndjson, _) => {
                let mut out = shape::stdout();
                for value in values {
                    if shape.shapes_json() {
                        shape.emit(&mut out, shape.entity(value)?, false)?;
                    } else {
                        writeln!(out, "{}", to_json(value)?)?;
                    }
                }
                out.flush()?;
            }
        }
        Ok(())
    })
}

/// A summary or report for scripts: pretty JSON with `-o json`, one line with
/// `-o ndjson` (through `--jq` when given), nothing with `-o table` or `-o
/// csv` (people get the stderr summary; a report is not rows).
pub(crate) fn print_report<T: Serialize + ?Sized>(format: OutputFormat, value: &T) -> Result<()> {
    match format {
        OutputFormat::Table | OutputFormat::Csv => Ok(()),
        OutputFormat::Json => shape::report(value, true),
        OutputFormat::Ndjson => shape::report(value, false),
    }
}

/// After a delete: the ids for JSON consumers; people get the summary on stderr.
pub(crate) fn print_deleted(format: OutputFormat, what: &str, ids: &[i64]) -> Result<()> {
    print_report(format, &serde_json::json!({ "deleted": what, "ids": ids }))
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> io::Result<String> {
    serde_json::to_string(value).map_err(io::Error::other)
}

fn to_json_pretty<T: Serialize + ?Sized>(value: &T) -> io::Result<String> {
    serde_json::to_string_pretty(value).map_err(io::Error::other)
}
