//! Selections, one grammar everywhere: each filter of `orders list` selects
//! the orders of a bulk change too, as do ids on the command line, a file of
//! ids in the shapes people have (`--ids-from`), and `--all`; everything
//! given narrows the rest. The filters added for the bulk commands work in
//! `orders list` as well.

use serde_json::Value;

use crate::harness::TestDb;

/// Orders #1–#5 over products A (1.00) and B (2.50), with external refs,
/// creation times spread over the last month, and states.
fn shop() -> TestDb {
    let db = TestDb::new();
    db.product("A", "1.00", 100);
    db.product("B", "2.50", 100);
    db.order("ann@example.com", &["A=2"]);
    db.order("bob@example.com", &["A", "B=2"]);
    db.order("ann@example.com", &["B"]);
    db.order("cid@example.com", &["A=10"]);
    db.order("dee@example.com", &["B=4"]);
    db.ecomctl().args(["orders", "set-state", "4", "SHIPPED"]).setup();
    db.exec(
        "UPDATE orders SET external_ref = CASE id WHEN 1 THEN 'STAGING-1' WHEN 2 THEN 'STAGING-2' \
                                          WHEN 3 THEN 'SHOP-3' WHEN 4 THEN 'STAGING_4' END, \
                           created_at = now() - make_interval(days => 40 - 10 * id::int);",
    );
    db
}

/// The ids a dry run of `orders set-state FAILED <args>` selects (would
/// move or would refuse), ascending.
fn selected(db: &TestDb, args: &[&str]) -> Vec<i64> {
    let run = db
        .ecomctl()
        .args(["-o", "json", "orders", "set-state", "FAILED", "--dry-run"])
        .args(args)
        .run();
    assert!(matches!(run.code(), 0 | 4), "{}", run.stderr());
    let plan = run.json();
    let mut ids: Vec<i64> =
        plan["ids"].as_array().unwrap().iter().map(|v| v.as_i64().unwrap()).collect();
    ids.extend(plan["refused"].as_array().unwrap().iter().map(|r| r["id"].as_i64().unwrap()));
    ids.sort_unstable();
    ids
}

fn listed(db: &TestDb, args: &[&str]) -> Vec<i64> {
    let orders = db.ecomctl().args(["-o", "json", "orders", "list"]).args(args).ok().json();
    orders.as_array().unwrap().iter().map(|o| o["id"].as_i64().unwrap()).collect()
}

#[test]
fn each_filter_selects_and_they_narrow_each_other() {
    let db = shop();
    let cases: &[(&[&str], &[i64])] = &[
        (&["--all"], &[1, 2, 3, 4, 5]),
        (&["--state", "CREATED"], &[1, 2, 3, 5]),
        (&["--state", "SHIPPED", "--state", "DELIVERED"], &[4]),
        (&["--customer-email", "ann@example.com"], &[1, 3]),
        (&["--until", "15d"], &[1, 2]),
        (&["--since", "15d"], &[3, 4, 5]),
        (&["--since", "25d", "--until", "5d"], &[2, 3]),
        (&["--sku", "B"], &[2, 3, 5]),
        (&["--product", "A"], &[1, 2, 4]),
        (&["--product", "2"], &[2, 3, 5]),
        (&["--min-total", "5"], &[2, 4, 5]),
        (&["--max-total", "2.50"], &[1, 3]),
        (&["--min-total", "2.5", "--max-total", "6"], &[2, 3]),
        (&["--external-ref", "STAGING-*"], &[1, 2]),
        (&["--external-ref", "STAGING_*"], &[4]),
        (&["--external-ref", "SHOP-3"], &[3]),
        (&["--external-ref", "*"], &[1, 2, 3, 4]),
        (&["--sku", "A", "--state", "CREATED", "--customer-email", "bob@example.com"], &[2]),
        (&["5", "4", "1"], &[1, 4, 5]),
        (&["1", "2", "3", "--sku", "A"], &[1, 2]),
    ];
    for (args, ids) in cases {
        assert_eq!(selected(&db, args), *ids, "orders set-state FAILED {args:?}");
    }
    // The same filters list.
    assert_eq!(listed(&db, &["--external-ref", "STAGING-*", "--min-total", "3"]), [2]);
    assert_eq!(listed(&db, &["--product", "sku:B", "--until", "15d"]), [2]);
    db.ecomctl().args(["orders", "list", "--product", "NOPE"]).expect(
        3,
        "",
        "error: product NOPE not found\n",
    );
    db.ecomctl().args(["orders", "set-state", "FAILED", "--min-total", "x", "--dry-run"]).expect(
        4,
        "",
        "error: --min-total: \"x\" is not a decimal amount\n",
    );
}

