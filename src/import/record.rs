//! One input record as its fields: a JSON object read as field name → the
//! raw JSON text of its value, or a CSV row's cells under the header's names.
//! Nothing is built from a value until a validator asks for it as a type, so
//! a record costs about its own size in memory whatever it holds (a field of
//! a million numbers is a slice of the text, not a million values), and
//! numbers are read from their text exactly as written (`19.990…01` is not
//! rounded to a float first).
//!
//! Errors name the field and show the offending value, cut short.

use std::cell::RefCell;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use time::OffsetDateTime;

use crate::domain::{InvalidValue, shown};

/// Most lines an order record may hold.
pub(crate) const MAX_ITEMS: usize = 10_000;

/// A field's value: JSON text, or a CSV cell (never empty: an empty cell is
/// an absent field).
#[derive(Clone, Copy)]
enum Value<'a> {
    Json(&'a RawValue),
    Cell(&'a str),
}

/// A record's fields, each named once and known to the validator.
pub(crate) struct Record<'a> {
    fields: Vec<(&'static str, Value<'a>)>,
}

/// "field price: amount -1 must not be negative"
pub(crate) fn field_error(name: &str, message: impl fmt::Display) -> String {
    format!("field {name}: {message}")
}

impl<'a> Record<'a> {
    /// A JSON object whose fields must all be in `allowed`: an unknown or
    /// repeated field is refused as soon as it is read.
    pub(crate) fn from_json(text: &'a str, allowed: &[&'static str]) -> Result<Self, String> {
        let refusal = RefCell::new(None);
        let mut de = serde_json::Deserializer::from_str(text);
        let parsed = ObjectSeed { allowed, refusal: &refusal }
            .deserialize(&mut de)
            .and_then(|fields| de.end().map(|()| fields));
        match parsed {
            Ok(fields) => Ok(Record { fields }),
            Err(err) => Err(refusal.into_inner().unwrap_or_else(|| format!("invalid JSON: {err}"))),
        }
    }

    /// A CSV row: `cells` under `header`'s names; empty cells are absent.
    pub(crate) fn from_cells(
        header: &[String],
        cells: &'a csv::StringRecord,
        allowed: &[&'static str],
    ) -> Result<Self, String> {
        let mut fields = Vec::with_capacity(header.len());
        for (name, cell) in header.iter().zip(cells.iter()) {
            let known = allowed
                .iter()
                .find(|a| **a == name.as_str())
                .ok_or_else(|| unknown(name, allowed))?;
            if !cell.is_empty() {
                fields.push((*known, Value::Cell(cell)));
            }
        }
        Ok(Record { fields })
    }

    fn value(&self, name: &str) -> Option<Value<'a>> {
        self.fields.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }

    /// Whether the record names the field at all (`null` included).
    pub(crate) fn has(&self, name: &str) -> bool {
        self.value(name).is_some()
    }

    /// The field's value, unless absent or `null`.
    fn present(&self, name: &str) -> Option<Value<'a>> {
        self.value(name).filter(|v| !matches!(v, Value::Json(raw) if raw.get() == "null"))
    }

    /// A string field; absent or null is `None`.
    pub(crate) fn str(&self, name: &str) -> Result<Option<String>, String> {
        match self.present(name) {
            None => Ok(None),
            Some(Value::Cell(text)) => Ok(Some(text.to_owned())),
            Some(Value::Json(raw)) if kind_of(raw) == Kind::String => {
                serde_json::from_str(raw.get())
                    .map(Some)
                    .map_err(|e| field_error(name, format!("invalid string: {e}")))
            }
            Some(Value::Json(raw)) => {
                Err(field_error(name, format!("expected a string, got {}", described(raw))))
            }
        }
    }

    /// A string field validated by a domain parser.
    pub(crate) fn parse<T>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, InvalidValue>,
    ) -> Result<Option<T>, String> {
        self.str(name)?.map(|s| parse(&s).map_err(|e| field_error(name, e))).transpose()
    }

    pub(crate) fn required<T>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, InvalidValue>,
    ) -> Result<T, String> {
        self.parse(name, parse)?.ok_or_else(|| field_error(name, "is required"))
    }

    /// A number field's text as written (a JSON number, or a numeric string
    /// or cell), for a parser that decides on the text.
    pub(crate) fn number<T>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, InvalidValue>,
    ) -> Result<Option<T>, String> {
        let text = match self.present(name) {
            None => return Ok(None),
            Some(Value::Cell(text)) => text.to_owned(),
            Some(Value::Json(raw)) => match kind_of(raw) {
                Kind::Number => raw.get().to_owned(),
                Kind::String => serde_json::from_str(raw.get())
                    .map_err(|e| field_error(name, format!("invalid string: {e}")))?,
                _ => {
                    return Err(field_error(
                        name,
                        format!("expected a number, got {}", described(raw)),
                    ));
                }
            },
        };
        parse(&text).map(Some).map_err(|e| field_error(name, e))
    }

    /// A whole number (a JSON integer, or a CSV cell of digits; `3.0` and
    /// `"3"` in JSON are refused).
    pub(crate) fn int(&self, name: &str) -> Result<Option<i64>, String> {
        let text = match self.present(name) {
            None => return Ok(None),
            Some(Value::Cell(text)) => text,
            Some(Value::Json(raw)) if kind_of(raw) == Kind::Number => raw.get(),
            Some(Value::Json(raw)) => {
                return Err(field_error(
                    name,
                    format!("expected a whole number, got {}", described(raw)),
                ));
            }
        };
        text.trim().parse::<i64>().map(Some).map_err(|_| {
            field_error(name, format!("{} is not a whole number in range", shown(text)))
        })
    }

    /// An id: a whole number from 1 to `crate::domain::MAX_ID`.
    pub(crate) fn id(&self, name: &str) -> Result<Option<i64>, String> {
        self.int(name)?
            .map(|id| crate::domain::check_id(id).map_err(|e| field_error(name, e)))
            .transpose()
    }

    pub(crate) fn time(&self, name: &str) -> Result<Option<OffsetDateTime>, String> {
        self.parse(name, crate::domain::parse_rfc3339)
    }

    /// An array field's elements (at most `MAX_ITEMS`), as raw JSON.
    pub(crate) fn array(&self, name: &str) -> Result<Vec<&'a RawValue>, String> {
        let raw = match self.present(name) {
            None => return Err(field_error(name, "is required")),
            Some(Value::Cell(_)) => return Err(field_error(name, "cannot be given in CSV")),
            Some(Value::Json(raw)) => raw,
        };
        if kind_of(raw) != Kind::Array {
            return Err(field_error(
                name,
                format!("expected an array, got {}", kind_of(raw).article()),
            ));
        }
        let mut de = serde_json::Deserializer::from_str(raw.get());
        de.deserialize_seq(Elements(Vec::new())).map_err(|e| {
            let message = e.to_string();
            if message.starts_with(TOO_MANY) {
                field_error(name, format!("holds more than {MAX_ITEMS} elements"))
            } else {
                field_error(name, format!("invalid JSON: {message}"))
            }
        })
    }
}

