use crate::harness::{TestDb, product_shown};

#[test]
fn create_prints_the_product_with_exact_price() {
    let db = TestDb::new();
    let json = db
        .ecomctl()
        .args(["-o", "json", "products", "create", "--sku", "LAMP-1", "--name", "Desk lamp"])
        .args(["--price", "24.90", "--stock", "10", "--seller-email", "Shop@Example.com"])
        .args(["--description", "Warm light", "--manufacturer", "Lumo", "--stocked-at", "A-3"])
        .ok()
        .json();
    assert_eq!(json["sku"], "LAMP-1");
    assert_eq!(json["name"], "Desk lamp");
    assert_eq!(json["price"].as_f64(), Some(24.9), "price is a JSON number");
    assert_eq!(json["stock"], 10);
    assert_eq!(json["seller_email"], "shop@example.com");
    assert_eq!(json["description"], "Warm light");
    assert_eq!(json["manufacturer"], "Lumo");
    assert_eq!(json["stocked_at"], "A-3");
    assert!(json["created_at"].as_str().unwrap().contains('T'));
    assert_eq!(db.text("SELECT price::text FROM products WHERE sku = 'LAMP-1'").unwrap(), "24.90");
}

#[test]
fn table_output_goes_to_stdout_and_shows_the_fields() {
    let db = TestDb::new();
    db.product("MUG-1", "7", 3);
    db.ecomctl().args(["products", "get", "MUG-1"]).expect_masked(
        0,
        &product_shown("MUG-1", "7.00", 3),
        "",
    );
}

#[test]
fn duplicate_sku_is_rejected() {
    let db = TestDb::new();
    db.product("DUP", "1", 1);
    db.ecomctl()
        .args([
            "products",
            "create",
            "--sku",
            "DUP",
            "--name",
            "x",
            "--price",
            "1",
            "--seller-email",
            "a@b.co",
        ])
        .expect(
            4,
            "",
            "error: a product with SKU DUP already exists (use `ecomctl products update DUP` to change it)\n",
        );
    assert_eq!(db.int("SELECT count(*) FROM products"), 1);
}

#[test]
fn invalid_values_are_rejected_naming_the_flag() {
    let db = TestDb::new();
    let cases: &[(&[&str], &str)] = &[
        (&["--price", "-1"], "--price: amount -1 must not be negative"),
        (&["--price", "1.001"], "--price: amount 1.001 has more than 2 decimal places"),
        (&["--price", "abc"], "--price: \"abc\" is not a decimal amount"),
        (
            &["--seller-email", "not-an-email"],
            "--seller-email: \"not-an-email\" is not an e-mail address",
        ),
        (
            &["--sku", "has space"],
            "--sku: SKU \"has space\" must not contain spaces or control characters",
        ),
        (&["--stock", "-3"], "--stock: stock -3 is out of range (0 to 2147483647)"),
        (&["--name", "   "], "--name: name must not be empty"),
    ];
    for (override_args, message) in cases {
        let mut args = vec!["products", "create"];
        let defaults =
            [("--sku", "OK-1"), ("--name", "Ok"), ("--price", "1"), ("--seller-email", "a@b.co")];
        for (flag, value) in defaults {
            if !override_args.contains(&flag) {
                args.extend([flag, value]);
            }
        }
        args.extend(override_args.iter());
        db.ecomctl().args(&args).expect(4, "", &format!("error: {message}\n"));
    }
    assert_eq!(db.int("SELECT count(*) FROM products"), 0);
}

#[test]
fn missing_required_value_without_a_terminal_is_a_usage_error() {
    let db = TestDb::new();
    db.ecomctl()
        .args(["products", "create", "--name", "x", "--price", "1", "--seller-email", "a@b.co"])
        .expect(2, "", "error: missing required --sku\n");
}