#[test]
fn ids_come_from_a_file_or_stdin_in_any_usual_shape() {
    let db = shop();
    let dir = tempfile::tempdir().unwrap();
    let shapes = [
        ("plain.txt", "5\n\n2\n2\n"),
        ("carrier.csv", "tracking;order_id;weight\nX1;5;1.2\nX2;2;0.4\n"),
        ("export.csv", "id,customer_email\n2,bob@example.com\n5,dee@example.com\n"),
        ("list.ndjson", "{\"id\":2,\"state\":\"CREATED\"}\n{\"id\":5}\n"),
        ("list.json", "[{\"id\": 5}, {\"id\": 2}]"),
    ];
    for (name, text) in shapes {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        assert_eq!(selected(&db, &["--ids-from", path.to_str().unwrap()]), [2, 5], "{name}");
    }
    // What `orders list` prints feeds a bulk change through a pipe.
    let ndjson = db
        .ecomctl()
        .args(["-o", "ndjson", "orders", "list", "--customer-email", "ann@example.com"])
        .ok()
        .stdout();
    let plan = db
        .ecomctl()
        .args(["-o", "json", "orders", "set-state", "CANCELLED", "--ids-from", "-", "--yes"])
        .stdin(ndjson)
        .ok()
        .json();
    assert_eq!(plan["ids"], serde_json::json!([1, 3]));
    assert_eq!(db.int("SELECT count(*) FROM orders WHERE state = 'CANCELLED'"), 2);
    // Filters narrow a list; an id that names no order is refused.
    let path = dir.path().join("with-missing.txt");
    std::fs::write(&path, "2\n4\n77\n").unwrap();
    let file = path.to_str().unwrap();
    assert_eq!(selected(&db, &["--ids-from", file, "--state", "CREATED"]), [2, 77]);
    db.ecomctl().args(["orders", "set-state", "SHIPPED", "--ids-from", file, "--yes"]).expect(
        4,
        "3 order(s) selected: nothing changed, 2 refused\n\
         \x20 CREATED → SHIPPED: 1\n\
         \x20 refused: 1 already SHIPPED\n\
         \x20 refused: 1 not found\n\
         refused:\n\
         \x20 order #4: already SHIPPED\n\
         \x20 order #77: no such order\n",
        "error: 2 of 3 order(s) refused: nothing was changed (--each would move the 1 others to \
         SHIPPED)\n",
    );
}

#[test]
fn a_bad_id_file_is_refused_naming_the_place() {
    let db = shop();
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("bad.txt", "1\n2\nabc\n", "line 3: \"abc\" is not an id"),
        ("zero.txt", "0\n", "line 1: 0 is not an id (ids run from 1 to 9007199254740991)"),
        (
            "bad.csv",
            "id,x\n1,a\n-4,b\n",
            "line 3: -4 is not an id (ids run from 1 to 9007199254740991)",
        ),
        (
            "noid.csv",
            "sku,qty\nA,1\n",
            "the first line is neither an id nor a CSV header with an id column (it reads \"sku,qty\")",
        ),
        ("bad.ndjson", "{\"id\":1}\n{\"order\":2}\n", "line 2: no \"id\" field"),
    ];
    for (name, text, problem) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let path = path.to_str().unwrap();
        db.ecomctl().args(["orders", "delete", "--ids-from", path, "--dry-run"]).expect(
            4,
            "",
            &format!("error: --ids-from {path}: {problem}\n"),
        );
    }
    let missing = dir.path().join("missing.txt");
    let run = db
        .ecomctl()
        .args(["orders", "delete", "--yes", "--ids-from", missing.to_str().unwrap()])
        .run();
    assert_eq!(run.code(), 3, "{}", run.stderr());
    assert_eq!(db.int("SELECT count(*) FROM orders"), 5);
}

#[test]
fn orders_set_state_id_state_is_as_it_was_and_the_state_may_come_first() {
    let db = shop();
    let one = db.ecomctl().args(["-o", "json", "orders", "set-state", "1", "SHIPPED"]).ok().json();
    assert_eq!((one["id"].as_i64(), one["state"].clone()), (Some(1), Value::from("SHIPPED")));
    let one =
        db.ecomctl().args(["-o", "json", "orders", "set-state", "delivered", "1"]).ok().json();
    assert_eq!(one["state"], "DELIVERED", "one order, printed whole");
    db.ecomctl().args(["orders", "set-state", "SHIPPED", "2", "3", "-y"]).expect(
        0,
        "2 order(s) selected: 2 moved to SHIPPED\n  CREATED → SHIPPED: 2\n",
        "moved 2 order(s) to SHIPPED\n",
    );
    db.ecomctl().args(["orders", "set-state", "5", "CHANGED", "--dry-run"]).expect(
        4,
        "",
        "error: an order becomes CHANGED when its items are replaced: use `ecomctl orders update \
         ID --item …`\n",
    );
}
