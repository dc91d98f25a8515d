//! Connection strings shown to people (`config list|show`): parsed with the
//! same parser that connects, so a password is masked in whatever form it
//! is written.

use super::conn_string::{decode, pairs, parse_url};

/// A connection string to show people: the password masked, in whatever
/// form it is written (`user:pw@` in a URL, `?password=` in its query,
/// `password=…` or `password='two words'` as a pair). A string that cannot
/// be parsed is not shown at all: it might be all secret.
pub(crate) fn masked(text: &str) -> String {
    const HIDDEN: &str = "(not a valid connection string; hidden)";
    let trimmed = text.trim();
    if trimmed.starts_with("postgres://") || trimmed.starts_with("postgresql://") {
        if parse_url(trimmed).is_err() {
            return HIDDEN.to_owned();
        }
        let (scheme, rest) = trimmed.split_once("://").unwrap_or(("", trimmed));
        let (rest, query) = match rest.split_once('?') {
            Some((rest, query)) => (rest, Some(query)),
            None => (rest, None),
        };
        let authority_end = rest.find('/').unwrap_or(rest.len());
        let (authority, path) = rest.split_at(authority_end);
        let authority = match authority.rfind('@') {
            Some(at) => match authority[..at].split_once(':') {
                Some((user, _)) => format!("{user}:***{}", &authority[at..]),
                None => authority.to_owned(),
            },
            None => authority.to_owned(),
        };
        let query = query.map(|q| {
            let params: Vec<String> = q
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((key, _)) if decode(key).as_deref() == Some("password") => {
                        format!("{key}=***")
                    }
                    _ => pair.to_owned(),
                })
                .collect();
            format!("?{}", params.join("&"))
        });
        return format!("{scheme}://{authority}{path}{}", query.unwrap_or_default());
    }
    match pairs(trimmed) {
        Ok(found) => {
            let mut out = trimmed.to_owned();
            // From the end, so earlier spans stay where they are.
            for pair in found.iter().rev().filter(|p| p.key == "password") {
                out.replace_range(pair.value_span.clone(), "***");
            }
            out
        }
        Err(_) => HIDDEN.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_masked_in_every_form() {
        assert_eq!(masked("postgres://u:s3cret@h:5432/db"), "postgres://u:***@h:5432/db");
        assert_eq!(
            masked("postgres://u@h/db?password=s3cret&sslmode=require"),
            "postgres://u@h/db?password=***&sslmode=require"
        );
        assert_eq!(
            masked("postgres://u@h/db?pass%77ord=s3cret"),
            "postgres://u@h/db?pass%77ord=***"
        );
        assert_eq!(masked("host=h password=s3cret user=u"), "host=h password=*** user=u");
        assert_eq!(masked("host=h password = 'two words' user=u"), "host=h password = *** user=u");
        assert_eq!(masked("password='it\\'s' host=h"), "password=*** host=h");
        assert_eq!(
            masked("host=h password='unterminated"),
            "(not a valid connection string; hidden)"
        );
        assert_eq!(masked("postgres://u@h/db"), "postgres://u@h/db");
    }
}