#[test]
fn get_by_id_sku_and_explicit_numeric_sku() {
    let db = TestDb::new();
    let id = db.product("0123", "1", 1);
    let other = db.product("SKU-1", "2", 1);
    let by_sku = db.ecomctl().args(["-o", "json", "products", "get", "sku:0123"]).ok().json();
    assert_eq!(by_sku["id"], id);
    let by_id =
        db.ecomctl().args(["-o", "json", "products", "get", &other.to_string()]).ok().json();
    assert_eq!(by_id["sku"], "SKU-1");
    let plain = db.ecomctl().args(["-o", "json", "products", "get", "SKU-1"]).ok().json();
    assert_eq!(plain["id"], other);
    // "123" is an id, not the SKU "0123".
    db.ecomctl().args(["products", "get", "123"]).expect(3, "", "error: product #123 not found\n");
    db.ecomctl().args(["products", "get", "NOPE"]).expect(3, "", "error: product NOPE not found\n");
}

#[test]
fn list_filters_and_pages_by_id() {
    let db = TestDb::new();
    for i in 1..=5 {
        db.product(&format!("P-{i}"), "1", 1);
    }
    db.ecomctl()
        .args([
            "products",
            "create",
            "--sku",
            "OTHER_100%",
            "--name",
            "Lamp",
            "--price",
            "1",
            "--seller-email",
            "other@example.com",
        ])
        .setup();

    let page1 = db
        .ecomctl()
        .args(["-o", "json", "products", "list", "--limit", "2"])
        .ok()
        .stderr_has(&["--after 2"])
        .json();
    let skus: Vec<&str> =
        page1.as_array().unwrap().iter().map(|p| p["sku"].as_str().unwrap()).collect();
    assert_eq!(skus, ["P-1", "P-2"]);
    let page2 = db
        .ecomctl()
        .args(["-o", "json", "products", "list", "--limit", "2", "--after", "2"])
        .ok()
        .json();
    assert_eq!(page2[0]["sku"], "P-3");

    let by_seller = db
        .ecomctl()
        .args(["-o", "json", "products", "list", "--seller-email", "OTHER@example.com"])
        .ok()
        .json();
    assert_eq!(by_seller.as_array().unwrap().len(), 1);
    let by_text =
        db.ecomctl().args(["-o", "json", "products", "list", "--search", "lam"]).ok().json();
    assert_eq!(by_text[0]["sku"], "OTHER_100%");
    // % is literal, not a wildcard.
    let literal =
        db.ecomctl().args(["-o", "json", "products", "list", "--search", "0%"]).ok().json();
    assert_eq!(literal.as_array().unwrap().len(), 1);
    let none = db.ecomctl().args(["-o", "json", "products", "list", "--search", "%x"]).ok().json();
    assert_eq!(none.as_array().unwrap().len(), 0);
}

#[test]
fn update_changes_only_given_fields() {
    let db = TestDb::new();
    db.ecomctl()
        .args([
            "products",
            "create",
            "--sku",
            "U-1",
            "--name",
            "Old",
            "--price",
            "5",
            "--seller-email",
            "a@b.co",
            "--description",
            "keep me",
        ])
        .setup();
    let json = db
        .ecomctl()
        .args(["-o", "json", "products", "update", "U-1", "--name", "New", "--price", "6.5"])
        .ok()
        .json();
    assert_eq!(json["name"], "New");
    assert_eq!(json["price"].as_f64(), Some(6.5));
    assert_eq!(json["description"], "keep me");
    let cleared = db
        .ecomctl()
        .args(["-o", "json", "products", "update", "U-1", "--description", ""])
        .ok()
        .json();
    assert!(cleared["description"].is_null());
    db.ecomctl().args(["products", "update", "U-1"]).expect(
        2,
        "",
        "error: nothing to change: give at least one of --name, --price, --stock, --add-stock, \
         --seller-email, --description, --manufacturer, --stocked-at\n",
    );
    db.ecomctl().args(["products", "update", "NOPE", "--name", "x"]).expect(
        3,
        "",
        "error: product NOPE not found\n",
    );
}

