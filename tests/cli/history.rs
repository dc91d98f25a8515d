//! History: every change ecomctl makes appends an event with who, what and
//! when, kept after the product or order is gone.

use std::process::Command;

use serde_json::{Value, json};

use crate::harness::TestDb;

/// The OS user and host the tool should record for this test process.
fn operator() -> (String, String) {
    let user = Command::new("id").arg("-un").output().unwrap();
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
    (String::from_utf8(user.stdout).unwrap().trim().to_owned(), host.trim().to_owned())
}

fn product_history(db: &TestDb, product: &str) -> Vec<Value> {
    let json = db.ecomctl().args(["-o", "json", "products", "history", product]).ok().json();
    json.as_array().unwrap().clone()
}

fn order_history(db: &TestDb, id: i64) -> Vec<Value> {
    let json = db.ecomctl().args(["-o", "json", "orders", "history", &id.to_string()]).ok().json();
    json.as_array().unwrap().clone()
}

fn actions(events: &[Value]) -> Vec<&str> {
    events.iter().map(|e| e["action"].as_str().unwrap()).collect()
}

fn change(old: Value, new: Value) -> Value {
    json!({"old": old, "new": new})
}

#[test]
fn a_products_changes_are_recorded_with_operator_and_outlive_it() {
    let db = TestDb::new();
    let id = db.product("LAMP-1", "19.99", 10);
    db.ecomctl().args(["products", "update", "LAMP-1", "--price", "24.50"]).setup();
    db.ecomctl().args(["products", "update", "LAMP-1", "--add-stock", "-3"]).setup();
    db.ecomctl().args(["products", "update", "LAMP-1", "--description", "Brass"]).setup();
    db.ecomctl().args(["-y", "products", "delete", "LAMP-1"]).setup();

    // Found by SKU and by id after the product is gone.
    let events = product_history(&db, "LAMP-1");
    assert_eq!(events, product_history(&db, &id.to_string()));
    assert_eq!(actions(&events), ["created", "updated", "updated", "updated", "deleted"]);

    let created = &events[0]["changes"];
    assert_eq!(created["sku"], change(Value::Null, json!("LAMP-1")));
    assert_eq!(created["price"], change(Value::Null, json!("19.99")));
    assert_eq!(created["stock"], change(Value::Null, json!(10)));
    // Only the fields that changed, each old → new.
    assert_eq!(events[1]["changes"], json!({"price": change(json!("19.99"), json!("24.50"))}));
    assert_eq!(events[2]["changes"], json!({"stock": change(json!(10), json!(7))}));
    assert_eq!(events[3]["changes"], json!({"description": change(Value::Null, json!("Brass"))}));
    // The deletion keeps the last values.
    let deleted = &events[4]["changes"];
    assert_eq!(deleted["price"], change(json!("24.50"), Value::Null));
    assert_eq!(deleted["stock"], change(json!(7), Value::Null));
    assert_eq!(deleted["description"], change(json!("Brass"), Value::Null));

    let (user, host) = operator();
    let commands: Vec<&str> = events.iter().map(|e| e["command"].as_str().unwrap()).collect();
    assert_eq!(
        commands,
        [
            "ecomctl products create",
            "ecomctl products update",
            "ecomctl products update",
            "ecomctl products update",
            "ecomctl products delete"
        ]
    );
    for event in &events {
        assert_eq!(event["os_user"], json!(user));
        assert_eq!(event["host"], json!(host));
        assert_eq!(event["db_role"], json!(crate::pg_server::server().user));
        assert_eq!(event["entity"], "product");
        assert_eq!(event["entity_id"], json!(id));
    }

    // The table says the same to a person.
    let table = db.ecomctl().args(["products", "history", "LAMP-1"]).ok().stdout();
    for line in ["price: 19.99 → 24.50", "stock: 10 → 7", "description: — → Brass"] {
        assert!(table.contains(line), "{line:?} missing in:\n{table}");
    }
    let role = &crate::pg_server::server().user;
    assert!(table.contains(&format!("{user}@{host} (role {role})")), "{table}");
}

#[test]
fn since_keeps_the_later_events() {
    let db = TestDb::new();
    db.product("A", "1.00", 1);
    db.ecomctl().args(["products", "update", "A", "--price", "2.00"]).setup();
    db.ecomctl().args(["products", "update", "A", "--price", "3.00"]).setup();
    let events = product_history(&db, "A");
    let second = events[1]["at"].as_str().unwrap();

    let later = db
        .ecomctl()
        .args(["-o", "json", "products", "history", "A", "--since", second])
        .ok()
        .json();
    assert_eq!(actions(later.as_array().unwrap()), ["updated", "updated"]);
    db.ecomctl().args(["products", "history", "A", "--since", "2999-01-01"]).expect(
        0,
        "",
        "no recorded changes of product A in that time (history covers ecomctl's changes \
         from schema version 6 on, and every other writer's from version 11 on)\n",
    );
    db.ecomctl().args(["products", "history", "A", "--since", "yesterday"]).expect(
        4,
        "",
        "error: --since: \"yesterday\" is not a time (use RFC 3339, e.g. 2026-11-25T08:00:00Z, \
         a date 2026-11-25, or an age such as 7d)\n",
    );
}

