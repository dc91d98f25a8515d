use crate::harness::TestDb;

fn outbox_has(db: &TestDb, order: i64) -> bool {
    db.int(&format!("SELECT count(*) FROM search_outbox WHERE order_id = {order}")) == 1
}

#[test]
fn create_takes_stock_snapshots_lines_and_computes_an_exact_total() {
    let db = TestDb::new();
    let a = db.product("A", "0.10", 10);
    db.product("B", "0.20", 10);
    let json = db
        .ecomctl()
        .args(["-o", "json", "orders", "create", "--customer-email", "Ann@Example.com"])
        .args([
            "--item",
            "A=2",
            "--item",
            "B",
            "--item",
            &a.to_string(),
            "--external-ref",
            "SHOP-1",
        ])
        .ok()
        .json();
    assert_eq!(json["customer_email"], "ann@example.com");
    assert_eq!(json["state"], "CREATED");
    assert_eq!(json["external_ref"], "SHOP-1");
    assert!(json["closed_at"].is_null());
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 2, "A named twice is merged into one line");
    assert_eq!(items[0]["product_sku"], "A");
    assert_eq!(items[0]["quantity"], 3);
    assert_eq!(items[1]["quantity"], 1);
    assert_eq!(db.text("SELECT total_price::text FROM orders").unwrap(), "0.50");
    assert_eq!(db.stock("A"), 7);
    assert_eq!(db.stock("B"), 9);
    assert!(outbox_has(&db, json["id"].as_i64().unwrap()));
}

#[test]
fn insufficient_stock_names_product_requested_and_available_and_writes_nothing() {
    let db = TestDb::new();
    db.product("A", "1", 2);
    db.product("B", "1", 9);
    db.ecomctl()
        .args(["orders", "create", "--customer-email", "a@b.co", "--item", "A=5", "--item", "B=1"])
        .expect(4, "", "error: insufficient stock: A (requested 5, available 2)\n");
    assert_eq!(db.stock("A"), 2);
    assert_eq!(db.stock("B"), 9);
    assert_eq!(db.int("SELECT count(*) FROM orders"), 0);
    assert_eq!(db.int("SELECT count(*) FROM search_outbox"), 0);
}

#[test]
fn unknown_products_are_not_found() {
    let db = TestDb::new();
    db.product("A", "1", 2);
    db.ecomctl()
        .args([
            "orders",
            "create",
            "--customer-email",
            "a@b.co",
            "--item",
            "A",
            "--item",
            "NOPE",
            "--item",
            "999",
        ])
        .expect(3, "", "error: product NOPE, product #999 not found\n");
    assert_eq!(db.stock("A"), 2);
}

#[test]
fn bad_order_input_is_refused() {
    let db = TestDb::new();
    db.product("A", "1", 2);
    db.ecomctl().args(["orders", "create", "--customer-email", "a@b.co"]).expect(
        2,
        "",
        "error: missing required --item PRODUCT[=QTY] (repeat it for more lines)\n",
    );
    db.ecomctl().args(["orders", "create", "--item", "A"]).expect(
        2,
        "",
        "error: missing required --customer-email\n",
    );
    db.ecomctl().args(["orders", "create", "--customer-email", "a@b.co", "--item", "A=0"]).expect(
        4,
        "",
        "error: --item \"A=0\": quantity 0 is out of range (1 to 1000000)\n",
    );
    db.ecomctl().args(["orders", "create", "--customer-email", "nope", "--item", "A"]).expect(
        4,
        "",
        "error: --customer-email: \"nope\" is not an e-mail address\n",
    );
    assert_eq!(db.int("SELECT count(*) FROM orders"), 0);
}

#[test]
fn external_ref_is_unique() {
    let db = TestDb::new();
    db.product("A", "1", 5);
    let args = [
        "orders",
        "create",
        "--customer-email",
        "a@b.co",
        "--item",
        "A",
        "--external-ref",
        "EXT-9",
    ];
    db.ecomctl().args(args).setup();
    db.ecomctl().args(args).expect(
        4,
        "",
        "error: an order with external ref \"EXT-9\" already exists\n",
    );
    assert_eq!(db.stock("A"), 4, "the refused order took no stock");
}

