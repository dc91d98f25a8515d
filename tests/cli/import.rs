//! Bulk import and export: validation, atomicity, conflicts, idempotency,
//! rejects, stdin, gzip, malformed input, and the export round trip.

use std::io::Write;
use std::path::PathBuf;

use serde_json::{Value, json};

use crate::harness::{Run, TestDb};

/// A file in a scratch directory that lives as long as the test.
struct Files {
    dir: tempfile::TempDir,
}

impl Files {
    fn new() -> Self {
        Files { dir: tempfile::tempdir().unwrap() }
    }

    fn write(&self, name: &str, content: impl AsRef<[u8]>) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        path.to_str().unwrap().to_owned()
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

fn ndjson(records: &[Value]) -> String {
    records.iter().map(|r| format!("{r}\n")).collect()
}

fn product(sku: &str) -> Value {
    json!({"sku": sku, "name": format!("{sku} name"), "price": 9.99, "stock": 10, "seller_email": "s@example.com"})
}

fn import(db: &TestDb, what: &str, file: &str, extra: &[&str]) -> Run {
    let mut args = vec!["-o", "json", what, "import", file];
    args.extend(extra);
    db.ecomctl().args(&args).run()
}

#[test]
fn products_import_inserts_and_reports() {
    let db = TestDb::new();
    let files = Files::new();
    let mut with_all = product("FULL-1");
    with_all["description"] = json!("Described");
    with_all["manufacturer"] = json!("Acme");
    with_all["stocked_at"] = json!("A-1");
    with_all["price"] = json!("12.50");
    let file = files.write("p.ndjson", ndjson(&[product("A-1"), product("A-2"), with_all]));
    let run = import(&db, "products", &file, &[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let report = run.json();
    assert_eq!(
        (report["read"].as_u64(), report["inserted"].as_u64(), report["failed"].as_u64()),
        (Some(3), Some(3), Some(0))
    );
    assert_eq!(report["errors"], json!([]));
    assert_eq!(db.int("SELECT count(*) FROM products"), 3);
    assert_eq!(db.text("SELECT price::text FROM products WHERE sku = 'FULL-1'").unwrap(), "12.50");
    assert_eq!(db.text("SELECT manufacturer FROM products WHERE sku = 'FULL-1'").unwrap(), "Acme");
    assert!(run.stderr().contains("products: read 3, inserted 3"));
    // New products get ids from the sequence, so `products create` continues after them.
    let next = db.product("AFTER", "1", 1);
    assert!(next > db.int("SELECT max(id) FROM products WHERE sku <> 'AFTER'"));
}

#[test]
fn every_product_field_is_validated_and_an_invalid_record_writes_nothing() {
    let db = TestDb::new();
    db.product("EXISTING", "1.00", 5);
    let files = Files::new();
    let cases: Vec<(Value, &str)> = vec![
        (
            json!({"name": "x", "price": 1, "seller_email": "s@example.com"}),
            "field sku: is required",
        ),
        (
            json!({"sku": "A B", "name": "x", "price": 1, "seller_email": "s@example.com"}),
            "field sku",
        ),
        (
            json!({"sku": "S1", "name": "x", "price": 1, "seller_email": "nope"}),
            "field seller_email",
        ),
        (
            json!({"sku": "S2", "name": "x", "price": -1, "seller_email": "s@example.com"}),
            "field price: amount -1 must not be negative",
        ),
        (
            json!({"sku": "S3", "name": "x", "price": 1.001, "seller_email": "s@example.com"}),
            "more than 2 decimal places",
        ),
        (
            json!({"sku": "S4", "name": "x", "price": "abc", "seller_email": "s@example.com"}),
            "field price",
        ),
        (
            json!({"sku": "S5", "name": "x", "price": 1, "stock": -2, "seller_email": "s@example.com"}),
            "field stock",
        ),
        (
            json!({"sku": "S6", "name": "x", "price": 1, "stock": 2.5, "seller_email": "s@example.com"}),
            "field stock",
        ),
        (
            json!({"sku": "S7", "name": "x", "price": 1, "stock": 1e20, "seller_email": "s@example.com"}),
            "field stock",
        ),
        (
            json!({"sku": "S8", "name": 5, "price": 1, "seller_email": "s@example.com"}),
            "field name: expected a string, got a number",
        ),
        (
            json!({"sku": "S9", "name": "x", "prize": 1, "seller_email": "s@example.com"}),
            "unknown field \"prize\"",
        ),
        (
            json!({"sku": "S10", "name": "x", "price": 1, "seller_email": "s@example.com", "created_at": "yesterday"}),
            "field created_at",
        ),
        (json!(["not", "an", "object"]), "expected a JSON object"),
    ];
    for (i, (record, fragment)) in cases.iter().enumerate() {
        let body = ndjson(&[product(&format!("OK-{i}")), record.clone()]);
        let file = files.write(&format!("case{i}.ndjson"), body);
        let run = import(&db, "products", &file, &[]);
        assert_eq!(run.code(), 4, "case {i}: {}", run.stderr());
        assert!(
            run.stderr().contains(&format!("line 2: {fragment}"))
                || run.stderr().contains(fragment),
            "case {i}: {}",
            run.stderr()
        );
        assert!(run.stderr().contains("line 2"), "case {i} names the line: {}", run.stderr());
        assert_eq!(run.json()["failed"], 1);
    }
    assert_eq!(db.int("SELECT count(*) FROM products"), 1, "nothing was written");
    assert_eq!(db.stock("EXISTING"), 5);
}

#[test]
fn sku_conflicts_follow_on_conflict() {
    let db = TestDb::new();
    db.product("SAME", "1.00", 5);
    let files = Files::new();
    let mut changed = product("SAME");
    changed["price"] = json!(7.25);
    let file = files.write("p.ndjson", ndjson(&[product("NEW-1"), changed]));

    let refused = import(&db, "products", &file, &[]);
    assert_eq!(refused.code(), 4);
    assert!(
        refused.stderr().contains("SAME") && refused.stderr().contains("--on-conflict"),
        "{}",
        refused.stderr()
    );
    assert_eq!(db.int("SELECT count(*) FROM products"), 1, "atomic: NEW-1 not written either");

    let skipped = import(&db, "products", &file, &["--on-conflict", "skip"]).json();
    assert_eq!((skipped["inserted"].as_u64(), skipped["skipped"].as_u64()), (Some(1), Some(1)));
    assert_eq!(db.text("SELECT price::text FROM products WHERE sku = 'SAME'").unwrap(), "1.00");

    let updated = import(&db, "products", &file, &["--on-conflict", "update"]).json();
    assert_eq!((updated["inserted"].as_u64(), updated["updated"].as_u64()), (Some(0), Some(2)));
    assert_eq!(db.text("SELECT price::text FROM products WHERE sku = 'SAME'").unwrap(), "7.25");

    // With --skip-invalid, a conflict is one refused record among valid ones.
    let file = files.write("p2.ndjson", ndjson(&[product("NEW-2"), product("SAME")]));
    let partial = import(&db, "products", &file, &["--skip-invalid"]).json();
    assert_eq!((partial["inserted"].as_u64(), partial["failed"].as_u64()), (Some(1), Some(1)));
    assert!(partial["errors"][0]["message"].as_str().unwrap().contains("already exists"));
}

#[test]
fn duplicate_skus_in_one_file_are_refused() {
    let db = TestDb::new();
    let files = Files::new();
    let file = files.write("p.ndjson", ndjson(&[product("DUP"), product("OTHER"), product("DUP")]));
    assert_eq!(import(&db, "products", &file, &[]).code(), 4);
    assert_eq!(db.int("SELECT count(*) FROM products"), 0);
    let run = import(&db, "products", &file, &["--skip-invalid"]);
    let report = run.json();
    assert_eq!((report["inserted"].as_u64(), report["failed"].as_u64()), (Some(2), Some(1)));
    assert_eq!(report["errors"][0]["line"], 3);
    assert!(report["errors"][0]["message"].as_str().unwrap().contains("first on line 1"));
}

#[test]
fn skip_invalid_writes_rejects_that_can_be_fixed_and_reimported() {
    let db = TestDb::new();
    let files = Files::new();
    let bad = json!({"sku": "FIX-ME", "name": "x", "price": -5, "seller_email": "s@example.com"});
    let body = format!("{}{}\n{{\"sku\": \"TRUNC\n", ndjson(&[product("GOOD-1")]), bad);
    let file = files.write("p.ndjson", body);
    let rejects = files.path("rejects.ndjson");
    let run =
        import(&db, "products", &file, &["--skip-invalid", "--rejects", rejects.to_str().unwrap()]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert_eq!(run.json()["failed"], 2);
    assert_eq!(db.int("SELECT count(*) FROM products"), 1);
    let rejected = std::fs::read_to_string(&rejects).unwrap();
    let lines: Vec<&str> = rejected.lines().collect();
    assert_eq!(lines.len(), 2, "{rejected}");
    assert!(lines[0].contains("FIX-ME"));
    assert!(lines[1].contains("TRUNC"), "even unparseable lines are kept raw");

    let fixed = files.write("fixed.ndjson", lines[0].replace("-5", "5"));
    assert_eq!(import(&db, "products", &fixed, &[]).code(), 0);
    assert_eq!(db.int("SELECT count(*) FROM products"), 2);
}

#[test]
fn dry_run_validates_and_writes_nothing() {
    let db = TestDb::new();
    db.product("SAME", "1", 1);
    let files = Files::new();
    let file = files.write("p.ndjson", ndjson(&[product("A"), product("SAME")]));
    let report = import(&db, "products", &file, &["--dry-run", "--on-conflict", "skip"]).json();
    assert_eq!((report["inserted"].as_u64(), report["skipped"].as_u64()), (Some(1), Some(1)));
    assert_eq!(report["committed"], false);
    assert_eq!(db.int("SELECT count(*) FROM products"), 1);
}

#[test]
fn reads_stdin_gzip_and_json_arrays() {
    let db = TestDb::new();
    let files = Files::new();
    let run = db
        .ecomctl()
        .args(["-o", "json", "products", "import", "-"])
        .stdin(ndjson(&[product("STDIN-1")]))
        .ok();
    assert_eq!(
        run.json(),
        json!({"read": 1, "inserted": 1, "updated": 0, "skipped": 0, "failed": 0, "errors": [],
               "committed": true})
    );
    run.stderr_is("products: read 1, inserted 1, updated 0, skipped 0, failed 0\n");

    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(ndjson(&[product("GZ-1"), product("GZ-2")]).as_bytes()).unwrap();
    let file = files.write("p.ndjson.gz", gz.finish().unwrap());
    assert_eq!(import(&db, "products", &file, &[]).json()["inserted"], 2);

    let array = serde_json::to_string_pretty(&json!([product("ARR-1"), product("ARR-2")])).unwrap();
    let file = files.write("p.json", &array);
    assert_eq!(import(&db, "products", &file, &[]).json()["inserted"], 2);
    assert_eq!(db.int("SELECT count(*) FROM products"), 5);

    // Errors in an array name the record index.
    let file = files.write("bad.json", json!([product("ARR-3"), {"sku": "ARR-4"}]).to_string());
    let run = import(&db, "products", &file, &[]);
    assert_eq!(run.code(), 4);
    assert!(run.stderr().contains("record 2: field name: is required"), "{}", run.stderr());
}

#[test]
fn malformed_input_is_refused_cleanly() {
    let db = TestDb::new();
    let files = Files::new();
    let cases: Vec<(&str, Vec<u8>, i32, &str)> = vec![
        (
            "truncated.json",
            format!("[{}, {{\"sku\": \"X\"", product("T-1")).into_bytes(),
            4,
            "invalid JSON array",
        ),
        ("not-json.ndjson", b"this is not json\n".to_vec(), 4, "line 1: invalid JSON"),
        (
            "invalid-utf8.ndjson",
            [b"{\"sku\": \"\xff\xfe\"}\n".as_slice()].concat(),
            4,
            "line 1: invalid UTF-8",
        ),
        ("scalar.ndjson", b"42\n".to_vec(), 4, "expected a JSON object"),
        ("object.json", product("OBJ").to_string().into_bytes(), 4, ""),
    ];
    for (name, body, code, fragment) in cases {
        let file = files.write(name, body);
        let run = import(
            &db,
            "products",
            &file,
            &["--format", if name.ends_with(".json") { "json" } else { "auto" }],
        );
        assert_eq!(run.code(), code, "{name}: {}", run.stderr());
        assert!(run.stderr().contains(fragment), "{name}: {}", run.stderr());
    }
    // A line over 16 MiB is refused on its own; the rest can still load.
    let mut huge =
        format!("{{\"sku\": \"HUGE\", \"name\": \"{}", "x".repeat(17 * 1024 * 1024)).into_bytes();
    huge.extend_from_slice(b"\"}\n");
    huge.extend_from_slice(ndjson(&[product("AFTER-HUGE")]).as_bytes());
    let file = files.write("huge.ndjson", huge);
    let run = import(&db, "products", &file, &["--skip-invalid"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert!(run.stderr().contains("line 1: the line is longer than 16 MiB"), "{}", run.stderr());
    assert_eq!(db.int("SELECT count(*) FROM products"), 1);

    // An empty file imports nothing, successfully, with a warning.
    let file = files.write("empty.ndjson", "");
    let run = import(&db, "products", &file, &[]);
    assert_eq!(run.code(), 0);
    assert!(run.stderr().contains("no records"));
    assert_eq!(run.json()["read"], 0);

    // A missing file is "not found".
    assert_eq!(import(&db, "products", "/nonexistent/file.ndjson", &[]).code(), 3);
}

fn order(ext: &str, items: Value) -> Value {
    json!({"external_ref": ext, "customer_email": "c@example.com", "items": items})
}

#[test]
fn orders_import_snapshots_totals_takes_stock_and_enqueues() {
    let db = TestDb::new();
    db.product("A", "1.10", 10);
    let b = db.product("B", "2.00", 10);
    let c = db.product("C", "3.00", 10);
    let changed_at =
        |id: i64| db.text(&format!("SELECT updated_at::text FROM products WHERE id = {id}"));
    let c_changed_at = changed_at(c);
    let files = Files::new();
    let records = vec![
        order(
            "EXT-1",
            json!([{"sku": "A", "quantity": 2}, {"product_id": b, "quantity": 1}, {"sku": "A", "quantity": 1}]),
        ),
        json!({"external_ref": "EXT-2", "customer_email": "Old@Example.com", "state": "DELIVERED",
               "created_at": "2025-01-02T03:04:05Z", "items": [{"sku": "B", "quantity": 4}]}),
        json!({"customer_email": "gone@example.com", "state": "CANCELLED",
               "items": [{"sku": "A", "quantity": 5}, {"sku": "C", "quantity": 1}]}),
    ];
    let file = files.write("o.ndjson", ndjson(&records));
    let run = import(&db, "orders", &file, &[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert_eq!(run.json()["inserted"], 3);

    let orders = db.ecomctl().args(["-o", "ndjson", "orders", "list"]).ok().ndjson();
    assert_eq!(orders[0]["external_ref"], "EXT-1");
    assert_eq!(orders[0]["items"].as_array().unwrap().len(), 2, "the repeated SKU is merged");
    assert_eq!(orders[0]["items"][0]["quantity"], 3);
    assert_eq!(orders[0]["items"][0]["product_name"], "A name");
    assert_eq!(
        db.text(&format!("SELECT total_price::text FROM orders WHERE id = {}", orders[0]["id"]))
            .unwrap(),
        "5.30"
    );
    assert_eq!(orders[1]["state"], "DELIVERED");
    assert_eq!(orders[1]["customer_email"], "old@example.com");
    assert_eq!(orders[1]["created_at"], "2025-01-02T03:04:05Z");
    assert!(orders[1]["closed_at"].is_string(), "a closed state gets closed_at");
    assert_eq!(db.stock("A"), 7, "CREATED takes 3 of A; CANCELLED takes none");
    assert_eq!(db.stock("B"), 5, "CREATED takes 1 and DELIVERED 4 of B");
    assert_eq!(db.stock("C"), 10);
    assert_eq!(changed_at(c), c_changed_at, "a product that gave no stock is not changed");
    assert_eq!(db.int("SELECT count(*) FROM search_outbox"), 3);
}

#[test]
fn imported_orders_get_ids_in_file_order() {
    let db = TestDb::new();
    db.product("A", "1.00", 10_000);
    let files = Files::new();
    // Four reading batches (1,024 records each); in the second, 24 records
    // bring their own ids, so ids reserved for it are left over for the
    // third: they must still be handed out before the newer ones.
    let records: Vec<Value> = (0..4096)
        .map(|i| {
            let mut record = order(&format!("F-{i:05}"), json!([{"sku": "A", "quantity": 1}]));
            if (2000..2024).contains(&i) {
                record["id"] = json!(900_000 + i);
            }
            record
        })
        .collect();
    let file = files.write("o.ndjson", ndjson(&records));
    assert_eq!(import(&db, "orders", &file, &[]).json()["inserted"], 4096);
    let out_of_order = db.int(
        "SELECT count(*) FROM (SELECT id, lag(id) OVER (ORDER BY external_ref) AS previous
                               FROM orders WHERE id < 900000) o
         WHERE id < previous",
    );
    assert_eq!(out_of_order, 0, "ids follow the order of the file");
    assert_eq!(
        db.int("SELECT max(id) - min(id) + 1 FROM orders WHERE id < 900000"),
        4072,
        "no id is skipped between records"
    );
}

#[test]
fn reimporting_the_same_orders_is_a_no_op() {
    let db = TestDb::new();
    db.product("A", "1.00", 100);
    let files = Files::new();
    let file = files.write(
        "o.ndjson",
        ndjson(&[
            order("R-1", json!([{"sku": "A", "quantity": 2}])),
            order("R-2", json!([{"sku": "A", "quantity": 1}])),
        ]),
    );
    assert_eq!(import(&db, "orders", &file, &[]).json()["inserted"], 2);
    let again = import(&db, "orders", &file, &[]).json();
    assert_eq!((again["inserted"].as_u64(), again["skipped"].as_u64()), (Some(0), Some(2)));
    assert_eq!(db.int("SELECT count(*) FROM orders"), 2);
    assert_eq!(db.stock("A"), 97);
}

#[test]
fn every_order_rule_is_checked() {
    let db = TestDb::new();
    let a = db.product("A", "1.00", 100);
    let files = Files::new();
    // Each case: the record, and the message that refuses it (line 2).
    let named_twice = format!("items: product #{a} is named twice (by id and by SKU)");
    let cases: Vec<(Value, &str)> = vec![
        (
            order("E1", json!([{"sku": "NOPE", "quantity": 1}])),
            "items[0].sku: product \"NOPE\" not found",
        ),
        (
            order("E2", json!([{"product_id": 9999, "quantity": 1}])),
            "items[0].product_id: product #9999 not found",
        ),
        (
            order("E3", json!([{"sku": "A", "quantity": 0}])),
            "items[0].quantity: quantity 0 is out of range (1 to 1000000)",
        ),
        (
            order("E4", json!([{"sku": "A", "quantity": 99999999999i64}])),
            "items[0].quantity: quantity 99999999999 is out of range (1 to 1000000)",
        ),
        (order("E5", json!([])), "field items: must hold at least one line"),
        (json!({"customer_email": "c@example.com"}), "field items: is required"),
        (
            json!({"customer_email": "c@example.com", "state": "LOST", "items": [{"sku": "A", "quantity": 1}]}),
            "field state: \"LOST\" is not an order state (expected one of CREATED, CHANGED, \
             SHIPPED, DELIVERED, CANCELLED, FAILED, REFUNDED)",
        ),
        (
            json!({"customer_email": "c@example.com", "closed_at": "2026-01-01T00:00:00Z", "items": [{"sku": "A", "quantity": 1}]}),
            "field closed_at: must be empty for an order in state CREATED",
        ),
        (
            json!({"customer_email": "c@example.com", "total_price": 5, "items": [{"sku": "A", "quantity": 1}]}),
            "field total_price: 5 does not match the lines' sum 1.00",
        ),
        (
            json!({"customer_email": "bad", "items": [{"sku": "A", "quantity": 1}]}),
            "field customer_email: \"bad\" is not an e-mail address",
        ),
        (
            order("E6", json!([{"quantity": 1}])),
            "items[0].sku: name the product with sku or product_id (or give a full snapshot)",
        ),
        (
            order("E7", json!([{"sku": "A", "quantity": 1}, {"product_id": a, "quantity": 2}])),
            &named_twice,
        ),
    ];
    for (i, (record, message)) in cases.iter().enumerate() {
        let file = files.write(
            &format!("o{i}.ndjson"),
            ndjson(&[
                order(&format!("OK-{i}"), json!([{"sku": "A", "quantity": 1}])),
                record.clone(),
            ]),
        );
        db.ecomctl().args(["orders", "import", &file]).expect(
            4,
            "",
            &format!(
                "error: line 2: {message}\n\
                 error: 1 order record(s) refused (read 2, inserted 0, updated 0, skipped 0, \
                 failed 1): nothing was imported; fix them, or use --skip-invalid to import the \
                 valid ones\n"
            ),
        );
    }
    let file = files.write(
        "dups.ndjson",
        ndjson(&[
            order("D", json!([{"sku": "A", "quantity": 1}])),
            order("D", json!([{"sku": "A", "quantity": 1}])),
        ]),
    );
    let run = import(&db, "orders", &file, &[]);
    assert!(run.stderr().contains("external_ref: \"D\" appears earlier"), "{}", run.stderr());
    assert_eq!(db.int("SELECT count(*) FROM orders"), 0);
    assert_eq!(db.stock("A"), 100);
}

#[test]
fn insufficient_stock_refuses_an_atomic_import_and_is_greedy_with_skip_invalid() {
    let db = TestDb::new();
    // EARLY's row comes first in id order, so stock is taken from it before
    // SCARCE is found short: the refusal must give that back too.
    db.product("EARLY", "1.00", 100);
    db.product("SCARCE", "1.00", 5);
    db.product("PLENTY", "1.00", 100);
    let files = Files::new();
    let records = vec![
        order("S-1", json!([{"sku": "SCARCE", "quantity": 3}, {"sku": "EARLY", "quantity": 1}])),
        order("S-2", json!([{"sku": "SCARCE", "quantity": 3}, {"sku": "PLENTY", "quantity": 1}])),
        order("S-3", json!([{"sku": "SCARCE", "quantity": 2}])),
        order("S-4", json!([{"sku": "PLENTY", "quantity": 1}])),
    ];
    let file = files.write("o.ndjson", ndjson(&records));
    let run = import(&db, "orders", &file, &[]);
    assert_eq!(run.code(), 4);
    assert!(run.stderr().contains("SCARCE (needs 8, available 5)"), "{}", run.stderr());
    assert_eq!(db.int("SELECT count(*) FROM orders"), 0);
    assert_eq!((db.stock("EARLY"), db.stock("SCARCE"), db.stock("PLENTY")), (100, 5, 100));

    let report = import(&db, "orders", &file, &["--skip-invalid"]).json();
    assert_eq!((report["inserted"].as_u64(), report["failed"].as_u64()), (Some(3), Some(1)));
    assert_eq!(report["errors"][0]["line"], 2, "S-2 does not fit after S-1; S-3 still does");
    assert_eq!((db.stock("EARLY"), db.stock("SCARCE"), db.stock("PLENTY")), (99, 0, 99));

    // Historical loads take no stock.
    let file = files
        .write("h.ndjson", ndjson(&[order("H-1", json!([{"sku": "SCARCE", "quantity": 50}]))]));
    assert_eq!(import(&db, "orders", &file, &["--no-stock"]).code(), 0);
    assert_eq!(db.stock("SCARCE"), 0);
}

#[test]
fn export_then_import_into_an_empty_database_is_identical() {
    let source = TestDb::new();
    source.product("KEEP", "3.50", 50);
    source.product("GONE", "1.25", 50);
    let sku_0 = source.product("0042", "9.99", 50);
    let first = source.order("a@example.com", &["KEEP=2", "GONE"]);
    let second = source.order("b@example.com", &[&sku_0.to_string()]);
    source.ecomctl().args(["orders", "set-state", &second.to_string(), "SHIPPED"]).setup();
    source.ecomctl().args(["orders", "set-state", &second.to_string(), "DELIVERED"]).setup();
    source
        .ecomctl()
        .args(["products", "update", "KEEP", "--price", "4.00", "--description", "changed later"])
        .setup();
    source.ecomctl().args(["products", "delete", "--yes", "GONE"]).setup();
    source.exec(&format!("UPDATE orders SET external_ref = 'EXT-{first}' WHERE id = {first}"));

    let products = source.ecomctl().args(["products", "export"]).ok().stdout();
    let orders = source.ecomctl().args(["orders", "export"]).ok().stdout();
    assert_eq!(orders.lines().count(), 2);
    assert!(
        orders.contains("\"product_id\":null"),
        "the deleted product's line is exported unlinked"
    );

    let target = TestDb::new();
    let files = Files::new();
    let p = files.write("products.ndjson", &products);
    let o = files.write("orders.ndjson", &orders);
    assert_eq!(import(&target, "products", &p, &[]).code(), 0);
    let run = import(&target, "orders", &o, &["--no-stock"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    target.ecomctl().args(["products", "export"]).expect(0, &products, "exported 2 product(s)\n");
    target.ecomctl().args(["orders", "export"]).expect(0, &orders, "exported 2 order(s)\n");
    let json_array = target.ecomctl().args(["orders", "export", "--format", "json"]).ok().json();
    assert_eq!(json_array.as_array().unwrap().len(), 2);
    // Sequences continue after the imported ids.
    let next = target.order("c@example.com", &["KEEP"]);
    assert!(next > second);
}

#[test]
fn products_import_reads_csv_as_spreadsheets_write_it() {
    let db = TestDb::new();
    let files = Files::new();
    // A byte-order mark, quoted commas, quotes and newlines, an empty cell.
    let csv = "\u{feff}sku,name,description,price,stock,seller_email\n\
               CSV-1,\"Lamp, brass\",\"Two\nlines \"\"quoted\"\"\",12.50,7,s@example.com\n\
               CSV-2,Mug,,2,,s@example.com\n";
    let file = files.write("catalogue.csv", csv);
    let report = import(&db, "products", &file, &[]).json();
    assert_eq!(report["inserted"], 2, "{report}");
    assert_eq!(
        db.text("SELECT name FROM products WHERE sku = 'CSV-1'").as_deref(),
        Some("Lamp, brass")
    );
    assert_eq!(
        db.text("SELECT description FROM products WHERE sku = 'CSV-1'").as_deref(),
        Some("Two\nlines \"quoted\"")
    );
    assert_eq!(db.stock("CSV-1"), 7);
    assert_eq!(db.stock("CSV-2"), 0, "an empty cell is an absent field");

    // ';' as the separator, from stdin with --format csv.
    let run = db
        .ecomctl()
        .args(["-o", "json", "products", "import", "-", "--format", "csv", "--delimiter", ";"])
        .stdin("sku;name;price;seller_email\nSEMI-1;Chair;49,90;s@example.com\nSEMI-2;Desk;120.00;s@example.com\n")
        .status(4);
    // 49,90 is not a decimal number: named with its line and field; nothing written.
    run.stderr_has(&["line 2: field price: \"49,90\" is not a decimal number"]);
    assert_eq!(db.int("SELECT count(*) FROM products WHERE sku LIKE 'SEMI-%'"), 0);
}

#[test]
fn awkward_csv_files_each_get_the_documented_result() {
    let db = TestDb::new();
    let files = Files::new();
    let cases: [(&str, &str, &str); 3] = [
        ("no-email.csv", "sku,name,price\nA-1,A,1\n", "line 2: field seller_email: is required"),
        (
            "extra-column.csv",
            "sku,name,price,seller_email,colour\nA-1,A,1,s@example.com,red\n",
            "line 2: unknown field \"colour\" (expected one of: id, sku, name, description, \
             manufacturer, stocked_at, seller_email, price, stock, created_at, updated_at)",
        ),
        (
            "extra-cell.csv",
            "sku,name,price,seller_email\nA-1,A,1,s@example.com,oops\n",
            "line 2: 5 field(s) where the header names 4",
        ),
    ];
    for (name, content, message) in cases {
        let file = files.write(name, content);
        db.ecomctl().args(["products", "import", &file]).expect(
            4,
            "",
            &format!(
                "error: {message}\nerror: 1 product record(s) refused (read 1, inserted 0, \
                 updated 0, skipped 0, failed 1): nothing was imported; fix them, or use \
                 --skip-invalid to import the valid ones\n"
            ),
        );
    }
    assert_eq!(db.int("SELECT count(*) FROM products"), 0);

    // Rejects of a CSV import are NDJSON records, which import reads back.
    let file = files.write(
        "mixed.csv",
        "sku,name,price,seller_email\nOK-1,Fine,1,s@example.com\nBAD-1,Bad,-1,s@example.com\n",
    );
    let rejects = files.path("rejects.ndjson");
    db.ecomctl()
        .args([
            "products",
            "import",
            &file,
            "--skip-invalid",
            "--rejects",
            rejects.to_str().unwrap(),
        ])
        .expect(
            0,
            "",
            "error: line 3: field price: amount -1 must not be negative\n\
             products: read 2, inserted 1, updated 0, skipped 0, failed 1\n",
        );
    let rejected = std::fs::read_to_string(&rejects).unwrap();
    assert_eq!(rejected.lines().count(), 1, "{rejected}");
    let record: Value = serde_json::from_str(rejected.trim()).unwrap();
    assert_eq!(
        record,
        json!({"sku": "BAD-1", "name": "Bad", "price": "-1", "seller_email": "s@example.com"})
    );
    // Orders cannot come from CSV.
    let orders = files.write("orders.csv", "customer_email\na@example.com\n");
    db.ecomctl().args(["orders", "import", &orders]).expect(
        2,
        "",
        "error: orders cannot be imported from CSV (an order holds several lines): use NDJSON or JSON\n",
    );
}

#[test]
fn a_csv_export_imports_back_into_an_empty_database_unchanged() {
    let db = TestDb::new();
    db.ecomctl()
        .args([
            "products",
            "create",
            "--sku",
            "RT-1",
            "--name",
            "Lamp, \"brass\"",
            "--price",
            "12.5",
        ])
        .args(["--stock", "3", "--seller-email", "s@example.com", "--description", "a\nb"])
        .args(["--manufacturer", "Acme", "--stocked-at", "A-1"])
        .setup();
    db.product("RT-2", "2.00", 9);
    let exported = db.ecomctl().args(["products", "export", "--format", "csv"]).ok().stdout();
    let files = Files::new();
    let file = files.write("products.csv", &exported);
    let other = TestDb::new();
    other.ecomctl().args(["products", "import", &file]).expect(
        0,
        "",
        "products: read 2, inserted 2, updated 0, skipped 0, failed 0\n",
    );
    other.ecomctl().args(["products", "export", "--format", "csv"]).expect(
        0,
        &exported,
        "exported 2 product(s)\n",
    );
}

#[test]
fn records_refused_after_staging_are_named_and_kept_raw() {
    // Existing SKU, an id another product has, a SKU repeated in the file:
    // each is refused with its line, and written to the rejects file as read.
    let db = TestDb::new();
    let existing = db.product("A", "1", 1);
    let files = Files::new();
    let records = [
        r#"{"sku":"A","name":"A","price":1,"seller_email":"s@x.co"}"#.to_owned(),
        format!(r#"{{"id":{existing},"sku":"B","name":"B","price":1,"seller_email":"s@x.co"}}"#),
        r#"{"sku":"C","name":"C","price":1,"seller_email":"s@x.co"}"#.to_owned(),
        r#"{"sku":"C","name":"C2","price":1,"seller_email":"s@x.co"}"#.to_owned(),
    ];
    let file = files.write("p.ndjson", records.join("\n") + "\n");
    let rejects = files.path("rejects.ndjson");
    db.ecomctl()
        .args(["products", "import", &file, "--skip-invalid", "--rejects"])
        .arg(rejects.to_str().unwrap())
        .expect(
            0,
            "",
            &format!(
                "error: line 1: field sku: SKU \"A\" already exists; use --on-conflict update or skip\n\
                 error: line 2: field id: id {existing} is already used by another product\n\
                 error: line 4: field sku: duplicate SKU \"C\" (first on line 3)\n\
                 products: read 4, inserted 1, updated 0, skipped 0, failed 3\n"
            ),
        );
    let rejected = std::fs::read_to_string(&rejects).unwrap();
    let kept: Vec<&str> = rejected.lines().collect();
    assert_eq!(kept, [&records[0], &records[1], &records[3]]);
    assert_eq!(db.int("SELECT count(*) FROM products"), 2);
}
