//! Test harness: a fresh PostgreSQL database per test (cloned from a migrated
//! template, dropped on `Drop`) and a builder that runs the real `ecomctl`
//! binary and checks its status and both output streams together: exactly
//! (`expect`), with local times masked (`expect_masked`), or with `*` for
//! text within a line that varies (`expect_like`).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use assert_cmd::Command;
use serde_json::Value;

/// The server and credentials tests use (see `pg_server`); each test gets
/// its own database on it.
pub fn admin_url() -> String {
    crate::pg_server::server().admin_url.clone()
}

/// `admin_url` with another database name.
pub fn url_for(database: &str) -> String {
    let admin = admin_url();
    let (base, query) = match admin.split_once('?') {
        Some((base, query)) => (base.to_owned(), format!("?{query}")),
        None => (admin.clone(), String::new()),
    };
    let (server, _) = base.rsplit_once('/').expect("the admin URL has a database name");
    format!("{server}/{database}{query}")
}

fn admin_client() -> postgres::Client {
    postgres::Client::connect(&admin_url(), postgres::NoTls)
        .unwrap_or_else(|err| panic!("cannot connect to the tests' PostgreSQL: {err}"))
}

fn unique_name(prefix: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().subsec_nanos();
    format!("{prefix}_{}_{}_{nanos}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed))
}

/// The migrated template database, built once per migration set (its name
/// carries a hash of `migrations/`), by running the real `ecomctl migrate`.
fn template() -> &'static str {
    static TEMPLATE: OnceLock<String> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let name = format!("ecomctl_template_{:016x}", migrations_hash());
        let mut admin = admin_client();
        // Serialise template builds across test processes.
        admin.execute("SELECT pg_advisory_lock(4242424242)", &[]).unwrap();
        let ready = admin
            .query_opt("SELECT datistemplate FROM pg_database WHERE datname = $1", &[&name])
            .unwrap()
            .map(|row| row.get::<_, bool>(0));
        if ready != Some(true) {
            if ready.is_some() {
                admin.execute(&format!("DROP DATABASE \"{name}\" WITH (FORCE)"), &[]).unwrap();
            }
            admin.execute(&format!("CREATE DATABASE \"{name}\""), &[]).unwrap();
            let out = ecomctl_command()
                .args(["--no-input", "migrate"])
                .env("DATABASE_URL", url_for(&name))
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "migrate failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            admin
                .execute(
                    &format!(
                        "ALTER DATABASE \"{name}\" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false"
                    ),
                    &[],
                )
                .unwrap();
        }
        admin.execute("SELECT pg_advisory_unlock(4242424242)", &[]).unwrap();
        name
    })
}

fn migrations_hash() -> u64 {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut hasher = DefaultHasher::new();
    for file in files {
        file.file_name().hash(&mut hasher);
        std::fs::read(&file).unwrap().hash(&mut hasher);
    }
    hasher.finish()
}

/// A database of its own for one test, dropped when the test ends.
pub struct TestDb {
    name: String,
}

impl TestDb {
    /// A fresh database with the schema applied.
    pub fn new() -> Self {
        let template = template();
        let name = unique_name("ecomctl_test");
        let mut admin = admin_client();
        // CREATE DATABASE … TEMPLATE fails if anything is connected to the
        // template at that instant; that is brief, so retry.
        for attempt in 0.. {
            match admin.execute(&format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\""), &[])
            {
                Ok(_) => break,
                Err(err) if attempt < 20 => {
                    let _ = err;
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                Err(err) => panic!("cannot create test database: {err}"),
            }
        }
        TestDb { name }
    }

    /// A fresh database with no schema at all.
    pub fn empty() -> Self {
        let name = unique_name("ecomctl_empty");
        admin_client().execute(&format!("CREATE DATABASE \"{name}\""), &[]).unwrap();
        TestDb { name }
    }

