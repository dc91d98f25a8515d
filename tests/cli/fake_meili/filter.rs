//! Meilisearch's filter language, as far as ecomctl uses it: comparisons,
//! `IN [...]`, `EXISTS`, `NOT`, `AND`, `OR` and parentheses, over dotted
//! attribute paths that reach into arrays (`items.product_sku`).

use serde_json::Value;

#[derive(Debug)]
pub enum Expr {
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Compare(String, String, String),
    In(String, Vec<String>),
    Exists(String),
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Quoted(String),
    Op(String),
    Open,
    Close,
    OpenBracket,
    CloseBracket,
    Comma,
}

/// A token as the filter's author wrote it, for an error message.
fn shown(token: Option<Token>) -> String {
    let text = match token {
        None => return "the end of the filter".into(),
        Some(Token::Word(w)) | Some(Token::Op(w)) => w,
        Some(Token::Quoted(q)) => format!("\"{q}\""),
        Some(Token::Open) => "(".into(),
        Some(Token::Close) => ")".into(),
        Some(Token::OpenBracket) => "[".into(),
        Some(Token::CloseBracket) => "]".into(),
        Some(Token::Comma) => ",".into(),
    };
    format!("`{text}`")
}

fn lex(input: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = input.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            c if c.is_whitespace() => i += 1,
            '(' => {
                tokens.push(Token::Open);
                i += 1
            }
            ')' => {
                tokens.push(Token::Close);
                i += 1
            }
            '[' => {
                tokens.push(Token::OpenBracket);
                i += 1
            }
            ']' => {
                tokens.push(Token::CloseBracket);
                i += 1
            }
            ',' => {
                tokens.push(Token::Comma);
                i += 1
            }
            '"' | '\'' => {
                let quote = c;
                let mut value = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => {
                            return Err(format!(
                                "Expression `{input}` is missing a closing quote."
                            ));
                        }
                        Some('\\') => {
                            if let Some(next) = chars.get(i + 1) {
                                value.push(*next);
                            }
                            i += 2;
                        }
                        Some(c) if *c == quote => {
                            i += 1;
                            break;
                        }
                        Some(c) => {
                            value.push(*c);
                            i += 1;
                        }
                    }
                }
                tokens.push(Token::Quoted(value));
            }
            '=' => {
                tokens.push(Token::Op("=".into()));
                i += 1
            }
            '!' if chars.get(i + 1) == Some(&'=') => {
                tokens.push(Token::Op("!=".into()));
                i += 2
            }
            '>' | '<' => {
                if chars.get(i + 1) == Some(&'=') {
                    tokens.push(Token::Op(format!("{c}=")));
                    i += 2;
                } else {
                    tokens.push(Token::Op(c.to_string()));
                    i += 1;
                }
            }
            _ => {
                let start = i;
                while i < chars.len()
                    && !chars[i].is_whitespace()
                    && !"()[],=!<>\"'".contains(chars[i])
                {
                    i += 1;
                }
                if start == i {
                    return Err(format!("Was expecting a value but instead got `{c}`."));
                }
                tokens.push(Token::Word(chars[start..i].iter().collect()));
            }
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek_keyword(&self, keyword: &str) -> bool {
        matches!(self.tokens.get(self.pos), Some(Token::Word(w)) if w.eq_ignore_ascii_case(keyword))
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        token
    }

    fn or(&mut self) -> Result<Expr, String> {
        let mut left = self.and()?;
        while self.peek_keyword("OR") {
            self.pos += 1;
            left = Expr::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, String> {
        let mut left = self.not()?;
        while self.peek_keyword("AND") {
            self.pos += 1;
            left = Expr::And(Box::new(left), Box::new(self.not()?));
        }
        Ok(left)
    }

    fn not(&mut self) -> Result<Expr, String> {
        if self.peek_keyword("NOT") {
            self.pos += 1;
            return Ok(Expr::Not(Box::new(self.not()?)));
        }
        self.primary()
    }

    fn value(&mut self) -> Result<String, String> {
        match self.next() {
            Some(Token::Word(w)) | Some(Token::Quoted(w)) => Ok(w),
            other => Err(format!("Was expecting a value but instead got {}.", shown(other))),
        }
    }

    fn primary(&mut self) -> Result<Expr, String> {
        match self.next() {
            Some(Token::Open) => {
                let inner = self.or()?;
                match self.next() {
                    Some(Token::Close) => Ok(inner),
                    _ => Err("Expression is missing a closing `)`.".into()),
                }
            }
            Some(Token::Word(attribute)) | Some(Token::Quoted(attribute)) => {
                if self.peek_keyword("EXISTS") {
                    self.pos += 1;
                    return Ok(Expr::Exists(attribute));
                }
                if self.peek_keyword("IN") {
                    self.pos += 1;
                    if self.next() != Some(Token::OpenBracket) {
                        return Err("Expected `[` after IN keyword.".into());
                    }
                    let mut values = Vec::new();
                    loop {
                        match self.tokens.get(self.pos) {
                            Some(Token::CloseBracket) => {
                                self.pos += 1;
                                break;
                            }
                            Some(Token::Comma) => self.pos += 1,
                            _ => values.push(self.value()?),
                        }
                    }
                    return Ok(Expr::In(attribute, values));
                }
                match self.next() {
                    Some(Token::Op(op)) => Ok(Expr::Compare(attribute, op, self.value()?)),
                    _ => Err(format!(
                        "Was expecting an operation `=`, `!=`, `>=`, `>`, `<=`, `<`, `IN`, `EXISTS` after `{attribute}`."
                    )),
                }
            }
            other => {
                Err(format!("Was expecting a filter expression but instead got {}.", shown(other)))
            }
        }
    }
}

pub fn parse(input: &str) -> Result<Expr, String> {
    let mut parser = Parser { tokens: lex(input)?, pos: 0 };
    let expr = parser.or()?;
    if parser.pos < parser.tokens.len() {
        return Err(format!("Found unexpected characters at the end of the filter: `{input}`."));
    }
    Ok(expr)
}

pub fn attributes(expr: &Expr) -> Vec<String> {
    match expr {
        Expr::And(a, b) | Expr::Or(a, b) => {
            let mut all = attributes(a);
            all.extend(attributes(b));
            all
        }
        Expr::Not(a) => attributes(a),
        Expr::Compare(attr, _, _) | Expr::In(attr, _) | Expr::Exists(attr) => {
            vec![attr.clone()]
        }
    }
}

/// Each attribute with the operator it is used with (`=`, `!=`, `IN`, `<`,
/// …, `EXISTS`), in the order they appear.
pub fn operators(expr: &Expr) -> Vec<(String, String)> {
    match expr {
        Expr::And(a, b) | Expr::Or(a, b) => {
            let mut all = operators(a);
            all.extend(operators(b));
            all
        }
        Expr::Not(a) => operators(a),
        Expr::Compare(attr, op, _) => vec![(attr.clone(), op.clone())],
        Expr::In(attr, _) => vec![(attr.clone(), "IN".into())],
        Expr::Exists(attr) => vec![(attr.clone(), "EXISTS".into())],
    }
}

/// The values at a dotted path; arrays on the way fan out.
pub fn values_at<'a>(doc: &'a Value, path: &str) -> Vec<&'a Value> {
    let mut current = vec![doc];
    for part in path.split('.') {
        let mut next = Vec::new();
        for value in current {
            match value {
                Value::Array(items) => {
                    next.extend(items.iter().filter_map(|item| item.get(part)));
                }
                other => next.extend(other.get(part)),
            }
        }
        current = next;
    }
    current
        .into_iter()
        .flat_map(|v| match v {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        })
        .collect()
}

