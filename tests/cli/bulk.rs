//! Bulk changes of orders over a selection (`orders set-state STATE
//! <selection>`, `orders delete <selection>`): the dry run's exact plan
//! (nothing written, no sequence moved), atomic refusal and --each, --max,
//! the confirmation a script must give, history and the outbox afterwards.

use crate::harness::TestDb;

/// Products A (1.00) and B (2.50), 100 of each; orders #1 and #2 CREATED,
/// #3 DELIVERED, #4 SHIPPED.
fn shop() -> TestDb {
    let db = TestDb::new();
    db.product("A", "1.00", 100);
    db.product("B", "2.50", 100);
    db.order("ann@example.com", &["A=2"]);
    db.order("bob@example.com", &["A", "B=2"]);
    db.order("ann@example.com", &["B"]);
    db.order("cid@example.com", &["A=3"]);
    for (id, state) in [("3", "SHIPPED"), ("3", "DELIVERED"), ("4", "SHIPPED")] {
        db.ecomctl().args(["orders", "set-state", id, state]).setup();
    }
    db
}

/// What a dry run must leave as it was: rows, history, the outbox and the
/// sequences (a rolled-back write would still have moved them).
fn footprint(db: &TestDb) -> Vec<i64> {
    [
        "SELECT count(*) FROM history",
        "SELECT count(*) FROM search_outbox",
        "SELECT last_value FROM search_outbox_seq",
        "SELECT last_value FROM history_id_seq",
        "SELECT last_value FROM orders_id_seq",
        "SELECT count(*) FROM orders WHERE state = 'CREATED'",
        "SELECT sum(stock)::bigint FROM products",
    ]
    .iter()
    .map(|sql| db.int(sql))
    .collect()
}

#[test]
fn a_dry_run_shows_transitions_refusals_and_a_sample_and_changes_nothing() {
    let db = shop();
    let before = footprint(&db);
    db.ecomctl().args(["orders", "set-state", "SHIPPED", "--all", "--dry-run"]).expect_masked(
        4,
        "4 order(s) selected: 2 to move to SHIPPED, 2 refused\n\
         \x20 CREATED → SHIPPED: 2\n\
         \x20 refused: 1 already SHIPPED\n\
         \x20 refused: 1 already DELIVERED\n\
         refused:\n\
         \x20 order #3: cannot go from DELIVERED to SHIPPED (allowed from DELIVERED: REFUNDED)\n\
         \x20 order #4: already SHIPPED\n\
         ┌────┬──────────────────┬─────────────────┬─────────┬───────┬──────────────────────┐\n\
         │ id ┆ created          ┆ customer        ┆ state   ┆ total ┆ items                │\n\
         ╞════╪══════════════════╪═════════════════╪═════════╪═══════╪══════════════════════╡\n\
         │  1 ┆ YYYY-MM-DD hh:mm ┆ ann@example.com ┆ CREATED ┆  2.00 ┆ 2× A name            │\n\
         │  2 ┆ YYYY-MM-DD hh:mm ┆ bob@example.com ┆ CREATED ┆  6.00 ┆ 1× A name, 2× B name │\n\
         └────┴──────────────────┴─────────────────┴─────────┴───────┴──────────────────────┘\n",
        "dry run: nothing was changed\n\
         error: 2 of 4 order(s) would be refused: nothing would change, the change being atomic \
         (--each would move the 2 others to SHIPPED)\n",
    );
    db.ecomctl()
        .args(["orders", "set-state", "CANCELLED", "--state", "CREATED", "--dry-run"])
        .expect_masked(
            0,
            "2 order(s) selected: 2 to move to CANCELLED\n\
         \x20 CREATED → CANCELLED: 2\n\
         stock back: 5 unit(s) of 2 product(s)\n\
         \x20 A: +3\n\
         \x20 B: +2\n\
         ┌────┬──────────────────┬─────────────────┬─────────┬───────┬──────────────────────┐\n\
         │ id ┆ created          ┆ customer        ┆ state   ┆ total ┆ items                │\n\
         ╞════╪══════════════════╪═════════════════╪═════════╪═══════╪══════════════════════╡\n\
         │  1 ┆ YYYY-MM-DD hh:mm ┆ ann@example.com ┆ CREATED ┆  2.00 ┆ 2× A name            │\n\
         │  2 ┆ YYYY-MM-DD hh:mm ┆ bob@example.com ┆ CREATED ┆  6.00 ┆ 1× A name, 2× B name │\n\
         └────┴──────────────────┴─────────────────┴─────────┴───────┴──────────────────────┘\n",
            "dry run: nothing was changed\n",
        );
    assert_eq!(footprint(&db), before, "a dry run writes nothing and moves no sequence");
}

