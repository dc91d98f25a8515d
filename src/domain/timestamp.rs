//! Points in time given by people or files. Every accepted time is stored in
//! UTC and lies between 0001-01-01 and 9999-12-31 (UTC): the range both the
//! `time` crate and PostgreSQL hold, so no later conversion can overflow
//! (a local time near the end of the range whose UTC form is past it,
//! `9999-12-31T23:30:00-01:00`, is refused here, not found later by a panic).

use std::str::FromStr;

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, UtcOffset};

use super::{InvalidValue, shown};

/// The range accepted times must fall in, for messages.
pub(crate) const RANGE: &str = "0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z";

/// An RFC 3339 time (`2026-11-25T08:00:00+01:00`), in UTC.
pub(crate) fn parse_rfc3339(raw: &str) -> Result<OffsetDateTime, InvalidValue> {
    let at = OffsetDateTime::parse(raw.trim(), &Rfc3339).map_err(|_| {
        InvalidValue(format!("{} is not an RFC 3339 time (e.g. 2026-11-25T08:00:00Z)", shown(raw)))
    })?;
    in_range(raw, at)
}

/// `at` in UTC, if that is within `RANGE`.
fn in_range(raw: &str, at: OffsetDateTime) -> Result<OffsetDateTime, InvalidValue> {
    at.checked_to_offset(UtcOffset::UTC).filter(|utc| utc.year() >= 1).ok_or_else(|| {
        InvalidValue(format!("{} is out of range (times must lie within {RANGE})", shown(raw)))
    })
}

/// A `--since`/`--until` bound: RFC 3339, a plain `YYYY-MM-DD` date meaning
/// midnight UTC at the start of that day, or an age — `90m`, `36h`, `7d`,
/// `2w` — meaning that long before now (`--until 7d`: created more than 7
/// days ago).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TimeBound(OffsetDateTime);

impl TimeBound {
    pub(crate) fn get(self) -> OffsetDateTime {
        self.0
    }
}

impl FromStr for TimeBound {
    type Err = InvalidValue;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let text = raw.trim();
        if let Ok(at) = OffsetDateTime::parse(text, &Rfc3339) {
            return in_range(raw, at).map(TimeBound);
        }
        if let Some(age) = age(text) {
            return match OffsetDateTime::now_utc().checked_sub(age) {
                Some(at) => in_range(raw, at).map(TimeBound),
                None => Err(InvalidValue(format!(
                    "{} is out of range (times must lie within {RANGE})",
                    shown(raw)
                ))),
            };
        }
        let date =
            Date::parse(text, format_description!("[year]-[month]-[day]")).map_err(|_| {
                InvalidValue(format!(
                    "{} is not a time (use RFC 3339, e.g. 2026-11-25T08:00:00Z, a date 2026-11-25, \
                 or an age such as 7d)",
                    shown(raw)
                ))
            })?;
        in_range(raw, date.midnight().assume_utc()).map(TimeBound)
    }
}

/// `<N>s|m|h|d|w` as a duration, or `None` for any other text.
fn age(text: &str) -> Option<time::Duration> {
    let unit = text.chars().last()?;
    let seconds: i64 = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3600,
        'd' => 86_400,
        'w' => 7 * 86_400,
        _ => return None,
    };
    let number = &text[..text.len() - 1];
    if number.is_empty() || number.len() > 9 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(time::Duration::seconds(number.parse::<i64>().ok()? * seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_age_is_that_long_before_now() {
        let week: TimeBound = "7d".parse().unwrap();
        let ago = OffsetDateTime::now_utc() - week.get();
        assert!((ago - time::Duration::days(7)).abs() < time::Duration::seconds(5));
        assert!("90m".parse::<TimeBound>().is_ok());
        for bad in ["7", "d", "7x", "-7d", "1.5d", "7 d"] {
            assert!(bad.parse::<TimeBound>().is_err(), "{bad} was taken");
        }
        assert!("999999999w".parse::<TimeBound>().is_err());
    }

    #[test]
    fn accepts_rfc3339_and_plain_dates() {
        let t: TimeBound = "2026-11-25T08:30:00+01:00".parse().unwrap();
        assert_eq!(t.get().unix_timestamp(), 1_795_591_800);
        assert_eq!(t.get().offset(), UtcOffset::UTC);
        let d: TimeBound = "2026-11-25".parse().unwrap();
        assert_eq!(d.get().unix_timestamp(), 1_795_564_800);
        assert!("25/11/2026".parse::<TimeBound>().is_err());
    }

    #[test]
    fn times_whose_utc_form_leaves_the_range_are_refused() {
        for raw in ["9999-12-31T23:30:00-01:00", "0001-01-01T00:30:00+01:00", "0000-06-01"] {
            let err = raw.parse::<TimeBound>().unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("{raw:?} is out of range (times must lie within {RANGE})")
            );
            assert!(parse_rfc3339(raw).is_err() || raw == "0000-06-01");
        }
        let last = parse_rfc3339("9999-12-31T23:59:59Z").unwrap();
        assert_eq!(last.year(), 9999);
        let shifted = parse_rfc3339("9999-12-31T22:00:00-01:00").unwrap();
        assert_eq!((shifted.hour(), shifted.offset()), (23, UtcOffset::UTC));
    }
}
