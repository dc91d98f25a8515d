//! The shape of what a command prints: `--fields` (which fields, in which
//! order, in every format) and `--jq` (a jq filter over the JSON). Both are
//! checked and the filter compiled once, before the command runs
//! (`configure`): a field the output does not have, or an expression that
//! does not parse, is a usage error before anything is changed. The
//! renderers read them back (`current`).
//!
//! JSON through `--fields` or `--jq` is built as jq values (`jq::to_val`),
//! whose objects keep their keys in the order written: the model's order,
//! or the order `--fields` gives.

use std::io::{self, BufWriter, Write};
use std::sync::OnceLock;

use jaq_json::Val;
use serde::Serialize;

use super::Stdout;
use super::jq::{self, Jq};
use super::tables::Columns;
use crate::error::{AppError, Usage};

/// `--fields` and `--jq` as the command runs with them.
#[derive(Debug, Default)]
pub(crate) struct Shape {
    /// The fields named, checked against what the command prints.
    pub(crate) fields: Option<Vec<String>>,
    pub(crate) jq: Option<Jq>,
}

/// What a command prints on stdout, as far as `--fields` is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prints {
    /// Rows (or objects) of these fields, in their usual order.
    Fields(&'static [&'static str]),
    /// Something else: what it is ("a summary").
    Other(&'static str),
}

static SHAPE: OnceLock<Shape> = OnceLock::new();

/// Checks `--fields` against what the command prints and compiles `--jq`,
/// then keeps both for the renderers. `command`: "ecomctl orders list".
pub(crate) fn configure(
    command: &str,
    fields: Option<&[String]>,
    jq: Option<&str>,
    prints: Prints,
) -> Result<(), AppError> {
    let shape = check(command, fields, jq, prints)?;
    let _ = SHAPE.set(shape);
    Ok(())
}

fn check(
    command: &str,
    fields: Option<&[String]>,
    jq: Option<&str>,
    prints: Prints,
) -> Result<Shape, AppError> {
    if let Some(names) = fields {
        let command = command.to_owned();
        match prints {
            Prints::Other(prints) => {
                return Err(AppError::Usage(Usage::NoFields { command, prints }));
            }
            Prints::Fields(valid) => {
                if let Some(unknown) = names.iter().find(|n| !valid.contains(&n.as_str())) {
                    let field = unknown.clone();
                    return Err(AppError::Usage(Usage::UnknownField { field, command, valid }));
                }
            }
        }
    }
    Ok(Shape { fields: fields.map(<[String]>::to_vec), jq: jq.map(Jq::compile).transpose()? })
}

/// Runs `f` with the shape in force (none when `configure` was not called:
/// the console, unit tests).
pub(crate) fn with<R>(f: impl FnOnce(&Shape) -> R) -> R {
    match SHAPE.get() {
        Some(shape) => f(shape),
        None => f(&Shape::default()),
    }
}

impl Shape {
    /// Whether JSON output is shaped at all (else it is written as today,
    /// straight from serde).
    pub(crate) fn shapes_json(&self) -> bool {
        self.fields.is_some() || self.jq.is_some()
    }

    /// An entity as a jq value: its chosen fields, in the order given.
    pub(crate) fn entity<T: Columns>(&self, value: &T) -> io::Result<Val> {
        let val = jq::to_val(value)?;
        Ok(match &self.fields {
            None => val,
            Some(names) => jq::pick(val, names, |name| {
                value.json_extra(name).and_then(|extra| jq::to_val(&extra).ok())
            }),
        })
    }

    /// Writes `value` (pretty for `-o json`, on one line for `-o ndjson`),
    /// through `--jq` when given: each result on its own, strings raw.
    pub(crate) fn emit(
        &self,
        out: &mut dyn Write,
        value: Val,
        pretty: bool,
    ) -> color_eyre::Result<()> {
        match &self.jq {
            Some(filter) => filter.run(value, |result| jq::write_val(out, result, pretty, true)),
            None => Ok(jq::write_val(out, &value, pretty, false)?),
        }
    }
}

impl Shape {
    /// A feed's event on one line: `{"event": EVENT, "order": {…}}`, the
    /// entity's chosen fields, through `--jq` when given.
    pub(crate) fn event<T: Columns>(&self, event: &str, value: &T) -> color_eyre::Result<()> {
        let key = |k: &str| Val::from(k.to_owned());
        let entries = [(key("event"), key(event)), (key("order"), self.entity(value)?)];
        let mut out = stdout();
        self.emit(&mut out, Val::obj(entries.into_iter().collect()), false)?;
        Ok(out.flush()?)
    }
}

/// A buffered writer to stdout (escaped on a terminal as the format says).
pub(crate) fn stdout() -> BufWriter<Stdout> {
    BufWriter::with_capacity(64 * 1024, Stdout::lock())
}

/// Writes one serializable value (a report, a summary) as JSON, through
/// `--jq` when given; `--fields` does not apply to it.
pub(crate) fn report<T: Serialize + ?Sized>(value: &T, pretty: bool) -> color_eyre::Result<()> {
    with(|shape| {
        let mut out = stdout();
        if shape.jq.is_none() {
            let text = if pretty {
                serde_json::to_string_pretty(value)
            } else {
                serde_json::to_string(value)
            };
            writeln!(out, "{}", text.map_err(io::Error::other)?)?;
        } else {
            shape.emit(&mut out, jq::to_val(value)?, pretty)?;
        }
        Ok(out.flush()?)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: &[&str] = &["id", "sku", "price"];

    fn fields(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn fields_must_be_the_outputs() {
        let ok = check(
            "ecomctl products list",
            Some(&fields(&["price", "id"])),
            None,
            Prints::Fields(NAMES),
        );
        assert_eq!(ok.unwrap().fields, Some(fields(&["price", "id"])));
        let unknown = check(
            "ecomctl products list",
            Some(&fields(&["id", "cost"])),
            None,
            Prints::Fields(NAMES),
        );
        assert_eq!(
            unknown.unwrap_err().to_string(),
            "--fields: ecomctl products list has no field \"cost\" (its fields: id, sku, price)"
        );
        let report =
            check("ecomctl sync", Some(&fields(&["id"])), None, Prints::Other("a summary"));
        assert!(
            report.unwrap_err().to_string().starts_with("--fields: ecomctl sync prints no rows")
        );
        // Without --fields, any command takes a --jq filter.
        assert!(check("ecomctl sync", None, Some(".pushed"), Prints::Other("a summary")).is_ok());
    }
}
