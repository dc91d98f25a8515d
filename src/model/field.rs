//! One definition of an entity's fields. Each field has one name — the
//! column, the JSON key, the CSV header and the import field — a label for
//! tables, the SQL type its column has, and how to read its value from the
//! entity. The database layer decodes rows by these names; tables, CSV and
//! exports are derived from them, so a new field is added in one place.

use rust_decimal::Decimal;
use time::OffsetDateTime;

use crate::domain::OrderState;

/// The SQL type of a column (binary COPY needs them declared).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SqlType {
    Int8,
    Int4,
    Text,
    Numeric,
    Timestamptz,
}

/// A field's value, typed until it is shown (a time is local in a table,
/// RFC 3339 in CSV; money has two decimals; nothing is a dash or empty).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Value<'a> {
    Id(i64),
    MaybeId(Option<i64>),
    Count(i64),
    Text(&'a str),
    MaybeText(Option<&'a str>),
    Money(Decimal),
    Time(OffsetDateTime),
    MaybeTime(Option<OffsetDateTime>),
    State(OrderState),
}

/// One field of an entity `T`.
pub(crate) struct Field<T> {
    /// The column, JSON key, CSV header and import field.
    pub(crate) name: &'static str,
    /// How a table labels it ("seller" for `seller_email`).
    pub(crate) label: &'static str,
    pub(crate) sql: SqlType,
    pub(crate) value: fn(&T) -> Value<'_>,
}

/// `id, sku, …` — the fields' names as a column list.
pub(crate) fn column_list<T>(fields: &[Field<T>]) -> String {
    fields.iter().map(|f| f.name).collect::<Vec<_>>().join(", ")
}

/// The fields named `names`, in that order (for a view that shows some).
/// Every name must be a field: the views' names are constants, checked by
/// the unit tests of each entity.
pub(crate) fn pick<'f, T>(fields: &'f [Field<T>], names: &[&str]) -> Vec<&'f Field<T>> {
    names.iter().filter_map(|n| fields.iter().find(|f| f.name == *n)).collect()
}

/// The fields' names, at compile time (an import's known fields).
pub(crate) const fn names<T, const N: usize>(fields: &[Field<T>; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = fields[i].name;
        i += 1;
    }
    out
}
