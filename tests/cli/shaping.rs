//! Shaping output: `--jq EXPR` (a jq filter run in-process) on JSON and on
//! each NDJSON line, and `--fields a,b` choosing the columns of tables and
//! CSV and the keys of JSON alike — for gets, lists, writes, search hits,
//! history, exports and the live feed. A bad expression or field is a usage
//! error before anything runs; a filter failing on the data is exit 4.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

use crate::harness::{TestDb, ecomctl_command};
use crate::search_harness::Env;

/// Two products and an order of both (ids 1 and 2; order 1).
fn shop() -> TestDb {
    let db = TestDb::new();
    db.product("LAMP-1", "19.99", 10);
    db.product("MUG-1", "5", 10);
    db.order("ann@example.com", &["LAMP-1=2", "MUG-1"]);
    db
}

#[test]
fn jq_filters_one_json_value_or_each_ndjson_line() {
    let db = shop();
    db.order("bob@example.com", &["MUG-1=3"]);
    db.ecomctl()
        .args(["products", "get", "LAMP-1", "-o", "json", "--jq", ".price"])
        .expect(0, "19.99\n", "");
    // Money keeps the JSON output's form; a string prints raw (as gh and
    // `jq -r` do), `tojson` quotes it.
    db.ecomctl().args(["products", "get", "MUG-1", "-o", "json", "--jq", ".price, .sku"]).expect(
        0,
        "5.0\nMUG-1\n",
        "",
    );
    db.ecomctl().args(["products", "get", "MUG-1", "-o", "json", "--jq", ".sku | tojson"]).expect(
        0,
        "\"MUG-1\"\n",
        "",
    );
    // A list is one array with -o json …
    db.ecomctl().args(["orders", "list", "-o", "json", "--jq", ".[].id"]).expect(0, "1\n2\n", "");
    db.ecomctl()
        .args(["orders", "list", "-o", "json", "--jq", "map({id, units: (.items | map(.quantity) | add)})"])
        .expect(
            0,
            "[\n  {\n    \"id\": 1,\n    \"units\": 3\n  },\n  {\n    \"id\": 2,\n    \"units\": 3\n  }\n]\n",
            "",
        );
    // … and each line with -o ndjson: results on one line each.
    db.ecomctl()
        .args(["orders", "list", "-o", "ndjson", "--jq", "{id, customer_email, state}"])
        .expect(
            0,
            "{\"id\":1,\"customer_email\":\"ann@example.com\",\"state\":\"CREATED\"}\n\
             {\"id\":2,\"customer_email\":\"bob@example.com\",\"state\":\"CREATED\"}\n",
            "",
        );
    db.ecomctl()
        .args(["orders", "list", "-o", "ndjson", "--jq", "select(.total_price > 40) | .id"])
        .expect(0, "1\n", "");
    // Without -o, --jq means JSON.
    db.ecomctl().args(["orders", "list", "--jq", "length"]).expect(0, "2\n", "");
    // A write prints what it wrote through the filter; so does a report.
    db.ecomctl()
        .args(["products", "update", "MUG-1", "--stock", "7", "--jq", "[.sku, .stock]"])
        .expect(0, "[\n  \"MUG-1\",\n  7\n]\n", "");
    db.ecomctl().args(["orders", "delete", "2", "--yes", "-o", "json", "--jq", ".ids[]"]).expect(
        0,
        "2\n",
        "deleted 1 order(s)\n",
    );
}

#[test]
fn jq_with_a_table_or_csv_is_a_usage_error() {
    let db = shop();
    for format in ["table", "csv"] {
        db.ecomctl().args(["orders", "list", "-o", format, "--jq", ".[].id"]).expect(
            2,
            "",
            &format!("error: --jq filters JSON: it needs -o json or -o ndjson (not -o {format})\n"),
        );
    }
}

