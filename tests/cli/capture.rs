//! Every writer counts (migration V11): what the shop's own application, a
//! DBA in psql or a `COPY` writes through plain SQL is queued for search,
//! recorded in history and seen by the live feed — with the writer's role
//! and application — while ecomctl's own sessions are not captured twice.

use std::io::Write;

use serde_json::Value;

use crate::harness::TestDb;
use crate::search_harness::Env;

/// Another application's role: may write the shop's tables and nothing
/// else (no right on history or the outbox), connecting with its own
/// application_name. Dropped with the test.
struct Writer<'a> {
    db: &'a TestDb,
    role: String,
}

impl<'a> Writer<'a> {
    fn new(db: &'a TestDb) -> Self {
        let role = format!("{}_app", db.name());
        db.exec(&format!(
            "CREATE ROLE \"{role}\" LOGIN PASSWORD 'storefront-secret'; \
             GRANT SELECT, INSERT, UPDATE, DELETE ON orders, order_items, products TO \"{role}\"; \
             GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO \"{role}\""
        ));
        Writer { db, role }
    }

    /// A session of the storefront application.
    fn client(&self) -> postgres::Client {
        let mut config: postgres::Config = self.db.url().parse().unwrap();
        config.user(&self.role).password("storefront-secret").application_name("storefront");
        config.connect(postgres::NoTls).unwrap()
    }

    fn exec(&self, sql: &str) {
        self.client().batch_execute(sql).unwrap();
    }

    fn int(&self, sql: &str) -> i64 {
        self.client().query_one(sql, &[]).unwrap().get(0)
    }
}

impl Drop for Writer<'_> {
    fn drop(&mut self) {
        self.db.exec(&format!("DROP OWNED BY \"{0}\"; DROP ROLE \"{0}\"", self.role));
    }
}

fn queued(env: &Env, id: i64) -> bool {
    env.db.int(&format!("SELECT count(*) FROM search_outbox WHERE order_id = {id}")) == 1
}

/// Each history event of an order as (action, role, command).
fn history(env: &Env, id: i64) -> Vec<(String, String, String)> {
    let events = env.ok(&["-o", "ndjson", "orders", "history", &id.to_string()]).ndjson();
    let text = |event: &Value, key: &str| event[key].as_str().unwrap_or_default().to_owned();
    events
        .iter()
        .map(|event| (text(event, "action"), text(event, "db_role"), text(event, "command")))
        .collect()
}

#[test]
fn another_applications_inserts_updates_and_deletes_are_queued_recorded_and_searchable() {
    let env = Env::new();
    env.db.product("A", "2.50", 10);
    env.setup(&["index", "setup"]);
    let shop = Writer::new(&env.db);
    let sql = |what: &str| (what.to_owned(), shop.role.clone(), "sql: storefront".to_owned());

    let id = shop.int(
        "WITH o AS (INSERT INTO orders (customer_email, total_price) \
                    VALUES ('shopper@example.com', 5.00) RETURNING id), \
              i AS (INSERT INTO order_items (order_id, product_id, product_sku, product_name, \
                                             product_price, quantity) \
                    SELECT o.id, p.id, p.sku, p.name, p.price, 2 FROM o, products p \
                    WHERE p.sku = 'A') \
         SELECT id FROM o",
    );
    assert!(queued(&env, id), "the new order is queued for search");
    env.setup(&["sync"]);
    let doc = env.search.document(id).expect("searchable after sync");
    assert_eq!(doc["customer_email"], "shopper@example.com");
    assert_eq!(doc["items"][0]["product_sku"], "A");
    assert_eq!(doc["item_count"], 2);

    shop.exec(&format!("UPDATE orders SET state = 'SHIPPED' WHERE id = {id}"));
    assert!(queued(&env, id));
    env.setup(&["sync"]);
    assert_eq!(env.search.document(id).unwrap()["state"], "SHIPPED");
    env.ok(&["search", "--state", "SHIPPED", "-o", "ndjson"])
        .stdout_has(&["\"customer_email\":\"shopper@example.com\""]);

    shop.exec(&format!("DELETE FROM orders WHERE id = {id}"));
    assert!(queued(&env, id));
    env.setup(&["sync"]);
    assert!(env.search.document(id).is_none(), "deleted from the index");
    env.index_check_matches(0);

    // Who did it: the role and application, as the server knows them (the
    // lines written in the order's transaction are part of its `created`).
    assert_eq!(history(&env, id), [sql("created"), sql("state"), sql("deleted")]);
    // ecomctl's own writes are not captured twice: one event, its own.
    let own = env.order("own@example.com", &["A"]);
    assert_eq!(
        history(&env, own),
        [("created".into(), "postgres".into(), "ecomctl orders create".into())]
    );
}

