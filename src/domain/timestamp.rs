use std::str::FromStr;

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime};

use super::{InvalidValue, shown};

/// A `--since`/`--until` bound: RFC 3339, or a plain `YYYY-MM-DD` date meaning
/// midnight UTC at the start of that day.
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
        let raw = raw.trim();
        if let Ok(at) = OffsetDateTime::parse(raw, &Rfc3339) {
            return Ok(TimeBound(at));
        }
        Date::parse(raw, format_description!("[year]-[month]-[day]"))
            .map(|date| TimeBound(date.midnight().assume_utc()))
            .map_err(|_| {
                InvalidValue(format!(
                    "{} is not a time (use RFC 3339, e.g. 2026-11-25T08:00:00Z, or a date 2026-11-25)",
                    shown(raw)
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_rfc3339_and_plain_dates() {
        let t: TimeBound = "2026-11-25T08:30:00+01:00".parse().unwrap();
        assert_eq!(t.get().unix_timestamp(), 1_795_591_800);
        let d: TimeBound = "2026-11-25".parse().unwrap();
        assert_eq!(d.get().unix_timestamp(), 1_795_564_800);
        assert!("25/11/2026".parse::<TimeBound>().is_err());
    }
}