#[test]
fn a_bad_expression_is_a_usage_error_showing_where_before_anything_runs() {
    let db = shop();
    db.ecomctl().args(["orders", "list", "--jq", ".[] | .id |"]).expect(
        2,
        "",
        "error: --jq: expected term, found the end of the expression\n  .[] | .id |\n             ^\n",
    );
    db.ecomctl().args(["orders", "list", "--jq", ".[] | {id: .id, state: .state"]).expect(
        2,
        "",
        "error: --jq: expected closing brace\n  .[] | {id: .id, state: .state\n                               ^\n",
    );
    db.ecomctl().args(["orders", "list", "--jq", "map(.id) | summ"]).expect(
        2,
        "",
        "error: --jq: undefined filter summ/0\n  map(.id) | summ\n             ^\n",
    );
    // The environment (connection strings, keys) is not jq's to print.
    db.ecomctl().args(["orders", "list", "--jq", "env"]).expect(
        2,
        "",
        "error: --jq: undefined filter env/0\n  env\n  ^\n",
    );
    // Checked before the command runs: nothing was created.
    db.ecomctl()
        .args(["orders", "create", "--customer-email", "c@example.com", "--item", "MUG-1"])
        .args(["--jq", ".id |"])
        .expect(
            2,
            "",
            "error: --jq: expected term, found the end of the expression\n  .id |\n       ^\n",
        );
    assert_eq!(db.int("SELECT count(*) FROM orders"), 1);
}

#[test]
fn a_filter_that_fails_on_the_data_exits_4() {
    let db = shop();
    db.ecomctl().args(["products", "get", "LAMP-1", "--jq", ".price.amount"]).expect(
        4,
        "",
        "error: --jq: cannot index 19.99 with \"amount\" (the filter failed on the output, after \
         the command ran)\n",
    );
    // Results before the failure are written.
    db.ecomctl().args(["orders", "list", "--jq", ".[0].id, error(\"stop\")"]).expect(
        4,
        "1\n",
        "error: --jq: \"stop\" (the filter failed on the output, after the command ran)\n",
    );
}

#[test]
fn fields_choose_the_columns_of_every_format_in_the_order_given() {
    let db = shop();
    let list = ["products", "list", "--fields", "price,sku,stock"];
    db.ecomctl().args(list).expect(
        0,
        "┌───────┬────────┬───────┐\n\
         │ price ┆ sku    ┆ stock │\n\
         ╞═══════╪════════╪═══════╡\n\
         │ 19.99 ┆ LAMP-1 ┆     8 │\n\
         │  5.00 ┆ MUG-1  ┆     9 │\n\
         └───────┴────────┴───────┘\n",
        "",
    );
    db.ecomctl().args(list).args(["-o", "csv"]).expect(
        0,
        "price,sku,stock\n19.99,LAMP-1,8\n5.00,MUG-1,9\n",
        "",
    );
    db.ecomctl().args(list).args(["-o", "json"]).expect(
        0,
        "[\n  {\n    \"price\": 19.99,\n    \"sku\": \"LAMP-1\",\n    \"stock\": 8\n  },\n  \
         {\n    \"price\": 5.0,\n    \"sku\": \"MUG-1\",\n    \"stock\": 9\n  }\n]\n",
        "",
    );
    db.ecomctl().args(list).args(["-o", "ndjson"]).expect(
        0,
        "{\"price\":19.99,\"sku\":\"LAMP-1\",\"stock\":8}\n{\"price\":5.0,\"sku\":\"MUG-1\",\"stock\":9}\n",
        "",
    );
    // An order: its lines are one field, `items`; `item_count` (the units,
    // a CSV column) can be named in JSON too.
    let get = ["orders", "get", "1", "--fields", "id,total_price,item_count,items"];
    db.ecomctl().args(get).expect(
        0,
        "┌───────┬───────────────────────────────┐\n\
         │ id    ┆ 1                             │\n\
         │ total ┆ 44.98                         │\n\
         │ units ┆ 3                             │\n\
         │ items ┆ 2× LAMP-1 name, 1× MUG-1 name │\n\
         └───────┴───────────────────────────────┘\n",
        "",
    );
    db.ecomctl().args(get).args(["-o", "csv"]).expect(
        0,
        "id,total_price,item_count,items\n1,44.98,3,2× LAMP-1 name (LAMP-1); 1× MUG-1 name (MUG-1)\n",
        "",
    );
    db.ecomctl()
        .args(["orders", "list", "--fields", "state,id,item_count", "-o", "ndjson"])
        .expect(0, "{\"state\":\"CREATED\",\"id\":1,\"item_count\":3}\n", "");
    let items =
        db.ecomctl().args(["orders", "get", "1", "--fields", "items", "-o", "json"]).ok().json();
    assert_eq!(items.as_object().unwrap().len(), 1);
    assert_eq!(items["items"][1]["product_sku"], "MUG-1");
    // --fields then --jq: the filter sees the chosen fields.
    db.ecomctl()
        .args(["orders", "list", "--fields", "id,customer_email", "--jq", ".[] | keys_unsorted"])
        .expect(0, "[\n  \"id\",\n  \"customer_email\"\n]\n", "");
}

