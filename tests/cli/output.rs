use crate::harness::TestDb;

#[test]
fn ndjson_prints_one_object_per_line_and_json_an_array() {
    let db = TestDb::new();
    db.product("A", "1", 1);
    db.product("B", "2", 1);
    let lines = db.ecomctl().args(["-o", "ndjson", "products", "list"]).ok().ndjson();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["sku"], "B");
    let array = db.ecomctl().args(["--output", "json", "products", "list"]).ok().json();
    assert_eq!(array.as_array().unwrap().len(), 2);
}

#[test]
fn empty_lists_are_empty_arrays_in_json() {
    let db = TestDb::new();
    let json = db.ecomctl().args(["-o", "json", "orders", "list"]).ok().json();
    assert_eq!(json, serde_json::json!([]));
    db.ecomctl().args(["orders", "list"]).expect(0, "", "no orders found\n");
}

#[test]
fn quiet_silences_messages_but_not_data() {
    let db = TestDb::new();
    db.product("A", "1", 1);
    let table = "┌────┬─────┬────────┬───────┬───────┬────────────────────┐\n\
                 │ id ┆ sku ┆ name   ┆ price ┆ stock ┆ seller             │\n\
                 ╞════╪═════╪════════╪═══════╪═══════╪════════════════════╡\n\
                 │  1 ┆ A   ┆ A name ┆  1.00 ┆     1 ┆ seller@example.com │\n\
                 └────┴─────┴────────┴───────┴───────┴────────────────────┘\n";
    // Without -q, the list also says where the next page starts.
    db.ecomctl().args(["products", "list", "--limit", "1"]).expect(
        0,
        table,
        "more may follow: add --after 1\n",
    );
    db.ecomctl().args(["-q", "products", "list", "--limit", "1"]).expect(0, table, "");
}

#[test]
fn order_json_embeds_items_with_snapshot_fields() {
    let db = TestDb::new();
    db.product("A", "1.25", 5);
    let id = db.order("a@b.co", &["A=2"]);
    let json = db.ecomctl().args(["-o", "json", "orders", "get", &id.to_string()]).ok().json();
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

#[test]
fn tables_fit_columns_and_carry_no_escape_codes_when_piped() {
    let db = TestDb::new();
    db.ecomctl()
        .args([
            "products",
            "create",
            "--sku",
            "LONG-1",
            "--price",
            "1",
            "--stock",
            "9",
            "--seller-email",
            "s@example.com",
        ])
        .args(["--name", &"A very long product name that goes on and on ".repeat(4)])
        .setup();
    db.order("someone.with.a.long.address@example.com", &["LONG-1=3"]);
    for args in [&["orders", "list"][..], &["products", "list"][..], &["orders", "get", "1"][..]] {
        let run = db.ecomctl().env("COLUMNS", "80").args(args).ok();
        let out = run.stdout();
        assert!(!out.is_empty());
        for line in out.lines() {
            assert!(line.chars().count() <= 80, "{args:?}: line wider than 80 columns:\n{out}");
        }
        assert!(!out.contains('\u{1b}'), "{args:?}: escape codes in piped output");
        assert!(
            out.contains("someone.with") || out.contains("LONG-1"),
            "{args:?}: content kept (wrapped):\n{out}"
        );
    }
}

#[test]
fn errors_are_coloured_only_when_asked() {
    let db = TestDb::new();
    let plain = db.ecomctl().args(["products", "get", "NOPE"]).status(3);
    assert!(!plain.stderr().contains('\u{1b}'), "{}", plain.stderr());
    let coloured = db.ecomctl().args(["--color", "always", "products", "get", "NOPE"]).status(3);
    assert!(coloured.stderr().contains('\u{1b}'), "{}", coloured.stderr());
    let never = db.ecomctl().env("NO_COLOR", "1").args(["products", "get", "NOPE"]).status(3);
    assert!(!never.stderr().contains('\u{1b}'));
}

#[test]
fn json_times_are_rfc3339_and_tables_use_local_time() {
    let db = TestDb::new();
    db.product("T-1", "1", 1);
    let json = db.ecomctl().args(["-o", "json", "products", "get", "T-1"]).ok().json();
    let created = json["created_at"].as_str().unwrap();
    assert!(created.ends_with('Z') && created.contains('T'), "{created}");
    // In a table, the same instant is shown in the local zone, to the minute.
    let table =
        db.ecomctl().env("TZ", "Asia/Kolkata").args(["products", "get", "T-1"]).ok().stdout();
    let utc = time::OffsetDateTime::parse(created, &time::format_description::well_known::Rfc3339)
        .unwrap();
    let local = utc.to_offset(time::UtcOffset::from_hms(5, 30, 0).unwrap());
    let shown = format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        local.year(),
        local.month() as u8,
        local.day(),
        local.hour(),
        local.minute()
    );
    assert!(table.contains(&shown), "expected {shown} in:\n{table}");
}

#[test]
fn csv_output_quotes_as_rfc4180_and_orders_keep_their_lines() {
    let db = TestDb::new();
    db.ecomctl()
        .args([
            "products",
            "create",
            "--sku",
            "Q-1",
            "--name",
            "Lamp, \"brass\"",
            "--price",
            "12.5",
        ])
        .args(["--stock", "9", "--seller-email", "s@example.com", "--description", "two\nlines"])
        .setup();
    db.product("MUG", "2.00", 10);
    let list = db.ecomctl().args(["-o", "csv", "products", "list"]).ok().stdout();
    let mut lines = list.lines();
    assert_eq!(
        lines.next(),
        Some(
            "id,sku,name,description,manufacturer,stocked_at,seller_email,price,stock,created_at,updated_at"
        )
    );
    assert!(
        list.contains(",Q-1,\"Lamp, \"\"brass\"\"\",\"two\nlines\",,,s@example.com,12.50,9,"),
        "{list}"
    );

    let id = db.order("c@example.com", &["Q-1=2", "MUG"]);
    let one = db.ecomctl().args(["-o", "csv", "orders", "get", &id.to_string()]).ok().stdout();
    assert!(one.starts_with("id,external_ref,customer_email,state,total_price,created_at,updated_at,closed_at,item_count,items\n"));
    assert!(one.contains(&format!("{id},,c@example.com,CREATED,27.00,")), "{one}");
    assert!(one.contains(",3,\"2× Lamp, \"\"brass\"\" (Q-1); 1× MUG name (MUG)\"\n"), "{one}");

    // Export: one row per line item (read back with a CSV reader: the
    // description holds a newline).
    let export = db.ecomctl().args(["orders", "export", "--format", "csv"]).ok().stdout();
    let mut reader = csv::Reader::from_reader(export.as_bytes());
    assert_eq!(&reader.headers().unwrap()[0], "order_id");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2, "{export}");
    assert_eq!(&rows[0][9], "Q-1");
    assert_eq!(&rows[0][10], "Lamp, \"brass\"");
    assert_eq!(&rows[0][11], "two\nlines");
    assert_eq!((&rows[0][12], &rows[0][13]), ("12.50", "2"));
    assert_eq!((&rows[1][9], &rows[1][13]), ("MUG", "1"));
    assert_eq!(&rows[1][0], &id.to_string());
    let products = db.ecomctl().args(["products", "export", "--format", "csv"]).ok().stdout();
    assert_eq!(products.lines().next(), list.lines().next());
}