/// The kind of a JSON value, from the first byte of its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

impl Kind {
    pub(crate) fn article(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool => "a boolean",
            Kind::Number => "a number",
            Kind::String => "a string",
            Kind::Array => "an array",
            Kind::Object => "an object",
        }
    }
}

pub(crate) fn kind_of(raw: &RawValue) -> Kind {
    match raw.get().trim_start().as_bytes().first() {
        Some(b'"') => Kind::String,
        Some(b'[') => Kind::Array,
        Some(b'{') => Kind::Object,
        Some(b't' | b'f') => Kind::Bool,
        Some(b'n') => Kind::Null,
        _ => Kind::Number,
    }
}

/// "a number 12", "an array" — what a value is, for a message.
fn described(raw: &RawValue) -> String {
    match kind_of(raw) {
        Kind::Array | Kind::Object | Kind::Null => kind_of(raw).article().to_owned(),
        kind => format!("{} {}", kind.article(), shown(raw.get())),
    }
}

fn unknown(name: &str, allowed: &[&str]) -> String {
    format!("unknown field {} (expected one of: {})", shown(name), allowed.join(", "))
}

/// Reads a JSON object field by field, refusing an unknown or repeated field
/// at once (so a record of a million keys is not collected first). The
/// refusal is put aside in `refusal` to be reported without serde_json's
/// position suffix.
struct ObjectSeed<'s> {
    allowed: &'s [&'static str],
    refusal: &'s RefCell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for ObjectSeed<'_> {
    type Value = Vec<(&'static str, Value<'de>)>;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<Self::Value, D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ObjectSeed<'_> {
    type Value = Vec<(&'static str, Value<'de>)>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields: Self::Value = Vec::new();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            let refuse = |message: String| {
                *self.refusal.borrow_mut() = Some(message.clone());
                serde::de::Error::custom(message)
            };
            let Some(name) = self.allowed.iter().find(|a| **a == key.0.as_ref()) else {
                return Err(refuse(unknown(&key.0, self.allowed)));
            };
            if fields.iter().any(|(n, _)| n == name) {
                return Err(refuse(format!("field {name} appears twice")));
            }
            let raw: &'de RawValue = map.next_value()?;
            fields.push((name, Value::Json(raw)));
        }
        Ok(fields)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self.not_an_object(Kind::Array))
    }
    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Err(self.not_an_object(Kind::String))
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Err(self.not_an_object(Kind::Bool))
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Err(self.not_an_object(Kind::Number))
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Err(self.not_an_object(Kind::Number))
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Err(self.not_an_object(Kind::Number))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Err(self.not_an_object(Kind::Null))
    }
}

