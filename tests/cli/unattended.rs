//! Left running with nobody watching: the watcher's /metrics, /healthz and
//! /readyz (a stalled Meilisearch must turn it unready), JSON log lines,
//! the summary file of scheduled jobs, and tasks that say what sent them.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::fake_only;
use crate::harness::{TestDb, ecomctl_command, skipped};
use crate::search_harness::SearchServer;

/// A `sync --watch --metrics-addr 127.0.0.1:0` and the address it serves on.
pub struct Watcher {
    pub child: Child,
    pub addr: String,
    stderr: std::sync::mpsc::Receiver<String>,
}

impl Watcher {
    pub fn start(db: &TestDb, search: &SearchServer, extra: &[&str]) -> Watcher {
        Watcher::start_with(db, search, extra, |_| {})
    }

    /// `start`, with `adjust` applied to the command before it is spawned.
    pub fn start_with(
        db: &TestDb,
        search: &SearchServer,
        extra: &[&str],
        adjust: impl FnOnce(&mut std::process::Command),
    ) -> Watcher {
        let mut cmd = ecomctl_command();
        cmd.args(["sync", "--watch", "--metrics-addr", "127.0.0.1:0"])
            .args(extra)
            .env("DATABASE_URL", db.url())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (key, value) in search.env_pairs() {
            cmd.env(key, value);
        }
        adjust(&mut cmd);
        let mut child = cmd.spawn().unwrap();
        let (tx, stderr) = std::sync::mpsc::channel();
        let lines = BufReader::new(child.stderr.take().unwrap()).lines();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // The port is the one the watcher says it serves on (as a line, or
        // as the message of a JSON log line).
        let line =
            stderr.recv_timeout(Duration::from_secs(30)).expect("the watcher says where it serves");
        let message = match serde_json::from_str::<Value>(&line) {
            Ok(json) => json["fields"]["message"].as_str().unwrap_or_default().to_owned(),
            Err(_) => line.clone(),
        };
        let addr = message
            .strip_prefix("serving /metrics, /healthz and /readyz on http://")
            .unwrap_or_else(|| panic!("unexpected first line: {line}"))
            .to_owned();
        Watcher { child, addr, stderr }
    }

    pub fn get(&self, path: &str) -> (u16, String) {
        http_get(&self.addr, path)
    }

    /// `/readyz` as status and JSON body.
    pub fn readiness(&self) -> (u16, Value) {
        let (status, body) = self.get("/readyz");
        (status, serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}")))
    }

    /// One sample's value in `/metrics` (the line starting with `series`).
    pub fn metric(&self, series: &str) -> f64 {
        let (_, text) = self.get("/metrics");
        text.lines()
            .find_map(|line| line.strip_prefix(series).and_then(|rest| rest.strip_prefix(' ')))
            .unwrap_or_else(|| panic!("no {series} in:\n{text}"))
            .parse()
            .unwrap()
    }

    /// Waits (up to a minute) for a line of its log containing `fragment`;
    /// the lines read meanwhile are gone.
    pub fn wait_for_line(&self, fragment: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut seen = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.stderr.recv_timeout(left) {
                Ok(line) if line.contains(fragment) => return line,
                Ok(line) => seen.push(line),
                Err(_) => panic!("the watcher never said {fragment:?}; it said:\n{seen:#?}"),
            }
        }
    }

    /// Stops it as a service manager would; it must exit 0.
    pub fn stop(mut self) -> Vec<String> {
        let pid = self.child.id().to_string();
        std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        let status = self.child.wait().unwrap();
        assert_eq!(status.code(), Some(0));
        self.stderr.try_iter().collect()
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A plain HTTP/1.1 GET: the status and the body.
pub fn http_get(addr: &str, path: &str) -> (u16, String) {
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, body.to_owned())
}

/// Waits (up to a minute) until `done` holds.
pub fn wait_until(mut done: impl FnMut() -> bool, what: &str) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < Duration::from_secs(60), "timed out waiting: {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// `promtool check metrics` on a text; `false` (and a visible skip) when
/// promtool is not installed.
fn promtool_accepts(text: &str) -> bool {
    let Ok(mut child) = std::process::Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    else {
        skipped("promtool is not installed (Debian: apt-get install prometheus)");
        return false;
    };
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "promtool refused it:\n{}{}\n{text}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    true
}

fn outbox(db: &TestDb) -> i64 {
    db.int("SELECT count(*) FROM search_outbox")
}

