//! Reading a top-level JSON array one element at a time: a byte scanner
//! follows strings and nesting to find where each element ends, so an
//! element is cut out as text (at most `MAX_RECORD_BYTES` of it is kept; a
//! longer one is read to its end and refused) and parsed like an NDJSON line
//! — a pretty array no longer goes through `serde_json::Value` whole.

use std::io::BufRead;

use super::batch::{Batcher, MAX_RECORD_BYTES, Position, Stop, read_error, too_long};
use super::record::compact;

/// How a JSON array element ended.
enum ElementEnd {
    /// A `,`: another element follows.
    Comma,
    /// The array's closing `]`.
    Close,
    /// The input ended inside the element.
    Eof,
}

/// Reads the elements of a top-level JSON array one at a time: a byte scanner
/// follows strings and nesting to find where each element ends, so an
/// element is cut out as text (at most `MAX_RECORD_BYTES` of it is kept; a
/// longer one is read to its end and refused) and parsed like an NDJSON line.
pub(super) fn read_array<T>(
    mut reader: Box<dyn BufRead + Send>,
    out: &mut Batcher<'_, T>,
) -> Result<(), Stop> {
    let broken = |what: String| Stop::Fatal(format!("invalid JSON array: {what}"));
    skip_whitespace(&mut reader)?;
    reader.consume(1); // the `[` that `detect` saw
    let mut element = Vec::with_capacity(4096);
    let mut number = 0u64;
    skip_whitespace(&mut reader)?;
    if peek(&mut reader)? == Some(b']') {
        reader.consume(1);
    } else {
        loop {
            number += 1;
            let at = Position::Record(number);
            element.clear();
            let (end, too_long_element) = read_element(&mut reader, &mut element)?;
            if let ElementEnd::Eof = end {
                return Err(broken(format!("the input ends inside record {number}")));
            }
            let text = element.trim_ascii();
            if text.is_empty() && !too_long_element {
                return Err(broken(format!("record {number} is empty (a stray comma?)")));
            }
            if too_long_element {
                out.refuse(at, None, too_long(at))?;
            } else {
                match std::str::from_utf8(text) {
                    Ok(s) => out.push_json(at, s, || compact(s))?,
                    Err(e) => out.refuse(
                        at,
                        None,
                        format!("invalid UTF-8 at byte {}", e.valid_up_to() + 1),
                    )?,
                }
            }
            if let ElementEnd::Close = end {
                break;
            }
        }
    }
    skip_whitespace(&mut reader)?;
    if peek(&mut reader)?.is_some() {
        return Err(broken(format!(
            "unexpected data after the closing `]` (after record {number})"
        )));
    }
    Ok(())
}

fn peek(reader: &mut Box<dyn BufRead + Send>) -> Result<Option<u8>, Stop> {
    Ok(reader.fill_buf().map_err(|e| read_error(&e))?.first().copied())
}

fn skip_whitespace(reader: &mut Box<dyn BufRead + Send>) -> Result<(), Stop> {
    loop {
        let buf = reader.fill_buf().map_err(|e| read_error(&e))?;
        if buf.is_empty() {
            return Ok(());
        }
        let n = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
        let all = n == buf.len();
        reader.consume(n);
        if !all {
            return Ok(());
        }
    }
}

/// Reads one array element into `element` (without its terminator); beyond
/// `MAX_RECORD_BYTES` the rest is consumed but not kept. Returns how it
/// ended and whether it was too long.
fn read_element(
    reader: &mut Box<dyn BufRead + Send>,
    element: &mut Vec<u8>,
) -> Result<(ElementEnd, bool), Stop> {
    let (mut depth, mut in_string, mut escaped) = (0u32, false, false);
    let mut too_long = false;
    loop {
        let buf = reader.fill_buf().map_err(|e| read_error(&e))?;
        if buf.is_empty() {
            return Ok((ElementEnd::Eof, too_long));
        }
        let mut end = None;
        for (i, &b) in buf.iter().enumerate() {
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                // A stray closer inside an element is left to the parser.
                b'}' | b']' if depth > 0 => depth -= 1,
                b',' if depth == 0 => {
                    end = Some((i, ElementEnd::Comma));
                    break;
                }
                b']' => {
                    end = Some((i, ElementEnd::Close));
                    break;
                }
                _ => {}
            }
        }
        let taken = end.as_ref().map_or(buf.len(), |(i, _)| *i);
        if !too_long && element.len() + taken <= MAX_RECORD_BYTES {
            element.extend_from_slice(&buf[..taken]);
        } else {
            too_long = true;
            element.clear();
        }
        match end {
            Some((i, how)) => {
                reader.consume(i + 1);
                return Ok((how, too_long));
            }
            None => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    }
}

/// The elements of a JSON array held in memory, as text (for tests of the
/// scanner `read_array` uses).
#[cfg(test)]
pub(crate) fn split_array(text: &[u8]) -> Result<Vec<String>, String> {
    let mut reader: Box<dyn BufRead + Send> = Box::new(std::io::Cursor::new(text.to_vec()));
    let broken = |_| "broken".to_owned();
    skip_whitespace(&mut reader).map_err(broken)?;
    reader.consume(1);
    skip_whitespace(&mut reader).map_err(broken)?;
    if peek(&mut reader).map_err(broken)? == Some(b']') {
        return Ok(Vec::new());
    }
    let mut found = Vec::new();
    let mut element = Vec::new();
    loop {
        element.clear();
        let (end, _) = read_element(&mut reader, &mut element).map_err(broken)?;
        found.push(String::from_utf8(element.trim_ascii().to_vec()).map_err(|e| e.to_string())?);
        match end {
            ElementEnd::Comma => continue,
            ElementEnd::Close => return Ok(found),
            ElementEnd::Eof => return Err("eof".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn array_elements_are_cut_where_they_end() {
        let found = split_array(br#"[ {"a": "x,]\"}", "b": [1, {"c": 2}]}, 3 , "s]" ]"#).unwrap();
        assert_eq!(found, [r#"{"a": "x,]\"}", "b": [1, {"c": 2}]}"#, "3", r#""s]""#]);
        assert_eq!(split_array(br#"[{"a": "unterminated]"#), Err("eof".into()));
    }
}
