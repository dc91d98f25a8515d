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

    /// Largest order total the schema's numeric(14,2) holds.
    pub(crate) const MAX_TOTAL: Decimal = Decimal::from_parts(276_447_231, 23_283, 0, false, 2); // 999_999_999_999.99

    /// An amount typed by a person: plain notation only (`12`, `12.5`,
    /// `12.50`; no exponent, no separators), decided on the text.
    pub(crate) fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let exact = ExactDecimal::parse(raw, false)
            .ok_or_else(|| InvalidValue(format!("{} is not a decimal amount", shown(raw))))?;
        Self::from_exact(raw, &exact)
    }

    /// An amount from a JSON number's text (an exponent is allowed there),
    /// decided on the text as written, never on a float.
    pub(crate) fn from_json_text(raw: &str) -> Result<Self, InvalidValue> {
        let exact = ExactDecimal::parse(raw, true)
            .ok_or_else(|| InvalidValue(format!("{} is not a decimal number", shown(raw))))?;
        Self::from_exact(raw, &exact)
    }

    /// An order total from a JSON number's text: like an amount, up to
    /// `MAX_TOTAL`.
    pub(crate) fn total_from_json_text(raw: &str) -> Result<Decimal, InvalidValue> {
        let exact = ExactDecimal::parse(raw, true)
            .ok_or_else(|| InvalidValue(format!("{} is not a decimal number", shown(raw))))?;
        Self::checked(raw, &exact, Self::MAX_TOTAL)
    }

    /// A computed order total, refused past what the schema holds.
    pub(crate) fn check_total(total: Decimal) -> Result<Decimal, InvalidValue> {
        if total > Self::MAX_TOTAL {
            return Err(InvalidValue(format!(
                "the lines add up to {total:.2}, more than the largest order total {}",
                Self::MAX_TOTAL
            )));
        }
        Ok(total)
    }

    fn from_exact(raw: &str, exact: &ExactDecimal) -> Result<Self, InvalidValue> {
        let mut value = Self::checked(raw, exact, Self::MAX)?;
        value.rescale(2);
        Ok(Money(value))
    }

    fn checked(raw: &str, exact: &ExactDecimal, max: Decimal) -> Result<Decimal, InvalidValue> {
        let amount = cut(raw.trim());
        if exact.negative && !exact.is_zero() {
            return Err(InvalidValue(format!("amount {amount} must not be negative")));
        }
        if exact.places() > 2 {
            return Err(InvalidValue(format!("amount {amount} has more than 2 decimal places")));
        }
        exact
            .to_decimal()
            .filter(|v| *v <= max)
            .ok_or_else(|| InvalidValue(format!("amount {amount} is larger than {max}")))
    }

    /// A computed amount (a relative price's result): 0 to `MAX`, at most
    /// two decimal places; `None` otherwise.
    pub(crate) fn computed(value: Decimal) -> Option<Money> {
        let mut value = value;
        if value.is_sign_negative()
            || value > Self::MAX
            || value.scale() > 2 && value.round_dp(2) != value
        {
            return None;
        }
        value.rescale(2);
        Some(Money(value))
    }

    pub(crate) fn decimal(self) -> Decimal {
        self.0
    }
}

/// A long amount shown in a message: the first 40 characters.
fn cut(text: &str) -> String {
    if text.chars().count() <= 40 {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(40).collect::<String>())
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

/// A decimal number as written, normalised without losing a digit:
/// `significant` digits (no leading or trailing zeros) and where the decimal
/// point falls in them. A `Decimal` parses 30 decimal places by rounding to
/// 28, so rules about decimal places are decided here, on the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ExactDecimal {
    negative: bool,
    significant: String,
    /// Digits of `significant` before the decimal point (may be negative,
    /// or beyond its length for trailing zeros of the integer part).
    point: i64,
}

