//! Text from data made safe for a terminal. Whatever wrote it — ecomctl,
//! an import, plain SQL, Meilisearch — a product name must not move the
//! cursor, clear the screen, set the window title or write to the clipboard
//! (OSC 52) of whoever lists it: control characters, and the bidirectional
//! controls that reorder what is shown, are written as visible escapes
//! (`\u{1b}`). Line breaks are kept where a cell may hold several lines.

use std::borrow::Cow;

/// Characters that must not reach a terminal as they are: controls, and
/// the invisible format characters (bidirectional controls, zero-width
/// characters, the byte-order mark, tags) that make text read otherwise
/// than it is.
fn unsafe_char(c: char) -> bool {
    c.is_control() || super::is_invisible_format(c)
}

fn escaped(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| unsafe_char(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) && !keep(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// For a table cell or a message: line breaks kept, everything else escaped.
pub(crate) fn printable(text: &str) -> Cow<'_, str> {
    escaped(text, |c| c == '\n')
}

/// For one line of output: line breaks escaped too.
pub(crate) fn printable_line(text: &str) -> Cow<'_, str> {
    escaped(text, |_| false)
}

/// Like `printable`, but `keep` characters pass (search highlight markers,
/// replaced by the caller afterwards).
pub(crate) fn printable_keeping<'a>(text: &'a str, keep: &[char]) -> Cow<'a, str> {
    escaped(text, |c| c == '\n' || keep.contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_controls_become_visible() {
        assert_eq!(printable("Evil\u{1b}]0;pwned\u{7} name"), "Evil\\u{1b}]0;pwned\\u{7} name");
        assert_eq!(printable("clip\u{1b}]52;c;ZXZpbA==\u{7}"), "clip\\u{1b}]52;c;ZXZpbA==\\u{7}");
        assert_eq!(printable("C1 \u{9b}2J"), "C1 \\u{9b}2J");
        assert_eq!(printable("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(printable("two\nlines\ttab"), "two\nlines\\u{9}tab");
        assert_eq!(printable_line("two\nlines"), "two\\u{a}lines");
        assert!(matches!(printable("plain Ünïcödé"), Cow::Borrowed(_)));
    }
}
