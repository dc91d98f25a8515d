//! `products update` over a selection, and the relative forms of --price
//! and --stock (for one product too): each product gets its own result,
//! rounded half away from zero to the cent; a product a change would take
//! below zero is refused, with why; one history event per product.

use crate::harness::TestDb;

/// Products of two sellers: LAMP (10.10, 5), MUG (2.00, 1) of acme; DESK
/// (100.00, 3) of other.
fn catalogue() -> TestDb {
    let db = TestDb::new();
    for (sku, price, stock, seller) in [
        ("LAMP", "10.10", "5", "acme@example.com"),
        ("MUG", "2.00", "1", "acme@example.com"),
        ("DESK", "100.00", "3", "other@example.com"),
    ] {
        db.ecomctl()
            .args(["products", "create", "--sku", sku, "--name", &format!("{sku} name")])
            .args(["--price", price, "--stock", stock, "--seller-email", seller])
            .setup();
    }
    db
}

fn prices(db: &TestDb) -> String {
    db.text("SELECT string_agg(sku || '=' || price || '/' || stock, ' ' ORDER BY id) FROM products")
        .unwrap()
}

#[test]
fn a_sellers_prices_go_up_five_percent_after_a_dry_run() {
    let db = catalogue();
    let history = db.int("SELECT count(*) FROM history");
    db.ecomctl()
        .args(["products", "update", "--seller", "acme@example.com", "--price", "+5%", "--dry-run"])
        .expect(
            0,
            "2 product(s) selected: 2 to update\n\
         ┌────┬──────┬───────────┬───────┬───────────┬───────┬───────────┐\n\
         │ id ┆ sku  ┆ name      ┆ price ┆ new price ┆ stock ┆ new stock │\n\
         ╞════╪══════╪═══════════╪═══════╪═══════════╪═══════╪═══════════╡\n\
         │ 1  ┆ LAMP ┆ LAMP name ┆ 10.10 ┆     10.61 ┆     5 ┆         5 │\n\
         │ 2  ┆ MUG  ┆ MUG name  ┆  2.00 ┆      2.10 ┆     1 ┆         1 │\n\
         └────┴──────┴───────────┴───────┴───────────┴───────┴───────────┘\n",
            "dry run: nothing was changed\n",
        );
    assert_eq!(prices(&db), "LAMP=10.10/5 MUG=2.00/1 DESK=100.00/3");
    assert_eq!(db.int("SELECT count(*) FROM history"), history);
    db.ecomctl()
        .args(["products", "update", "--seller", "acme@example.com", "--price", "+5%", "--yes"])
        .expect(0, "2 product(s) selected: 2 updated\n", "updated 2 product(s)\n");
    assert_eq!(prices(&db), "LAMP=10.61/5 MUG=2.10/1 DESK=100.00/3");
    let event = db
        .ecomctl()
        .args(["-o", "json", "products", "history", "LAMP"])
        .ok()
        .json()
        .as_array()
        .and_then(|events| events.last().cloned())
        .unwrap();
    assert_eq!(event["changes"], serde_json::json!({"price": {"old": "10.10", "new": "10.61"}}));
    assert_eq!(event["command"], "ecomctl products update");
    assert_eq!(db.int("SELECT count(*) FROM history"), history + 2);
}

#[test]
fn a_product_a_change_would_take_below_zero_is_refused_and_each_changes_the_rest() {
    let db = catalogue();
    let change = ["products", "update", "--all", "--stock", "-2", "--price", "-2.50", "--yes"];
    db.ecomctl().args(change).expect(
        4,
        "3 product(s) selected: nothing changed, 1 refused\n\
         refused:\n\
         \x20 product #2 (MUG): price 2.00 -2.50 would be -0.50, below zero\n",
        "error: 1 of 3 product(s) refused: nothing was changed (--each would update the 2 \
         others)\n",
    );
    assert_eq!(prices(&db), "LAMP=10.10/5 MUG=2.00/1 DESK=100.00/3", "atomic: nothing changed");
    db.ecomctl().args(change).arg("--each").expect(
        4,
        "3 product(s) selected: 2 updated, 1 refused\n\
         refused:\n\
         \x20 product #2 (MUG): price 2.00 -2.50 would be -0.50, below zero\n",
        "updated 2 product(s)\n\
         error: 1 of 3 product(s) refused: the 2 others were updated\n",
    );
    assert_eq!(prices(&db), "LAMP=7.60/3 MUG=2.00/1 DESK=97.50/1");
    let json = db
        .ecomctl()
        .args(["-o", "json", "products", "update", "--all", "--stock", "-2", "--dry-run"])
        .status(4)
        .json();
    assert_eq!(json["refused"][0]["reason"], "stock 1 -2 would be -1, below zero");
    assert_eq!(json["changes"][0]["stock"], serde_json::json!({"old": 3, "new": 1}));
    assert_eq!(json["changes"][0]["price"], serde_json::json!({"old": 7.6, "new": 7.6}));
}