#[test]
fn orders_watch_prints_what_another_application_writes() {
    let env = Env::new();
    env.db.product("A", "1.00", 10);
    let shop = Writer::new(&env.db);
    let (mut watcher, events) = crate::watch::start(&env.db, &[]);
    let next = || crate::watch::next_event(&events);

    let id = shop.int(
        "INSERT INTO orders (customer_email, total_price) VALUES ('w@example.com', 0) RETURNING id",
    );
    let event = next();
    assert_eq!(
        (event["event"].as_str(), event["order"]["id"].as_i64()),
        (Some("created"), Some(id))
    );
    shop.exec(&format!("UPDATE orders SET state = 'SHIPPED' WHERE id = {id}"));
    let event = next();
    assert_eq!(
        (event["event"].as_str(), event["order"]["state"].as_str()),
        (Some("state"), Some("SHIPPED"))
    );
    watcher.kill().unwrap();
    watcher.wait().unwrap();
}

#[test]
fn a_product_deleted_by_sql_updates_the_documents_of_its_orders() {
    let env = Env::new();
    env.db.product("A", "1.00", 10);
    env.db.product("B", "2.00", 10);
    let with_a = env.order("a@example.com", &["A", "B"]);
    let without = env.order("b@example.com", &["B"]);
    env.setup(&["sync"]);
    assert!(env.search.document(with_a).unwrap()["items"][0]["product_id"].is_i64());

    let shop = Writer::new(&env.db);
    shop.exec("DELETE FROM products WHERE sku = 'A'");
    assert!(queued(&env, with_a), "the order whose line lost its product");
    assert!(!queued(&env, without), "an order without that product is untouched");
    env.setup(&["sync"]);
    let doc = env.search.document(with_a).unwrap();
    assert_eq!(doc["items"][0]["product_sku"], "A", "the line keeps its snapshot");
    assert!(doc["items"][0]["product_id"].is_null(), "{doc}");
    env.index_check_matches(2);
}

#[test]
fn a_copy_of_orders_by_another_writer_is_captured_in_one_event() {
    let env = Env::new();
    env.setup(&["index", "setup"]);
    let shop = Writer::new(&env.db);
    let mut client = shop.client();
    let mut copy = client.copy_in("COPY orders (customer_email, total_price) FROM STDIN").unwrap();
    for i in 0..600 {
        writeln!(copy, "copy{i}@example.com\t0").unwrap();
    }
    copy.finish().unwrap();

    assert_eq!(env.outbox(), 600);
    assert_eq!(
        env.db.int("SELECT count(*) FROM history WHERE command = 'sql: storefront'"),
        1,
        "one event for the statement (over 500 rows), naming its orders"
    );
    assert_eq!(
        env.db.int(
            "SELECT cardinality(entity_ids)::bigint FROM history WHERE command = 'sql: storefront'"
        ),
        600
    );
    // Lines for all of them in one statement: one `items` event too, shown
    // as such (not as an import).
    shop.exec(
        "INSERT INTO order_items (order_id, product_sku, product_name, product_price, quantity) \
         SELECT id, 'SQL-LINE', 'A line', 1.00, 1 FROM orders",
    );
    let first = env.db.int("SELECT min(id) FROM orders");
    let events = env.ok(&["-o", "ndjson", "orders", "history", &first.to_string()]).ndjson();
    assert_eq!(events.len(), 2);
    assert_eq!(events[0]["action"], "imported");
    assert_eq!(events[0]["import_records"], 600);
    assert_eq!(events[1]["action"], "items");
    assert_eq!(events[1]["import_records"], Value::Null);
    assert_eq!(events[1]["changes"]["lines_inserted"]["new"], 600, "{}", events[1]);
    env.setup(&["sync"]);
    env.index_check_matches(600);
}

#[test]
fn doctor_says_capture_is_on_until_a_trigger_is_disabled() {
    let env = Env::new();
    env.setup(&["index", "setup"]);
    env.ok(&["doctor"]).stdout_has(&[
        "│ ok ┆ capture     ┆ installed and enabled: every writer's changes reach search and \
         history ",
    ]);
    env.db.exec("ALTER TABLE orders DISABLE TRIGGER capture_orders_update");
    let checks = env.cmd().args(["-o", "json", "doctor"]).status(4).json();
    let capture = checks.as_array().unwrap().iter().find(|c| c["check"] == "capture").unwrap();
    assert_eq!(
        capture,
        &serde_json::json!({
            "check": "capture",
            "status": "fail",
            "detail": "disabled (or replica-only): capture_orders_update; changes made outside \
                       ecomctl do not reach search or history",
            "suggestion": "ALTER TABLE … ENABLE TRIGGER …; then `ecomctl index check --repair`"
        })
    );
}
