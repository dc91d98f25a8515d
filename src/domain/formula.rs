//! Spreadsheet formula injection (OWASP "CSV injection"): a CSV cell that
//! starts with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a
//! formula by Excel, LibreOffice and Google Sheets when the file is opened.
//! ecomctl's CSV output puts a `'` before such a cell (the spreadsheet
//! convention for "text"), and CSV import takes it off again, so a product
//! named `=SUM(A1)` is exported as `'=SUM(A1)` and imported back as it was.
//! A cell that already starts with quotes before such a character gets one
//! more, so the round trip is exact for every text.

use std::borrow::Cow;

/// Whether a spreadsheet would treat `text` as a formula, or `text` looks
/// like an already guarded cell.
fn needs_guard(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => true,
        Some(b'\'') => needs_guard(&text[1..]),
        _ => false,
    }
}

/// The cell to write for `text`.
pub(crate) fn guard(text: &str) -> Cow<'_, str> {
    if needs_guard(text) { Cow::Owned(format!("'{text}")) } else { Cow::Borrowed(text) }
}

/// Whether a cell read from CSV carries the guard `guard` adds (then the
/// text is the cell without its first character).
pub(crate) fn is_guarded(cell: &str) -> bool {
    cell.starts_with('\'') && needs_guard(&cell[1..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_guarded_and_every_text_round_trips() {
        assert_eq!(guard("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(guard("-20% sale"), "'-20% sale");
        assert_eq!(guard("@cmd"), "'@cmd");
        assert_eq!(guard("Lamp"), "Lamp");
        assert_eq!(guard("'Tis the season"), "'Tis the season");
        for text in ["=1+1", "'=1", "''=1", "'", "'x", "", "+", "\tx", "plain"] {
            let cell = guard(text);
            let back = if is_guarded(&cell) { &cell[1..] } else { &cell[..] };
            assert_eq!(back, text, "{text:?} → {cell:?}");
        }
    }
}
