use std::fmt;
use std::str::FromStr;

use super::{InvalidValue, Quantity, Sku, shown};

/// How an operator names a product on the command line (docs/design.md "The commands"):
/// all digits is the numeric id, `sku:X` is the SKU `X` explicitly (for
/// numeric SKUs), anything else is a SKU.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum ProductRef {
    Id(i64),
    Sku(Sku),
}

impl FromStr for ProductRef {
    type Err = InvalidValue;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let raw = raw.trim();
        if let Some(sku) = raw.strip_prefix("sku:") {
            return Sku::parse(sku).map(ProductRef::Sku);
        }
        if !raw.is_empty() && raw.bytes().all(|b| b.is_ascii_digit()) {
            return raw
                .parse::<i64>()
                .ok()
                .filter(|id| *id > 0)
                .map(ProductRef::Id)
                .ok_or_else(|| InvalidValue(format!("product id {} is out of range", shown(raw))));
        }
        Sku::parse(raw).map(ProductRef::Sku)
    }
}

impl fmt::Display for ProductRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProductRef::Id(id) => write!(f, "product #{id}"),
            ProductRef::Sku(sku) => write!(f, "product {sku}"),
        }
    }
}

/// One `--item PRODUCT[=QTY]` argument; the quantity defaults to 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ItemSpec {
    pub(crate) product: ProductRef,
    pub(crate) quantity: Quantity,
}

impl FromStr for ItemSpec {
    type Err = InvalidValue;

    /// Splits on the last `=`, so a SKU that itself contains `=` still works
    /// when a quantity is given (`A=B=2`).
    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let (product, quantity) = match raw.rsplit_once('=') {
            Some((product, quantity)) => (product, quantity.parse()?),
            None => (raw, Quantity::new(1)?),
        };
        Ok(ItemSpec { product: product.parse()?, quantity })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sku(s: &str) -> ProductRef {
        ProductRef::Sku(Sku::parse(s).unwrap())
    }

    #[test]
    fn digits_are_ids_prefixed_or_other_text_is_a_sku() {
        assert_eq!("17".parse::<ProductRef>().unwrap(), ProductRef::Id(17));
        assert_eq!("sku:0123".parse::<ProductRef>().unwrap(), sku("0123"));
        assert_eq!("SKU-1".parse::<ProductRef>().unwrap(), sku("SKU-1"));
        assert!("0".parse::<ProductRef>().is_err());
        assert!("99999999999999999999".parse::<ProductRef>().is_err());
        assert!("sku:".parse::<ProductRef>().is_err());
    }

    #[test]
    fn item_quantity_defaults_to_one() {
        let item: ItemSpec = "SKU-1".parse().unwrap();
        assert_eq!((item.product, item.quantity.get()), (sku("SKU-1"), 1));
        let item: ItemSpec = "17=3".parse().unwrap();
        assert_eq!((item.product, item.quantity.get()), (ProductRef::Id(17), 3));
        let item: ItemSpec = "A=B=2".parse().unwrap();
        assert_eq!((item.product, item.quantity.get()), (sku("A=B"), 2));
        assert!("SKU-1=0".parse::<ItemSpec>().is_err());
        assert!("SKU-1=x".parse::<ItemSpec>().is_err());
    }
}
