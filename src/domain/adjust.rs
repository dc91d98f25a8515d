//! Changes to a price or a stock that `products update` takes, absolute or
//! relative: `--price 12.50` sets, `--price +2.50` / `--price -2.50` adds,
//! `--price +5%` / `--price -12.5%` scales; `--stock 7` sets, `--stock +3` /
//! `--stock -2` adds. A sign makes a value relative, so a price or a stock
//! can never be *set* below zero by a typo, and a percentage needs its sign.
//!
//! A percentage's result is rounded to the cent half away from zero (the
//! commercial rounding of shops, spreadsheets and PostgreSQL's
//! `round(numeric)`): 10.10 + 5 % = 10.605 → 10.61. A price is rounded once
//! per change, so half-to-even's freedom from bias over many sums buys
//! nothing here, and an operator checking a price by hand expects 10.61.

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

use super::money::ExactDecimal;
use super::{InvalidValue, Money, Stock, shown};

/// The largest percentage taken (a typo guard; ×101 at most).
const MAX_PERCENT: Decimal = Decimal::from_parts(10_000, 0, 0, false, 0);

/// A change of price.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PriceChange {
    Set(Money),
    /// Added (or, negative, taken off): at most 2 decimal places.
    Add(Decimal),
    /// Scaled by this many percent (`+5` is ×1.05), at most 2 decimal places.
    Percent(Decimal),
}

/// Why a change cannot apply to one product.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unfit(pub(crate) String);

impl PriceChange {
    /// The new price of a product priced `old`, or why there is none.
    pub(crate) fn apply(self, old: Decimal) -> Result<Decimal, Unfit> {
        let new = match self {
            PriceChange::Set(price) => return Ok(price.decimal()),
            PriceChange::Add(delta) => old.checked_add(delta),
            PriceChange::Percent(percent) => old
                .checked_mul(Decimal::ONE_HUNDRED + percent)
                .and_then(|v| v.checked_div(Decimal::ONE_HUNDRED))
                .map(|v| v.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)),
        };
        let Some(mut new) = new else {
            return Err(Unfit(format!("price {old:.2} {self} is out of range")));
        };
        new.rescale(2);
        if new.is_sign_negative() && !new.is_zero() {
            return Err(Unfit(format!("price {old:.2} {self} would be {new:.2}, below zero")));
        }
        if new > Money::MAX {
            return Err(Unfit(format!(
                "price {old:.2} {self} would be {new:.2}, above {}",
                Money::MAX
            )));
        }
        Ok(new.abs())
    }
}

impl FromStr for PriceChange {
    type Err = InvalidValue;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let text = raw.trim();
        let sign = match text.as_bytes().first() {
            Some(b'+') => Some(false),
            Some(b'-') => Some(true),
            _ => None,
        };
        if let Some(number) = text.strip_suffix('%') {
            let Some(negative) = sign else {
                return Err(InvalidValue(format!(
                    "{} needs a sign: +{number}% raises prices, -{number}% lowers them",
                    shown(raw)
                )));
            };
            let value = signed_amount(raw, &number[1..], negative, "percentage")?;
            if value.abs() > MAX_PERCENT {
                return Err(InvalidValue(format!("{} is beyond ±{MAX_PERCENT}%", shown(raw))));
            }
            return Ok(PriceChange::Percent(value));
        }
        match sign {
            Some(negative) => {
                let value = signed_amount(raw, &text[1..], negative, "amount")?;
                if value.abs() > Money::MAX {
                    return Err(InvalidValue(format!(
                        "{} is larger than {}",
                        shown(raw),
                        Money::MAX
                    )));
                }
                Ok(PriceChange::Add(value))
            }
            None => Money::parse(text).map(PriceChange::Set),
        }
    }
}

/// The number after a sign: plain notation, at most 2 decimal places.
fn signed_amount(
    raw: &str,
    digits: &str,
    negative: bool,
    what: &str,
) -> Result<Decimal, InvalidValue> {
    let exact = ExactDecimal::parse(digits, false)
        .filter(|e| !digits.starts_with(['-', '+']) && !e.is_zero())
        .ok_or_else(|| InvalidValue(format!("{} is not a non-zero {what}", shown(raw))))?;
    if exact.places() > 2 {
        return Err(InvalidValue(format!("{} has more than 2 decimal places", shown(raw))));
    }
    let value = exact
        .to_decimal()
        .filter(|v| *v <= Decimal::from(1_000_000_000_000_i64))
        .ok_or_else(|| InvalidValue(format!("{} is out of range", shown(raw))))?;
    Ok(if negative { -value } else { value })
}

impl fmt::Display for PriceChange {
    /// As an operator would type it: `12.50`, `+2.50`, `-5%`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PriceChange::Set(price) => write!(f, "{price}"),
            PriceChange::Add(delta) => write!(f, "{}{:.2}", plus(*delta), delta),
            PriceChange::Percent(p) => write!(f, "{}{}%", plus(*p), p.normalize()),
        }
    }
}

