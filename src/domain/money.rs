use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;

use super::{InvalidValue, shown};

/// An exact amount of money with at most two decimal places, ≥ 0.
/// Never a float: stored as NUMERIC, printed as a JSON number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub(crate) struct Money(Decimal);

impl Money {
    /// Largest price the schema's numeric(12,2) holds.
    pub(crate) const MAX: Decimal = Decimal::from_parts(3_567_587_327, 232, 0, false, 2); // 9_999_999_999.99

    pub(crate) fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let text = raw.trim();
        // Plain notation only (no exponent, no separators): 12, 12.5, 12.50.
        let digits = text.strip_prefix('-').unwrap_or(text);
        let plain = !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && digits.bytes().filter(|b| *b == b'.').count() <= 1;
        let value = Decimal::from_str(text)
            .ok()
            .filter(|_| plain)
            .ok_or_else(|| InvalidValue(format!("{} is not a decimal amount", shown(raw))))?;
        Self::from_decimal(value)
    }

    pub(crate) fn from_decimal(value: Decimal) -> Result<Self, InvalidValue> {
        if value.is_sign_negative() && !value.is_zero() {
            return Err(InvalidValue(format!("amount {value} must not be negative")));
        }
        if value.normalize().scale() > 2 {
            return Err(InvalidValue(format!("amount {value} has more than 2 decimal places")));
        }
        if value > Self::MAX {
            return Err(InvalidValue(format!("amount {value} is larger than {}", Self::MAX)));
        }
        let mut value = value.normalize();
        value.rescale(2);
        Ok(Money(value))
    }

    pub(crate) fn decimal(self) -> Decimal {
        self.0
    }
}

impl FromStr for Money {
    type Err = InvalidValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Money::parse(s)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exact_amounts_with_two_places() {
        assert_eq!(Money::parse("19.99").unwrap().to_string(), "19.99");
        assert_eq!(Money::parse("5").unwrap().to_string(), "5.00");
        assert_eq!(Money::parse("0").unwrap().to_string(), "0.00");
        assert_eq!(Money::parse("1.500").unwrap().to_string(), "1.50");
        assert_eq!(Money::parse("9999999999.99").unwrap().to_string(), "9999999999.99");
    }

    #[test]
    fn rejects_negative_fractional_cents_and_garbage() {
        assert!(Money::parse("-0.01").is_err());
        assert!(Money::parse("1.001").is_err());
        assert!(Money::parse("abc").is_err());
        assert!(Money::parse("1e3").is_err());
        assert!(Money::parse("10000000000.00").is_err());
    }

    #[test]
    fn sums_are_exact() {
        let a = Money::parse("0.10").unwrap().decimal();
        let b = Money::parse("0.20").unwrap().decimal();
        assert_eq!((a + b).to_string(), "0.30");
    }
}