#[test]
fn a_dry_run_speaks_json_and_csv_too() {
    let db = shop();
    let json = db
        .ecomctl()
        .args(["-o", "json", "orders", "set-state", "FAILED", "1", "3", "4", "99", "--dry-run"])
        .status(4)
        .json();
    assert_eq!(json["action"], "set-state");
    assert_eq!(json["state"], "FAILED");
    assert_eq!((json["dry_run"].clone(), json["applied"].clone()), (true.into(), false.into()));
    assert_eq!((json["selected"].as_i64(), json["changed"].as_i64()), (Some(4), Some(2)));
    assert_eq!(json["ids"], serde_json::json!([1, 4]));
    assert_eq!(
        json["transitions"],
        serde_json::json!([
            {"from": "CREATED", "to": "FAILED", "count": 1},
            {"from": "SHIPPED", "to": "FAILED", "count": 1}
        ])
    );
    assert_eq!(
        json["refused"],
        serde_json::json!([
            {"id": 3, "state": "DELIVERED",
             "reason": "cannot go from DELIVERED to FAILED (allowed from DELIVERED: REFUNDED)"},
            {"id": 99, "state": null, "reason": "no such order"}
        ])
    );
    // FAILED before shipping gives #1's stock back; after shipping, #4's stays out.
    assert_eq!(json["stock_back"], serde_json::json!([{"product_id": 1, "sku": "A", "units": 2}]));
    assert_eq!(json["sample"].as_array().map(Vec::len), Some(2));
    db.ecomctl().args(["-o", "csv", "orders", "delete", "1", "99", "--dry-run"]).expect(
        4,
        "id,state,change,refused\n1,CREATED,deleted,\n99,,,no such order\n",
        "dry run: nothing was changed\n\
         error: 1 of 2 order(s) would be refused: nothing would change, the change being atomic \
         (--each would delete the 1 others)\n",
    );
}

#[test]
fn one_refusal_changes_nothing_and_each_moves_the_others() {
    let db = shop();
    let before = footprint(&db);
    db.ecomctl().args(["orders", "set-state", "CANCELLED", "1", "2", "3", "--yes"]).expect(
        4,
        "3 order(s) selected: nothing changed, 1 refused\n\
         \x20 CREATED → CANCELLED: 2\n\
         \x20 refused: 1 already DELIVERED\n\
         refused:\n\
         \x20 order #3: cannot go from DELIVERED to CANCELLED (allowed from DELIVERED: REFUNDED)\n",
        "error: 1 of 3 order(s) refused: nothing was changed (--each would move the 2 others to \
         CANCELLED)\n",
    );
    assert_eq!(footprint(&db), before, "atomic: nothing written");
    db.ecomctl()
        .args(["orders", "set-state", "CANCELLED", "1", "2", "3", "--yes", "--each"])
        .expect(
            4,
            "3 order(s) selected: 2 moved to CANCELLED, 1 refused\n\
         \x20 CREATED → CANCELLED: 2\n\
         \x20 refused: 1 already DELIVERED\n\
         stock back: 5 unit(s) of 2 product(s)\n\
         \x20 A: +3\n\
         \x20 B: +2\n\
         refused:\n\
         \x20 order #3: cannot go from DELIVERED to CANCELLED (allowed from DELIVERED: REFUNDED)\n",
            "moved 2 order(s) to CANCELLED, 5 unit(s) back in stock\n\
         error: 1 of 3 order(s) refused: the 2 others were moved to CANCELLED\n",
        );
    assert_eq!((db.stock("A"), db.stock("B")), (97, 99));
    assert_eq!(db.int("SELECT count(*) FROM orders WHERE state = 'CANCELLED'"), 2);
    assert_eq!(db.int("SELECT count(*) FROM orders WHERE closed_at IS NOT NULL"), 3);
    assert_eq!(db.int("SELECT count(*) FROM orders WHERE NOT holds_stock"), 2);
    // One history event per order moved, as a move of one writes it, and
    // each order queued for search once.
    db.ecomctl().args(["-o", "json", "orders", "history", "2"]).ok().json()[1]["changes"]
        .as_object()
        .map(|changes| {
            assert_eq!(changes["state"], serde_json::json!({"old": "CREATED", "new": "CANCELLED"}));
            assert_eq!(changes["restocked"], serde_json::json!({"old": null, "new": true}));
        })
        .unwrap();
    let events = "SELECT count(*) FROM history WHERE entity = 'order' AND action = 'state' \
                  AND new ->> 'state' = 'CANCELLED'";
    assert_eq!(db.int(events), 2);
    assert_eq!(db.int("SELECT count(*) FROM search_outbox WHERE order_id IN (1, 2)"), 2);
    assert_eq!(
        db.text("SELECT command FROM history ORDER BY id DESC LIMIT 1").unwrap(),
        "ecomctl orders set-state"
    );
}

