//! `--jq EXPR`: a jq filter run in-process by jaq (`jaq-core` parses and
//! runs it, `jaq-std` and `jaq-json` are jq's standard library and JSON
//! values). The filter is compiled once, before the command runs: an
//! expression that does not parse is a usage error with a caret under the
//! place (exit 2). A filter that fails on the data it is given is a refusal
//! (exit 4), raised where the output is written.
//!
//! Results are written as jq writes them (pretty for `-o json`, one line
//! each for `-o ndjson`), except that a string result is written raw, as
//! `gh --jq` and `jq -r` do (`tojson` gives the quoted form).

use std::io::{self, Write};

use jaq_core::load::{self, Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data::JustLut};
use jaq_json::Val;
use jaq_json::write::Pp;
use serde::Serialize;

use crate::domain::printable::printable_line;
use crate::error::{AppError, Refusal, Usage};

/// Filters of jq's library that `--jq` leaves out: `env` would print the
/// environment — connection strings and keys — which no output of ecomctl
/// shows. (A filter naming it fails to compile: undefined filter.)
const WITHHELD: [&str; 1] = ["env"];

/// A compiled `--jq` filter.
pub(crate) struct Jq {
    filter: jaq_core::Filter<JustLut<Val>>,
}

impl std::fmt::Debug for Jq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Jq")
    }
}

impl Jq {
    /// Parses and compiles `expr`; a usage error showing where it fails.
    pub(crate) fn compile(expr: &str) -> Result<Jq, AppError> {
        let defs = jaq_core::defs().chain(jaq_std::defs()).chain(jaq_json::defs());
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs())
            .filter(|(name, ..)| !WITHHELD.contains(name));
        let arena = Arena::default();
        let modules = Loader::new(defs)
            .load(&arena, File { code: expr, path: () })
            .map_err(|errors| syntax_error(expr, errors))?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errors| undefined_error(expr, errors))?;
        Ok(Jq { filter })
    }

    /// Runs the filter on `input`, handing each result to `emit`.
    pub(crate) fn run(
        &self,
        input: Val,
        mut emit: impl FnMut(&Val) -> io::Result<()>,
    ) -> color_eyre::Result<()> {
        let ctx = Ctx::<JustLut<Val>>::new(&self.filter.lut, Vars::new([]));
        for result in self.filter.id.run((ctx, input)) {
            match result {
                Ok(value) => emit(&value)?,
                Err(exn) => {
                    let error = match exn.get_err() {
                        Ok(error) => error.to_string(),
                        Err(exn) => match exn.get_halt() {
                            Ok(code) => format!("halt({code}) cannot end ecomctl"),
                            Err(_) => "the filter stopped unexpectedly".to_owned(),
                        },
                    };
                    return Err(AppError::Rejected(Refusal::Jq { error }).into());
                }
            }
        }
        Ok(())
    }
}

/// A value as jq sees it (object keys in the order they are written).
pub(crate) fn to_val<T: Serialize + ?Sized>(value: &T) -> io::Result<Val> {
    let json = serde_json::to_vec(value).map_err(io::Error::other)?;
    jaq_json::read::parse_single(&json).map_err(|err| io::Error::other(format!("{err:?}")))
}

/// Writes one value and a line break: pretty (two spaces, as `-o json`)
/// or on one line (as `-o ndjson`); a string result raw when `raw`.
pub(crate) fn write_val(
    out: &mut dyn Write,
    value: &Val,
    pretty: bool,
    raw: bool,
) -> io::Result<()> {
    match value {
        Val::TStr(text) if raw => out.write_all(text)?,
        _ => {
            let pp =
                Pp { indent: pretty.then(|| "  ".to_owned()), sep_space: pretty, ..Pp::default() };
            jaq_json::write::write(out, &pp, 0, value)?;
        }
    }
    out.write_all(b"\n")
}

/// Writes one value on one line, without a line break (an element of an
/// exported JSON array).
pub(crate) fn write_compact(out: &mut dyn Write, value: &Val) -> io::Result<()> {
    jaq_json::write::write(out, &Pp::default(), 0, value)
}

/// A value keeping only the object keys `names`, in that order: one it
/// lacks from `extra`, else `null`; anything but an object as it is.
pub(crate) fn pick(value: Val, names: &[String], extra: impl Fn(&str) -> Option<Val>) -> Val {
    match value {
        Val::Obj(object) => Val::obj(
            names
                .iter()
                .map(|name| {
                    let key = Val::from(name.clone());
                    let found = object.get(&key).cloned().or_else(|| extra(name));
                    (key, found.unwrap_or(Val::Null))
                })
                .collect(),
        ),
        other => other,
    }
}

type LoadErrors<'a> = load::Errors<&'a str, ()>;

