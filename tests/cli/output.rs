use crate::harness::TestDb;

#[test]
fn ndjson_prints_one_object_per_line_and_json_an_array() {
    let db = TestDb::new();
    db.product("A", "1", 1);
    db.product("B", "2", 1);
    let lines = db.ecomctl().args(["-o", "ndjson", "products", "list"]).success().ndjson();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["sku"], "B");
    let array = db.ecomctl().args(["--output", "json", "products", "list"]).success().json();
    assert_eq!(array.as_array().unwrap().len(), 2);
}

#[test]
fn empty_lists_are_empty_arrays_in_json() {
    let db = TestDb::new();
    let json = db.ecomctl().args(["-o", "json", "orders", "list"]).success().json();
    assert_eq!(json, serde_json::json!([]));
    db.ecomctl().args(["orders", "list"]).success().stdout_empty().stderr_has(&["no orders found"]);
}

#[test]
fn quiet_silences_messages_but_not_data() {
    let db = TestDb::new();
    db.product("A", "1", 1);
    let run = db.ecomctl().args(["-q", "products", "list", "--limit", "1"]).success();
    assert!(run.stderr().is_empty(), "{}", run.stderr());
    assert!(run.stdout().contains('A'));
}

#[test]
fn order_json_embeds_items_with_snapshot_fields() {
    let db = TestDb::new();
    db.product("A", "1.25", 5);
    let id = db.order("a@b.co", &["A=2"]);
    let json = db.ecomctl().args(["-o", "json", "orders", "get", &id.to_string()]).success().json();
    let mut keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "closed_at",
            "created_at",
            "customer_email",
            "external_ref",
            "id",
            "items",
            "state",
            "total_price",
            "updated_at"
        ]
    );
    let mut item_keys: Vec<&str> =
        json["items"][0].as_object().unwrap().keys().map(String::as_str).collect();
    item_keys.sort_unstable();
    assert_eq!(
        item_keys,
        [
            "product_description",
            "product_id",
            "product_name",
            "product_price",
            "product_sku",
            "quantity"
        ]
    );
    assert_eq!(json["total_price"].as_f64(), Some(2.5));
}