#[test]
fn the_watcher_serves_metrics_promtool_accepts_and_counts_what_it_pushed() {
    let db = TestDb::new();
    let search = SearchServer::new();
    db.product("M-1", "2.00", 100);
    search.apply(db.ecomctl()).args(["index", "setup"]).setup();
    let watcher = Watcher::start(&db, &search, &[]);
    assert_eq!(watcher.get("/healthz"), (200, "ok\n".to_owned()));

    // Three orders written with --no-index: the watcher pushes them.
    for n in 0..3 {
        db.order(&format!("m{n}@example.com"), &["M-1"]);
    }
    wait_until(|| outbox(&db) == 0, "the watcher pushes and confirms the three orders");
    let index = &search.index;
    let series = |name: &str, labels: &str| format!("{name}{{index=\"{index}\"{labels}}}");
    wait_until(
        || watcher.metric(&series("ecomctl_outbox_unsent_entries", "")) == 0.0,
        "the gauges see the empty outbox",
    );
    assert_eq!(watcher.metric(&series("ecomctl_documents_pushed_total", "")), 3.0);
    assert_eq!(watcher.metric(&series("ecomctl_deletions_pushed_total", "")), 0.0);
    assert_eq!(watcher.metric(&series("ecomctl_commit_to_searchable_seconds_count", "")), 3.0);
    assert!(watcher.metric(&series("ecomctl_tasks_total", ",status=\"succeeded\"")) >= 1.0);
    assert_eq!(watcher.metric(&series("ecomctl_tasks_total", ",status=\"failed\"")), 0.0);
    assert!(watcher.metric(&series("ecomctl_push_request_duration_seconds_count", "")) >= 1.0);
    assert_eq!(watcher.metric(&series("ecomctl_push_errors_total", ",kind=\"timeout\"")), 0.0);
    assert_eq!(watcher.metric(&series("ecomctl_postgres_up", "")), 1.0);
    assert_eq!(watcher.metric(&series("ecomctl_meilisearch_up", "")), 1.0);
    assert_eq!(watcher.metric(&series("ecomctl_ready", "")), 1.0);
    assert!(watcher.metric(&series("ecomctl_last_confirmation_timestamp_seconds", "")) > 1.7e9);

    let (status, text) = watcher.get("/metrics");
    assert_eq!(status, 200);
    // Nothing with unbounded cardinality: no order or task ids in labels.
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let labels = line.split_once('{').map_or("", |(_, rest)| rest);
        assert!(!labels.contains("order") && !labels.contains("task_uid"), "{line}");
    }
    promtool_accepts(&text);
    watcher.stop();
}

