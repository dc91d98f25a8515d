//! Validated domain values. Input (flags, import records) is converted to these
//! types once, at the edge; everything below works only with valid values.

mod adjust;
mod choices;
mod email;
pub(crate) mod formula;
mod money;
mod order_state;
pub(crate) mod printable;
mod product_ref;
mod quantity;
mod sku;
mod text;
mod timestamp;

pub(crate) use adjust::{PriceChange, StockChange};
pub(crate) use choices::{
    ColorChoice, Compress, ExportFormat, InputFormat, LogFormat, OnConflict, OutputFormat,
    Searchable,
};
pub(crate) use email::Email;
pub(crate) use money::Money;
pub(crate) use order_state::OrderState;
pub(crate) use product_ref::{ItemSpec, ProductRef};
pub(crate) use quantity::{Quantity, Stock, StockDelta};
pub(crate) use sku::Sku;
pub(crate) use text::{OptionalText, RequiredText, is_invisible_format};
pub(crate) use timestamp::{TimeBound, parse_rfc3339};

/// Why a value was refused: the message names the rule, never the whole input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub(crate) struct InvalidValue(pub(crate) String);

/// The largest id ecomctl accepts from input: 2^53 − 1, the largest integer
/// a JSON reader that uses doubles (JavaScript, many dashboards) holds
/// exactly, and far enough below the `bigint` limit that an imported id can
/// never exhaust a sequence.
pub(crate) const MAX_ID: i64 = 9_007_199_254_740_991;

/// An id given in input: 1 to `MAX_ID`.
pub(crate) fn check_id(id: i64) -> Result<i64, InvalidValue> {
    if (1..=MAX_ID).contains(&id) {
        Ok(id)
    } else {
        Err(InvalidValue(format!("{id} is not an id (ids run from 1 to {MAX_ID})")))
    }
}

/// Shows a user-supplied value in an error message, cut so that a huge value
/// cannot flood the terminal.
pub(crate) fn shown(value: &str) -> String {
    const MAX: usize = 60;
    if value.chars().count() <= MAX {
        format!("{value:?}")
    } else {
        let cut: String = value.chars().take(MAX).collect();
        format!("{cut:?}…")
    }
}
