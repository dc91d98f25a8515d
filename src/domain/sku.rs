use std::fmt;

use super::{InvalidValue, shown};

/// A product's stock-keeping unit: the operator's natural key.
///
/// 1–64 characters, no whitespace or control characters. All-digit SKUs are
/// allowed (reference them as `sku:0123`, see [`super::ProductRef`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Sku(String);

impl Sku {
    pub(crate) const MAX_LEN: usize = 64;

    pub(crate) fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let len = raw.chars().count();
        if len == 0 {
            return Err(InvalidValue("SKU must not be empty".into()));
        }
        if len > Self::MAX_LEN {
            return Err(InvalidValue(format!(
                "SKU {} is longer than {} characters",
                shown(raw),
                Self::MAX_LEN
            )));
        }
        if raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(InvalidValue(format!(
                "SKU {} must not contain spaces or control characters",
                shown(raw)
            )));
        }
        super::text::check_invisible("SKU", raw)?;
        Ok(Sku(raw.to_owned()))
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Sku {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_and_numeric_skus() {
        assert_eq!(Sku::parse("SHOE-RED-42").unwrap().as_str(), "SHOE-RED-42");
        assert_eq!(Sku::parse("0123").unwrap().as_str(), "0123");
    }

    #[test]
    fn rejects_empty_long_and_spaced_skus() {
        assert!(Sku::parse("").is_err());
        assert!(Sku::parse(&"x".repeat(65)).is_err());
        assert!(Sku::parse(&"x".repeat(64)).is_ok());
        assert!(Sku::parse("A B").is_err());
        assert!(Sku::parse("A\tB").is_err());
    }
}