#[test]
fn readyz_turns_503_while_meilisearch_stalls_and_200_once_it_recovers() {
    let db = TestDb::new();
    let search = SearchServer::new();
    let fake = fake_only!(search);
    db.product("R-1", "2.00", 100);
    search.apply(db.ecomctl()).args(["index", "setup"]).setup();
    let watcher = Watcher::start(&db, &search, &["--max-lag", "2s"]);
    wait_until(|| watcher.readiness().0 == 200, "ready once the first check is done");

    // Meilisearch takes the task and never processes it.
    fake.set_stalled(true);
    db.order("r@example.com", &["R-1"]);
    wait_until(
        || db.int("SELECT count(*) FROM search_outbox WHERE task_uid IS NOT NULL") == 1,
        "sent",
    );
    wait_until(|| watcher.readiness().0 == 503, "unready once the change is older than --max-lag");
    let (_, body) = watcher.readiness();
    eprintln!("/readyz while stalled: {body}");
    assert_eq!(body["ready"], false);
    assert_eq!(body["postgres"], true);
    assert_eq!(body["meilisearch"], true, "Meilisearch answers; it just does not index");
    assert_eq!(body["unconfirmed"], 1);
    assert!(body["oldest_unconfirmed_seconds"].as_f64().unwrap() > 2.0, "{body}");
    let reasons: Vec<&str> =
        body["reasons"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    assert_eq!(reasons.len(), 1, "{reasons:?}");
    assert!(reasons[0].starts_with("the oldest unconfirmed change is "), "{reasons:?}");
    assert!(reasons[0].ends_with("s old (max 2s)"), "{reasons:?}");
    // Alive all the same: a restart would not help.
    assert_eq!(watcher.get("/healthz").0, 200);
    assert_eq!(watcher.metric(&format!("ecomctl_ready{{index=\"{}\"}}", search.index)), 0.0);

    fake.set_stalled(false);
    wait_until(|| watcher.readiness().0 == 200, "ready again once the task is confirmed");
    assert_eq!(outbox(&db), 0);
    watcher.stop();
}

#[test]
fn readyz_names_a_meilisearch_that_does_not_answer() {
    let db = TestDb::new();
    let search = SearchServer::new();
    let fake = fake_only!(search);
    let watcher = Watcher::start(&db, &search, &["--max-lag", "2s"]);
    wait_until(|| watcher.readiness().0 == 200, "ready");
    fake.set_down(true);
    wait_until(|| watcher.readiness().0 == 503, "unready while Meilisearch is down");
    let (_, body) = watcher.readiness();
    assert_eq!(body["meilisearch"], false);
    let reasons = body["reasons"].to_string();
    assert!(reasons.contains("Meilisearch does not answer"), "{body}");
    fake.set_down(false);
    wait_until(|| watcher.readiness().0 == 200, "ready once it answers again");
    watcher.stop();
}

#[test]
fn a_metrics_address_in_use_is_refused_with_its_reason() {
    let db = TestDb::new();
    let search = SearchServer::new();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let run =
        search.apply(db.ecomctl()).args(["sync", "--watch", "--metrics-addr", &addr]).status(1);
    run.stderr_has(&[&format!("error: cannot serve metrics on {addr}: Address already in use")]);
    // --metrics-addr belongs to --watch.
    db.ecomctl().args(["sync", "--metrics-addr", &addr]).status(2).stderr_has(&["--watch"]);
}

#[test]
fn json_logs_are_one_object_per_line_with_fields_and_no_secret() {
    let db = TestDb::new();
    let search = SearchServer::new();
    db.product("J-1", "2.00", 100);
    for n in 0..2 {
        db.order(&format!("j{n}@example.com"), &["J-1"]);
    }
    let key = search.key.clone().unwrap_or_default();
    let run = search.apply(db.ecomctl()).args(["--log-format", "json", "-v", "sync"]).ok();
    let lines: Vec<Value> = run
        .stderr()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
        .collect();
    assert!(!lines.is_empty());
    for line in &lines {
        assert!(line["timestamp"].is_string() && line["level"].is_string(), "{line}");
        assert!(line["fields"]["message"].is_string(), "{line}");
    }
    let summary = lines.last().unwrap();
    assert_eq!(summary["level"], "INFO");
    assert_eq!(
        summary["fields"]["message"],
        "synced 2 order(s): 2 document(s) written, 0 deleted; 2 outbox entries confirmed"
    );
    if !key.is_empty() {
        assert!(!run.stderr().contains(&key), "the key leaked:\n{}", run.stderr());
    }

    // The watcher's passes carry fields.
    db.order("j9@example.com", &["J-1"]);
    let watcher = Watcher::start(&db, &search, &["--log-format", "json", "--batch-size", "500"]);
    wait_until(|| outbox(&db) == 0, "pushed");
    let said = watcher.stop();
    let pass = said
        .iter()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .find(|line| line["fields"]["documents"] == 1)
        .unwrap_or_else(|| panic!("no pass with fields in:\n{}", said.join("\n")));
    assert_eq!(pass["fields"]["index"], search.index.as_str());
    assert_eq!(pass["fields"]["batch_size"], 500);
    assert!(pass["fields"]["duration_ms"].is_u64(), "{pass}");

    // An error is a JSON line too, with its exit code.
    let failed = db.ecomctl().args(["--log-format", "json", "orders", "get", "999"]).status(3);
    let line: Value = serde_json::from_str(failed.stderr().trim()).unwrap();
    assert_eq!(line["level"], "ERROR");
    assert_eq!(line["fields"]["message"], "order #999 not found");
    assert_eq!(line["fields"]["exit_code"], 3);
}

#[test]
fn a_scheduled_job_leaves_its_summary_on_success_and_on_failure() {
    let db = TestDb::new();
    let search = SearchServer::new();
    db.product("S-1", "2.00", 100);
    for n in 0..4 {
        db.order(&format!("s{n}@example.com"), &["S-1"]);
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("reindex.prom");
    let path = file.to_str().unwrap();
    search.apply(db.ecomctl()).args(["reindex", "--metrics-file", path]).setup();
    let text = std::fs::read_to_string(&file).unwrap();
    let labels = format!("{{command=\"reindex\",index=\"{}\"}}", search.index);
    for line in [
        format!("ecomctl_job_success{labels} 1"),
        format!("ecomctl_job_exit_code{labels} 0"),
        format!("ecomctl_job_records{labels} 4"),
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} missing in:\n{text}");
    }
    promtool_accepts(&text);

    // Meilisearch unreachable: exit 5, and the file says so.
    db.order("late@example.com", &["S-1"]);
    let file = dir.path().join("sync.prom");
    db.ecomctl()
        .env_remove("ECOMCTL_NO_INDEX")
        .env("MEILI_URL", "http://127.0.0.1:9")
        .args(["sync", "--metrics-file", file.to_str().unwrap()])
        .status(5)
        .stderr_has(&["Meilisearch is unreachable: cannot connect"]);
    let text = std::fs::read_to_string(&file).unwrap();
    for line in [
        "ecomctl_job_success{command=\"sync\",index=\"orders\"} 0",
        "ecomctl_job_exit_code{command=\"sync\",index=\"orders\"} 5",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} missing in:\n{text}");
    }
    promtool_accepts(&text);

    // An import refused for a bad record: exit 4, with what it read.
    let input = dir.path().join("bad.ndjson");
    std::fs::write(&input, "{\"sku\": \"OK-1\", \"name\": \"A\", \"price\": 1, \"seller_email\": \"s@example.com\"}\n{\"sku\": \"\"}\n").unwrap();
    let file = dir.path().join("import.prom");
    db.ecomctl()
        .args([
            "products",
            "import",
            input.to_str().unwrap(),
            "--metrics-file",
            file.to_str().unwrap(),
        ])
        .status(4)
        .stderr_has(&["error: 1 product record(s) refused"]);
    let text = std::fs::read_to_string(&file).unwrap();
    let labels = "{command=\"products_import\",index=\"orders\"}";
    for line in
        [format!("ecomctl_job_exit_code{labels} 4"), format!("ecomctl_job_records{labels} 2")]
    {
        assert!(text.lines().any(|l| *l == line), "{line:?} missing in:\n{text}");
    }
}

