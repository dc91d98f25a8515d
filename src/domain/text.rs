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

    pub(crate) fn parse(field: &str, raw: &str) -> Result<Self, InvalidValue> {
        let value = raw.trim();
        if value.is_empty() {
            return Ok(OptionalText(None));
        }
        check_length(field, value, Self::MAX_CHARS)?;
        Ok(OptionalText(Some(value.to_owned())))
    }

    pub(crate) fn none() -> Self {
        OptionalText(None)
    }

    pub(crate) fn as_deref(&self) -> Option<&str> {
        self.0.as_deref()
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
}