#[test]
fn lines_keep_their_snapshot_after_the_product_changes() {
    let db = TestDb::new();
    db.product("A", "10.00", 5);
    let order = db.order("a@b.co", &["A=2"]);
    db.ecomctl().args(["products", "update", "A", "--name", "Renamed", "--price", "99"]).setup();
    let json = db.ecomctl().args(["-o", "json", "orders", "get", &order.to_string()]).ok().json();
    assert_eq!(json["items"][0]["product_name"], "A name");
    assert_eq!(json["items"][0]["product_price"].as_f64(), Some(10.0));
    assert_eq!(json["total_price"].as_f64(), Some(20.0));
}

#[test]
fn get_shows_lines_and_missing_orders_are_not_found() {
    let db = TestDb::new();
    db.product("A", "2.50", 5);
    let order = db.order("a@b.co", &["A=2"]);
    db.ecomctl().args(["orders", "get", &order.to_string()]).expect_masked(
        0,
        "┌──────────────┬──────────────────┐\n\
         │ id           ┆ 1                │\n\
         │ external ref ┆ —                │\n\
         │ customer     ┆ a@b.co           │\n\
         │ state        ┆ CREATED          │\n\
         │ total        ┆ 5.00             │\n\
         │ created      ┆ YYYY-MM-DD hh:mm │\n\
         │ updated      ┆ YYYY-MM-DD hh:mm │\n\
         │ closed       ┆ —                │\n\
         └──────────────┴──────────────────┘\n\
         ┌─────────┬─────┬────────┬───────┬─────┬──────────┐\n\
         │ product ┆ sku ┆ name   ┆ price ┆ qty ┆ subtotal │\n\
         ╞═════════╪═════╪════════╪═══════╪═════╪══════════╡\n\
         │ 1       ┆ A   ┆ A name ┆  2.50 ┆   2 ┆     5.00 │\n\
         └─────────┴─────┴────────┴───────┴─────┴──────────┘\n",
        "",
    );
    db.ecomctl().args(["orders", "get", "999"]).expect(3, "", "error: order #999 not found\n");
}

#[test]
fn list_filters_by_state_customer_and_time_and_pages() {
    let db = TestDb::new();
    db.product("A", "1", 100);
    let o1 = db.order("ann@example.com", &["A"]);
    let o2 = db.order("bob@example.com", &["A"]);
    let o3 = db.order("ann@example.com", &["A"]);
    db.ecomctl().args(["orders", "set-state", &o2.to_string(), "shipped"]).setup();
    db.exec(&format!("UPDATE orders SET created_at = '2026-01-15T10:00:00Z' WHERE id = {o1}"));

    let ids = |args: &[&str]| -> Vec<i64> {
        let mut all = vec!["-o", "json", "orders", "list"];
        all.extend(args);
        db.ecomctl()
            .args(&all)
            .ok()
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(&[]), vec![o1, o2, o3]);
    assert_eq!(ids(&["--state", "SHIPPED"]), vec![o2]);
    assert_eq!(ids(&["--state", "created", "--state", "shipped"]), vec![o1, o2, o3]);
    assert_eq!(ids(&["--customer-email", "ann@example.com"]), vec![o1, o3]);
    assert_eq!(ids(&["--until", "2026-02-01"]), vec![o1]);
    assert_eq!(ids(&["--since", "2026-01-15T10:00:01Z"]), vec![o2, o3]);
    assert_eq!(ids(&["--limit", "1", "--after", &o1.to_string()]), vec![o2]);
    db.ecomctl().args(["orders", "list", "--state", "LOST"]).expect(
        4,
        "",
        "error: --state: \"LOST\" is not an order state (expected one of CREATED, CHANGED, \
         SHIPPED, DELIVERED, CANCELLED, FAILED, REFUNDED)\n",
    );
    db.ecomctl().args(["orders", "list", "--since", "yesterday"]).expect(
        4,
        "",
        "error: --since: \"yesterday\" is not a time (use RFC 3339, e.g. \
         2026-11-25T08:00:00Z, a date 2026-11-25, or an age such as 7d)\n",
    );
}