#[test]
fn add_stock_is_relative_and_never_goes_below_zero() {
    let db = TestDb::new();
    db.product("S-1", "1", 5);
    db.ecomctl().args(["products", "update", "S-1", "--add-stock", "+10"]).expect_masked(
        0,
        &product_shown("S-1", "1.00", 15),
        "",
    );
    assert_eq!(db.stock("S-1"), 15);
    db.ecomctl().args(["products", "update", "S-1", "--add-stock", "-4"]).expect_masked(
        0,
        &product_shown("S-1", "1.00", 11),
        "",
    );
    assert_eq!(db.stock("S-1"), 11);
    db.ecomctl().args(["products", "update", "S-1", "--add-stock", "-12"]).expect(
        4,
        "",
        "error: stock of S-1 cannot go below zero: it has 11, --add-stock -12\n",
    );
    assert_eq!(db.stock("S-1"), 11);
    // (Only the first line: clap's usage line after it names --database-url and
    // --no-index, which come from the environment, as if they had been typed.)
    db.ecomctl()
        .args(["products", "update", "S-1", "--stock", "3", "--add-stock", "1"])
        .status(2)
        .stderr_has(&[
            "error: the argument '--stock <N>' cannot be used with '--add-stock <±N>'\n",
        ]);
    db.ecomctl().args(["products", "update", "S-1", "--stock", "3"]).expect_masked(
        0,
        &product_shown("S-1", "1.00", 3),
        "",
    );
    assert_eq!(db.stock("S-1"), 3);
}

#[test]
fn concurrent_add_stock_loses_no_update() {
    let db = TestDb::new();
    db.product("C-1", "1", 0);
    let children: Vec<_> = (0..12)
        .map(|_| {
            crate::harness::ecomctl_command()
                .args(["products", "update", "C-1", "--add-stock", "+1"])
                .env("DATABASE_URL", db.url())
                .env("ECOMCTL_NO_INDEX", "true")
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    assert_eq!(db.stock("C-1"), 12);
}

#[test]
fn delete_requires_confirmation_without_a_terminal() {
    let db = TestDb::new();
    db.product("D-1", "1", 1);
    db.ecomctl().args(["products", "delete", "D-1"]).expect(
        2,
        "",
        "error: refusing to delete 1 product(s): D-1 (D-1 name) without confirmation: \
         pass --yes (there is no terminal to ask on)\n",
    );
    assert_eq!(db.int("SELECT count(*) FROM products"), 1);
    db.ecomctl().args(["products", "delete", "--yes", "D-1"]).expect(
        0,
        "",
        "deleted 1 product(s); 0 order(s) keep their lines' snapshot\n",
    );
    assert_eq!(db.int("SELECT count(*) FROM products"), 0);
}

#[test]
fn delete_of_a_missing_product_deletes_nothing() {
    let db = TestDb::new();
    db.product("D-1", "1", 1);
    db.ecomctl().args(["products", "delete", "--yes", "D-1", "NOPE"]).expect(
        3,
        "",
        "error: product NOPE not found\n",
    );
    assert_eq!(db.int("SELECT count(*) FROM products"), 1);
}

#[test]
fn deleted_product_leaves_order_snapshots_and_enqueues_the_orders() {
    let db = TestDb::new();
    db.product("GONE", "3.50", 10);
    db.product("STAY", "1.00", 10);
    let order = db.order("ann@example.com", &["GONE=2", "STAY"]);
    db.exec("DELETE FROM search_outbox");

    let json = db.ecomctl().args(["-o", "json", "products", "delete", "-y", "GONE"]).ok().json();
    assert_eq!(json["ids"].as_array().unwrap().len(), 1);

    let got = db.ecomctl().args(["-o", "json", "orders", "get", &order.to_string()]).ok().json();
    let gone = &got["items"][0];
    assert!(gone["product_id"].is_null(), "link cleared");
    assert_eq!(gone["product_sku"], "GONE");
    assert_eq!(gone["product_name"], "GONE name");
    assert_eq!(gone["product_price"].as_f64(), Some(3.5));
    assert_eq!(gone["quantity"], 2);
    assert_eq!(got["total_price"].as_f64(), Some(8.0));
    assert_eq!(db.int(&format!("SELECT count(*) FROM search_outbox WHERE order_id = {order}")), 1);
}
