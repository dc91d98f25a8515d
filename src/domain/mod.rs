//! Validated domain values. Input (flags, import records) is converted to these
//! types once, at the edge; everything below works only with valid values.

mod email;
mod money;
mod order_state;
mod product_ref;
mod quantity;
mod sku;
mod text;
mod timestamp;

pub(crate) use email::Email;
pub(crate) use money::Money;
pub(crate) use order_state::OrderState;
pub(crate) use product_ref::{ItemSpec, ProductRef};
pub(crate) use quantity::{Quantity, Stock, StockDelta};
pub(crate) use sku::Sku;
pub(crate) use text::{OptionalText, RequiredText};
pub(crate) use timestamp::TimeBound;

/// Why a value was refused: the message names the rule, never the whole input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub(crate) struct InvalidValue(pub(crate) String);

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