fn plus(value: Decimal) -> &'static str {
    if value.is_sign_negative() { "" } else { "+" }
}

/// A change of stock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StockChange {
    Set(Stock),
    /// Added (or, negative, taken off); never zero.
    Add(i32),
}

impl StockChange {
    /// The new stock of a product holding `old`, or why there is none.
    pub(crate) fn apply(self, old: i32) -> Result<i32, Unfit> {
        match self {
            StockChange::Set(stock) => Ok(stock.get()),
            StockChange::Add(delta) => {
                let new = i64::from(old) + i64::from(delta);
                if new < 0 {
                    Err(Unfit(format!("stock {old} {self} would be {new}, below zero")))
                } else if new > i64::from(i32::MAX) {
                    Err(Unfit(format!("stock {old} {self} would be {new}, above {}", i32::MAX)))
                } else {
                    Ok(new as i32)
                }
            }
        }
    }
}

impl FromStr for StockChange {
    type Err = InvalidValue;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let text = raw.trim();
        if text.starts_with(['+', '-']) {
            return text.parse::<super::StockDelta>().map(|d| StockChange::Add(d.get()));
        }
        text.parse::<Stock>().map(StockChange::Set)
    }
}

impl fmt::Display for StockChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StockChange::Set(stock) => write!(f, "{}", stock.get()),
            StockChange::Add(delta) if *delta >= 0 => write!(f, "+{delta}"),
            StockChange::Add(delta) => write!(f, "{delta}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn price(raw: &str) -> PriceChange {
        raw.parse().unwrap()
    }

    fn d(raw: &str) -> Decimal {
        raw.parse().unwrap()
    }

    #[test]
    fn a_sign_makes_a_price_relative_and_a_percentage_needs_one() {
        assert_eq!(price("12.5"), PriceChange::Set(Money::parse("12.50").unwrap()));
        assert_eq!(price("+2.50"), PriceChange::Add(d("2.50")));
        assert_eq!(price("-2.5"), PriceChange::Add(d("-2.5")));
        assert_eq!(price("+5%"), PriceChange::Percent(d("5")));
        assert_eq!(price("-12.5%"), PriceChange::Percent(d("-12.5")));
        for bad in ["5%", "+%", "+0%", "-0", "+1.001", "+1.5e3%", "++5%", "+-5%", "+10001%", "abc"]
        {
            assert!(bad.parse::<PriceChange>().is_err(), "{bad} was taken");
        }
        assert_eq!(
            "5%".parse::<PriceChange>().unwrap_err().0,
            "\"5%\" needs a sign: +5% raises prices, -5% lowers them"
        );
    }

    #[test]
    fn percentages_round_half_away_from_zero_to_the_cent() {
        assert_eq!(price("+5%").apply(d("10.10")).unwrap(), d("10.61"));
        assert_eq!(price("+5%").apply(d("19.99")).unwrap(), d("20.99"));
        assert_eq!(price("-5%").apply(d("10.10")).unwrap(), d("9.60"));
        assert_eq!(price("-50%").apply(d("0.01")).unwrap(), d("0.01"));
        assert_eq!(price("-100%").apply(d("7.00")).unwrap().to_string(), "0.00");
        assert_eq!(price("+5%").apply(d("10")).unwrap().to_string(), "10.50");
    }

    #[test]
    fn a_change_past_the_bounds_is_unfit_and_says_why() {
        assert_eq!(
            price("-2.50").apply(d("2.00")).unwrap_err().0,
            "price 2.00 -2.50 would be -0.50, below zero"
        );
        assert_eq!(
            price("-150%").apply(d("2.00")).unwrap_err().0,
            "price 2.00 -150% would be -1.00, below zero"
        );
        assert!(price("+100%").apply(Money::MAX).is_err());
        assert_eq!(price("-2.00").apply(d("2.00")).unwrap().to_string(), "0.00");
    }

    #[test]
    fn stock_is_set_or_moved_by_a_signed_amount() {
        let stock = |raw: &str| raw.parse::<StockChange>().unwrap();
        assert_eq!(stock("7").apply(3).unwrap(), 7);
        assert_eq!(stock("+3").apply(3).unwrap(), 6);
        assert_eq!(stock("-2").apply(3).unwrap(), 1);
        assert_eq!(stock("-4").apply(3).unwrap_err().0, "stock 3 -4 would be -1, below zero");
        assert!(stock("+1").apply(i32::MAX).is_err());
        assert!("-0".parse::<StockChange>().is_err());
        assert!("x".parse::<StockChange>().is_err());
        assert_eq!(stock("+3").to_string(), "+3");
    }
}
