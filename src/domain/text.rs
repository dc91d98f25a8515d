//! Free text fields: trimmed, bounded, and free of control characters (an
//! escape sequence in a product name would run in the terminal of whoever
//! lists it; a NUL is refused by PostgreSQL mid-import). Descriptions may hold
//! line breaks and tabs.

use super::{InvalidValue, shown};

/// A required free-text field (a product name): trimmed, non-empty, bounded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RequiredText(String);

impl RequiredText {
    pub(crate) const MAX_CHARS: usize = 500;

    pub(crate) fn parse(field: &str, raw: &str) -> Result<Self, InvalidValue> {
        let value = raw.trim();
        if value.is_empty() {
            return Err(InvalidValue(format!("{field} must not be empty")));
        }
        check_length(field, value, Self::MAX_CHARS)?;
        check_controls(field, value, false)?;
        Ok(RequiredText(value.to_owned()))
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

/// An optional free-text field (description, manufacturer, location): an empty
/// value means "none", so `--description ''` clears it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OptionalText(Option<String>);

impl OptionalText {
    pub(crate) const MAX_CHARS: usize = 10_000;

    /// One line of text (a manufacturer, a location).
    pub(crate) fn parse(field: &str, raw: &str) -> Result<Self, InvalidValue> {
        Self::checked(field, raw, false)
    }

    /// Text that may run over several lines (a description): line breaks
    /// (`\r\n` kept as `\n`) and tabs are allowed, other control characters not.
    pub(crate) fn parse_multiline(field: &str, raw: &str) -> Result<Self, InvalidValue> {
        if raw.contains("\r\n") {
            return Self::checked(field, &raw.replace("\r\n", "\n"), true);
        }
        Self::checked(field, raw, true)
    }

    fn checked(field: &str, raw: &str, multiline: bool) -> Result<Self, InvalidValue> {
        let value = raw.trim();
        if value.is_empty() {
            return Ok(OptionalText(None));
        }
        check_length(field, value, Self::MAX_CHARS)?;
        check_controls(field, value, multiline)?;
        Ok(OptionalText(Some(value.to_owned())))
    }

    pub(crate) fn none() -> Self {
        OptionalText(None)
    }

    pub(crate) fn as_deref(&self) -> Option<&str> {
        self.0.as_deref()
    }
}

impl RequiredText {
    /// An identifier given as free text (an external reference): like
    /// `parse`, and without invisible format characters, which in an
    /// identifier can only deceive.
    pub(crate) fn parse_identifier(field: &str, raw: &str) -> Result<Self, InvalidValue> {
        let text = Self::parse(field, raw)?;
        check_invisible(field, text.as_str())?;
        Ok(text)
    }
}

/// Invisible format characters (Unicode's general category Cf): the
/// bidirectional controls that reorder what is shown (`ann\u{202e}…`),
/// zero-width characters, the byte-order mark, tag characters. Shown
/// escaped wherever they appear; refused in identifiers (SKUs, e-mails,
/// external references), where they can only deceive.
pub(crate) fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{ad}'
        | '\u{600}'..='\u{605}'
        | '\u{61c}'
        | '\u{6dd}'
        | '\u{70f}'
        | '\u{890}'..='\u{891}'
        | '\u{8e2}'
        | '\u{180e}'
        | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206f}'
        | '\u{feff}'
        | '\u{fff9}'..='\u{fffb}'
        | '\u{110bd}'
        | '\u{110cd}'
        | '\u{13430}'..='\u{1343f}'
        | '\u{1bca0}'..='\u{1bca3}'
        | '\u{1d173}'..='\u{1d17a}'
        | '\u{e0001}'
        | '\u{e0020}'..='\u{e007f}')
}

/// Refuses invisible format characters in an identifier, naming the first
/// one and where it is.
pub(crate) fn check_invisible(field: &str, value: &str) -> Result<(), InvalidValue> {
    match value.chars().enumerate().find(|(_, c)| is_invisible_format(*c)) {
        None => Ok(()),
        Some((at, c)) => Err(InvalidValue(format!(
            "{field} must not contain invisible formatting characters (U+{:04X} at character {})",
            c as u32,
            at + 1
        ))),
    }
}

fn check_length(field: &str, value: &str, max: usize) -> Result<(), InvalidValue> {
    if value.chars().count() > max {
        return Err(InvalidValue(format!(
            "{field} {} is longer than {max} characters",
            shown(value)
        )));
    }
    Ok(())
}

/// Refuses control characters (other than a line break or tab in
/// `multiline` text), naming the first one and where it is.
pub(crate) fn check_controls(
    field: &str,
    value: &str,
    multiline: bool,
) -> Result<(), InvalidValue> {
    let allowed = |c: char| multiline && (c == '\n' || c == '\t');
    match value.chars().enumerate().find(|(_, c)| c.is_control() && !allowed(*c)) {
        None => Ok(()),
        Some((at, c)) => Err(InvalidValue(format!(
            "{field} must not contain control characters (U+{:04X} at character {})",
            c as u32,
            at + 1
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_text_is_trimmed_and_non_empty() {
        assert_eq!(RequiredText::parse("name", "  Lamp ").unwrap().as_str(), "Lamp");
        assert!(RequiredText::parse("name", "   ").is_err());
        assert!(RequiredText::parse("name", &"x".repeat(501)).is_err());
    }

    #[test]
    fn optional_text_empty_means_none() {
        assert_eq!(OptionalText::parse("description", "").unwrap().as_deref(), None);
        assert_eq!(OptionalText::parse("description", " a ").unwrap().as_deref(), Some("a"));
    }

    #[test]
    fn control_characters_are_refused_naming_the_first() {
        let err = RequiredText::parse("name", "Evil\u{1b}]0;pwned\u{7}").unwrap_err();
        assert_eq!(
            err.to_string(),
            "name must not contain control characters (U+001B at character 5)"
        );
        assert!(RequiredText::parse("name", "a\0b").is_err());
        assert!(RequiredText::parse("name", "two\nlines").is_err());
        assert!(OptionalText::parse("manufacturer", "tab\there").is_err());
        assert!(OptionalText::parse("manufacturer", "C1 \u{9b}2J").is_err());
        let text = OptionalText::parse_multiline("description", "one\r\ntwo\tcols").unwrap();
        assert_eq!(text.as_deref(), Some("one\ntwo\tcols"));
        assert!(OptionalText::parse_multiline("description", "bell\u{7}").is_err());
    }
}
