//! Meilisearch versions: what ecomctl may ask of a server depends on its
//! version (task tags from 1.26, the tuned index settings from 1.15). The
//! server is asked once (`Meili::version`).

/// A server version, major and minor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Version(pub(crate) u64, pub(crate) u64);

impl Version {
    /// Document routes take `customMetadata` (a tag on the task).
    pub(crate) const TASK_METADATA: Version = Version(1, 26);
    /// Per-attribute filter features, `facetSearch`, `proximityPrecision`
    /// and `typoTolerance.disableOnNumbers` are all understood.
    pub(crate) const TUNED_SETTINGS: Version = Version(1, 15);

    /// Reads a `GET /version` answer (`{"pkgVersion": "1.50.0", …}`).
    pub(crate) fn from_answer(body: &[u8]) -> Option<Version> {
        let answer: serde_json::Value = serde_json::from_slice(body).ok()?;
        let mut parts = answer["pkgVersion"].as_str()?.split('.');
        Some(Version(parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::Version;

    #[test]
    fn versions_are_read_from_the_answer_and_ordered() {
        let read = |v: &str| Version::from_answer(format!(r#"{{"pkgVersion":"{v}"}}"#).as_bytes());
        assert_eq!(read("1.50.1"), Some(Version(1, 50)));
        assert_eq!(read("1.26.0-rc.1"), Some(Version(1, 26)));
        assert!(read("1.26.0").unwrap() >= Version::TASK_METADATA);
        assert!(read("1.25.9").unwrap() < Version::TASK_METADATA);
        assert!(read("2.0.0").unwrap() >= Version::TUNED_SETTINGS);
        assert!(read("1.14.2").unwrap() < Version::TUNED_SETTINGS);
        assert_eq!(read("garbage"), None);
        assert_eq!(Version::from_answer(b"not json"), None);
    }
}