#[test]
fn one_products_price_and_stock_take_the_relative_forms_too() {
    let db = catalogue();
    let json = db
        .ecomctl()
        .args(["-o", "json", "products", "update", "LAMP", "--price", "-10%"])
        .ok()
        .json();
    assert_eq!(json["price"], 9.09);
    let json = db
        .ecomctl()
        .args(["-o", "json", "products", "update", "LAMP", "--stock", "+7"])
        .ok()
        .json();
    assert_eq!(json["stock"], 12);
    db.ecomctl().args(["products", "update", "MUG", "--stock", "-2"]).expect(
        4,
        "",
        "error: stock of MUG cannot go below zero: it has 1, --stock -2\n",
    );
    db.ecomctl().args(["products", "update", "MUG", "--price", "-2.01"]).expect(
        4,
        "",
        "error: MUG: price 2.00 -2.01 would be -0.01, below zero\n",
    );
    db.ecomctl().args(["products", "update", "MUG", "--price", "5%"]).expect(
        4,
        "",
        "error: --price: \"5%\" needs a sign: +5% raises prices, -5% lowers them\n",
    );
    let json =
        db.ecomctl().args(["-o", "json", "products", "update", "MUG", "--price", "7"]).ok().json();
    assert_eq!(json["price"], 7.0, "without a sign, the price is set");
    assert_eq!(prices(&db), "LAMP=9.09/12 MUG=7.00/1 DESK=100.00/3");
}

#[test]
fn a_selection_is_needed_and_seller_email_sets_rather_than_selects() {
    let db = catalogue();
    db.ecomctl()
        .args(["products", "update", "--seller-email", "acme@example.com", "--price", "+5%"])
        .expect(
            2,
            "",
            "error: name the products: give one PRODUCT, or select them with --seller, --search, \
         --ids-from FILE or --all (--seller-email sets a new seller: it does not select)\n",
        );
    db.ecomctl().args(["products", "update", "--all", "--price", "+1%"]).expect(
        2,
        "",
        "error: refusing to update the selected products without confirmation: pass --yes (there \
         is no terminal to ask on)\n",
    );
    db.ecomctl().args(["products", "update", "--all", "--stock", "+1", "--max", "2", "-y"]).expect(
        2,
        "",
        "error: the selection holds 3 product(s), more than --max 2: narrow it, or pass --max 3 \
         if that is meant; nothing was changed\n",
    );
    // --search selects by SKU or name; --stocked-at is set alike on each.
    db.ecomctl()
        .args([
            "products",
            "update",
            "--search",
            "lamp",
            "--stocked-at",
            "Lyon",
            "--stock",
            "0",
            "-y",
        ])
        .expect(0, "1 product(s) selected: 1 updated\n", "updated 1 product(s)\n");
    assert_eq!(db.text("SELECT stocked_at FROM products WHERE sku = 'LAMP'").unwrap(), "Lyon");
    assert_eq!(prices(&db), "LAMP=10.10/0 MUG=2.00/1 DESK=100.00/3");
    db.ecomctl().args(["products", "update", "--search", "lamp", "--stock", "0", "-y"]).expect(
        0,
        "1 product(s) selected: 0 updated, 1 unchanged\n",
        "updated 0 product(s)\n",
    );
    assert_eq!(
        db.int("SELECT count(*) FROM history WHERE entity = 'product' AND action = 'updated'"),
        1,
        "a product left as it was gets no event"
    );
}