/// The tasks ecomctl enqueues say what sent them (Meilisearch ≥ 1.26).
fn task_metadata(search: &SearchServer) -> Vec<Option<String>> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let mut request = reqwest::Client::new().get(format!(
            "{}/tasks?indexUids={}&types=documentAdditionOrUpdate,documentDeletion",
            search.url, search.index
        ));
        if let Some(key) = &search.key {
            request = request.bearer_auth(key);
        }
        let body = request.send().await.unwrap().bytes().await.unwrap();
        let tasks: Value = serde_json::from_slice(&body).unwrap();
        tasks["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["customMetadata"].as_str().map(String::from))
            .collect()
    })
}

#[test]
fn document_tasks_say_what_sent_them() {
    let db = TestDb::new();
    let search = SearchServer::new();
    db.product("T-1", "2.00", 100);
    let id = db.order("t@example.com", &["T-1"]);
    search.apply(db.ecomctl()).args(["sync"]).setup();
    search.apply(db.ecomctl()).args(["-y", "orders", "delete", &id.to_string()]).expect(
        0,
        "",
        "deleted 1 order(s)\n",
    );
    search.wait_idle();
    let host = std::process::Command::new("hostname").output().unwrap();
    let host = String::from_utf8_lossy(&host.stdout).trim().to_owned();
    // Newest first: the delete's, then the sync's; each ends with the
    // process's pusher tag (" #" and hex digits), which a confirmation checks.
    let tags = task_metadata(&search);
    assert_eq!(tags.len(), 2, "{tags:?}");
    for (tag, command) in tags.iter().zip(["orders delete", "sync"]) {
        let tag = tag.as_deref().unwrap_or_default();
        let (sent_by, pusher) = tag.rsplit_once(" #").unwrap_or_else(|| panic!("{tag}"));
        assert_eq!(sent_by, format!("ecomctl {command} on {host}"));
        assert!(!pusher.is_empty() && pusher.chars().all(|c| c.is_ascii_hexdigit()), "{tag}");
    }
    assert_ne!(tags[0], tags[1], "two processes, two pushers");
}

#[test]
fn an_older_meilisearch_gets_no_tag_and_no_error() {
    let db = TestDb::new();
    let search = SearchServer::new();
    let fake = fake_only!(search);
    fake.set_version("1.25.3");
    db.product("O-1", "2.00", 100);
    db.order("o@example.com", &["O-1"]);
    search.apply(db.ecomctl()).args(["sync"]).setup();
    search.wait_idle();
    assert_eq!(task_metadata(&search), [None]);
    assert_eq!(search.documents().len(), 1);
}

#[test]
fn the_alert_rules_in_deploy_are_valid_and_pass_their_tests() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/prometheus");
    for args in [["check", "rules", "alerts.yml"], ["test", "rules", "alerts_test.yml"]] {
        let Ok(out) = std::process::Command::new("promtool").args(args).current_dir(dir).output()
        else {
            skipped("promtool is not installed (Debian: apt-get install prometheus)");
            return;
        };
        assert!(
            out.status.success(),
            "promtool {}:\n{}{}",
            args.join(" "),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
