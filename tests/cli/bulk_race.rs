//! Bulk changes racing single writers: no deadlock, no lost update, the
//! lock order kept (orders by id ascending, then products by id), stock
//! conserved, and every order's history in step with its state.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::harness::TestDb;

/// Args as owned strings, for `TestDb::spawn`.
fn args(parts: &[&str]) -> Vec<String> {
    parts.iter().map(|p| (*p).to_owned()).collect()
}

#[test]
fn a_bulk_move_waits_for_an_order_in_id_order_and_rereads_it() {
    let db = TestDb::new();
    db.product("A", "1.00", 10);
    for _ in 0..3 {
        db.order("a@b.co", &["A"]);
    }
    // Another session holds order #2.
    let mut holder = db.client();
    let mut held = holder.transaction().unwrap();
    held.execute("SELECT 1 FROM orders WHERE id = 2 FOR UPDATE", &[]).unwrap();
    let bulk = db.spawn(args(&["orders", "set-state", "SHIPPED", "--state", "CREATED", "--yes"]));
    let waiting = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
                   AND application_name LIKE 'ecomctl%' AND wait_event_type = 'Lock'";
    let started = Instant::now();
    while db.int(waiting) == 0 {
        assert!(started.elapsed() < Duration::from_secs(20), "the bulk move never waited");
        std::thread::sleep(Duration::from_millis(20));
    }
    // It holds #1 and waits for #2; #3, later in the lock order, is free.
    let mut probe = db.client();
    let mut tx = probe.transaction().unwrap();
    let first = tx.execute("SELECT 1 FROM orders WHERE id = 1 FOR UPDATE NOWAIT", &[]);
    assert!(first.is_err(), "order #1 is locked by the bulk move");
    tx.rollback().unwrap();
    let mut tx = probe.transaction().unwrap();
    tx.execute("SELECT 1 FROM orders WHERE id = 3 FOR UPDATE NOWAIT", &[])
        .expect("#3 not yet locked");
    tx.rollback().unwrap();
    // The holder cancels #2: the bulk move sees it no longer matches.
    held.execute("UPDATE orders SET state = 'CANCELLED', closed_at = now() WHERE id = 2", &[])
        .unwrap();
    held.commit().unwrap();
    let out = bulk.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        db.text("SELECT string_agg(id || ':' || state, ' ' ORDER BY id) FROM orders").unwrap(),
        "1:SHIPPED 2:CANCELLED 3:SHIPPED",
        "the other writer's change is not lost"
    );
}

#[test]
fn bulk_changes_racing_single_writers_lose_nothing_and_never_deadlock() {
    let db = TestDb::new();
    let skus = ["H-1", "H-2", "H-3", "H-4"];
    for sku in skus {
        db.product(sku, "1.00", 200);
    }
    let mut ids = Vec::new();
    for i in 0..40 {
        let customer = if i % 4 == 0 { "bulk@x.co" } else { "shop@x.co" };
        ids.push(db.order(
            customer,
            &[&format!("{}=2", skus[i % 4]), &format!("{}=1", skus[(i + 1) % 4])],
        ));
    }
    let mut children = vec![
        db.spawn(args(&["orders", "set-state", "CANCELLED", "--state", "CREATED", "--each", "-y"])),
        db.spawn(args(&[
            "orders",
            "delete",
            "--customer-email",
            "bulk@x.co",
            "--restock",
            "--each",
            "-y",
        ])),
        db.spawn(args(&["products", "update", "--all", "--stock", "+1", "-y"])),
    ];
    for (i, id) in ids.iter().enumerate() {
        let id = id.to_string();
        children.push(match i % 5 {
            0 | 1 => db.spawn(args(&["orders", "set-state", &id, "SHIPPED"])),
            2 => db.spawn(args(&[
                "orders",
                "update",
                &id,
                "--item",
                &format!("{}=3", skus[(i + 2) % 4]),
            ])),
            3 => db.spawn(args(&[
                "orders",
                "create",
                "--customer-email",
                "new@x.co",
                "--item",
                skus[i % 4],
            ])),
            _ => db.spawn(args(&["products", "update", skus[(i + 3) % 4], "--add-stock", "5"])),
        });
    }
    let mut added: HashMap<&str, i64> = HashMap::new();
    for child in children {
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.to_lowercase().contains("deadlock"), "deadlock surfaced: {stderr}");
        // 3: an order another writer deleted first; 4: a move it made impossible.
        assert!(
            matches!(out.status.code(), Some(0 | 3 | 4)),
            "exit {:?}: {stderr}",
            out.status.code()
        );
    }
    for (i, _) in ids.iter().enumerate().filter(|(i, _)| i % 5 == 4) {
        *added.entry(skus[(i + 3) % 4]).or_default() += 5;
    }
    // Stock is conserved: on hand + held by orders = initial + added (the
    // bulk +1 on every product included).
    for sku in skus {
        let held = db.int(&format!(
            "SELECT COALESCE(sum(i.quantity), 0)::bigint FROM order_items i \
             JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.product_id \
             WHERE p.sku = '{sku}' AND o.holds_stock \
               AND o.state IN ('CREATED', 'CHANGED', 'SHIPPED', 'DELIVERED')"
        ));
        let expected = 200 + 1 + added.get(sku).copied().unwrap_or(0);
        assert_eq!(db.stock(sku) + held, expected, "{sku}: on hand + held");
    }
    // No lost update: each order's state events chain (each starts where
    // the one before ended), and the last says the state it is in.
    let rows = db
        .client()
        .query(
            "SELECT o.id, o.state, h.action, h.old ->> 'state' AS old, h.new ->> 'state' AS new \
             FROM orders o JOIN history h ON h.entity = 'order' AND h.entity_id = o.id \
             ORDER BY o.id, h.id",
            &[],
        )
        .unwrap();
    let mut at: HashMap<i64, String> = HashMap::new();
    for row in rows {
        let (id, action): (i64, String) = (row.get("id"), row.get("action"));
        let (old, new): (Option<String>, Option<String>) = (row.get("old"), row.get("new"));
        let now = at.get(&id).cloned();
        match action.as_str() {
            "created" => at.insert(id, new.expect("created with a state")),
            "state" => {
                assert_eq!(old, now, "order #{id}: a move from a state it was not in");
                at.insert(id, new.unwrap())
            }
            "items" => at.insert(id, new.unwrap_or(now.unwrap())),
            other => panic!("order #{id}: unexpected event {other}"),
        };
    }
    let states = db.client().query("SELECT id, state FROM orders", &[]).unwrap();
    for row in states {
        let (id, state): (i64, String) = (row.get("id"), row.get("state"));
        assert_eq!(at.get(&id), Some(&state), "order #{id}: history ends where the order is");
    }
    assert_eq!(db.int("SELECT count(*) FROM orders WHERE customer_email = 'bulk@x.co'"), 0);
}
