//! Table cells holding text from data, made printable
//! (`domain::printable`, where the rule lives).

pub(crate) use crate::domain::printable::{printable, printable_keeping, printable_line};

/// A table cell holding text from data.
pub(crate) fn cell(text: impl AsRef<str>) -> comfy_table::Cell {
    comfy_table::Cell::new(printable(text.as_ref()))
}