    pub fn url(&self) -> String {
        url_for(&self.name)
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url(), postgres::NoTls).unwrap()
    }

    /// Runs SQL that sets up or changes data behind the tool's back.
    pub fn exec(&self, sql: &str) {
        self.client().batch_execute(sql).unwrap();
    }

    /// One integer from a query (counts, sums, stock).
    pub fn int(&self, sql: &str) -> i64 {
        let row = self.client().query_one(sql, &[]).unwrap();
        match row.try_get::<_, i64>(0) {
            Ok(v) => v,
            Err(_) => i64::from(row.get::<_, i32>(0)),
        }
    }

    /// One text value from a query.
    pub fn text(&self, sql: &str) -> Option<String> {
        self.client().query_one(sql, &[]).unwrap().get(0)
    }

    /// An `ecomctl` invocation against this database.
    pub fn ecomctl(&self) -> Ecomctl {
        Ecomctl::new().env("DATABASE_URL", &self.url())
    }

    /// Starts `ecomctl` against this database without waiting for it, for
    /// tests of concurrent runs: stdout is discarded, stderr is kept for
    /// `wait_with_output`.
    pub fn spawn<I, S>(&self, args: I) -> std::process::Child
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        ecomctl_command()
            .args(args)
            .env("DATABASE_URL", self.url())
            .env("ECOMCTL_NO_INDEX", "true")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    }

    /// Creates a product through the tool and returns its id.
    pub fn product(&self, sku: &str, price: &str, stock: i32) -> i64 {
        let json = self
            .ecomctl()
            .args(["-o", "json", "products", "create", "--sku", sku, "--name"])
            .arg(&format!("{sku} name"))
            .args(["--price", price, "--stock", &stock.to_string()])
            .args(["--seller-email", "seller@example.com"])
            .ok()
            .json();
        json["id"].as_i64().unwrap()
    }

    /// Creates an order through the tool and returns its id.
    pub fn order(&self, customer: &str, items: &[&str]) -> i64 {
        let mut cmd =
            self.ecomctl().args(["-o", "json", "orders", "create", "--customer-email", customer]);
        for item in items {
            cmd = cmd.args(["--item", item]);
        }
        cmd.ok().json()["id"].as_i64().unwrap()
    }

    pub fn stock(&self, sku: &str) -> i64 {
        self.int(&format!("SELECT stock FROM products WHERE sku = '{sku}'"))
    }
}

/// What `products get` shows (times masked) for product 1 as
/// `TestDb::product` makes it: named "SKU name", sold by seller@example.com.
pub fn product_shown(sku: &str, price: &str, stock: i64) -> String {
    format!(
        "┌──────────────┬────────────────────┐\n\
         │ id           ┆ 1                  │\n\
         │ sku          ┆ {sku:<18} │\n\
         │ name         ┆ {name:<18} │\n\
         │ description  ┆ —                  │\n\
         │ manufacturer ┆ —                  │\n\
         │ stocked at   ┆ —                  │\n\
         │ seller       ┆ seller@example.com │\n\
         │ price        ┆ {price:<18} │\n\
         │ stock        ┆ {stock:<18} │\n\
         │ created      ┆ YYYY-MM-DD hh:mm   │\n\
         │ updated      ┆ YYYY-MM-DD hh:mm   │\n\
         └──────────────┴────────────────────┘\n",
        name = format!("{sku} name")
    )
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Ok(mut admin) = postgres::Client::connect(&admin_url(), postgres::NoTls) {
            let _ = admin
                .execute(&format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name), &[]);
        }
    }
}

/// Variables a spawned `ecomctl` keeps from the test run's environment:
/// where programs are (a key command runs through `sh`) and where temporary
/// files go. Everything else of the person running the tests —
/// DATABASE_URL, MEILI_*, PG*, ECOMCTL_*, RUST_BACKTRACE, … — is gone.
const KEPT_VARIABLES: &[&str] = &["PATH", "TMPDIR"];