#[test]
fn an_orders_changes_are_recorded_and_outlive_it() {
    let db = TestDb::new();
    db.product("LAMP-1", "19.99", 10);
    db.product("MUG-1", "5.00", 10);
    let id = db.order("ann@example.com", &["LAMP-1=2"]);
    db.ecomctl()
        .args(["orders", "update", &id.to_string(), "--item", "LAMP-1=1", "--item", "MUG-1=3"])
        .setup();
    db.ecomctl().args(["orders", "set-state", &id.to_string(), "CANCELLED"]).setup();
    db.ecomctl().args(["-y", "orders", "delete", &id.to_string()]).setup();

    let events = order_history(&db, id);
    assert_eq!(actions(&events), ["created", "items", "state", "deleted"]);
    let lamp = |quantity: i64| json!({"sku": "LAMP-1", "name": "LAMP-1 name", "price": "19.99", "quantity": quantity});
    let mugs = json!({"sku": "MUG-1", "name": "MUG-1 name", "price": "5.00", "quantity": 3});

    let created = &events[0]["changes"];
    assert_eq!(created["customer_email"], change(Value::Null, json!("ann@example.com")));
    assert_eq!(created["state"], change(Value::Null, json!("CREATED")));
    assert_eq!(created["total_price"], change(Value::Null, json!("39.98")));
    assert_eq!(created["items"], change(Value::Null, json!([lamp(2)])));
    assert_eq!(
        events[1]["changes"],
        json!({
            "state": change(json!("CREATED"), json!("CHANGED")),
            "total_price": change(json!("39.98"), json!("34.99")),
            "items": change(json!([lamp(2)]), json!([lamp(1), mugs])),
        })
    );
    assert_eq!(
        events[2]["changes"],
        json!({
            "state": change(json!("CHANGED"), json!("CANCELLED")),
            "restocked": change(Value::Null, json!(true)),
        })
    );
    let deleted = &events[3]["changes"];
    assert_eq!(deleted["state"], change(json!("CANCELLED"), Value::Null));
    assert_eq!(deleted["items"], change(json!([lamp(1), mugs]), Value::Null));
    assert_eq!(events[3]["command"], "ecomctl orders delete");

    let table = db.ecomctl().args(["orders", "history", &id.to_string()]).ok().stdout();
    for line in [
        "state: CREATED → CHANGED",
        "items: 2× LAMP-1 name (LAMP-1) at 19.99 → 1× LAMP-1 name (LAMP-1) at 19.99, 3× MUG-1 name (MUG-1) at 5.00",
        "stock returned to the products",
    ] {
        assert!(table.contains(line), "{line:?} missing in:\n{table}");
    }
}

#[test]
fn a_refused_change_records_nothing() {
    let db = TestDb::new();
    db.product("A", "1.00", 2);
    db.ecomctl().args(["products", "update", "A", "--add-stock", "-5"]).expect(
        4,
        "",
        "error: stock of A cannot go below zero: it has 2, --add-stock -5\n",
    );
    db.ecomctl().args(["orders", "create", "--customer-email", "a@b.co", "--item", "A=3"]).expect(
        4,
        "",
        "error: insufficient stock: A (requested 3, available 2)\n",
    );
    let order = db.order("a@b.co", &["A=1"]);
    db.ecomctl().args(["orders", "set-state", &order.to_string(), "DELIVERED"]).expect(
        4,
        "",
        "error: order #1 cannot go from CREATED to DELIVERED (allowed from CREATED: CHANGED, \
         SHIPPED, CANCELLED, FAILED)\n",
    );
    assert_eq!(actions(&product_history(&db, "A")), ["created"]);
    assert_eq!(actions(&order_history(&db, order)), ["created"]);
    assert_eq!(db.int("SELECT count(*) FROM history"), 2);
}