impl ObjectSeed<'_> {
    fn not_an_object<E: serde::de::Error>(&self, kind: Kind) -> E {
        let message = format!("expected a JSON object, got {}", kind.article());
        *self.refusal.borrow_mut() = Some(message.clone());
        E::custom(message)
    }
}

/// A field name, borrowed from the text unless it holds escapes.
struct Key<'de>(std::borrow::Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(v.into()))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(v.to_owned().into()))
            }
        }
        de.deserialize_str(KeyVisitor)
    }
}

const TOO_MANY: &str = "too many elements";

/// An array's elements as raw JSON, stopping past `MAX_ITEMS`.
struct Elements<'de>(Vec<&'de RawValue>);

impl<'de> Visitor<'de> for Elements<'de> {
    type Value = Vec<&'de RawValue>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array")
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Self::Value, A::Error> {
        while let Some(element) = seq.next_element::<&'de RawValue>()? {
            if self.0.len() == MAX_ITEMS {
                return Err(serde::de::Error::custom(TOO_MANY));
            }
            self.0.push(element);
        }
        Ok(self.0)
    }
}

/// JSON text on one line: whitespace outside strings removed (a pretty
/// array element, for the one-record-per-line rejects file).
pub(crate) fn compact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: [&str; 4] = ["sku", "price", "stock", "items"];

    #[test]
    fn fields_are_read_from_their_text() {
        let text = r#"{"sku": "A\u0042", "price": 19.990000000000000000000000000001, "stock": 3}"#;
        let record = Record::from_json(text, &FIELDS).unwrap();
        assert_eq!(record.str("sku").unwrap().as_deref(), Some("AB"));
        assert_eq!(
            record.number("price", |t| Ok::<_, InvalidValue>(t.to_owned())).unwrap().as_deref(),
            Some("19.990000000000000000000000000001")
        );
        assert_eq!(record.int("stock").unwrap(), Some(3));
        assert_eq!(record.str("items").unwrap(), None);
    }

    #[test]
    fn unknown_repeated_and_mistyped_fields_are_named() {
        let err = |text: &str| Record::from_json(text, &FIELDS).err().unwrap();
        assert_eq!(
            err(r#"{"sku": 1, "colour": 2}"#),
            "unknown field \"colour\" (expected one of: sku, price, stock, items)"
        );
        assert_eq!(err(r#"{"sku": "a", "sku": "b"}"#), "field sku appears twice");
        assert_eq!(err("[1, 2]"), "expected a JSON object, got an array");
        assert!(err(r#"{"sku": "#).starts_with("invalid JSON: "));
        let record =
            Record::from_json(r#"{"sku": 12, "stock": 3.0, "items": {}}"#, &FIELDS).unwrap();
        assert_eq!(
            record.str("sku").unwrap_err(),
            "field sku: expected a string, got a number \"12\""
        );
        assert_eq!(
            record.int("stock").unwrap_err(),
            "field stock: \"3.0\" is not a whole number in range"
        );
        assert_eq!(
            record.array("items").unwrap_err(),
            "field items: expected an array, got an object"
        );
    }

    #[test]
    fn arrays_are_bounded() {
        let many = format!(r#"{{"items": [{}0]}}"#, "0,".repeat(MAX_ITEMS));
        let record = Record::from_json(&many, &FIELDS).unwrap();
        assert_eq!(
            record.array("items").unwrap_err(),
            format!("field items: holds more than {MAX_ITEMS} elements")
        );
        let few = Record::from_json(r#"{"items": [{"a": 1}, 2]}"#, &FIELDS).unwrap();
        assert_eq!(few.array("items").unwrap().len(), 2);
    }

    #[test]
    fn compacting_keeps_strings() {
        assert_eq!(
            compact("{\n  \"a b\": [1, 2],\n  \"c\": \"x \\\" y\"\n}"),
            r#"{"a b":[1,2],"c":"x \" y"}"#
        );
    }
}