impl ExactDecimal {
    /// `[-]digits[.digits]`, and `[eE][+-]digits` after it when
    /// `exponent`; `None` for anything else.
    pub(crate) fn parse(raw: &str, exponent: bool) -> Option<Self> {
        let text = raw.trim();
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (mantissa, power) = match body.find(['e', 'E']) {
            Some(at) if exponent => (&body[..at], Some(&body[at + 1..])),
            Some(_) => return None,
            None => (body, None),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
            return None;
        }
        let mut point = int.len() as i64;
        if let Some(power) = power {
            let unsigned = power.strip_prefix(['+', '-']).unwrap_or(power);
            // Beyond a few hundred, no amount fits either way.
            if unsigned.is_empty() || unsigned.len() > 4 || !digits(unsigned) {
                return None;
            }
            let value: i64 = unsigned.parse().ok()?;
            point += if power.starts_with('-') { -value } else { value };
        }
        let all = format!("{int}{frac}");
        let leading = all.bytes().take_while(|b| *b == b'0').count();
        let significant = all[leading..].trim_end_matches('0').to_owned();
        point -= leading as i64;
        Some(ExactDecimal { negative, significant, point })
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.significant.is_empty()
    }

    /// Decimal places that are not trailing zeros.
    pub(crate) fn places(&self) -> i64 {
        (self.significant.len() as i64 - self.point).max(0)
    }

    /// Digits before the decimal point (0 for a value below 1).
    pub(crate) fn integer_digits(&self) -> i64 {
        if self.is_zero() { 0 } else { self.point.max(0) }
    }

    /// The exact value, when a `Decimal` holds it without rounding.
    pub(crate) fn to_decimal(&self) -> Option<Decimal> {
        if self.is_zero() {
            return Some(Decimal::ZERO);
        }
        if self.integer_digits() + self.places() > 28 {
            return None;
        }
        let len = self.significant.len() as i64;
        let text = if self.point <= 0 {
            format!("0.{}{}", "0".repeat((-self.point) as usize), self.significant)
        } else if self.point >= len {
            format!("{}{}", self.significant, "0".repeat((self.point - len) as usize))
        } else {
            let (int, frac) = self.significant.split_at(self.point as usize);
            format!("{int}.{frac}")
        };
        let value = Decimal::from_str(&text).ok()?;
        Some(if self.negative { -value } else { value })
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
        assert_eq!(Money::parse("-0").unwrap().to_string(), "0.00");
        assert_eq!(Money::from_json_text("1.25e2").unwrap().to_string(), "125.00");
        assert_eq!(Money::from_json_text("1999E-2").unwrap().to_string(), "19.99");
    }

    #[test]
    fn rejects_negative_fractional_cents_and_garbage() {
        assert!(Money::parse("-0.01").is_err());
        assert!(Money::parse("1.001").is_err());
        assert!(Money::parse("abc").is_err());
        assert!(Money::parse("1e3").is_err());
        assert!(Money::parse("10000000000.00").is_err());
        assert!(Money::from_json_text("1e-3").is_err());
        assert!(Money::from_json_text("1e99999").is_err());
    }

    #[test]
    fn more_places_than_two_are_refused_however_long_the_text() {
        let long = format!("19.99{}1", "0".repeat(25));
        assert_eq!(
            Money::parse(&long).unwrap_err().to_string(),
            format!("amount {long} has more than 2 decimal places")
        );
        let tiny = format!("0.{}1", "0".repeat(30));
        assert_eq!(
            Money::parse(&tiny).unwrap_err().to_string(),
            format!("amount {tiny} has more than 2 decimal places")
        );
        let very_long = format!("1.{}", "5".repeat(100));
        assert_eq!(
            Money::parse(&very_long).unwrap_err().to_string(),
            format!("amount {}… has more than 2 decimal places", &very_long[..40])
        );
        let huge = format!("1{}", "0".repeat(40));
        assert!(Money::parse(&huge).unwrap_err().to_string().contains("is larger than"));
    }

    #[test]
    fn the_limits_are_the_schemas() {
        assert_eq!(Money::MAX.to_string(), "9999999999.99");
        assert_eq!(Money::MAX_TOTAL.to_string(), "999999999999.99");
    }

    #[test]
    fn sums_are_exact() {
        let a = Money::parse("0.10").unwrap().decimal();
        let b = Money::parse("0.20").unwrap().decimal();
        assert_eq!((a + b).to_string(), "0.30");
    }
}