#[test]
fn unknown_products_and_orders_are_not_found() {
    let db = TestDb::new();
    db.ecomctl().args(["products", "history", "NOPE"]).expect(
        3,
        "",
        "error: product NOPE not found, and no history of it\n",
    );
    db.ecomctl().args(["orders", "history", "999"]).expect(
        3,
        "",
        "error: order #999 not found, and no history of it\n",
    );
    // Written by a session that skips the capture (as ecomctl's do, having
    // written their own events): it exists, with nothing recorded.
    db.exec(
        "SET ecomctl.writer = on; \
         INSERT INTO products (sku, name, price, seller_email) VALUES ('SQL-1', 'x', 1, 's@x.co')",
    );
    db.ecomctl().args(["products", "history", "SQL-1"]).expect(
        0,
        "",
        "no recorded changes of product SQL-1 in that time (history covers ecomctl's changes \
         from schema version 6 on, and every other writer's from version 11 on)\n",
    );
}

#[test]
fn imports_record_one_event_naming_their_records_and_each_real_update() {
    let db = TestDb::new();
    let first = "{\"sku\":\"A\",\"name\":\"A\",\"price\":1,\"seller_email\":\"s@x.co\",\"stock\":3}\n\
                 {\"sku\":\"B\",\"name\":\"B\",\"price\":2,\"seller_email\":\"s@x.co\"}\n";
    db.ecomctl().args(["products", "import", "-"]).stdin(first).setup();
    // Again, with A renamed, B as it was and C new.
    let second = "{\"sku\":\"A\",\"name\":\"A2\",\"price\":1,\"seller_email\":\"s@x.co\",\"stock\":3}\n\
                  {\"sku\":\"B\",\"name\":\"B\",\"price\":2,\"seller_email\":\"s@x.co\"}\n\
                  {\"sku\":\"C\",\"name\":\"C\",\"price\":2,\"seller_email\":\"s@x.co\",\"stock\":1}\n";
    db.ecomctl().args(["products", "import", "-", "--on-conflict", "update"]).stdin(second).setup();

    let a = product_history(&db, "A");
    assert_eq!(actions(&a), ["imported", "updated"]);
    assert_eq!(a[0]["import_records"], 2);
    assert_eq!(a[0]["changes"]["source"], change(Value::Null, json!("-")));
    assert_eq!(a[0]["command"], "ecomctl products import");
    assert_eq!(a[1]["changes"], json!({"name": change(json!("A"), json!("A2"))}));
    assert_eq!(actions(&product_history(&db, "B")), ["imported"], "B did not change");
    let c = product_history(&db, "C");
    assert_eq!(actions(&c), ["imported"]);
    assert_eq!(c[0]["import_records"], 1);

    // Orders: one event for the import, found from each order.
    let orders = "{\"customer_email\":\"x@y.co\",\"items\":[{\"sku\":\"A\",\"quantity\":1}]}\n\
                  {\"customer_email\":\"z@y.co\",\"items\":[{\"sku\":\"C\",\"quantity\":1}]}\n";
    db.ecomctl().args(["orders", "import", "-"]).stdin(orders).setup();
    let ids: Vec<i64> = db
        .client()
        .query("SELECT id FROM orders ORDER BY id", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    for id in ids {
        let events = order_history(&db, id);
        assert_eq!(actions(&events), ["imported"]);
        assert_eq!(events[0]["entity_id"], json!(id));
        assert_eq!(events[0]["import_records"], 2);
    }
    assert_eq!(db.int("SELECT count(*) FROM history WHERE entity = 'order'"), 1);

    // A dry run writes no history.
    let before = db.int("SELECT count(*) FROM history");
    let more = "{\"sku\":\"D\",\"name\":\"D\",\"price\":1,\"seller_email\":\"s@x.co\"}\n";
    db.ecomctl().args(["products", "import", "-", "--dry-run"]).stdin(more).expect(
        0,
        "",
        "products: read 1, inserted 1, updated 0, skipped 0, failed 0 (dry run: nothing was \
         written)\n",
    );
    assert_eq!(db.int("SELECT count(*) FROM history"), before);
}

#[test]
fn concurrent_writers_each_record_one_event_in_a_consistent_chain() {
    let db = TestDb::new();
    db.product("HOT", "1.00", 100);
    let writers = 12;
    let children: Vec<_> = (0..writers)
        .map(|i| {
            let delta = if i % 3 == 0 { "-2" } else { "3" };
            db.spawn(["products", "update", "HOT", "--add-stock", delta])
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let events = product_history(&db, "HOT");
    let updates: Vec<&Value> = events.iter().filter(|e| e["action"] == "updated").collect();
    assert_eq!(updates.len(), writers, "one event per writer");
    // Each event's old stock is the previous event's new stock: no writer
    // recorded a value another had already replaced.
    let mut stock = 100;
    for event in updates {
        let recorded = &event["changes"]["stock"];
        assert_eq!(recorded["old"], json!(stock), "{events:#?}");
        stock = recorded["new"].as_i64().unwrap();
    }
    assert_eq!(stock, db.stock("HOT"));
    assert_eq!(stock, 100 + 4 * -2 + 8 * 3);
}