#[test]
fn update_replaces_items_moves_stock_and_marks_changed() {
    let db = TestDb::new();
    db.product("A", "1.00", 10);
    db.product("B", "2.00", 10);
    db.product("C", "3.00", 1);
    let order = db.order("a@b.co", &["A=4", "B=1"]);
    db.exec("DELETE FROM search_outbox");
    let json = db
        .ecomctl()
        .args([
            "-o",
            "json",
            "orders",
            "update",
            &order.to_string(),
            "--item",
            "A=1",
            "--item",
            "C",
        ])
        .ok()
        .json();
    assert_eq!(json["state"], "CHANGED");
    assert_eq!(json["total_price"].as_f64(), Some(4.0));
    assert_eq!(json["items"].as_array().unwrap().len(), 2);
    assert_eq!((db.stock("A"), db.stock("B"), db.stock("C")), (9, 10, 0));
    assert!(outbox_has(&db, order));

    // Raising a line counts the order's own units as available.
    db.ecomctl()
        .args(["orders", "update", &order.to_string(), "--item", "A=10", "--item", "C"])
        .expect_masked(
            0,
            "┌──────────────┬──────────────────┐\n\
             │ id           ┆ 1                │\n\
             │ external ref ┆ —                │\n\
             │ customer     ┆ a@b.co           │\n\
             │ state        ┆ CHANGED          │\n\
             │ total        ┆ 13.00            │\n\
             │ created      ┆ YYYY-MM-DD hh:mm │\n\
             │ updated      ┆ YYYY-MM-DD hh:mm │\n\
             │ closed       ┆ —                │\n\
             └──────────────┴──────────────────┘\n\
             ┌─────────┬─────┬────────┬───────┬─────┬──────────┐\n\
             │ product ┆ sku ┆ name   ┆ price ┆ qty ┆ subtotal │\n\
             ╞═════════╪═════╪════════╪═══════╪═════╪══════════╡\n\
             │ 1       ┆ A   ┆ A name ┆  1.00 ┆  10 ┆    10.00 │\n\
             │ 3       ┆ C   ┆ C name ┆  3.00 ┆   1 ┆     3.00 │\n\
             └─────────┴─────┴────────┴───────┴─────┴──────────┘\n",
            "",
        );
    assert_eq!(db.stock("A"), 0);
    db.ecomctl().args(["orders", "update", &order.to_string(), "--item", "A=11"]).expect(
        4,
        "",
        "error: insufficient stock: A (requested 11, available 10)\n",
    );
    assert_eq!((db.stock("A"), db.stock("C")), (0, 0), "a refused update changes nothing");
}

#[test]
fn update_is_refused_once_shipped() {
    let db = TestDb::new();
    db.product("A", "1", 10);
    let order = db.order("a@b.co", &["A"]);
    db.ecomctl().args(["orders", "set-state", &order.to_string(), "SHIPPED"]).setup();
    db.ecomctl().args(["orders", "update", &order.to_string(), "--item", "A=2"]).expect(
        4,
        "",
        &format!(
            "error: order #{order} is SHIPPED: its items can only be replaced while it is \
             CREATED or CHANGED\n"
        ),
    );
    assert_eq!(db.stock("A"), 9);
    db.ecomctl().args(["orders", "update", "999", "--item", "A"]).expect(
        3,
        "",
        "error: order #999 not found\n",
    );
}

#[test]
fn set_state_follows_the_transition_table() {
    let db = TestDb::new();
    db.product("A", "1", 10);
    let order = db.order("a@b.co", &["A=3"]);
    let id = order.to_string();
    let set = |state: &str| db.ecomctl().args(["-o", "json", "orders", "set-state", &id, state]);

    let run = set("DELIVERED").run();
    assert_eq!(run.code(), 4);
    assert!(run.stderr().contains("cannot go from CREATED to DELIVERED"));
    // CHANGED is not set by hand: replacing the items makes an order CHANGED.
    set("CHANGED").expect(
        4,
        "",
        "error: an order becomes CHANGED when its items are replaced: use `ecomctl orders update \
         ID --item …`\n",
    );

    let shipped = set("shipped").ok();
    assert!(shipped.json()["closed_at"].is_null());
    let delivered = set("DELIVERED").ok().json();
    assert_eq!(delivered["state"], "DELIVERED");
    assert!(delivered["closed_at"].is_string(), "DELIVERED closes the order");
    assert_eq!(db.stock("A"), 7, "delivery does not restock");
    let refunded = set("REFUNDED").ok().json();
    assert_eq!(refunded["state"], "REFUNDED");
    assert_eq!(db.stock("A"), 10, "REFUNDED puts the quantities back");
    let run = set("CANCELLED").run();
    assert_eq!(run.code(), 4);
    assert!(run.stderr().contains("REFUNDED is final"));
}