#[test]
fn without_a_terminal_a_change_needs_yes_and_an_empty_selection_is_no_work() {
    let db = shop();
    db.ecomctl().args(["orders", "set-state", "SHIPPED", "--state", "CREATED"]).expect(
        2,
        "",
        "error: refusing to move the selected orders to SHIPPED without confirmation: pass --yes \
         (there is no terminal to ask on)\n",
    );
    db.ecomctl().args(["orders", "delete", "--state", "CREATED"]).expect(
        2,
        "",
        "error: refusing to delete the selected orders without confirmation: pass --yes (there is \
         no terminal to ask on)\n",
    );
    assert_eq!(db.int("SELECT count(*) FROM orders WHERE state = 'CREATED'"), 2);
    db.ecomctl()
        .args(["orders", "set-state", "SHIPPED", "--customer-email", "nobody@example.com", "-y"])
        .expect(
            0,
            "0 order(s) selected: 0 moved to SHIPPED\n",
            "no orders selected: nothing to do\n",
        );
    db.ecomctl().args(["orders", "set-state", "SHIPPED"]).expect(
        2,
        "",
        "error: name the orders: give their ids, or select them with the filters (--state, \
         --customer-email, --since, --until, --sku, --product, --min-total, --max-total, \
         --external-ref), --ids-from FILE, --from-search QUERY or --all\n",
    );
    db.ecomctl().args(["orders", "set-state", "1", "x2", "SHIPPED"]).expect(
        2,
        "",
        "error: \"x2\" is not an order id (give the ids and the state: orders set-state 42 43 \
         SHIPPED)\n",
    );
}

#[test]
fn a_selection_larger_than_max_is_refused_whole() {
    let db = shop();
    db.ecomctl().args(["orders", "set-state", "FAILED", "--all", "--max", "3", "--yes"]).expect(
        2,
        "",
        "error: the selection holds 4 order(s), more than --max 3: narrow it, or pass --max 4 if \
         that is meant; nothing was changed\n",
    );
    db.ecomctl().args(["orders", "delete", "--all", "--max", "3", "--dry-run"]).expect(
        2,
        "",
        "error: the selection holds 4 order(s), more than --max 3: narrow it, or pass --max 4 if \
         that is meant; nothing was changed\n",
    );
    assert_eq!(db.int("SELECT count(*) FROM orders WHERE state = 'FAILED'"), 0);
    db.ecomctl()
        .args([
            "-o",
            "json",
            "orders",
            "set-state",
            "FAILED",
            "--all",
            "--max",
            "4",
            "-y",
            "--each",
        ])
        .status(4)
        .json()["changed"]
        .as_i64()
        .map(|moved| assert_eq!(moved, 3))
        .unwrap();
}

#[test]
fn delete_over_a_selection_restocks_what_orders_hold_and_keeps_their_history() {
    let db = shop();
    db.ecomctl()
        .args(["orders", "delete", "--customer-email", "ann@example.com", "--restock", "--yes"])
        .expect(
            0,
            "2 order(s) selected: 2 deleted\n\
         \x20 CREATED → deleted: 1\n\
         \x20 DELIVERED → deleted: 1\n\
         stock back: 3 unit(s) of 2 product(s)\n\
         \x20 A: +2\n\
         \x20 B: +1\n",
            "deleted 2 order(s), 3 unit(s) back in stock\n",
        );
    assert_eq!(db.int("SELECT count(*) FROM orders"), 2);
    assert_eq!(db.int("SELECT count(*) FROM order_items WHERE order_id IN (1, 3)"), 0);
    assert_eq!(db.int("SELECT count(*) FROM search_outbox WHERE order_id IN (1, 3)"), 2);
    let deleted = db
        .ecomctl()
        .args(["-o", "json", "orders", "history", "3"])
        .ok()
        .json()
        .as_array()
        .and_then(|events| events.last().cloned())
        .unwrap();
    assert_eq!(deleted["action"], "deleted");
    assert_eq!(deleted["changes"]["state"]["old"], "DELIVERED");
    assert_eq!(deleted["changes"]["restocked"]["new"], true);
    // Without --restock nothing goes back; orders delete ID… is as it was.
    db.ecomctl().args(["orders", "delete", "--state", "SHIPPED", "--yes"]).expect(
        0,
        "1 order(s) selected: 1 deleted\n  SHIPPED → deleted: 1\n",
        "deleted 1 order(s)\n",
    );
    assert_eq!((db.stock("A"), db.stock("B")), (96, 98));
    db.ecomctl().args(["orders", "delete", "-y", "2"]).expect(0, "", "deleted 1 order(s)\n");
    db.ecomctl().args(["orders", "delete"]).expect(
        2,
        "",
        "error: name the orders: give their ids, or select them with the filters (--state, \
         --customer-email, --since, --until, --sku, --product, --min-total, --max-total, \
         --external-ref), --ids-from FILE, --from-search QUERY or --all\n",
    );
}
