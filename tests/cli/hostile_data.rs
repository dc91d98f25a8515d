//! Hostile input, first round (issue 17's findings, one test each): times
//! at the ends of the calendar, escape sequences in data, spreadsheet
//! formulas, values past what the schema holds, stock an order never took,
//! a document Meilisearch cannot take, a panic. Each refusal is one message
//! naming the place, with a documented exit code and nothing written. (Big
//! and malformed files, and their memory, are `corpus.rs`; hostile settings
//! are `hostile_settings.rs`.)

use std::time::Duration;

use serde_json::json;

use crate::harness::{TestDb, write_file};
use crate::search_harness::SearchServer;

const RANGE: &str = "0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z";

#[test]
fn a_time_whose_utc_form_leaves_the_calendar_is_refused_naming_the_flag() {
    let db = TestDb::new();
    let late = "9999-12-31T23:30:00-01:00";
    let message =
        format!("error: --since: \"{late}\" is out of range (times must lie within {RANGE})\n");
    db.ecomctl().args(["orders", "list", "--since", late]).expect(4, "", &message);
    db.ecomctl().args(["products", "history", "X", "--since", late]).expect(4, "", &message);
    db.ecomctl().args(["orders", "list", "--until", "0000-12-31"]).expect(
        4,
        "",
        &format!(
            "error: --until: \"0000-12-31\" is out of range (times must lie within {RANGE})\n"
        ),
    );
}

#[test]
fn an_import_record_past_the_end_of_time_is_refused_on_its_own() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let late = json!({"sku": "LATE", "name": "Late", "price": 1, "seller_email": "s@example.com",
                      "created_at": "9999-12-31T23:59:59-01:00"});
    let fine = json!({"sku": "FINE", "name": "Fine", "price": 1, "seller_email": "s@example.com"});
    let file = write_file(dir.path(), "p.ndjson", format!("{late}\n{fine}\n"));
    let refusal = format!(
        "error: line 1: field created_at: \"9999-12-31T23:59:59-01:00\" is out of range (times must \
         lie within {RANGE})\n"
    );
    db.ecomctl().args(["products", "import", &file, "--skip-invalid"]).expect(
        0,
        "",
        &format!("{refusal}products: read 2, inserted 1, updated 0, skipped 0, failed 1\n"),
    );
    assert_eq!(db.text("SELECT string_agg(sku, ',') FROM products").as_deref(), Some("FINE"));

    db.product("A", "1.00", 5);
    let order = json!({"customer_email": "c@example.com", "items": [{"sku": "A", "quantity": 1}],
                       "closed_at": "9999-12-31T23:59:59-01:00", "state": "DELIVERED"});
    let file = write_file(dir.path(), "o.ndjson", format!("{order}\n"));
    db.ecomctl().args(["orders", "import", &file]).expect(
        4,
        "",
        "error: line 1: field closed_at: \"9999-12-31T23:59:59-01:00\" is out of range (times \
         must lie within 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z)\n\
         error: 1 order record(s) refused (read 1, inserted 0, updated 0, skipped 0, failed 1): \
         nothing was imported; fix them, or use --skip-invalid to import the valid ones\n",
    );
    assert_eq!(db.int("SELECT count(*) FROM orders"), 0);
}

