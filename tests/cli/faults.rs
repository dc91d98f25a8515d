//! Trust under faults: upserts that keep what a record leaves out, honest
//! exit codes (a closed stdout is the only quiet end), PostgreSQL killed
//! mid-import, sequences untouched by dry runs, filters that cannot escape,
//! overflow and secrets.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::harness::TestDb;

#[test]
fn an_upsert_changes_only_the_fields_a_record_names() {
    let db = TestDb::new();
    db.ecomctl()
        .args(["products", "create", "--sku", "LAMP", "--name", "Lamp", "--price", "10.00"])
        .args(["--stock", "40", "--seller-email", "s@example.com", "--description", "Brass"])
        .args(["--manufacturer", "Acme", "--stocked-at", "A-1"])
        .setup();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.ndjson");
    // No stock, no description, no stocked_at; manufacturer explicitly null.
    let record = json!({"sku": "LAMP", "name": "Lamp v2", "price": 12.5,
                        "seller_email": "s@example.com", "manufacturer": null});
    std::fs::write(&file, format!("{record}\n")).unwrap();
    let report = db
        .ecomctl()
        .args(["-o", "json", "products", "import", "--on-conflict", "update"])
        .arg(file.to_str().unwrap())
        .ok()
        .json();
    assert_eq!(report["updated"], 1);
    let lamp = db.ecomctl().args(["-o", "json", "products", "get", "LAMP"]).ok().json();
    assert_eq!(lamp["name"], "Lamp v2");
    assert_eq!(lamp["price"], json!(12.5));
    assert_eq!(lamp["stock"], 40, "absent stock is kept");
    assert_eq!(lamp["description"], "Brass", "absent description is kept");
    assert_eq!(lamp["stocked_at"], "A-1");
    assert_eq!(lamp["manufacturer"], json!(null), "explicit null clears");

    let record = json!({"sku": "LAMP", "name": "Lamp v2", "price": 12.5,
                        "seller_email": "s@example.com", "stock": 7, "description": "Steel"});
    std::fs::write(&file, format!("{record}\n")).unwrap();
    db.ecomctl()
        .args(["products", "import", "--on-conflict", "update", file.to_str().unwrap()])
        .expect(0, "", "products: read 1, inserted 0, updated 1, skipped 0, failed 0\n");
    assert_eq!(db.stock("LAMP"), 7);
    assert_eq!(db.text("SELECT description FROM products").as_deref(), Some("Steel"));
}

#[test]
fn dry_runs_and_refused_imports_leave_the_id_sequence_alone() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.ndjson");
    let record = json!({"id": 900000000, "sku": "FAR", "name": "Far", "price": 1,
                        "seller_email": "s@example.com"});
    let bad = json!({"sku": "BAD", "name": "Bad", "price": -1, "seller_email": "s@example.com"});
    std::fs::write(&file, format!("{record}\n")).unwrap();
    db.ecomctl().args(["products", "import", "--dry-run", file.to_str().unwrap()]).expect(
        0,
        "",
        "products: read 1, inserted 1, updated 0, skipped 0, failed 0 (dry run: nothing was \
         written)\n",
    );
    std::fs::write(&file, format!("{record}\n{bad}\n")).unwrap();
    db.ecomctl().args(["products", "import", file.to_str().unwrap()]).expect(
        4,
        "",
        "error: line 2: field price: amount -1 must not be negative\n\
         error: 1 product record(s) refused (read 2, inserted 0, updated 0, skipped 0, failed 1): \
         nothing was imported; fix them, or use --skip-invalid to import the valid ones\n",
    );
    let id = db.product("NEAR", "1.00", 1);
    assert!(id < 1_000_000, "the sequence jumped to {id}");

    let order = json!({"id": 900000000, "customer_email": "c@example.com",
                       "items": [{"sku": "NEAR", "quantity": 1}]});
    std::fs::write(&file, format!("{order}\n")).unwrap();
    db.ecomctl().args(["orders", "import", "--dry-run", file.to_str().unwrap()]).expect(
        0,
        "",
        "orders: read 1, inserted 1, updated 0, skipped 0, failed 0 (dry run: nothing was \
         written)\n",
    );
    let id = db.order("c@example.com", &["NEAR"]);
    assert!(id < 1_000_000, "the order sequence jumped to {id}");
}

#[test]
fn a_raw_filter_cannot_escape_its_parentheses() {
    let db = TestDb::new();
    db.ecomctl()
        .args(["search", "--state", "SHIPPED", "--filter", "total_price > 0) OR (total_price > 0"])
        .expect(
            2,
            "",
            "error: --filter is not a well-formed expression: unbalanced ')' at character 16\n",
        );
    db.ecomctl().args(["search", "--filter", "state = \"a) OR (b"]).expect(
        2,
        "",
        "error: --filter is not a well-formed expression: unterminated \"-quoted string\n",
    );
}

