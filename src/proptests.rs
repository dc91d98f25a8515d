//! Property tests of every parser of user text: money, quantities, stock,
//! SKUs, e-mails, times, product references and items, search filters,
//! connection strings, import records and the JSON array splitter. For any
//! input: no panic; what is accepted round-trips through how it is shown;
//! what is refused is refused with the flag or field named.

use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::cli::request::flag_value;
use crate::domain::{
    Email, ItemSpec, Money, OptionalText, ProductRef, Quantity, RequiredText, Sku, Stock,
    StockDelta, TimeBound, parse_rfc3339,
};

/// Text people and files are likely to get wrong: digits, signs, dots,
/// exponents, separators, quotes, whitespace, control characters and a
/// little of everything else.
fn messy() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9.eE+-]{0,40}",
        "[ -~]{0,40}",
        "[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}a-z]{0,20}",
        any::<String>(),
    ]
}

/// A rejection names its flag, however it is worded.
fn named(flag: &str, result: Result<(), crate::error::AppError>) -> bool {
    match result {
        Ok(()) => true,
        Err(err) => err.to_string().starts_with(&format!("{flag}: ")),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn money_is_exact_and_round_trips(raw in messy()) {
        match Money::parse(&raw) {
            Ok(money) => {
                let shown = money.to_string();
                prop_assert_eq!(Money::parse(&shown).unwrap(), money);
                prop_assert!(money.decimal() <= Money::MAX && money.decimal() >= Decimal::ZERO);
                prop_assert!(money.decimal().scale() == 2);
            }
            Err(_) => prop_assert!(named("--price", flag_value("--price", &raw, Money::parse).map(|_| ()))),
        }
        let _ = Money::from_json_text(&raw);
        let _ = Money::total_from_json_text(&raw);
    }

    #[test]
    fn money_keeps_every_digit_it_accepts(int in 0u64..10_000_000_000, cents in 0u32..100, zeros in 0usize..40) {
        let text = format!("{int}.{cents:02}{}", "0".repeat(zeros));
        let money = Money::parse(&text).unwrap();
        prop_assert_eq!(money.to_string(), format!("{int}.{cents:02}"));
        let more = format!("{text}1");
        prop_assert!(Money::parse(&more).is_err(), "{} must be refused", more);
    }

    #[test]
    fn counts_round_trip(raw in messy()) {
        if let Ok(q) = raw.parse::<Quantity>() {
            prop_assert_eq!(q.to_string().parse::<Quantity>().unwrap(), q);
            prop_assert!((1..=Quantity::MAX).contains(&q.get()));
        } else {
            prop_assert!(named("--item", flag_value("--item", &raw, str::parse::<Quantity>).map(|_| ())));
        }
        if let Ok(stock) = raw.parse::<Stock>() {
            prop_assert!(stock.get() >= 0);
        }
        if let Ok(delta) = raw.parse::<StockDelta>() {
            prop_assert!(delta.get() != 0);
        }
    }

    #[test]
    fn skus_emails_and_text_hold_no_control_characters(raw in messy()) {
        if let Ok(sku) = Sku::parse(&raw) {
            prop_assert_eq!(Sku::parse(sku.as_str()).unwrap(), sku.clone());
            prop_assert!(!sku.as_str().chars().any(|c| c.is_control() || c.is_whitespace()));
        }
        if let Ok(email) = Email::parse(&raw) {
            prop_assert_eq!(Email::parse(email.as_str()).unwrap(), email.clone());
            prop_assert!(!email.as_str().chars().any(char::is_control));
        }
        if let Ok(text) = RequiredText::parse("name", &raw) {
            prop_assert!(!text.as_str().chars().any(char::is_control));
            prop_assert_eq!(RequiredText::parse("name", text.as_str()).unwrap(), text.clone());
        }
        if let Ok(text) = OptionalText::parse_multiline("description", &raw) {
            let value = text.as_deref().unwrap_or_default();
            prop_assert!(!value.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
        }
    }

    #[test]
    fn product_references_and_items_round_trip(raw in messy()) {
        match raw.parse::<ProductRef>() {
            Ok(ProductRef::Id(id)) => prop_assert!(id > 0),
            Ok(ProductRef::Sku(sku)) => prop_assert_eq!(Sku::parse(sku.as_str()).unwrap(), sku),
            Err(_) => prop_assert!(named("PRODUCT", flag_value("PRODUCT", &raw, str::parse::<ProductRef>).map(|_| ()))),
        }
        if let Ok(item) = raw.parse::<ItemSpec>() {
            let shown = match &item.product {
                ProductRef::Id(id) => format!("{id}={}", item.quantity),
                ProductRef::Sku(sku) => format!("sku:{sku}={}", item.quantity),
            };
            prop_assert_eq!(shown.parse::<ItemSpec>().unwrap(), item);
        }
    }

    #[test]
    fn times_in_every_offset_are_one_instant_in_utc(
        seconds in -62_135_596_800i64..253_402_300_799,
        offset_minutes in -(23 * 60 + 59)..(23 * 60 + 59),
    ) {
        let utc = time::OffsetDateTime::from_unix_timestamp(seconds).unwrap();
        let offset = time::UtcOffset::from_whole_seconds(offset_minutes * 60).unwrap();
        let Some(local) = utc.checked_to_offset(offset) else { return Ok(()) };
        let text = local.format(&time::format_description::well_known::Rfc3339);
        let Ok(text) = text else { return Ok(()) };
        match parse_rfc3339(&text) {
            Ok(parsed) => {
                prop_assert_eq!(parsed, utc);
                prop_assert_eq!(parsed.offset(), time::UtcOffset::UTC);
                prop_assert_eq!(text.parse::<TimeBound>().unwrap().get(), utc);
            }
            Err(err) => prop_assert!(err.to_string().contains("is out of range"), "{}", err),
        }
    }

    #[test]
    fn time_flags_never_panic(raw in messy()) {
        if raw.parse::<TimeBound>().is_err() {
            prop_assert!(named("--since", flag_value("--since", &raw, str::parse::<TimeBound>).map(|_| ())));
        }
        let _ = parse_rfc3339(&raw);
    }

    #[test]
    fn quoted_filter_values_cannot_change_the_filter(value in any::<String>()) {
        let literal = crate::search::filter::quote(&value);
        let expression = format!("customer_email = {literal} AND state = \"SHIPPED\"");
        prop_assert!(crate::search::filter::check_raw(&expression).is_ok());
        // Read back as Meilisearch reads a double-quoted string: the same value.
        let mut read = String::new();
        let mut chars = literal[1..].chars();
        loop {
            match chars.next() {
                Some('\\') => read.push(chars.next().unwrap()),
                Some('"') => break,
                Some(c) => read.push(c),
                None => prop_assert!(false, "unterminated"),
            }
        }
        prop_assert_eq!(read, value);
        prop_assert_eq!(chars.as_str(), "");
    }

    #[test]
    fn raw_filters_never_panic(raw in messy()) {
        let _ = crate::search::filter::check_raw(&raw);
    }

    #[test]
    fn connection_strings_never_panic_and_never_show_a_password(
        password in "Zq[!-~&&[^'\\\\@/?#%&=:]]{1,20}",
        raw in messy(),
    ) {
        let _ = crate::db::conninfo::ConnInfo::parse(&raw);
        let _ = crate::db::masked::masked(&raw);
        for text in [
            format!("postgres://user:{password}@host:5432/db"),
            format!("postgres://user@host/db?password={password}&sslmode=require"),
            format!("host=h password={password} user=u"),
            format!("host=h password='{password} more' user=u"),
        ] {
            let shown = crate::db::masked::masked(&text);
            prop_assert!(!shown.contains(&password), "{}", shown);
        }
    }

    #[test]
    fn import_records_never_panic_and_refusals_name_a_field_or_the_shape(text in json_text()) {
        use crate::import::order_record::ORDER_RECORDS;
        use crate::import::products::PRODUCT_RECORDS;
        use crate::import::record::Record;
        for kind_fields in [PRODUCT_RECORDS.fields, ORDER_RECORDS.fields] {
            if let Ok(record) = Record::from_json(&text, kind_fields) {
                let refused = if kind_fields == PRODUCT_RECORDS.fields {
                    (PRODUCT_RECORDS.validate)(&record).err()
                } else {
                    (ORDER_RECORDS.validate)(&record).err()
                };
                if let Some(message) = refused {
                    prop_assert!(
                        message.starts_with("field ") || message.starts_with("items["),
                        "{}", message
                    );
                }
            }
        }
    }

    #[test]
    fn json_array_elements_are_cut_where_serde_json_sees_them(
        values in prop::collection::vec(json_value(), 0..6),
        pretty in any::<bool>(),
    ) {
        let array = serde_json::Value::Array(values.clone());
        let text = if pretty { serde_json::to_string_pretty(&array) } else { serde_json::to_string(&array) };
        let found = crate::import::json_array::split_array(text.unwrap().as_bytes()).unwrap();
        let parsed: Vec<serde_json::Value> =
            found.iter().map(|e| serde_json::from_str(e).unwrap()).collect();
        prop_assert_eq!(parsed, values);
    }

    #[test]
    fn formula_guarded_cells_read_back_as_written(text in messy()) {
        let cell = crate::domain::formula::guard(&text);
        let back = if crate::domain::formula::is_guarded(&cell) { &cell[1..] } else { &cell[..] };
        prop_assert_eq!(back, text.as_str());
        prop_assert!(!matches!(cell.as_bytes().first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')));
    }

    #[test]
    fn printable_text_holds_no_control_character_but_line_breaks(text in any::<String>()) {
        let shown = crate::domain::printable::printable(&text);
        prop_assert!(!shown.chars().any(|c| c.is_control() && c != '\n'));
        let line = crate::domain::printable::printable_line(&text);
        prop_assert!(!line.chars().any(char::is_control));
    }
}

/// Any JSON value, a few levels deep, with strings full of brackets,
/// commas, quotes and escapes.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        "[\\[\\]{},\"\\\\ a-z]{0,12}".prop_map(serde_json::Value::from),
        any::<String>().prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::btree_map("[a-z\\]\\[,\"]{0,4}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// JSON text: records of the fields imports know, with values of every
/// kind, sometimes broken.
fn json_text() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(serde_json::Value::from),
        messy().prop_map(serde_json::Value::from),
    ];
    let value = leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(field_name(), inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    });
    let record = prop::collection::btree_map(field_name(), value, 0..8)
        .prop_map(|m| serde_json::Value::Object(m.into_iter().collect()).to_string());
    prop_oneof![
        4 => record,
        1 => messy(),
        1 => (messy(), 0usize..30).prop_map(|(s, cut)| s.chars().take(cut).collect()),
    ]
}

fn field_name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "id",
            "sku",
            "name",
            "description",
            "manufacturer",
            "stocked_at",
            "seller_email",
            "price",
            "stock",
            "created_at",
            "updated_at",
            "customer_email",
            "external_ref",
            "state",
            "total_price",
            "closed_at",
            "items",
            "product_id",
            "product_sku",
            "product_name",
            "product_price",
            "quantity",
        ])
        .prop_map(String::from),
        "[a-z_]{1,8}",
    ]
}