#[test]
fn times_at_the_end_of_the_calendar_are_shown_in_utc_east_of_greenwich() {
    let db = TestDb::new();
    db.product("END", "1.00", 5);
    let id = db.order("c@example.com", &["END"]);
    db.exec(
        "UPDATE products SET created_at = '9999-12-31T23:59:59Z'; \
         UPDATE orders SET created_at = '9999-12-31T23:59:59Z', updated_at = '9999-12-31T23:59:59Z'",
    );
    // A POSIX TZ nine hours east of UTC (no zone database needed).
    db.ecomctl().env("TZ", "XYZ-9").args(["products", "get", "END"]).expect_like(
        0,
        "┌──────────────┬──────────────────────┐\n\
         │ id           ┆ 1                    │\n\
         │ sku          ┆ END                  │\n\
         │ name         ┆ END name             │\n\
         │ description  ┆ —                    │\n\
         │ manufacturer ┆ —                    │\n\
         │ stocked at   ┆ —                    │\n\
         │ seller       ┆ seller@example.com   │\n\
         │ price        ┆ 1.00                 │\n\
         │ stock        ┆ 4                    │\n\
         │ created      ┆ 9999-12-31 23:59 UTC │\n\
         │ updated      ┆ * │\n\
         └──────────────┴──────────────────────┘\n",
        "",
    );
    db.ecomctl().env("TZ", "XYZ-9").args(["orders", "list"]).expect(
        0,
        "┌────┬──────────────────────┬───────────────┬─────────┬───────┬─────────────┐\n\
         │ id ┆ created              ┆ customer      ┆ state   ┆ total ┆ items       │\n\
         ╞════╪══════════════════════╪═══════════════╪═════════╪═══════╪═════════════╡\n\
         │  1 ┆ 9999-12-31 23:59 UTC ┆ c@example.com ┆ CREATED ┆  1.00 ┆ 1× END name │\n\
         └────┴──────────────────────┴───────────────┴─────────┴───────┴─────────────┘\n",
        "",
    );
    db.ecomctl().env("TZ", "XYZ-9").args(["orders", "get", &id.to_string()]).expect(
        0,
        "┌──────────────┬──────────────────────┐\n\
         │ id           ┆ 1                    │\n\
         │ external ref ┆ —                    │\n\
         │ customer     ┆ c@example.com        │\n\
         │ state        ┆ CREATED              │\n\
         │ total        ┆ 1.00                 │\n\
         │ created      ┆ 9999-12-31 23:59 UTC │\n\
         │ updated      ┆ 9999-12-31 23:59 UTC │\n\
         │ closed       ┆ —                    │\n\
         └──────────────┴──────────────────────┘\n\
         ┌─────────┬─────┬──────────┬───────┬─────┬──────────┐\n\
         │ product ┆ sku ┆ name     ┆ price ┆ qty ┆ subtotal │\n\
         ╞═════════╪═════╪══════════╪═══════╪═════╪══════════╡\n\
         │ 1       ┆ END ┆ END name ┆  1.00 ┆   1 ┆     1.00 │\n\
         └─────────┴─────┴──────────┴───────┴─────┴──────────┘\n",
        "",
    );

    // A time no calendar holds, written by plain SQL: one line naming the
    // row and the column, exit 1 — not a panic.
    db.exec(&format!("UPDATE orders SET updated_at = 'infinity' WHERE id = {id}"));
    let message = format!(
        "error: orders row {id}: column updated_at holds a value ecomctl cannot read (value too \
         large to decode)\n"
    );
    db.ecomctl().args(["orders", "get", &id.to_string()]).expect(1, "", &message);
    db.ecomctl().args(["orders", "list"]).expect(1, "", &message);
}

#[test]
fn control_characters_are_refused_in_text_and_escaped_in_tables() {
    let db = TestDb::new();
    let create = |name: &str| {
        db.ecomctl()
            .args(["products", "create", "--sku", "E-1", "--price", "1", "--seller-email"])
            .args(["s@example.com", "--name", name])
    };
    create("Evil\u{1b}]0;pwned\u{7}").expect(
        4,
        "",
        "error: --name: name must not contain control characters (U+001B at character 5)\n",
    );
    // A description may hold line breaks and tabs.
    db.ecomctl()
        .args(["products", "create", "--sku", "D-1", "--name", "D", "--price", "1"])
        .args(["--seller-email", "s@example.com", "--description", "two\nlines\tand a tab"])
        .expect_masked(
            0,
            "┌──────────────┬─────────────────────┐\n\
             │ id           ┆ 1                   │\n\
             │ sku          ┆ D-1                 │\n\
             │ name         ┆ D                   │\n\
             │ description  ┆ two                 │\n\
             │              ┆ lines\\u{9}and a tab │\n\
             │ manufacturer ┆ —                   │\n\
             │ stocked at   ┆ —                   │\n\
             │ seller       ┆ s@example.com       │\n\
             │ price        ┆ 1.00                │\n\
             │ stock        ┆ 0                   │\n\
             │ created      ┆ YYYY-MM-DD hh:mm    │\n\
             │ updated      ┆ YYYY-MM-DD hh:mm    │\n\
             └──────────────┴─────────────────────┘\n",
            "",
        );

    // Whatever wrote it (here plain SQL), the table shows escapes, not effects.
    db.exec(
        "INSERT INTO products (sku, name, description, price, seller_email) VALUES \
         ('RAW-1', E'clip\\x1b]52;c;ZXZpbA==\\x07 \\x1b[2J', E'title\\x1b]0;x\\x07', 1, 's@example.com')",
    );
    for args in [&["products", "get", "RAW-1"][..], &["products", "list"]] {
        let run = db.ecomctl().args(["--color", "never"]).args(args).ok();
        assert!(!run.stdout().contains('\u{1b}'), "{args:?}: {:?}", run.stdout());
        assert!(
            run.stdout().contains(r"clip\u{1b}]52;c;ZXZpbA==\u{7} \u{1b}[2J"),
            "{}",
            run.stdout()
        );
    }
}