#[test]
fn stock_overflow_is_rejected_naming_the_field() {
    let db = TestDb::new();
    db.product("BIG", "1.00", 10);
    db.ecomctl().args(["products", "update", "BIG", "--add-stock", "2147483647"]).expect(
        4,
        "",
        "error: stock of BIG cannot go above 2147483647: it has 10, --add-stock 2147483647\n",
    );
    assert_eq!(db.stock("BIG"), 10);
}

#[test]
fn credentials_in_the_meilisearch_url_are_never_printed() {
    let db = TestDb::new();
    let url = "http://operator:hunter2@127.0.0.1:9";
    let help = db.ecomctl().env("MEILI_URL", url).args(["--help"]).ok();
    assert!(!help.stdout().contains("hunter2"), "{}", help.stdout());
    let doctor = db.ecomctl().env("MEILI_URL", url).args(["doctor"]).run();
    assert!(!doctor.stdout().contains("hunter2") && !doctor.stderr().contains("hunter2"));
    let bad = db.ecomctl().env("MEILI_URL", "ftp://operator:hunter2@host").args(["doctor"]).run();
    assert_eq!(bad.code(), 2);
    assert!(!bad.stderr().contains("hunter2"), "{}", bad.stderr());
}

#[test]
fn a_closed_stdout_is_a_quiet_success() {
    let db = TestDb::new();
    for i in 0..300 {
        db.exec(&format!(
            "INSERT INTO products (sku, name, seller_email, price, stock) \
             VALUES ('P-{i}', 'Product {i} {}', 's@example.com', 1, 1)",
            "x".repeat(200)
        ));
    }
    let mut child = crate::harness::ecomctl_command()
        .args(["products", "export"])
        .env("DATABASE_URL", db.url())
        .env("ECOMCTL_NO_INDEX", "true")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then hang up, like `| head -1`.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Terminates every backend of the tool (application_name ecomctl…) on this
/// database, as a crash or a failover would.
fn kill_tool_backends(db: &TestDb) -> i64 {
    db.int(
        "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = current_database() AND application_name LIKE 'ecomctl%' \
         AND pid <> pg_backend_pid()) t",
    )
}

/// A `products import -` fed from the test, under way: started and fed
/// until the tool is connected to PostgreSQL.
struct ImportUnderWay {
    child: std::process::Child,
    stdin: std::process::ChildStdin,
    next: usize,
}

impl ImportUnderWay {
    fn start(db: &TestDb) -> Self {
        let mut child = crate::harness::ecomctl_command()
            .args(["products", "import", "-"])
            .env("DATABASE_URL", db.url())
            .env("ECOMCTL_NO_INDEX", "true")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let mut import = ImportUnderWay { child, stdin, next: 0 };
        let started = Instant::now();
        while tool_backends(db) == 0 {
            assert!(started.elapsed() < Duration::from_secs(20), "the import never connected");
            import.feed(1000);
        }
        import
    }

    /// Writes `n` more records; false once the tool stopped reading.
    fn feed(&mut self, n: usize) -> bool {
        for _ in 0..n {
            let record = json!({"sku": format!("K-{}", self.next), "name": "Killed", "price": 1,
                                "seller_email": "s@example.com"});
            if self.stdin.write_all(format!("{record}\n").as_bytes()).is_err() {
                return false;
            }
            self.next += 1;
        }
        true
    }

    /// Closes the input and waits: (exit code, stderr).
    fn finish(self) -> (Option<i32>, String) {
        drop(self.stdin);
        let out = self.child.wait_with_output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn postgres_killed_mid_import_exits_5_and_commits_nothing() {
    let db = TestDb::new();
    let mut import = ImportUnderWay::start(&db);
    // Well under way, then its backends are killed while more input comes.
    import.feed(5000);
    assert!(kill_tool_backends(&db) > 0);
    import.feed(5000);
    let (code, stderr) = import.finish();
    assert_eq!(code, Some(5), "{stderr}");
    assert!(stderr.contains("PostgreSQL"), "{stderr}");
    assert!(stderr.contains("not committed: nothing was written"), "{stderr}");
    assert_eq!(db.int("SELECT count(*) FROM products"), 0, "nothing committed");
}

/// How many of the tool's backends are connected (without killing them).
fn tool_backends(db: &TestDb) -> i64 {
    db.int(
        "SELECT count(*) FROM pg_stat_activity \
         WHERE datname = current_database() AND application_name LIKE 'ecomctl%' \
         AND pid <> pg_backend_pid()",
    )
}

#[test]
fn sigint_during_an_import_commits_nothing() {
    let db = TestDb::new();
    let import = ImportUnderWay::start(&db);
    Command::new("kill").args(["-INT", &import.child.id().to_string()]).status().unwrap();
    let (code, stderr) = import.finish();
    assert_ne!(code, Some(0), "{stderr}");
    // Give PostgreSQL a moment to notice the client is gone.
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(db.int("SELECT count(*) FROM products"), 0, "nothing committed");
}