#[test]
fn cancelled_restocks_and_failed_after_shipping_does_not() {
    let db = TestDb::new();
    db.product("A", "1", 10);
    let cancelled = db.order("a@b.co", &["A=2"]);
    let failed_early = db.order("a@b.co", &["A=3"]);
    let failed_late = db.order("a@b.co", &["A=4"]);
    assert_eq!(db.stock("A"), 1);

    db.ecomctl().args(["orders", "set-state", &cancelled.to_string(), "CANCELLED"]).expect_masked(
        0,
        "┌──────────────┬──────────────────┐\n\
         │ id           ┆ 1                │\n\
         │ external ref ┆ —                │\n\
         │ customer     ┆ a@b.co           │\n\
         │ state        ┆ CANCELLED        │\n\
         │ total        ┆ 2.00             │\n\
         │ created      ┆ YYYY-MM-DD hh:mm │\n\
         │ updated      ┆ YYYY-MM-DD hh:mm │\n\
         │ closed       ┆ YYYY-MM-DD hh:mm │\n\
         └──────────────┴──────────────────┘\n\
         ┌─────────┬─────┬────────┬───────┬─────┬──────────┐\n\
         │ product ┆ sku ┆ name   ┆ price ┆ qty ┆ subtotal │\n\
         ╞═════════╪═════╪════════╪═══════╪═════╪══════════╡\n\
         │ 1       ┆ A   ┆ A name ┆  1.00 ┆   2 ┆     2.00 │\n\
         └─────────┴─────┴────────┴───────┴─────┴──────────┘\n",
        "",
    );
    assert_eq!(db.stock("A"), 3);
    db.ecomctl().args(["orders", "set-state", &failed_early.to_string(), "FAILED"]).expect_masked(
        0,
        "┌──────────────┬──────────────────┐\n\
         │ id           ┆ 2                │\n\
         │ external ref ┆ —                │\n\
         │ customer     ┆ a@b.co           │\n\
         │ state        ┆ FAILED           │\n\
         │ total        ┆ 3.00             │\n\
         │ created      ┆ YYYY-MM-DD hh:mm │\n\
         │ updated      ┆ YYYY-MM-DD hh:mm │\n\
         │ closed       ┆ YYYY-MM-DD hh:mm │\n\
         └──────────────┴──────────────────┘\n\
         ┌─────────┬─────┬────────┬───────┬─────┬──────────┐\n\
         │ product ┆ sku ┆ name   ┆ price ┆ qty ┆ subtotal │\n\
         ╞═════════╪═════╪════════╪═══════╪═════╪══════════╡\n\
         │ 1       ┆ A   ┆ A name ┆  1.00 ┆   3 ┆     3.00 │\n\
         └─────────┴─────┴────────┴───────┴─────┴──────────┘\n",
        "",
    );
    assert_eq!(db.stock("A"), 6, "FAILED before shipping returns the goods");
    db.ecomctl().args(["orders", "set-state", &failed_late.to_string(), "SHIPPED"]).expect_masked(
        0,
        "┌──────────────┬──────────────────┐\n\
         │ id           ┆ 3                │\n\
         │ external ref ┆ —                │\n\
         │ customer     ┆ a@b.co           │\n\
         │ state        ┆ SHIPPED          │\n\
         │ total        ┆ 4.00             │\n\
         │ created      ┆ YYYY-MM-DD hh:mm │\n\
         │ updated      ┆ YYYY-MM-DD hh:mm │\n\
         │ closed       ┆ —                │\n\
         └──────────────┴──────────────────┘\n\
         ┌─────────┬─────┬────────┬───────┬─────┬──────────┐\n\
         │ product ┆ sku ┆ name   ┆ price ┆ qty ┆ subtotal │\n\
         ╞═════════╪═════╪════════╪═══════╪═════╪══════════╡\n\
         │ 1       ┆ A   ┆ A name ┆  1.00 ┆   4 ┆     4.00 │\n\
         └─────────┴─────┴────────┴───────┴─────┴──────────┘\n",
        "",
    );
    db.ecomctl().args(["orders", "set-state", &failed_late.to_string(), "FAILED"]).expect_masked(
        0,
        "┌──────────────┬──────────────────┐\n\
         │ id           ┆ 3                │\n\
         │ external ref ┆ —                │\n\
         │ customer     ┆ a@b.co           │\n\
         │ state        ┆ FAILED           │\n\
         │ total        ┆ 4.00             │\n\
         │ created      ┆ YYYY-MM-DD hh:mm │\n\
         │ updated      ┆ YYYY-MM-DD hh:mm │\n\
         │ closed       ┆ YYYY-MM-DD hh:mm │\n\
         └──────────────┴──────────────────┘\n\
         ┌─────────┬─────┬────────┬───────┬─────┬──────────┐\n\
         │ product ┆ sku ┆ name   ┆ price ┆ qty ┆ subtotal │\n\
         ╞═════════╪═════╪════════╪═══════╪═════╪══════════╡\n\
         │ 1       ┆ A   ┆ A name ┆  1.00 ┆   4 ┆     4.00 │\n\
         └─────────┴─────┴────────┴───────┴─────┴──────────┘\n",
        "",
    );
    assert_eq!(db.stock("A"), 6, "FAILED after SHIPPED does not restock");
    assert_eq!(db.int("SELECT count(*) FROM orders WHERE closed_at IS NOT NULL"), 3);
    db.ecomctl().args(["orders", "set-state", "999", "SHIPPED"]).expect(
        3,
        "",
        "error: order #999 not found\n",
    );
}

