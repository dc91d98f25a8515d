//! Many processes competing for a few products: no oversell, no deadlock.

use crate::harness::TestDb;

#[test]
fn concurrent_orders_never_oversell_or_deadlock() {
    let db = TestDb::new();
    let skus = ["HOT-1", "HOT-2", "HOT-3"];
    for sku in skus {
        db.product(sku, "1.00", 6);
    }
    // 24 writers ask for the hot products in different orders, so that
    // without id-ordered locking they would deadlock.
    let children: Vec<_> = (0..24)
        .map(|i| {
            let first = skus[i % 3];
            let second = skus[(i + 1 + i / 3) % 3];
            let mut args: Vec<String> =
                ["orders", "create", "--customer-email", "rush@example.com"]
                    .map(String::from)
                    .into();
            args.extend(["--item".into(), format!("{first}=1")]);
            if second != first {
                args.extend(["--item".into(), format!("{second}=1")]);
            }
            db.spawn(&args)
        })
        .collect();

    let mut created = 0;
    let mut refused = 0;
    for child in children {
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.to_lowercase().contains("deadlock"), "deadlock surfaced: {stderr}");
        match out.status.code() {
            Some(0) => created += 1,
            Some(4) => {
                assert!(stderr.contains("insufficient stock"), "{stderr}");
                refused += 1;
            }
            other => panic!("unexpected exit {other:?}: {stderr}"),
        }
    }
    assert_eq!(created + refused, 24);
    assert!(refused > 0, "demand (up to 48 units) exceeds supply (18 units)");
    for sku in skus {
        let sold = db.int(&format!(
            "SELECT COALESCE(sum(quantity), 0)::bigint FROM order_items WHERE product_sku = '{sku}'"
        ));
        let left = db.stock(sku);
        assert_eq!(sold + left, 6, "{sku}: sold {sold} + left {left} must equal the initial 6");
        assert!(left >= 0);
    }
    assert_eq!(db.int("SELECT count(*) FROM orders"), created);
}

#[test]
fn concurrent_creates_cancels_and_updates_do_not_deadlock() {
    let db = TestDb::new();
    let skus = ["M-1", "M-2", "M-3", "M-4"];
    for sku in skus {
        db.product(sku, "1.00", 40);
    }
    let existing: Vec<i64> =
        (0..8).map(|i| db.order("a@b.co", &[skus[i % 4], skus[(i + 2) % 4]])).collect();

    let mut children = Vec::new();
    for (i, id) in existing.iter().enumerate() {
        let args: Vec<String> = if i % 2 == 0 {
            vec!["orders".into(), "set-state".into(), id.to_string(), "CANCELLED".into()]
        } else {
            vec![
                "orders".into(),
                "update".into(),
                id.to_string(),
                "--item".into(),
                format!("{}=2", skus[(i + 3) % 4]),
                "--item".into(),
                format!("{}=1", skus[i % 4]),
            ]
        };
        children.push(db.spawn(&args));
        let create: Vec<String> = vec![
            "orders".into(),
            "create".into(),
            "--customer-email".into(),
            "b@b.co".into(),
            "--item".into(),
            format!("{}=1", skus[(i + 1) % 4]),
            "--item".into(),
            format!("{}=1", skus[(3 * i) % 4]),
        ];
        children.push(db.spawn(&create));
    }
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    // Stock is conserved: what is out equals what live (non-cancelled) orders hold.
    let held = db.int(
        "SELECT COALESCE(sum(i.quantity), 0)::bigint FROM order_items i JOIN orders o ON o.id = i.order_id \
         WHERE o.state <> 'CANCELLED'",
    );
    let left = db.int("SELECT sum(stock)::bigint FROM products");
    assert_eq!(held + left, 160);
}

#[test]
fn a_large_orders_import_and_single_writers_on_its_products_do_not_deadlock() {
    // 10,000 products locked by the import in id order (db/mod.rs) while
    // single writers change some of them.
    let db = TestDb::new();
    let products: String = (0..10_000)
        .map(|i| {
            format!(
                "{{\"sku\":\"BULK-{i}\",\"name\":\"Bulk {i}\",\"price\":1,\"seller_email\":\"s@x.co\",\"stock\":5}}\n"
            )
        })
        .collect();
    db.ecomctl().args(["products", "import", "-"]).stdin(products).setup();
    let orders: String = (0..10_000)
        .map(|i| {
            format!(
                "{{\"customer_email\":\"bulk@x.co\",\"items\":[{{\"sku\":\"BULK-{i}\",\"quantity\":2}}]}}\n"
            )
        })
        .collect();
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), orders).unwrap();

    let import = db.spawn(&["orders".into(), "import".into(), file.path().display().to_string()]);
    let writers: Vec<_> = (0..12)
        .map(|i| {
            let sku = format!("BULK-{}", i * 7);
            let args: Vec<String> = if i % 2 == 0 {
                ["orders", "create", "--customer-email", "rush@x.co", "--item", &format!("{sku}=1")]
                    .map(String::from)
                    .into()
            } else {
                ["products", "update", &sku, "--add-stock", "3"].map(String::from).into()
            };
            db.spawn(&args)
        })
        .collect();
    for child in std::iter::once(import).chain(writers) {
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.to_lowercase().contains("deadlock"), "deadlock surfaced: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{stderr}");
    }
    // Every unit is accounted for: initial + added = held by orders + left.
    let held = db.int("SELECT COALESCE(sum(quantity), 0)::bigint FROM order_items");
    let left = db.int("SELECT sum(stock)::bigint FROM products");
    assert_eq!(held + left, 10_000 * 5 + 6 * 3);
    assert_eq!(db.int("SELECT count(*) FROM orders"), 10_000 + 6);
}