/// The first lexing or parsing error of `expr`, with its place.
fn syntax_error(expr: &str, errors: LoadErrors<'_>) -> AppError {
    let first = errors.into_iter().next().map(|(_, error)| error);
    let (problem, at) = match first {
        Some(load::Error::Lex(errors)) => match errors.first() {
            Some((expected, found)) => {
                (format!("expected {}", expected.as_str()), load::span(expr, found).start)
            }
            None => ("cannot read the expression".to_owned(), 0),
        },
        Some(load::Error::Parse(errors)) => match errors.first() {
            Some((expected, found)) => {
                let found_text = if found.is_empty() {
                    "the end of the expression".to_owned()
                } else {
                    format!("{:?}", printable_line(found))
                };
                let problem = format!("expected {}, found {found_text}", expected.as_str());
                (problem, load::span(expr, found).start)
            }
            None => ("cannot parse the expression".to_owned(), 0),
        },
        Some(load::Error::Io(errors)) => {
            let at = errors.first().map_or(0, |(path, _)| load::span(expr, path).start);
            ("modules cannot be imported or included in --jq".to_owned(), at)
        }
        None => ("cannot parse the expression".to_owned(), 0),
    };
    located(expr, problem, at)
}

/// The first name the expression uses that jq's library does not define.
fn undefined_error(expr: &str, errors: jaq_core::compile::Errors<&str, ()>) -> AppError {
    let first = errors.into_iter().flat_map(|(_, errors)| errors).next();
    match first {
        Some((name, undefined)) => {
            let what = match undefined {
                jaq_core::compile::Undefined::Filter(arity) => {
                    format!("undefined filter {}/{arity}", printable_line(name))
                }
                other => format!("undefined {} {}", other.as_str(), printable_line(name)),
            };
            located(expr, what, load::span(expr, name).start)
        }
        None => located(expr, "cannot compile the expression".to_owned(), 0),
    }
}

/// A syntax error pointing at byte `at` of `expr`: the line it is on, and
/// the column of the caret under it (counted in the line as shown).
fn located(expr: &str, problem: String, at: usize) -> AppError {
    let at = at.min(expr.len());
    let start = expr[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = expr[at..].find('\n').map_or(expr.len(), |i| at + i);
    let column = printable_line(&expr[start..at]).chars().count();
    let line = printable_line(&expr[start..end]).into_owned();
    AppError::Usage(Usage::JqSyntax { problem, line, column })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn results(expr: &str, input: &str) -> Vec<String> {
        let jq = Jq::compile(expr).unwrap();
        let input = jaq_json::read::parse_single(input.as_bytes()).unwrap();
        let mut out = Vec::new();
        jq.run(input, |v| {
            let mut text = Vec::new();
            write_val(&mut text, v, false, true)?;
            out.push(String::from_utf8(text).unwrap());
            Ok(())
        })
        .unwrap();
        out
    }

    fn syntax(expr: &str) -> String {
        Jq::compile(expr).unwrap_err().to_string()
    }

    #[test]
    fn filters_run_with_jqs_library() {
        assert_eq!(results(".[].id", r#"[{"id":1},{"id":2}]"#), ["1\n", "2\n"]);
        assert_eq!(results("map(.p) | add", r#"[{"p":1.5},{"p":2}]"#), ["3.5\n"]);
        assert_eq!(
            results(r#".[] | select(.s == "A") | .e"#, r#"[{"s":"A","e":"a@x"}]"#),
            ["a@x\n"]
        );
        assert_eq!(results(".e | tojson", r#"{"e":"a@x"}"#), ["\"a@x\"\n"]);
        assert_eq!(results("{b, a}", r#"{"a":1,"b":2}"#), ["{\"b\":2,\"a\":1}\n"]);
        // Decimals keep the digits they were written with.
        assert_eq!(results(".", "[10.0, 19.99]"), ["[10.0,19.99]\n"]);
        assert_eq!(results(r#"[.[] | test("^a")]"#, r#"["ab","b"]"#), ["[true,false]\n"]);
    }

    #[test]
    fn a_bad_expression_shows_where() {
        assert_eq!(
            syntax(".foo |"),
            "--jq: expected term, found the end of the expression\n  .foo |\n        ^"
        );
        assert_eq!(syntax(".[] | fooo"), "--jq: undefined filter fooo/0\n  .[] | fooo\n        ^");
        assert_eq!(syntax("env.HOME"), "--jq: undefined filter env/0\n  env.HOME\n  ^");
        let on_two_lines = syntax(".a |\n  map(.b) )");
        assert!(on_two_lines.ends_with("\n    map(.b) )\n            ^"), "{on_two_lines}");
    }

    #[test]
    fn a_failing_filter_is_a_refusal() {
        let jq = Jq::compile(".a.b").unwrap();
        let err = jq.run(Val::from(1isize), |_| Ok(())).unwrap_err();
        let app = AppError::find(&err).unwrap();
        assert_eq!(app.code(), crate::error::exit::REJECTED);
        assert!(app.to_string().starts_with("--jq: cannot index 1 with"), "{app}");
        let halted = Jq::compile("halt").unwrap().run(Val::Null, |_| Ok(())).unwrap_err();
        assert!(halted.to_string().contains("halt(0)"), "{halted}");
    }

    #[test]
    fn picking_keeps_the_order_given() {
        let value = jaq_json::read::parse_single(br#"{"a":1,"b":2,"c":3}"#).unwrap();
        let mut out = Vec::new();
        let extra = |name: &str| (name == "d").then(|| Val::from(4isize));
        let names = ["c".into(), "a".into(), "d".into(), "z".into()];
        write_val(&mut out, &pick(value, &names, extra), true, false).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\n  \"c\": 3,\n  \"a\": 1,\n  \"d\": 4,\n  \"z\": null\n}\n"
        );
    }
}