#[test]
fn delete_requires_yes_restocks_only_on_request_and_enqueues() {
    let db = TestDb::new();
    db.product("A", "1", 10);
    let kept_stock = db.order("a@b.co", &["A=2"]);
    let restocked = db.order("a@b.co", &["A=3"]);
    assert_eq!(db.stock("A"), 5);

    db.ecomctl().args(["orders", "delete", &kept_stock.to_string()]).expect(
        2,
        "",
        &format!(
            "error: refusing to delete 1 order(s): #{kept_stock} a@b.co CREATED 2.00 without \
             confirmation: pass --yes (there is no terminal to ask on)\n"
        ),
    );
    assert_eq!(db.int("SELECT count(*) FROM orders"), 2);

    db.ecomctl().args(["orders", "delete", "--yes", &kept_stock.to_string()]).expect(
        0,
        "",
        "deleted 1 order(s)\n",
    );
    assert_eq!(db.stock("A"), 5, "no --restock, no stock change");
    db.ecomctl().args(["orders", "delete", "--yes", "--restock", &restocked.to_string()]).expect(
        0,
        "",
        "deleted 1 order(s), 3 unit(s) back in stock\n",
    );
    assert_eq!(db.stock("A"), 8);
    assert_eq!(db.int("SELECT count(*) FROM orders"), 0);
    assert_eq!(db.int("SELECT count(*) FROM order_items"), 0);
    assert!(
        outbox_has(&db, kept_stock) && outbox_has(&db, restocked),
        "deletions go to the outbox"
    );
}

#[test]
fn delete_with_a_missing_id_deletes_nothing() {
    let db = TestDb::new();
    db.product("A", "1", 10);
    let order = db.order("a@b.co", &["A"]);
    db.ecomctl().args(["orders", "delete", "-y", &order.to_string(), "999"]).expect(
        3,
        "",
        "error: order #999 not found\n",
    );
    assert_eq!(db.int("SELECT count(*) FROM orders"), 1);
}

#[test]
fn database_constraints_back_up_the_rules() {
    let db = TestDb::new();
    db.product("A", "1", 1);
    let mut client = db.client();
    for sql in [
        "UPDATE products SET stock = -1",
        "UPDATE products SET price = -0.01",
        "INSERT INTO products (sku, name, seller_email, price) VALUES ('A', 'dup', 'a@b.co', 1)",
        "INSERT INTO orders (customer_email, total_price, state) VALUES ('a@b.co', 0, 'LOST')",
        "INSERT INTO orders (customer_email, total_price, state) VALUES ('a@b.co', 0, 'DELIVERED')",
    ] {
        assert!(client.batch_execute(sql).is_err(), "{sql} should violate a constraint");
    }
    let order = db.order("a@b.co", &["A"]);
    assert!(
        client
            .batch_execute(&format!("UPDATE order_items SET quantity = 0 WHERE order_id = {order}"))
            .is_err()
    );
}
