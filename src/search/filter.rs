//! Builds Meilisearch filter expressions from `search` flags. Every user value
//! is a quoted string literal with `"` and `\` escaped, or a number we
//! formatted ourselves, so no value can change the filter's structure.

use rust_decimal::Decimal;

use crate::domain::OrderState;

/// A double-quoted Meilisearch string literal.
pub(crate) fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// Checks that a raw `--filter` keeps to its own parentheses: outside
/// quoted strings, every `(` and `[` closes in order and nothing closes
/// that it did not open, so `a) OR (b` cannot escape the `( … )` it is
/// wrapped in and turn an AND with the flags into an OR.
pub(crate) fn check_raw(raw: &str) -> Result<(), String> {
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (at, c) in raw.char_indices() {
        if let Some(q) = quote {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                _ if c == q => quote = None,
                _ => {}
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '(' | '[' => open.push((c, at)),
            ')' | ']' => {
                let wanted = if c == ')' { '(' } else { '[' };
                match open.pop() {
                    Some((o, _)) if o == wanted => {}
                    _ => return Err(format!("unbalanced {c:?} at character {}", at + 1)),
                }
            }
            _ => {}
        }
    }
    if let Some(q) = quote {
        return Err(format!("unterminated {q}-quoted string"));
    }
    match open.pop() {
        Some((c, at)) => Err(format!("unclosed {c:?} at character {}", at + 1)),
        None => Ok(()),
    }
}

/// The structured filters `search` accepts; all are ANDed together.
#[derive(Debug, Default, Clone)]
pub(crate) struct SearchFilters {
    pub(crate) states: Vec<OrderState>,
    pub(crate) customer_email: Option<String>,
    pub(crate) sku: Option<String>,
    pub(crate) since_ts: Option<i64>,
    pub(crate) until_ts: Option<i64>,
    pub(crate) min_total: Option<Decimal>,
    pub(crate) max_total: Option<Decimal>,
    /// `--filter`: a raw expression for power users, parenthesised and ANDed.
    pub(crate) raw: Option<String>,
}

impl SearchFilters {
    /// The filter expression, or `None` when there is nothing to filter on.
    pub(crate) fn expression(&self) -> Option<String> {
        let mut parts = Vec::new();
        if !self.states.is_empty() {
            let states: Vec<String> = self.states.iter().map(|s| quote(s.as_str())).collect();
            parts.push(format!("state IN [{}]", states.join(", ")));
        }
        if let Some(email) = &self.customer_email {
            parts.push(format!("customer_email = {}", quote(email)));
        }
        if let Some(sku) = &self.sku {
            parts.push(format!("items.product_sku = {}", quote(sku)));
        }
        if let Some(ts) = self.since_ts {
            parts.push(format!("created_at_ts >= {ts}"));
        }
        if let Some(ts) = self.until_ts {
            parts.push(format!("created_at_ts < {ts}"));
        }
        if let Some(min) = self.min_total {
            parts.push(format!("total_price >= {}", min.normalize()));
        }
        if let Some(max) = self.max_total {
            parts.push(format!("total_price <= {}", max.normalize()));
        }
        if let Some(raw) = self.raw.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
            parts.push(format!("({raw})"));
        }
        (!parts.is_empty()).then(|| parts.join(" AND "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_quotes_and_backslashes() {
        assert_eq!(quote(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(quote(r#"x" OR state = "CREATED"#), r#""x\" OR state = \"CREATED""#);
    }

    #[test]
    fn hostile_values_stay_inside_their_literal() {
        let filters = SearchFilters {
            customer_email: Some(r#"evil@x.com" OR customer_email EXISTS OR "a\"#.into()),
            ..Default::default()
        };
        assert_eq!(
            filters.expression().unwrap(),
            r#"customer_email = "evil@x.com\" OR customer_email EXISTS OR \"a\\""#
        );
    }

    #[test]
    fn raw_filters_cannot_escape_their_parentheses() {
        assert!(check_raw("total_price > 0) OR (total_price > 0").is_err());
        assert!(check_raw("(a = 1").is_err());
        assert!(check_raw("a IN [1, 2").is_err());
        assert!(check_raw("a = \"x").is_err());
        assert!(check_raw("(a = 1 OR b = 2) AND c IN [1, 2]").is_ok());
        assert!(check_raw("name = \"a) OR (b\"").is_ok(), "parentheses inside a string");
        assert!(check_raw("name = 'it\\'s (fine'").is_ok(), "escaped quote");
    }

    #[test]
    fn flags_are_anded_and_raw_is_parenthesised() {
        let filters = SearchFilters {
            states: vec![OrderState::Created, OrderState::Shipped],
            sku: Some("LAMP-1".into()),
            since_ts: Some(100),
            until_ts: Some(200),
            min_total: Some("10.50".parse().unwrap()),
            max_total: Some("20".parse().unwrap()),
            raw: Some("item_count > 2 OR id = 1".into()),
            ..Default::default()
        };
        assert_eq!(
            filters.expression().unwrap(),
            "state IN [\"CREATED\", \"SHIPPED\"] AND items.product_sku = \"LAMP-1\" AND created_at_ts >= 100 \
             AND created_at_ts < 200 AND total_price >= 10.5 AND total_price <= 20 AND (item_count > 2 OR id = 1)"
        );
        assert_eq!(SearchFilters::default().expression(), None);
    }
}