#[test]
fn orders_watch_shows_only_what_ecomctl_sends() {
    use std::io::BufRead;
    let db = TestDb::new();
    db.product("W", "1.00", 10);
    let mut watcher = crate::harness::ecomctl_command()
        .args(["orders", "watch"])
        .env("DATABASE_URL", db.url())
        .env("COLUMNS", "200")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = watcher.stdout.take().unwrap();
    let (tx, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    for _ in 0..200 {
        let listening = db.int(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
             AND application_name = 'ecomctl orders watch' AND query ILIKE 'LISTEN%'",
        );
        if listening == 1 {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // Any role may notify on the channel: a forged event is not shown.
    db.exec(
        "SELECT pg_notify('ecomctl_orders', json_build_object('event', E'\\x1b]0;pwned\\x07', \
         'ids', ARRAY[1], 'count', 1)::text)",
    );
    db.exec(
        "INSERT INTO products (sku, name, price, seller_email) VALUES \
         ('ESC', E'Bad\\x1b[2Jname', 1, 's@example.com'); UPDATE products SET stock = 5",
    );
    let id = db.order("c@example.com", &["ESC"]);
    let line = lines.recv_timeout(Duration::from_secs(10)).expect("the created order");
    assert!(line.contains(&format!("#{id}")) && line.contains("created"), "{line}");
    assert!(line.contains(r"1× Bad\u{1b}[2Jname"), "{line}");
    assert!(!line.contains('\u{1b}'), "{line:?}");
    let _ = watcher.kill();
    let _ = watcher.wait();
}

#[test]
fn csv_cells_that_would_run_as_formulas_are_guarded_and_import_back_unchanged() {
    let db = TestDb::new();
    let names =
        ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-20% off", "@SUM(A1)", "'=quoted", "Plain"];
    for (i, name) in names.iter().enumerate() {
        db.ecomctl()
            .args(["products", "create", "--sku", &format!("F-{i}"), &format!("--name={name}")])
            .args(["--price", "1"])
            .args(["--seller-email", "s@example.com"])
            .setup();
    }
    let csv = db.ecomctl().args(["-o", "csv", "products", "list"]).ok().stdout();
    let cells: Vec<String> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| r.unwrap()[2].to_owned())
        .collect();
    assert_eq!(
        cells,
        ["'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-20% off", "'@SUM(A1)", "''=quoted", "Plain"]
    );

    let exported = db.ecomctl().args(["products", "export", "--format", "csv"]).ok().stdout();
    let other = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(dir.path(), "p.csv", exported);
    other.ecomctl().args(["products", "import", &file]).expect(
        0,
        "",
        "products: read 6, inserted 6, updated 0, skipped 0, failed 0\n",
    );
    let back: Vec<String> = other
        .client()
        .query("SELECT name FROM products ORDER BY id", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(back, names);
}

#[test]
fn one_bad_record_is_refused_alone_and_values_past_the_schema_are_rejections() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let records = [
        json!({"sku": "NUL", "name": "a\u{0}b", "price": 1, "seller_email": "s@example.com"}),
        json!({"sku": "OK", "name": "fine", "price": 1, "seller_email": "s@example.com"}),
        json!({"id": 9_223_372_036_854_775_807_i64, "sku": "MAXID", "name": "n", "price": 1,
               "seller_email": "s@example.com"}),
    ];
    let lines: String = records.iter().map(|r| format!("{r}\n")).collect();
    let file = write_file(dir.path(), "p.ndjson", lines);
    db.ecomctl().args(["products", "import", &file, "--skip-invalid"]).expect(
        0,
        "",
        "error: line 1: field name: name must not contain control characters (U+0000 at character 2)\n\
         error: line 3: field id: 9223372036854775807 is not an id (ids run from 1 to 9007199254740991)\n\
         products: read 3, inserted 1, updated 0, skipped 0, failed 2\n",
    );
    // The sequence was not pushed to its end: products can still be created.
    db.product("AFTER", "1.00", 1);

    // Totals past numeric(14,2): refused per order, naming the field.
    db.product("BIG", "9999999999.99", 2_000_000);
    let big = json!({"customer_email": "c@example.com", "items": [{"sku": "BIG", "quantity": 1_000_000}]});
    db.product("SMALL", "1.00", 5);
    let small =
        json!({"customer_email": "c@example.com", "items": [{"sku": "SMALL", "quantity": 1}]});
    let snapshot = json!({"customer_email": "c@example.com", "items": [
        {"product_sku": "GONE", "product_name": "Gone", "product_price": 9999999999.99_f64, "quantity": 1_000_000}]});
    let file = write_file(dir.path(), "o.ndjson", format!("{big}\n{small}\n{snapshot}\n"));
    db.ecomctl().args(["orders", "import", &file, "--skip-invalid", "--no-sync"]).expect(
        0,
        "",
        "error: line 3: field items: the lines add up to 9999999999990000.00, more than the largest \
         order total 999999999999.99\n\
         error: line 1: field items: the lines add up to 9999999999990000.00, more than the largest \
         order total 999999999999.99\n\
         orders: read 3, inserted 1, updated 0, skipped 0, failed 2\n",
    );
    db.ecomctl()
        .args(["orders", "create", "--customer-email", "c@example.com", "--item", "BIG=1000000"])
        .expect(
            4,
            "",
            "error: the lines add up to 9999999999990000.00, more than the largest order total \
             999999999999.99\n",
        );
    assert_eq!(db.stock("BIG"), 2_000_000, "nothing taken");
}

#[test]
fn amounts_with_more_than_two_decimals_are_refused_however_long() {
    let db = TestDb::new();
    let create = |price: &str| {
        db.ecomctl()
            .args(["products", "create", "--sku", "P", "--name", "P", "--price", price])
            .args(["--seller-email", "s@example.com"])
    };
    create("19.990000000000000000000000000001").expect(
        4,
        "",
        "error: --price: amount 19.990000000000000000000000000001 has more than 2 decimal places\n",
    );
    let tiny = format!("0.{}1", "0".repeat(50));
    create(&tiny).expect(
        4,
        "",
        &format!("error: --price: amount {}… has more than 2 decimal places\n", &tiny[..40]),
    );
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(
        dir.path(),
        "p.ndjson",
        "{\"sku\": \"J\", \"name\": \"J\", \"price\": 19.990000000000000000000000000001, \"seller_email\": \"s@example.com\"}\n",
    );
    db.ecomctl().args(["products", "import", &file]).expect(
        4,
        "",
        "error: line 1: field price: amount 19.990000000000000000000000000001 has more than 2 \
         decimal places\n\
         error: 1 product record(s) refused (read 1, inserted 0, updated 0, skipped 0, failed 1): \
         nothing was imported; fix them, or use --skip-invalid to import the valid ones\n",
    );
    assert_eq!(db.int("SELECT count(*) FROM products"), 0);
}

#[test]
fn snapshot_fields_of_imported_lines_meet_the_product_rules() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let order = json!({"customer_email": "c@example.com", "items": [
        {"product_sku": "S P", "product_name": "n", "product_price": 1, "quantity": 1},
        {"product_sku": "OK", "product_name": "bad\u{1b}[2J", "product_price": 1, "quantity": 1}]});
    let second = json!({"customer_email": "c@example.com", "items": [
        {"product_sku": "OK", "product_name": "bad\u{1b}[2J", "product_price": 1, "quantity": 1}]});
    let file = write_file(dir.path(), "o.ndjson", format!("{order}\n{second}\n"));
    db.ecomctl().args(["orders", "import", &file, "--no-sync"]).expect(
        4,
        "",
        "error: line 1: items[0].product_sku: SKU \"S P\" must not contain spaces or control \
         characters\n\
         error: line 2: items[0].product_name: product_name must not contain control characters \
         (U+001B at character 4)\n\
         error: 2 order record(s) refused (read 2, inserted 0, updated 0, skipped 0, failed 2): \
         nothing was imported; fix them, or use --skip-invalid to import the valid ones\n",
    );
}

#[test]
fn orders_imported_without_stock_never_give_stock_back() {
    let db = TestDb::new();
    db.product("H", "1.00", 10);
    let dir = tempfile::tempdir().unwrap();
    let import = |ext: &str| {
        let order = json!({"external_ref": ext, "customer_email": "c@example.com",
                           "items": [{"sku": "H", "quantity": 3}]});
        let file = write_file(dir.path(), &format!("{ext}.ndjson"), format!("{order}\n"));
        db.ecomctl().args(["orders", "import", &file, "--no-stock", "--no-sync"]).setup();
        db.int(&format!("SELECT id FROM orders WHERE external_ref = '{ext}'"))
    };
    let cancelled = import("A");
    assert_eq!(db.stock("H"), 10);
    db.ecomctl().args(["orders", "set-state", &cancelled.to_string(), "CANCELLED"]).expect_masked(
        0,
        &format!(
            "┌──────────────┬──────────────────┐\n\
             │ id           ┆ {cancelled:<16} │\n\
             │ external ref ┆ A                │\n\
             │ customer     ┆ c@example.com    │\n\
             │ state        ┆ CANCELLED        │\n\
             │ total        ┆ 3.00             │\n\
             │ created      ┆ YYYY-MM-DD hh:mm │\n\
             │ updated      ┆ YYYY-MM-DD hh:mm │\n\
             │ closed       ┆ YYYY-MM-DD hh:mm │\n\
             └──────────────┴──────────────────┘\n\
             ┌─────────┬─────┬────────┬───────┬─────┬──────────┐\n\
             │ product ┆ sku ┆ name   ┆ price ┆ qty ┆ subtotal │\n\
             ╞═════════╪═════╪════════╪═══════╪═════╪══════════╡\n\
             │ 1       ┆ H   ┆ H name ┆  1.00 ┆   3 ┆     3.00 │\n\
             └─────────┴─────┴────────┴───────┴─────┴──────────┘\n"
        ),
        &format!(
            "order #{cancelled} never took stock (imported with --no-stock): nothing goes back to \
             stock\n"
        ),
    );
    assert_eq!(db.stock("H"), 10, "no phantom stock from a cancellation");

    let deleted = import("B");
    db.ecomctl().args(["orders", "delete", "--yes", "--restock", &deleted.to_string()]).expect(
        0,
        "",
        &format!(
            "warning: order #{deleted}: it never took stock (imported with --no-stock); not \
             restocked\n\
             deleted 1 order(s), 0 unit(s) back in stock\n"
        ),
    );
    assert_eq!(db.stock("H"), 10, "no phantom stock from a deletion");

    // Replacing its lines takes stock for the new lines like any order, and
    // gives back none for the old ones; from then on it holds stock.
    let updated = import("C");
    // The order as the tool shows it after each change (times masked).
    let table = |state: &str, closed: &str| {
        format!(
            "┌──────────────┬──────────────────┐\n\
             │ id           ┆ {updated:<16} │\n\
             │ external ref ┆ C                │\n\
             │ customer     ┆ c@example.com    │\n\
             │ state        ┆ {state:<16} │\n\
             │ total        ┆ 2.00             │\n\
             │ created      ┆ YYYY-MM-DD hh:mm │\n\
             │ updated      ┆ YYYY-MM-DD hh:mm │\n\
             │ closed       ┆ {closed:<16} │\n\
             └──────────────┴──────────────────┘\n\
             ┌─────────┬─────┬────────┬───────┬─────┬──────────┐\n\
             │ product ┆ sku ┆ name   ┆ price ┆ qty ┆ subtotal │\n\
             ╞═════════╪═════╪════════╪═══════╪═════╪══════════╡\n\
             │ 1       ┆ H   ┆ H name ┆  1.00 ┆   2 ┆     2.00 │\n\
             └─────────┴─────┴────────┴───────┴─────┴──────────┘\n"
        )
    };
    db.ecomctl().args(["orders", "update", &updated.to_string(), "--item", "H=2"]).expect_masked(
        0,
        &table("CHANGED", "—"),
        "",
    );
    assert_eq!(db.stock("H"), 8);
    db.ecomctl().args(["orders", "set-state", &updated.to_string(), "CANCELLED"]).expect_masked(
        0,
        &table("CANCELLED", "YYYY-MM-DD hh:mm"),
        "",
    );
    assert_eq!(db.stock("H"), 10, "what the update took goes back");
}

#[test]
fn a_document_meilisearch_cannot_take_is_reported_and_skipped() {
    let search = SearchServer::new();
    let Some(fake) = search.fake() else {
        crate::harness::skipped("needs the fake's payload limit");
        return;
    };
    let db = TestDb::new();
    // Five lines of 10,000-character descriptions: a document of ~50 KB.
    for i in 0..5 {
        db.ecomctl()
            .args([
                "products",
                "create",
                "--sku",
                &format!("L-{i}"),
                "--name",
                "Long",
                "--price",
                "1",
            ])
            .args(["--seller-email", "s@example.com", "--stock", "10", "--description"])
            .arg(&"d".repeat(10_000))
            .setup();
    }
    db.product("S", "1.00", 10);
    fake.set_payload_limit(20 * 1024);
    let big = search
        .apply(db.ecomctl())
        .args(["-o", "json", "orders", "create", "--customer-email", "big@example.com"])
        .args(["--item", "L-0", "--item", "L-1", "--item", "L-2", "--item", "L-3", "--item", "L-4"])
        .ok();
    let big_id = big.json()["id"].as_i64().unwrap();
    big.stderr_has(&[&format!(
        "warning: order #{big_id} is left out of the search index: Meilisearch refused its document as too large"
    )]);
    let small = search.apply(db.ecomctl()).args(["--no-index", "-o", "json", "orders", "create"]);
    let small_id = small.args(["--customer-email", "small@example.com", "--item", "S"]).ok().json()
        ["id"]
        .as_i64()
        .unwrap();
    let synced = search.apply(db.ecomctl()).args(["-o", "json", "sync"]).ok();
    assert_eq!(synced.json()["refused"][0]["order_id"], big_id);
    synced.stderr_has(&[&format!("warning: order #{big_id} is left out of the search index")]);
    search.wait_idle();
    assert!(search.document(small_id).is_some(), "the rest is indexed");
    assert!(search.document(big_id).is_none());
    assert_eq!(db.int("SELECT count(*) FROM search_outbox WHERE refused IS NOT NULL"), 1);
    // The next sync does not try it again; a change to the order does.
    search.apply(db.ecomctl()).args(["sync"]).expect(
        0,
        "",
        "synced 0 order(s): 0 document(s) written, 0 deleted; 0 outbox entries confirmed\n\
         warning: order #1 is left out of the search index: Meilisearch refused its document as \
         too large (The provided payload reached the size limit. The maximum accepted payload size \
         is 20 KiB.); it is tried again when it changes\n",
    );
    fake.set_payload_limit(100 * 1024 * 1024);
    search
        .apply(db.ecomctl())
        .args(["--wait", "orders", "set-state", &big_id.to_string(), "SHIPPED"])
        .expect_masked(
            0,
            "┌──────────────┬──────────────────┐\n\
             │ id           ┆ 1                │\n\
             │ external ref ┆ —                │\n\
             │ customer     ┆ big@example.com  │\n\
             │ state        ┆ SHIPPED          │\n\
             │ total        ┆ 5.00             │\n\
             │ created      ┆ YYYY-MM-DD hh:mm │\n\
             │ updated      ┆ YYYY-MM-DD hh:mm │\n\
             │ closed       ┆ —                │\n\
             └──────────────┴──────────────────┘\n\
             ┌─────────┬─────┬──────┬───────┬─────┬──────────┐\n\
             │ product ┆ sku ┆ name ┆ price ┆ qty ┆ subtotal │\n\
             ╞═════════╪═════╪══════╪═══════╪═════╪══════════╡\n\
             │ 1       ┆ L-0 ┆ Long ┆  1.00 ┆   1 ┆     1.00 │\n\
             │ 2       ┆ L-1 ┆ Long ┆  1.00 ┆   1 ┆     1.00 │\n\
             │ 3       ┆ L-2 ┆ Long ┆  1.00 ┆   1 ┆     1.00 │\n\
             │ 4       ┆ L-3 ┆ Long ┆  1.00 ┆   1 ┆     1.00 │\n\
             │ 5       ┆ L-4 ┆ Long ┆  1.00 ┆   1 ┆     1.00 │\n\
             └─────────┴─────┴──────┴───────┴─────┴──────────┘\n",
            "",
        );
    assert!(search.document(big_id).is_some());
}

#[test]
fn a_panic_is_one_line_and_exit_1() {
    let db = TestDb::new();
    let run = db.ecomctl().env("ECOMCTL_TEST_PANIC", "1").args(["orders", "list"]).status(1);
    let stderr = run.stderr();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr
            .starts_with("internal error: a panic asked for by ECOMCTL_TEST_PANIC at src/main.rs:"),
        "{stderr}"
    );
    assert!(
        stderr.ends_with(
            "; this is a bug in ecomctl, please report it (run again with -v for a backtrace)\n"
        ),
        "{stderr}"
    );
    let verbose =
        db.ecomctl().env("ECOMCTL_TEST_PANIC", "1").args(["-v", "orders", "list"]).status(1);
    assert!(verbose.stderr().lines().count() > 3, "a backtrace with -v: {}", verbose.stderr());
}
