//! `--ids-from FILE|-`: the ids a bulk command acts on, read from a file or
//! stdin (gzip read transparently) in the shapes people have at hand — one
//! id per line, a CSV with an `id` (or `order_id`) column as a carrier or a
//! spreadsheet writes it, NDJSON or a JSON array of objects with `id` (what
//! `ecomctl -o ndjson orders list` and `-o json` print). The shape is told
//! from the first line that is not blank. Every id is checked (a line that
//! is not one is refused, naming the line), repeats are merged; the input
//! is bounded (`MAX_BYTES`, `MAX_IDS`).

use std::io::Read;

use serde_json::Value;

use super::source;
use crate::domain::check_id;
use crate::error::{AppError, Refusal};

/// The largest input read.
const MAX_BYTES: u64 = 64 * 1024 * 1024;
/// The most ids taken (each id once).
pub(crate) const MAX_IDS: usize = 1_000_000;

/// The ids in `path` (`-`: stdin), ascending, each once. `flag` names the
/// option in messages.
pub(crate) fn read(path: &str, flag: &str) -> Result<Vec<i64>, AppError> {
    let input = source::open(path)?;
    let mut text = String::new();
    let refused = |problem: String| {
        AppError::Rejected(Refusal::Input { problem: format!("{flag} {path}: {problem}") })
    };
    input.into_reader().take(MAX_BYTES + 1).read_to_string(&mut text).map_err(
        |error| match error.kind() {
            std::io::ErrorKind::InvalidData => refused("not UTF-8 text".into()),
            _ => AppError::Rejected(Refusal::Unreadable { path: path.to_owned(), error }),
        },
    )?;
    if text.len() as u64 > MAX_BYTES {
        return Err(refused(format!("larger than {} MiB", MAX_BYTES >> 20)));
    }
    let mut ids = parse(&text).map_err(refused)?;
    ids.sort_unstable();
    ids.dedup();
    if ids.len() > MAX_IDS {
        return Err(refused(format!("more than {MAX_IDS} ids")));
    }
    Ok(ids)
}

/// The ids in `text`, in the shape its first line says.
fn parse(text: &str) -> Result<Vec<i64>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(first) = text.lines().map(str::trim).find(|l| !l.is_empty()) else {
        return Ok(Vec::new());
    };
    if first.starts_with('[') {
        return json_array(text);
    }
    if first.starts_with('{') {
        return ndjson(text);
    }
    if first.bytes().all(|b| b.is_ascii_digit() || b == b'+' || b == b'-') {
        return plain(text);
    }
    csv(text, first)
}

fn plain(text: &str) -> Result<Vec<i64>, String> {
    let mut ids = Vec::new();
    for (at, line) in text.lines().enumerate() {
        let line = line.trim();
        if !line.is_empty() {
            ids.push(id_text(line).map_err(|why| format!("line {}: {why}", at + 1))?);
        }
        too_many(ids.len())?;
    }
    Ok(ids)
}

fn ndjson(text: &str) -> Result<Vec<i64>, String> {
    let mut ids = Vec::new();
    for (at, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line)
            .map_err(|e| format!("line {}: not a JSON object ({e})", at + 1))?;
        ids.push(id_field(&value).map_err(|why| format!("line {}: {why}", at + 1))?);
        too_many(ids.len())?;
    }
    Ok(ids)
}

fn json_array(text: &str) -> Result<Vec<i64>, String> {
    let values: Vec<Value> =
        serde_json::from_str(text).map_err(|e| format!("not a JSON array ({e})"))?;
    too_many(values.len())?;
    values
        .iter()
        .enumerate()
        .map(|(at, value)| {
            match value {
                Value::Number(_) => id_value(value),
                _ => id_field(value),
            }
            .map_err(|why| format!("element {}: {why}", at + 1))
        })
        .collect()
}

/// A CSV whose header names an `id` (or `order_id`) column; the separator
/// is the first of `,` `;` TAB in the header.
fn csv(text: &str, header: &str) -> Result<Vec<i64>, String> {
    let delimiter =
        [b',', b';', b'\t'].into_iter().find(|d| header.as_bytes().contains(d)).unwrap_or(b',');
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| format!("not CSV ({e})"))?.clone();
    let named = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let Some(column) = named("id").or_else(|| named("order_id")) else {
        return Err(format!(
            "the first line is neither an id nor a CSV header with an id column (it reads {})",
            crate::domain::shown(header)
        ));
    };
    let mut ids = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("not CSV ({e})"))?;
        let line = record.position().map_or(0, |p| p.line());
        let field = record.get(column).unwrap_or("");
        if field.is_empty() && record.iter().all(str::is_empty) {
            continue;
        }
        ids.push(id_text(field).map_err(|why| format!("line {line}: {why}"))?);
        too_many(ids.len())?;
    }
    Ok(ids)
}

fn too_many(count: usize) -> Result<(), String> {
    if count > MAX_IDS { Err(format!("more than {MAX_IDS} ids")) } else { Ok(()) }
}

fn id_text(text: &str) -> Result<i64, String> {
    let value: i64 =
        text.parse().map_err(|_| format!("{} is not an id", crate::domain::shown(text)))?;
    check_id(value).map_err(|e| e.0)
}

fn id_field(value: &Value) -> Result<i64, String> {
    match value.get("id") {
        Some(id) => id_value(id),
        None => Err("no \"id\" field".into()),
    }
}

fn id_value(value: &Value) -> Result<i64, String> {
    match value {
        Value::Number(n) => n
            .as_i64()
            .ok_or_else(|| format!("{n} is not an id"))
            .and_then(|id| check_id(id).map_err(|e| e.0)),
        Value::String(s) => id_text(s.trim()),
        other => Err(format!("{other} is not an id")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_gives_the_same_ids() {
        for text in [
            "3\n1\n\n2\n",
            "id,carrier\n3,DHL\n1,UPS\n2,DHL\n",
            "\u{feff}Order_Id;tracking\n3;x\n1;y\n2;z\n",
            "{\"id\": 3}\n{\"id\": 1, \"state\": \"CREATED\"}\n\n{\"id\": \"2\"}\n",
            "[{\"id\": 3}, {\"id\": 1}, 2]",
        ] {
            let mut ids = parse(text).unwrap();
            ids.sort_unstable();
            assert_eq!(ids, [1, 2, 3], "{text:?}");
        }
        assert_eq!(parse("  \n").unwrap(), Vec::<i64>::new());
    }

    #[test]
    fn a_bad_line_is_named() {
        assert_eq!(parse("1\nabc\n").unwrap_err(), "line 2: \"abc\" is not an id");
        assert_eq!(
            parse("1\n0\n").unwrap_err(),
            "line 2: 0 is not an id (ids run from 1 to 9007199254740991)"
        );
        assert_eq!(parse("id,x\n1,a\nz,b\n").unwrap_err(), "line 3: \"z\" is not an id");
        assert_eq!(parse("{\"id\": 1}\n{\"no\": 2}\n").unwrap_err(), "line 2: no \"id\" field");
        assert!(parse("name,sku\nx,y\n").unwrap_err().starts_with("the first line is neither"));
    }
}
