//! The hostile-input corpus: files a supplier, a script or an attacker could
//! hand to an import — the small ones committed under `tests/hostile/`, the
//! big ones built here — each with the exit code, the message that names
//! the place, nothing written, and a peak RSS under the bar (200 MB for any
//! input file, measured with `wait4`). Run one with `cargo test --test cli
//! corpus::`; the peaks are printed with `--nocapture`.

use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;

use crate::harness::{Measured, TestDb, measure};

/// The bar: peak resident memory of one import, whatever the input.
const MAX_RSS_KIB: i64 = 200 * 1024;

/// One import run, measured.
fn run_measured(db: &TestDb, args: &[&str]) -> Measured {
    let mut cmd = crate::harness::ecomctl_command();
    cmd.args(["--no-input", "--no-progress"])
        .args(args)
        .env("DATABASE_URL", db.url())
        .env("ECOMCTL_NO_INDEX", "true");
    measure(cmd)
}

fn corpus(name: &str) -> String {
    format!("{}/tests/hostile/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Checks one run: the code, every expected stderr line (in order, each
/// whole), nothing written, and the memory bar; returns the peak.
#[track_caller]
fn check(db: &TestDb, label: &str, args: &[&str], code: i32, lines: &[&str]) -> i64 {
    let written =
        || db.int("SELECT count(*) FROM products") + db.int("SELECT count(*) FROM orders");
    let before = written();
    let run = run_measured(db, args);
    assert_eq!(run.code, code, "{label}: exit code\n{}", run.stderr);
    let mut rest = run.stderr.lines();
    for line in lines {
        assert!(
            rest.any(|l| l == *line),
            "{label}: stderr lacks the line {line:?} (in order):\n{}",
            run.stderr
        );
    }
    assert!(!run.stderr.contains("internal error"), "{label}: {}", run.stderr);
    assert!(run.peak_kib < MAX_RSS_KIB, "{label}: peak RSS {} KiB", run.peak_kib);
    if code != 0 {
        assert_eq!(written(), before, "{label}: nothing written");
    }
    eprintln!("corpus: {label}: exit {}, peak RSS {} MiB", run.code, run.peak_kib / 1024);
    run.peak_kib
}

const REFUSED_NOTHING: &str =
    "nothing was imported; fix them, or use --skip-invalid to import the valid ones";

#[test]
fn small_hostile_files_are_refused_naming_the_place() {
    let db = TestDb::new();
    let import = |file: &str| corpus(file);
    check(
        &db,
        "NUL and escapes in every text field",
        &["products", "import", &import("control-chars.ndjson")],
        4,
        &[
            "error: line 1: field name: name must not contain control characters (U+0000 at character 2)",
            "error: line 5: field seller_email: \"x\\0y\" is not an e-mail address",
            "error: line 6: field sku: SKU \"C\\0\" must not contain spaces or control characters",
            "error: line 10: field stocked_at: stocked_at must not contain control characters (U+001B at character 2)",
            &format!(
                "error: 10 product record(s) refused (read 10, inserted 0, updated 0, skipped 0, failed 10): {REFUSED_NOTHING}"
            ),
        ],
    );
    check(
        &db,
        "huge numbers in every numeric field",
        &["products", "import", &import("huge-numbers.ndjson")],
        4,
        &[
            "error: line 1: field id: \"1000000000000000000000000000000\" is not a whole number in range",
            "error: line 2: field id: 9223372036854775807 is not an id (ids run from 1 to 9007199254740991)",
            "error: line 4: field price: amount 1e+308 is larger than 9999999999.99",
            "error: line 7: field stock: stock 2147483648 is out of range (0 to 2147483647)",
            "error: line 9: field price: amount 1000000000000000000000000000000000000000… is larger than 9999999999.99",
        ],
    );
    check(
        &db,
        "every field at its limit and one past",
        &["products", "import", &import("length-limits.ndjson")],
        4,
        &[
            "error: line 2: field sku: SKU \"TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT\"… is longer than 64 characters",
            "error: line 3: field name: name \"nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn\"… is longer than 500 characters",
            &format!(
                "error: 5 product record(s) refused (read 6, inserted 0, updated 0, skipped 0, failed 5): {REFUSED_NOTHING}"
            ),
        ],
    );
    check(
        &db,
        "Latin-1 in a UTF-8 file",
        &["products", "import", &import("latin1.ndjson")],
        4,
        &["error: line 2: invalid UTF-8 at byte 13"],
    );
    check(
        &db,
        "two encodings in one CSV",
        &["products", "import", &import("mixed-encodings.csv")],
        4,
        &[
            "error: line 3: malformed CSV: CSV parse error: record 2 (line 3, field: 1, byte: 56): invalid utf-8: invalid UTF-8 in field 1 near byte index 3",
        ],
    );
    check(
        &db,
        "odd shapes",
        &["products", "import", &import("odd-shapes.ndjson")],
        4,
        &[
            "error: line 1: field sku appears twice",
            "error: line 2: field sku: expected a string, got an array",
            "error: line 3: expected a JSON object, got a number",
            "error: line 5: expected a JSON object, got null",
            "error: line 8: field price: expected a number, got a boolean \"true\"",
        ],
    );
    let fatal =
        |what: &str| format!("error: the import was not committed: nothing was written: {what}");
    for (file, message) in [
        (
            "truncated.ndjson.gz",
            "the input ends early (a truncated file?): incomplete deflate stream",
        ),
        ("unterminated-array.json", "invalid JSON array: the input ends inside record 2"),
        (
            "trailing-garbage.json",
            "invalid JSON array: unexpected data after the closing `]` (after record 1)",
        ),
        ("stray-comma.json", "invalid JSON array: record 2 is empty (a stray comma?)"),
    ] {
        check(&db, file, &["products", "import", &import(file)], 4, &[&fatal(message)]);
    }
    check(
        &db,
        "a BOM and CRLF line ends",
        &["products", "import", &import("bom-crlf.ndjson")],
        0,
        &["products: read 2, inserted 2, updated 0, skipped 0, failed 0"],
    );
    db.exec("TRUNCATE products CASCADE");

    db.product("OK", "1.00", 10);
    let orders = import("orders-hostile.ndjson");
    check(
        &db,
        "hostile orders",
        &["orders", "import", &orders, "--no-sync"],
        4,
        &[
            "error: line 1: field created_at: \"9999-12-31T23:59:59-01:00\" is out of range (times must lie within 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z)",
            "error: line 3: field created_at: \"2026-13-01T00:00:00Z\" is not an RFC 3339 time (e.g. 2026-11-25T08:00:00Z)",
            "error: line 4: items[0].quantity: quantity 1000000000000 is out of range (1 to 1000000)",
            "error: line 6: items[0].product_id: \"10000000000000000000000000\" is not a whole number in range",
            "error: line 9: items[0]: expected a JSON object, got a number",
            "error: line 10: field total_price: amount 100000000000000000000 is larger than 999999999999.99",
            "error: line 13: field external_ref: external ref must not contain control characters (U+0000 at character 2)",
            &format!(
                "error: 14 order record(s) refused (read 14, inserted 0, updated 0, skipped 0, failed 14): {REFUSED_NOTHING}"
            ),
        ],
    );
}

/// Writes `chunks` through gzip into a temporary file.
fn gz_file(dir: &tempfile::TempDir, name: &str, chunks: impl Iterator<Item = Vec<u8>>) -> String {
    let path = dir.path().join(name);
    let mut gz = GzEncoder::new(std::fs::File::create(&path).unwrap(), Compression::fast());
    for chunk in chunks {
        gz.write_all(&chunk).unwrap();
    }
    gz.finish().unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn big_hostile_files_stay_within_the_memory_bar() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let mib = 1024 * 1024;
    let mut peaks = Vec::new();

    // Lines just under the record limit, each a 15 MiB name (the review's
    // 6.9 MB .gz of 15 MiB lines reached 1.58 GB).
    let big_lines = gz_file(
        &dir,
        "big-lines.ndjson.gz",
        (0..12).map(|_| {
            let mut line = b"{\"sku\": \"B\", \"name\": \"".to_vec();
            line.resize(line.len() + 15 * mib, b'x');
            line.extend_from_slice(b"\", \"price\": 1, \"seller_email\": \"s@example.com\"}\n");
            line
        }),
    );
    // A dry run reads every line (an atomic import stops at the first batch
    // holding a refused record: its own check below).
    peaks.push(("12 lines of 15 MiB", check(&db, "12 lines of 15 MiB", &["products", "import", "--dry-run", &big_lines], 4, &[
        "error: line 1: field name: name \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"… is longer than 500 characters",
        &format!("error: 12 product record(s) refused (read 12, inserted 0, updated 0, skipped 0, failed 12): {REFUSED_NOTHING}"),
    ])));
    check(
        &db,
        "an atomic import of 12 lines of 15 MiB",
        &["products", "import", &big_lines],
        4,
        &[
            "error: line 1: field name: name \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"… is longer than 500 characters",
            &format!(
                "error: 1 product record(s) refused (read 1 (reading stopped at the first refused records; --dry-run checks the whole file), inserted 0, updated 0, skipped 0, failed 1): {REFUSED_NOTHING}"
            ),
        ],
    );

    // One JSON array element of 40 MiB (no size cap before: 3.2 GB).
    let big_element = gz_file(
        &dir,
        "big-element.json.gz",
        std::iter::once(b"[{\"sku\": \"E\", \"name\": \"".to_vec())
            .chain((0..40).map(|_| vec![b'y'; mib]))
            .chain(std::iter::once(b"\"}, {\"sku\": \"F\"}]".to_vec())),
    );
    peaks.push((
        "a 40 MiB array element",
        check(
            &db,
            "a 40 MiB array element",
            &["products", "import", &big_element],
            4,
            &[
                "error: record 1: the record is longer than 16 MiB",
                "error: record 2: field name: is required",
            ],
        ),
    ));

    // A CSV with an unterminated quote and 40 MiB after it (was 5.3 GB).
    let open_quote = gz_file(
        &dir,
        "open-quote.csv.gz",
        std::iter::once(
            b"sku,name,price,seller_email\nQ-1,\"never closed,1,s@example.com\n".to_vec(),
        )
        .chain((0..40).map(|_| vec![b'z'; mib])),
    );
    peaks.push(("an unterminated CSV quote", check(&db, "an unterminated CSV quote", &["products", "import", &open_quote], 4, &[
        "error: the import was not committed: nothing was written: line 2: a CSV row is longer than 16 MiB (an unterminated quote?); the rest of the input cannot be read",
    ])));

    // A field of three million numbers, and a record of a million keys.
    let amplifying = gz_file(
        &dir,
        "amplifying.ndjson.gz",
        [
            {
                let mut line = b"{\"sku\": [".to_vec();
                line.extend(std::iter::repeat_n(b"0,".as_slice(), 3_000_000).flatten());
                line.extend_from_slice(b"0]}\n");
                line
            },
            {
                let mut line = b"{".to_vec();
                for i in 0..1_000_000 {
                    line.extend_from_slice(format!("\"k{i}\": 1,").as_bytes());
                }
                line.extend_from_slice(b"\"sku\": \"K\"}\n");
                line
            },
        ]
        .into_iter(),
    );
    peaks.push(("a field of 3M numbers, a record of 1M keys", check(&db, "a field of 3M numbers, a record of 1M keys", &["products", "import", "--dry-run", &amplifying], 4, &[
        "error: line 1: field sku: expected a string, got an array",
        "error: line 2: unknown field \"k0\" (expected one of: id, sku, name, description, manufacturer, stocked_at, seller_email, price, stock, created_at, updated_at)",
    ])));

    // A JSON array of a million empty objects.
    let empties = gz_file(
        &dir,
        "empties.json.gz",
        std::iter::once(b"[".to_vec())
            .chain((0..1000).map(|i| {
                let mut chunk = b"{},".repeat(1000);
                if i == 999 {
                    chunk.pop();
                }
                chunk
            }))
            .chain(std::iter::once(b"]".to_vec())),
    );
    peaks.push(("a million empty objects", check(&db, "a million empty objects", &["products", "import", "--dry-run", &empties], 4, &[
        "error: record 1: field sku: is required",
        &format!("error: 1000000 product record(s) refused (read 1000000, inserted 0, updated 0, skipped 0, failed 1000000): {REFUSED_NOTHING}"),
    ])));

    // An order of 20,000 lines.
    db.product("OK", "1.00", 10);
    let many_lines = gz_file(
        &dir,
        "many-lines.ndjson.gz",
        std::iter::once({
            let mut line = b"{\"customer_email\": \"c@example.com\", \"items\": [".to_vec();
            for i in 0..20_000 {
                line.extend_from_slice(
                    format!("{{\"sku\": \"S{i}\", \"quantity\": 1}},").as_bytes(),
                );
            }
            line.extend_from_slice(b"{\"sku\": \"OK\", \"quantity\": 1}]}\n");
            line
        }),
    );
    peaks.push((
        "an order of 20,000 lines",
        check(
            &db,
            "an order of 20,000 lines",
            &["orders", "import", &many_lines, "--no-sync"],
            4,
            &["error: line 1: field items: holds more than 10000 elements"],
        ),
    ));

    let (worst, peak) = peaks.iter().max_by_key(|(_, kib)| *kib).unwrap();
    eprintln!("corpus: worst peak RSS {} MiB ({worst})", peak / 1024);
}