fn equal(value: &Value, wanted: &str) -> bool {
    match value {
        Value::Number(n) => wanted.parse::<f64>().ok() == n.as_f64(),
        Value::String(s) => s.eq_ignore_ascii_case(wanted),
        Value::Bool(b) => b.to_string() == wanted,
        _ => false,
    }
}

fn ordered(value: &Value, op: &str, wanted: &str) -> bool {
    let (Some(x), Ok(y)) = (value.as_f64(), wanted.parse::<f64>()) else { return false };
    match op {
        ">" => x > y,
        ">=" => x >= y,
        "<" => x < y,
        "<=" => x <= y,
        _ => false,
    }
}

pub fn matches(expr: &Expr, doc: &Value) -> bool {
    match expr {
        Expr::And(a, b) => matches(a, doc) && matches(b, doc),
        Expr::Or(a, b) => matches(a, doc) || matches(b, doc),
        Expr::Not(a) => !matches(a, doc),
        Expr::Exists(attr) => !values_at(doc, attr).is_empty(),
        Expr::In(attr, wanted) => {
            values_at(doc, attr).iter().any(|v| wanted.iter().any(|w| equal(v, w)))
        }
        Expr::Compare(attr, op, wanted) => {
            let values = values_at(doc, attr);
            match op.as_str() {
                "=" => values.iter().any(|v| equal(v, wanted)),
                "!=" => !values.iter().any(|v| equal(v, wanted)),
                _ => values.iter().any(|v| ordered(v, op, wanted)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn order() -> Value {
        json!({"id": 7, "state": "SHIPPED", "customer_email": "a\"b@example.com",
               "total_price": 12.5, "created_at_ts": 100,
               "items": [{"product_sku": "LAMP-1", "product_id": 3},
                         {"product_sku": "MUG-2", "product_id": 4}]})
    }

    fn holds(filter: &str) -> bool {
        matches(&parse(filter).unwrap_or_else(|e| panic!("{filter}: {e}")), &order())
    }

    #[test]
    fn comparisons_on_values_and_quoted_strings() {
        assert!(holds(r#"state = "SHIPPED""#));
        assert!(holds("state = shipped"), "strings compare without case");
        assert!(!holds(r#"state != "SHIPPED""#));
        assert!(
            holds(r#"customer_email = "a\"b@example.com""#),
            "an escaped quote is part of the value"
        );
        assert!(holds("total_price > 12 AND total_price <= 12.5"));
        assert!(!holds("total_price >= 13"));
    }

    #[test]
    fn paths_reach_into_arrays() {
        assert!(holds(r#"items.product_sku = "MUG-2""#));
        assert!(holds("items.product_id IN [9, 4]"));
        assert!(!holds("items.product_id IN [9, 10]"));
        assert!(holds("items.product_sku EXISTS"));
        assert!(!holds("closed_at EXISTS"));
    }

    #[test]
    fn and_binds_tighter_than_or_and_not_negates() {
        assert!(holds(r#"state = "CANCELLED" OR state = "SHIPPED" AND id = 7"#));
        assert!(!holds(r#"(state = "CANCELLED" OR state = "SHIPPED") AND id = 8"#));
        assert!(holds(r#"NOT state = "CANCELLED""#));
        assert!(!holds(r#"NOT (state = "SHIPPED" AND id = 7)"#));
    }

    #[test]
    fn attributes_are_listed_and_broken_filters_refused() {
        let parsed =
            parse(r#"state = "A" AND (items.product_id IN [1] OR total_price > 3)"#).unwrap();
        let mut attributes = attributes(&parsed);
        attributes.sort();
        assert_eq!(attributes, ["items.product_id", "state", "total_price"]);
        for broken in ["state = ", "(state = A", "state = A)", r#"state = "open"#, "AND"] {
            assert!(parse(broken).is_err(), "{broken} must be refused");
        }
    }
}