/// The real binary started from an empty environment (but for
/// `KEPT_VARIABLES`), in `dir` and with HOME set to it: no `.env`,
/// `~/.pgpass`, service file or config file of the person running the
/// tests is read.
pub fn ecomctl_in(dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("ecomctl"));
    cmd.env_clear();
    for key in KEPT_VARIABLES {
        if let Some(value) = std::env::var_os(key) {
            cmd.env(key, value);
        }
    }
    cmd.current_dir(dir).env("HOME", dir);
    cmd
}

/// `ecomctl_in` an empty directory, for tests that start the tool as a
/// process of their own (concurrent runs, signals, terminals).
pub fn ecomctl_command() -> std::process::Command {
    static EMPTY: OnceLock<PathBuf> = OnceLock::new();
    let dir = EMPTY.get_or_init(|| {
        // In cargo's directory for test files, so nothing is left in /tmp;
        // nothing ever writes to it.
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("empty");
        std::fs::create_dir_all(&dir).unwrap();
        dir
    });
    ecomctl_in(dir)
}

/// A run of the real binary, in an empty working directory of its own
/// (`workdir`, also its HOME) with a clean environment (`ecomctl_in`).
#[must_use]
pub struct Ecomctl {
    cmd: Command,
    _workdir: tempfile::TempDir,
}

impl Ecomctl {
    pub fn new() -> Self {
        let workdir = tempfile::tempdir().unwrap();
        let mut cmd = Command::from_std(ecomctl_in(workdir.path()));
        // Tests of other features do not talk to Meilisearch; search tests
        // opt back in through `SearchServer::apply`.
        cmd.env("ECOMCTL_NO_INDEX", "true");
        Ecomctl { cmd, _workdir: workdir }
    }

    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Self {
        self.cmd.write_stdin(input.into());
        self
    }

    pub fn env_remove(mut self, key: &str) -> Self {
        self.cmd.env_remove(key);
        self
    }

    pub fn workdir(&self) -> &Path {
        self._workdir.path()
    }

    pub fn arg(mut self, arg: &str) -> Self {
        self.cmd.arg(arg);
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd.args(args);
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.cmd.env(key, value);
        self
    }

    /// Runs and returns what happened, whatever the status.
    pub fn run(mut self) -> Run {
        let output = self.cmd.output().unwrap();
        Run { output }
    }

    /// Runs and asserts exit code 0, returning the run for the checks that
    /// follow (`json`, `ndjson`, `stdout_has`, `stderr_has`, `stdout()`
    /// compared exactly, …): for output that varies. Output that does not
    /// vary is checked with `expect`, output that varies only within lines
    /// (a duration, a port) with `expect_like`.
    #[track_caller]
    #[must_use = "check the run's output, or use `setup()` for a step that only arranges state"]
    pub fn ok(self) -> Run {
        self.status(0)
    }

    /// Runs and asserts exit code 0, and nothing else: for steps that
    /// ARRANGE state for the test (products and orders created before the
    /// behaviour under test, a sync before checking something else). The
    /// output is deliberately not checked because it is tested elsewhere;
    /// the run under test is checked with `expect` or `ok`.
    #[track_caller]
    pub fn setup(self) {
        let _ = self.status(0);
    }

    /// Runs and compares everything exactly: the exit code, stdout and
    /// stderr (pass "" for an empty stream). The default for output that
    /// does not vary; a mismatch shows a line diff and points at the test.
    #[track_caller]
    pub fn expect(self, code: i32, stdout: &str, stderr: &str) {
        let run = self.run();
        compare(&run, (code, stdout, stderr), (run.stdout(), run.stderr()), diff);
    }

    /// `expect` for output that varies within lines (a duration, a rate, a
    /// port, a temporary path): the exit code and both whole streams are
    /// compared with patterns in which each `*` stands for any text within
    /// one line, the rest exactly (`like`); pass "" for an empty stream. A
    /// mismatch shows a line diff in which a line like its pattern line
    /// counts as the same.
    #[track_caller]
    pub fn expect_like(self, code: i32, stdout: &str, stderr: &str) {
        expect_like(&self.run(), code, stdout, stderr);
    }

