use std::fmt;
use std::str::FromStr;

use super::{InvalidValue, shown};

/// How many units of a product an order line holds: 1 ..= 1 000 000.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Quantity(i32);

impl Quantity {
    pub(crate) const MAX: i32 = 1_000_000;

    pub(crate) fn new(value: i64) -> Result<Self, InvalidValue> {
        if !(1..=i64::from(Self::MAX)).contains(&value) {
            return Err(InvalidValue(format!(
                "quantity {value} is out of range (1 to {})",
                Self::MAX
            )));
        }
        Ok(Quantity(value as i32))
    }

    pub(crate) fn get(self) -> i32 {
        self.0
    }

    /// Adds two quantities (merging repeated lines), still within range.
    pub(crate) fn checked_add(self, other: Quantity) -> Result<Self, InvalidValue> {
        Self::new(i64::from(self.0) + i64::from(other.0))
    }
}

impl FromStr for Quantity {
    type Err = InvalidValue;
    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let value: i64 = raw
            .trim()
            .parse()
            .map_err(|_| InvalidValue(format!("quantity {} is not a whole number", shown(raw))))?;
        Quantity::new(value)
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Units of a product on hand: 0 ..= i32::MAX (the column is `integer`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stock(i32);

impl Stock {
    pub(crate) const ZERO: Stock = Stock(0);

    pub(crate) fn new(value: i64) -> Result<Self, InvalidValue> {
        i32::try_from(value).ok().filter(|v| *v >= 0).map(Stock).ok_or_else(|| {
            InvalidValue(format!("stock {value} is out of range (0 to {})", i32::MAX))
        })
    }

    pub(crate) fn get(self) -> i32 {
        self.0
    }
}

impl FromStr for Stock {
    type Err = InvalidValue;
    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let value: i64 = raw
            .trim()
            .parse()
            .map_err(|_| InvalidValue(format!("stock {} is not a whole number", shown(raw))))?;
        Stock::new(value)
    }
}

/// A relative stock change (`--add-stock ±N`), never zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct StockDelta(i32);

impl StockDelta {
    pub(crate) fn get(self) -> i32 {
        self.0
    }
}

impl FromStr for StockDelta {
    type Err = InvalidValue;
    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let value: i32 = raw.trim().parse().map_err(|_| {
            InvalidValue(format!("stock change {} is not a whole number", shown(raw)))
        })?;
        if value == 0 {
            return Err(InvalidValue("stock change must not be 0".into()));
        }
        Ok(StockDelta(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantity_range() {
        assert!("0".parse::<Quantity>().is_err());
        assert!("-1".parse::<Quantity>().is_err());
        assert_eq!("3".parse::<Quantity>().unwrap().get(), 3);
        assert!("1000001".parse::<Quantity>().is_err());
        assert!("2.5".parse::<Quantity>().is_err());
        let big = Quantity::new(600_000).unwrap();
        assert!(big.checked_add(big).is_err());
    }

    #[test]
    fn stock_range_and_delta() {
        assert!("-1".parse::<Stock>().is_err());
        assert_eq!("0".parse::<Stock>().unwrap().get(), 0);
        assert!("3000000000".parse::<Stock>().is_err());
        assert_eq!("-5".parse::<StockDelta>().unwrap().get(), -5);
        assert_eq!("+5".parse::<StockDelta>().unwrap().get(), 5);
        assert!("0".parse::<StockDelta>().is_err());
    }
}
