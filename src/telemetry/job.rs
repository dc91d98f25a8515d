//! `--metrics-file`: a scheduled job (reindex, sync, index check, imports)
//! leaves its summary where node_exporter's textfile collector reads it —
//! the usual way to alert on a cron job that failed or stopped running. The
//! file is written at the end whatever the outcome (a failure too), in the
//! Prometheus text format, and replaced atomically (`files::write_new`: a
//! new file with an unpredictable name in the same directory, then a
//! rename), so the collector never reads half of it and no link planted at
//! a temporary name can redirect it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use metrics::{describe_gauge, gauge};
use metrics_exporter_prometheus::PrometheusBuilder;

/// What the job processed (documents indexed, entries pushed, records
/// read, documents checked), as the command counted it.
static RECORDS: AtomicU64 = AtomicU64::new(0);

/// Called by the command as it counts what it processed.
pub(crate) fn records(count: u64) {
    RECORDS.store(count, Ordering::Relaxed);
}

/// A job that reports to a metrics file.
pub(crate) struct JobFile {
    pub(crate) path: PathBuf,
    /// The `command` label: `reindex`, `sync`, `index_check`,
    /// `products_import` or `orders_import`. (Not `job`: Prometheus sets
    /// that label on every scraped series, node_exporter's included.)
    pub(crate) command: &'static str,
}

/// How the job ended.
pub(crate) struct Outcome {
    pub(crate) exit_code: i32,
    pub(crate) duration: Duration,
    /// The index it worked on, when the settings were read.
    pub(crate) index: Option<String>,
}

impl JobFile {
    /// Writes the summary; an error says which file could not be written.
    pub(crate) fn write(&self, outcome: &Outcome) -> std::io::Result<()> {
        let text = render(self.command, outcome, RECORDS.load(Ordering::Relaxed));
        // Readable by the collector (node_exporter runs as its own user).
        crate::files::write_new(&self.path, text.as_bytes(), 0o644)
    }
}

fn render(command: &'static str, outcome: &Outcome, records: u64) -> String {
    let mut builder = PrometheusBuilder::new().add_global_label("command", command);
    if let Some(index) = &outcome.index {
        builder = builder.add_global_label("index", index);
    }
    let recorder = builder.build_recorder();
    let handle = recorder.handle();
    let finished = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    metrics::with_local_recorder(&recorder, || {
        describe_gauge!("ecomctl_job_duration_seconds", "How long the job ran, in seconds.");
        describe_gauge!(
            "ecomctl_job_records",
            "What the job processed: documents indexed, entries pushed, records read or documents checked."
        );
        describe_gauge!("ecomctl_job_success", "1 when the job exited 0, else 0.");
        describe_gauge!("ecomctl_job_exit_code", "The job's exit code (see ecomctl --help).");
        describe_gauge!(
            "ecomctl_job_finished_timestamp_seconds",
            "Unix time the job finished (alert when it is too old: the job stopped running)."
        );
        gauge!("ecomctl_job_duration_seconds").set(outcome.duration.as_secs_f64());
        gauge!("ecomctl_job_records").set(records as f64);
        gauge!("ecomctl_job_success").set(if outcome.exit_code == 0 { 1.0 } else { 0.0 });
        gauge!("ecomctl_job_exit_code").set(f64::from(outcome.exit_code));
        gauge!("ecomctl_job_finished_timestamp_seconds").set(finished.as_secs_f64());
    });
    handle.render()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_names_the_job_and_its_outcome() {
        let outcome = Outcome {
            exit_code: 5,
            duration: Duration::from_millis(1500),
            index: Some("orders".into()),
        };
        let text = render("reindex", &outcome, 42);
        for line in [
            "# TYPE ecomctl_job_success gauge",
            "ecomctl_job_success{command=\"reindex\",index=\"orders\"} 0",
            "ecomctl_job_exit_code{command=\"reindex\",index=\"orders\"} 5",
            "ecomctl_job_records{command=\"reindex\",index=\"orders\"} 42",
            "ecomctl_job_duration_seconds{command=\"reindex\",index=\"orders\"} 1.5",
        ] {
            assert!(text.lines().any(|l| l == line), "{line:?} missing in:\n{text}");
        }
    }

    #[test]
    fn the_file_is_replaced_whole_never_through_a_planted_link() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("job.prom");
        std::fs::write(&path, "old").unwrap();
        // What the old code's predictable temporary name would have hit.
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "keep").unwrap();
        let planted = dir.path().join(format!(".job.prom.{}.tmp", std::process::id()));
        std::os::unix::fs::symlink(&victim, &planted).unwrap();
        let job = JobFile { path: path.clone(), command: "sync" };
        let outcome = Outcome { exit_code: 0, duration: Duration::ZERO, index: None };
        job.write(&outcome).unwrap();
        assert!(std::fs::read_to_string(&path).unwrap().contains("ecomctl_job_success"));
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
        assert!(std::fs::symlink_metadata(&planted).unwrap().file_type().is_symlink());
        let left = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(left, 3, "the file, the victim, the planted link: no temporary file left");
    }
}