#[test]
fn an_unknown_field_is_a_usage_error_naming_the_valid_ones() {
    let db = shop();
    db.ecomctl().args(["orders", "list", "--fields", "id,total"]).expect(
        2,
        "",
        "error: --fields: ecomctl orders list has no field \"total\" (its fields: id, \
         external_ref, customer_email, state, total_price, created_at, updated_at, closed_at, \
         item_count, items)\n",
    );
    db.ecomctl().args(["products", "get", "MUG-1", "--fields", "sku,colour"]).expect(
        2,
        "",
        "error: --fields: ecomctl products get has no field \"colour\" (its fields: id, sku, \
         name, description, manufacturer, stocked_at, seller_email, price, stock, created_at, \
         updated_at)\n",
    );
    db.ecomctl().args(["products", "list", "--fields", "sku,,price"]).expect(
        2,
        "",
        "error: --fields: an empty name in \"sku,,price\" (give field names separated by \
         commas, e.g. id,state)\n",
    );
    db.ecomctl().args(["products", "list", "--fields", "sku, price,sku"]).expect(
        2,
        "",
        "error: --fields: \"sku\" is named twice\n",
    );
    // A command that prints no rows says so, before it runs.
    db.ecomctl().args(["orders", "delete", "1", "--yes", "--fields", "id"]).expect(
        2,
        "",
        "error: --fields: ecomctl orders delete prints no rows of fields (a summary on stderr; \
         -o json: the deleted ids); use --jq to shape its JSON\n",
    );
    assert_eq!(db.int("SELECT count(*) FROM orders"), 1);
}

#[test]
fn history_and_exports_take_fields_and_ndjson_exports_take_jq() {
    let db = shop();
    db.ecomctl().args(["products", "update", "MUG-1", "--price", "6"]).setup();
    db.ecomctl()
        .args(["products", "history", "MUG-1", "-o", "csv", "--fields", "action,changes,entity_id"])
        .expect(
            0,
            "action,changes,entity_id\n\
             created,sku: MUG-1; name: MUG-1 name; price: 5.00; stock: 10; seller_email: \
             seller@example.com,2\n\
             updated,price: 5.00 → 6.00,2\n",
            "",
        );
    db.ecomctl().args(["orders", "history", "1", "--fields", "action,command"]).expect(
        0,
        "┌─────────┬───────────────────────┐\n\
         │ action  ┆ command               │\n\
         ╞═════════╪═══════════════════════╡\n\
         │ created ┆ ecomctl orders create │\n\
         └─────────┴───────────────────────┘\n",
        "",
    );
    // An order export's CSV columns are its lines' (order_id, product_sku, …).
    db.ecomctl()
        .args(["orders", "export", "--format", "csv", "--fields", "order_id,product_sku,quantity"])
        .expect(
            0,
            "order_id,product_sku,quantity\n1,LAMP-1,2\n1,MUG-1,1\n",
            "exported 1 order(s)\n",
        );
    db.ecomctl()
        .args(["products", "export", "--fields", "sku,price", "--jq", "\"\\(.sku)=\\(.price)\""])
        .expect(0, "LAMP-1=19.99\nMUG-1=6.0\n", "exported 2 product(s)\n");
    db.ecomctl().args(["products", "export", "--format", "json", "--fields", "sku"]).expect(
        0,
        "[\n{\"sku\":\"LAMP-1\"},\n{\"sku\":\"MUG-1\"}\n]\n",
        "exported 2 product(s)\n",
    );
    db.ecomctl().args(["orders", "export", "--format", "json", "--jq", ".[].id"]).expect(
        2,
        "",
        "error: --jq: ecomctl orders export streams one JSON array; use --format ndjson, where \
         --jq applies to each line\n",
    );
}