    /// `expect` for output that shows local times (the `created` and
    /// `updated` of a table): every `2026-11-25 08:00` in either stream is
    /// compared as `YYYY-MM-DD hh:mm`, the rest exactly.
    #[track_caller]
    pub fn expect_masked(self, code: i32, stdout: &str, stderr: &str) {
        let run = self.run();
        compare(
            &run,
            (code, stdout, stderr),
            (mask_times(&run.stdout()), mask_times(&run.stderr())),
            diff,
        );
    }

    /// Runs and asserts the exit code, returning the run for the checks
    /// that follow.
    #[track_caller]
    #[must_use = "check the run's output (`stderr_has`, …), or compare it exactly with `expect`"]
    pub fn status(self, code: i32) -> Run {
        let run = self.run();
        assert_eq!(
            run.output.status.code(),
            Some(code),
            "expected exit code {code}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            run.stdout(),
            run.stderr()
        );
        run
    }
}

/// The check of `Ecomctl::expect_like`, on a run that has happened.
#[track_caller]
fn expect_like(run: &Run, code: i32, stdout: &str, stderr: &str) {
    compare(run, (code, stdout, stderr), (run.stdout(), run.stderr()), diff_like);
}

/// Asserts that `run` exited with `code` and that its streams (as given,
/// perhaps masked) match `stdout` and `stderr`: `differ` is `diff` (exactly)
/// or `diff_like` (patterns).
#[track_caller]
fn compare(
    run: &Run,
    (code, stdout, stderr): (i32, &str, &str),
    (out, err): (String, String),
    differ: fn(&str, &str) -> Option<String>,
) {
    let mut problems = Vec::new();
    if run.output.status.code() != Some(code) {
        problems.push(format!("exit code: expected {code}, got {:?}", run.output.status.code()));
    }
    if let Some(diff) = differ(stdout, &out) {
        problems.push(format!("stdout differs (- expected, + actual):\n{diff}"));
    }
    if let Some(diff) = differ(stderr, &err) {
        problems.push(format!("stderr differs (- expected, + actual):\n{diff}"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Whether `text` is `pattern` with each `*` standing for any text that
/// holds no line break.
fn like(pattern: &str, text: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = text.strip_prefix(first) else { return false };
    let mut parts: Vec<&str> = parts.collect();
    let Some(last) = parts.pop() else { return rest.is_empty() };
    for part in parts {
        // The earliest place leaves the most room for what follows.
        let Some(at) = rest.find(part) else { return false };
        if rest[..at].contains('\n') {
            return false;
        }
        rest = &rest[at + part.len()..];
    }
    rest.strip_suffix(last).is_some_and(|skipped| !skipped.contains('\n'))
}

/// `text` with every local time as tables show it (`2026-11-25 08:00`)
/// replaced by `YYYY-MM-DD hh:mm`, which keeps the columns aligned.
fn mask_times(text: &str) -> String {
    const SHAPE: &[u8] = b"dddd-dd-dd dd:dd";
    const MASK: &[u8] = b"YYYY-MM-DD hh:mm";
    let mut bytes = text.as_bytes().to_vec();
    let mut i = 0;
    while i + SHAPE.len() <= bytes.len() {
        let fits = SHAPE.iter().zip(&bytes[i..]).all(|(shape, byte)| match shape {
            b'd' => byte.is_ascii_digit(),
            other => other == byte,
        });
        if fits {
            bytes[i..i + SHAPE.len()].copy_from_slice(MASK);
            i += SHAPE.len();
        } else {
            i += 1;
        }
    }
    String::from_utf8(bytes).expect("only ASCII digits were replaced")
}

/// The outcome of one run: `#[must_use]`, so that a run whose output is
/// never looked at does not compile (clippy `-D warnings`); `setup()` is
/// the explicit way to run without checking the output.
#[must_use = "check the run's output, or use `setup()` for a step that only arranges state"]
pub struct Run {
    pub output: Output,
}

impl Run {
    pub fn code(&self) -> i32 {
        self.output.status.code().unwrap_or(-1)
    }

    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    /// stdout parsed as one JSON value.
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.output.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout()))
    }

    /// stdout parsed as NDJSON.
    #[track_caller]
    pub fn ndjson(&self) -> Vec<Value> {
        self.stdout().lines().map(|line| serde_json::from_str(line).unwrap()).collect()
    }

    /// Asserts that stderr contains every fragment (for output that varies:
    /// times, ids, paths; otherwise prefer `expect`).
    #[track_caller]
    pub fn stderr_has(&self, fragments: &[&str]) -> &Self {
        let stderr = self.stderr();
        for fragment in fragments {
            assert!(stderr.contains(fragment), "stderr lacks {fragment:?}:\n{stderr}");
        }
        self
    }

    /// Asserts that stdout is `expected` exactly (for a run whose stderr
    /// varies but whose data does not).
    #[track_caller]
    pub fn stdout_is(&self, expected: &str) -> &Self {
        if let Some(diff) = diff(expected, &self.stdout()) {
            panic!("stdout differs (- expected, + actual):\n{diff}");
        }
        self
    }

    /// Asserts that stderr is `expected` exactly (for a run whose stdout
    /// varies but whose messages do not).
    #[track_caller]
    pub fn stderr_is(&self, expected: &str) -> &Self {
        if let Some(diff) = diff(expected, &self.stderr()) {
            panic!("stderr differs (- expected, + actual):\n{diff}");
        }
        self
    }

    /// Asserts that stderr is `pattern` exactly but for each `*`, which
    /// stands for any text within one line (a duration, a rate).
    #[track_caller]
    pub fn stderr_like(&self, pattern: &str) -> &Self {
        if let Some(diff) = diff_like(pattern, &self.stderr()) {
            panic!("stderr is not like the pattern (- pattern, + actual):\n{diff}");
        }
        self
    }

    /// Asserts that stdout is `pattern` exactly but for each `*`, which
    /// stands for any text within one line (for a run whose stderr varies
    /// more than that).
    #[track_caller]
    pub fn stdout_like(&self, pattern: &str) -> &Self {
        if let Some(diff) = diff_like(pattern, &self.stdout()) {
            panic!("stdout is not like the pattern (- pattern, + actual):\n{diff}");
        }
        self
    }

    /// Asserts that stdout is `expected` exactly once local times are
    /// masked (`mask_times`), for a table with `created` and `updated`.
    #[track_caller]
    pub fn stdout_masked_is(&self, expected: &str) -> &Self {
        if let Some(diff) = diff(expected, &mask_times(&self.stdout())) {
            panic!("stdout differs (- expected, + actual):\n{diff}");
        }
        self
    }

    /// Asserts that stdout contains every fragment.
    #[track_caller]
    pub fn stdout_has(&self, fragments: &[&str]) -> &Self {
        let stdout = self.stdout();
        for fragment in fragments {
            assert!(stdout.contains(fragment), "stdout lacks {fragment:?}:\n{stdout}");
        }
        self
    }

    #[track_caller]
    pub fn stdout_empty(&self) -> &Self {
        assert!(self.output.stdout.is_empty(), "stdout should be empty:\n{}", self.stdout());
        self
    }
}

/// A line diff of `expected` and `actual` (`None` when equal): common
/// lines as they are, the rest marked `-` (expected) and `+` (actual).
fn diff(expected: &str, actual: &str) -> Option<String> {
    (expected != actual).then(|| line_diff(expected, actual, |a, b| a == b))
}

/// `diff` for a pattern (`like`): `None` when `actual` is like `pattern`;
/// otherwise a line diff in which a line like its pattern line is common
/// (and shown as it is), the rest marked `-` (pattern) and `+` (actual).
fn diff_like(pattern: &str, actual: &str) -> Option<String> {
    (!like(pattern, actual)).then(|| line_diff(pattern, actual, like))
}

/// The lines of `expected` and `actual` side by side, `same` saying which
/// pair of lines is common (shown as `actual` has it).
fn line_diff(expected: &str, actual: &str, same: fn(&str, &str) -> bool) -> String {
    let (old, new): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    // Longest common subsequence, enough for the short outputs of a test.
    let mut lcs = vec![vec![0usize; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            lcs[i][j] = if same(old[i], new[j]) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out, mut marked) = (0, 0, String::new(), false);
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && same(old[i], new[j]) {
            out += &format!("  {}\n", new[j]);
            (i, j) = (i + 1, j + 1);
        } else if i < old.len() && (j == new.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out += &format!("- {}\n", old[i]);
            (i, marked) = (i + 1, true);
        } else {
            out += &format!("+ {}\n", new[j]);
            (j, marked) = (j + 1, true);
        }
    }
    let (both, ends) = (!expected.is_empty() && !actual.is_empty(), expected.ends_with('\n'));
    if both && ends != actual.ends_with('\n') {
        out += "(the final newline differs)\n";
    } else if !marked {
        out += "(the lines are the same: the line breaks differ)\n";
    }
    out
}

/// Writes `content` to `dir/name` and returns the path as text (for a
/// flag or a variable).
pub fn write_file(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> String {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path.to_str().unwrap().to_owned()
}

/// Says, past the test runner's capture, that a test skipped its checks, so
/// a run against a real Meilisearch shows what it did not cover.
pub fn skipped(reason: &str) {
    use std::io::Write;
    let test = std::thread::current().name().unwrap_or("a test").to_owned();
    let _ = writeln!(std::io::stderr(), "SKIPPED {test}: {reason}");
}

/// One run of the real binary: exit code, stderr, peak RSS (KiB).
pub struct Measured {
    pub code: i32,
    pub stderr: String,
    pub peak_kib: i64,
}

/// Runs `cmd` to the end (stdout discarded) and measures its peak resident
/// memory: the `VmHWM` of its own address space, read every 2 ms while it
/// runs. (Not `wait4`'s `ru_maxrss`: a spawned child starts from the test
/// process's address space, and that high-water mark survives the exec —
/// the test process's own size would be counted.)
pub fn measure(mut cmd: std::process::Command) -> Measured {
    let stderr_file = tempfile::NamedTempFile::new().unwrap();
    let mut child = cmd
        .stdout(std::process::Stdio::null())
        .stderr(stderr_file.reopen().unwrap())
        .spawn()
        .unwrap();
    let status_path = format!("/proc/{}/status", child.id());
    let binary = assert_cmd::cargo::cargo_bin("ecomctl");
    let mut peak_kib = 0;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        // Only once the exec happened: before, the address space is ours.
        let exec_done =
            std::fs::read_link(format!("/proc/{}/exe", child.id())).is_ok_and(|exe| exe == binary);
        if exec_done && let Ok(text) = std::fs::read_to_string(&status_path) {
            let hwm = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<i64>().ok());
            peak_kib = peak_kib.max(hwm.unwrap_or(0));
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    Measured {
        code: status.code().unwrap_or(-1),
        stderr: std::fs::read_to_string(stderr_file.path()).unwrap(),
        peak_kib,
    }
}

#[cfg(test)]
mod diff_tests {
    #[test]
    fn diff_marks_what_changed() {
        assert_eq!(super::diff("a\nb\n", "a\nb\n"), None);
        assert_eq!(super::diff("a\nb\nc\n", "a\nx\nc\n").unwrap(), "  a\n- b\n+ x\n  c\n");
        assert!(super::diff("a\n", "a").unwrap().contains("final newline"));
    }

    #[test]
    fn like_lets_stars_stand_for_text_within_a_line() {
        assert!(super::like("took *s, * docs/s\n", "took 0.5s, 12 docs/s\n"));
        assert!(super::like("a\n", "a\n"));
        assert!(!super::like("a*\n", "a\nb\n"));
        assert!(!super::like("a*c", "abd"));
        assert!(!super::like("a\n", "a\nmore"));
    }

    #[test]
    fn diff_like_counts_a_line_like_its_pattern_as_the_same() {
        assert_eq!(super::diff_like("took *s\nok\n", "took 0.5s\nok\n"), None);
        assert_eq!(
            super::diff_like("took *s\nok\n", "took 0.5s\nnot ok\n").unwrap(),
            "  took 0.5s\n- ok\n+ not ok\n"
        );
        // A star stands for text within one line, never for a line break.
        assert_eq!(super::diff_like("a*\n", "ab\nc\n").unwrap(), "  ab\n+ c\n");
        assert_eq!(super::diff_like("*\n", "").unwrap(), "- *\n");
        assert!(super::diff_like("a*", "ab\n").unwrap().contains("final newline"));
        assert!(super::diff("a\r\n", "a\n").unwrap().contains("line breaks differ"));
    }

    /// A finished run with `code` and these streams, as `Ecomctl::run` gives.
    fn run(code: i32, stdout: &str, stderr: &str) -> super::Run {
        use std::os::unix::process::ExitStatusExt;
        let status = std::process::ExitStatus::from_raw(code << 8);
        super::Run {
            output: std::process::Output { status, stdout: stdout.into(), stderr: stderr.into() },
        }
    }

    /// The message `check` fails with, or `None` when it passes.
    fn failure(check: impl FnOnce() + std::panic::UnwindSafe) -> Option<String> {
        let payload = std::panic::catch_unwind(check).err()?;
        Some(payload.downcast_ref::<String>().cloned().unwrap_or_default())
    }

    #[test]
    fn expect_like_compares_the_code_and_both_whole_streams() {
        let done = run(0, "id 12 at 08:00\n", "took 0.5s\n");
        assert_eq!(failure(|| super::expect_like(&done, 0, "id * at *\n", "took *s\n")), None);
        assert_eq!(
            failure(|| super::expect_like(&done, 4, "id * at *\n", "took *s\n")).unwrap(),
            "exit code: expected 4, got Some(0)"
        );
        assert_eq!(
            failure(|| super::expect_like(&done, 0, "id *\nmore\n", "")).unwrap(),
            "stdout differs (- expected, + actual):\n  id 12 at 08:00\n- more\n\n\
             stderr differs (- expected, + actual):\n+ took 0.5s\n"
        );
        // The whole stream: a pattern for its beginning only is not enough.
        assert!(failure(|| super::expect_like(&done, 0, "id *", "took *s\n")).is_some());
        assert!(failure(|| super::expect_like(&done, 0, "id * at *\n", "")).is_some());
    }

    #[test]
    fn expect_like_runs_the_binary() {
        super::Ecomctl::new().arg("--version").expect_like(0, "ecomctl * (schema version *)\n", "");
    }

    #[test]
    fn stdout_like_and_stderr_like_check_one_whole_stream() {
        let done = run(5, "a 1\nb 2\n", "error: cannot connect to 127.0.0.1:4711\n");
        done.stdout_like("a *\nb *\n").stderr_like("error: cannot connect to 127.0.0.1:*\n");
        assert_eq!(
            failure(|| _ = done.stdout_like("a *\n")).unwrap(),
            "stdout is not like the pattern (- pattern, + actual):\n  a 1\n+ b 2\n"
        );
        assert!(failure(|| _ = done.stderr_like("error: *")).is_some());
    }

    #[test]
    fn mask_times_hides_only_times() {
        assert_eq!(
            super::mask_times("│ 2026-11-25 08:00 ┆ 12026-1-25 08:00 ┆ 2026-11-25T08:00 │"),
            "│ YYYY-MM-DD hh:mm ┆ 12026-1-25 08:00 ┆ 2026-11-25T08:00 │"
        );
    }
}
