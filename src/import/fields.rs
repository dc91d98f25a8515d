//! Typed access to one JSON record's fields, with errors that name the field
//! and show the offending value (truncated).

use rust_decimal::Decimal;
use serde_json::{Map, Value};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::source::kind_of;
use crate::domain::{InvalidValue, shown};

pub(crate) struct Fields<'a> {
    map: &'a Map<String, Value>,
}

/// "field price: amount -1 must not be negative"
pub(crate) fn field_error(name: &str, message: impl std::fmt::Display) -> String {
    format!("field {name}: {message}")
}

fn show(value: &Value) -> String {
    match value {
        Value::String(s) => shown(s),
        other => shown(&other.to_string()),
    }
}

impl<'a> Fields<'a> {
    /// Checks that every field is one of `allowed` (a typo is an error, not
    /// silently ignored).
    pub(crate) fn new(map: &'a Map<String, Value>, allowed: &[&str]) -> Result<Self, String> {
        if let Some(unknown) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
            return Err(format!(
                "unknown field {:?} (expected one of: {})",
                unknown,
                allowed.join(", ")
            ));
        }
        Ok(Fields { map })
    }

    pub(crate) fn value(&self, name: &str) -> Option<&'a Value> {
        self.map.get(name).filter(|v| !v.is_null())
    }

    /// A string field; absent or null is `None`.
    pub(crate) fn str(&self, name: &str) -> Result<Option<&'a str>, String> {
        match self.value(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(field_error(
                name,
                format!("expected a string, got {} {}", kind_of(other), show(other)),
            )),
        }
    }

    /// A string field validated by a domain parser.
    pub(crate) fn parse<T>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, InvalidValue>,
    ) -> Result<Option<T>, String> {
        self.str(name)?.map(|s| parse(s).map_err(|e| field_error(name, e))).transpose()
    }

    pub(crate) fn required<T>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, InvalidValue>,
    ) -> Result<T, String> {
        self.parse(name, parse)?.ok_or_else(|| field_error(name, "is required"))
    }

    /// A decimal given as a JSON number or a numeric string.
    pub(crate) fn decimal(&self, name: &str) -> Result<Option<Decimal>, String> {
        let text = match self.value(name) {
            None => return Ok(None),
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::String(s)) => s.clone(),
            Some(other) => {
                return Err(field_error(
                    name,
                    format!("expected a number, got {} {}", kind_of(other), show(other)),
                ));
            }
        };
        // serde_json prints large or small floats with an exponent.
        let parsed = if text.contains(['e', 'E']) {
            Decimal::from_scientific(&text).ok()
        } else {
            text.parse::<Decimal>().ok()
        };
        parsed
            .map(Some)
            .ok_or_else(|| field_error(name, format!("{} is not a decimal number", shown(&text))))
    }

    /// A whole number (a JSON integer; `3.0` and `"3"` are refused).
    pub(crate) fn int(&self, name: &str) -> Result<Option<i64>, String> {
        match self.value(name) {
            None => Ok(None),
            Some(Value::Number(n)) => n
                .as_i64()
                .map(Some)
                .ok_or_else(|| field_error(name, format!("{n} is not a whole number in range"))),
            Some(other) => Err(field_error(
                name,
                format!("expected a whole number, got {} {}", kind_of(other), show(other)),
            )),
        }
    }

    pub(crate) fn time(&self, name: &str) -> Result<Option<OffsetDateTime>, String> {
        self.str(name)?
            .map(|s| {
                OffsetDateTime::parse(s, &Rfc3339)
                    .map_err(|_| field_error(name, format!("{} is not an RFC 3339 time", shown(s))))
            })
            .transpose()
    }

    pub(crate) fn array(&self, name: &str) -> Result<&'a [Value], String> {
        match self.value(name) {
            Some(Value::Array(items)) => Ok(items),
            None => Err(field_error(name, "is required")),
            Some(other) => {
                Err(field_error(name, format!("expected an array, got {}", kind_of(other))))
            }
        }
    }
}