#[test]
fn search_hits_take_fields_and_the_answer_takes_jq() {
    let env = Env::new();
    env.db.product("LAMP-1", "19.99", 10);
    let a = env.order("ann@example.com", &["LAMP-1=2"]);
    let b = env.order("bob@example.com", &["LAMP-1"]);
    env.search.wait_idle();
    let search = ["search", "--sort", "id:asc"];
    env.cmd().args(search).args(["--fields", "customer_email,id,item_count"]).expect_like(
        0,
        "┌─────────────────┬────┬───────┐\n\
             │ customer        ┆ id ┆ units │\n\
             ╞═════════════════╪════╪═══════╡\n\
             │ ann@example.com ┆  1 ┆     2 │\n\
             │ bob@example.com ┆  2 ┆     1 │\n\
             └─────────────────┴────┴───────┘\n",
        "2 of about 2 hit(s), page 1 (* ms)\n",
    );
    env.cmd().args(search).args(["--fields", "id,total_price", "-o", "csv"]).expect(
        0,
        "id,total_price\n1,39.98\n2,19.99\n",
        "",
    );
    env.cmd()
        .args(search)
        .args(["--fields", "id,state", "-o", "json", "--jq", ".hits"])
        .expect(0, "[\n  {\n    \"id\": 1,\n    \"state\": \"CREATED\"\n  },\n  {\n    \"id\": 2,\n    \"state\": \"CREATED\"\n  }\n]\n", "");
    env.cmd().args(search).args(["--jq", "[.hits[].id, .estimated_total_hits]"]).expect(
        0,
        &format!("[\n  {a},\n  {b},\n  2\n]\n"),
        "",
    );
    env.cmd().args(search).args(["-o", "ndjson", "--jq", ".hits[].customer_email"]).expect(
        0,
        "ann@example.com\nbob@example.com\n",
        "",
    );
}

#[test]
fn the_live_feed_takes_fields_and_jq_on_each_event() {
    let db = shop();
    let mut watcher = ecomctl_command()
        .args(["orders", "watch", "-o", "ndjson", "--fields", "id,state"])
        .args(["--jq", "\"\\(.event) #\\(.order.id) \\(.order.state) \\(.order | keys_unsorted)\""])
        .env("DATABASE_URL", db.url())
        .env("ECOMCTL_NO_INDEX", "true")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(watcher.stdout.take().unwrap()).lines();
    // Orders are created until the watcher, once listening, sees one.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        if let Some(Ok(line)) = lines.next() {
            let _ = tx.send(line);
        }
    });
    let line = (0..60)
        .find_map(|_| {
            db.order("feed@example.com", &["MUG-1"]);
            rx.recv_timeout(Duration::from_millis(500)).ok()
        })
        .expect("an event");
    assert!(
        line.starts_with("created #") && line.ends_with(" CREATED [\"id\",\"state\"]"),
        "{line}"
    );
    let _ = watcher.kill();
    let _ = watcher.wait();
}

#[test]
fn jq_output_is_escaped_on_a_terminal_and_exact_in_a_pipe() {
    let db = TestDb::new();
    db.exec(
        "INSERT INTO products (sku, name, price, seller_email) VALUES \
         ('T', E'clip\\x1b]52;c;ZXZpbA==\\x07 rtl\u{202e}x', 1, 's@example.com')",
    );
    db.ecomctl().args(["products", "get", "T", "--jq", ".name"]).expect(
        0,
        "clip\u{1b}]52;c;ZXZpbA==\u{7} rtl\u{202e}x\n",
        "",
    );
    let mut cmd = ecomctl_command();
    cmd.args(["products", "get", "T", "--jq", ".name"]).env("DATABASE_URL", db.url());
    let mut session = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    let output = session.exp_eof().unwrap();
    assert!(!output.contains('\u{1b}') && !output.contains('\u{202e}'), "{output:?}");
    assert!(output.contains(r"clip\u001b]52;c;ZXZpbA==\u0007 rtl\u202ex"), "{output}");
}
