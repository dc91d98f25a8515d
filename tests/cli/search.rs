//! Meilisearch: write path, sync, search, reindex, index check/status/setup,
//! doctor. Runs against the in-process fake, or a real Meilisearch when
//! TEST_MEILI_URL is set.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::fake_only;
use crate::harness::{Ecomctl, Run, TestDb};
use crate::search_harness::SearchServer;

struct Env {
    db: TestDb,
    search: SearchServer,
}

impl Env {
    fn new() -> Self {
        Env { db: TestDb::new(), search: SearchServer::new() }
    }

    /// ecomctl against this test's database and index, pushing on write.
    fn cmd(&self) -> Ecomctl {
        self.search.apply(self.db.ecomctl())
    }

    /// Runs and asserts exit 0, for the checks that follow.
    fn ok(&self, args: &[&str]) -> Run {
        self.cmd().args(args).ok()
    }

    /// A step that arranges state (`Ecomctl::setup`): exit 0, output not
    /// checked.
    fn setup(&self, args: &[&str]) {
        self.cmd().args(args).setup();
    }

    /// Creates an order through the tool (pushed to the index); returns its id.
    fn order(&self, customer: &str, items: &[&str]) -> i64 {
        let mut args = vec!["-o", "json", "orders", "create", "--customer-email", customer];
        for item in items {
            args.extend(["--item", item]);
        }
        self.ok(&args).json()["id"].as_i64().unwrap()
    }

    fn outbox(&self) -> i64 {
        self.db.int("SELECT count(*) FROM search_outbox")
    }

    /// What `index setup` says when it creates the index.
    fn index_created(&self) -> String {
        format!("index {}: created, settings applied\n", self.search.index)
    }

    /// Runs `index check` on an index that matches PostgreSQL's `orders`
    /// orders, and checks its report.
    #[track_caller]
    fn index_check_matches(&self, orders: usize) {
        self.ok(&["index", "check"])
            .stdout_is(&format!(
                "┌────────────────────────┬───────┬────────┐\n\
                 │                        ┆ count ┆ sample │\n\
                 ╞════════════════════════╪═══════╪════════╡\n\
                 │ orders in PostgreSQL   ┆ {orders:<5} ┆        │\n\
                 │ documents in the index ┆ {orders:<5} ┆        │\n\
                 │ missing from the index ┆ 0     ┆        │\n\
                 │ extra in the index     ┆ 0     ┆        │\n\
                 │ content differs        ┆ 0     ┆        │\n\
                 └────────────────────────┴───────┴────────┘\n"
            ))
            .stderr_is(&format!(
                "index {} matches PostgreSQL ({orders} order(s))\n",
                self.search.index
            ));
    }

    /// Runs a reindex and checks its summary (the time it took and the
    /// rate vary).
    #[track_caller]
    fn reindex_says(&self, args: &[&str], documents: usize, batches: usize) {
        self.ok(args).stdout_empty().stderr_like(&format!(
            "reindexed {documents} document(s) into {} (0.0 MiB in {batches} batch(es)) in *s, * \
             documents/s; 0 change(s) made meanwhile applied\n",
            self.search.index
        ));
    }

    /// Entries accepted by Meilisearch and awaiting confirmation.
    fn sent(&self) -> i64 {
        self.db.int("SELECT count(*) FROM search_outbox WHERE task_uid IS NOT NULL")
    }

    /// Queues every order again (as a change behind the tool's back would).
    fn exec_requeue_all(&self) {
        self.db.exec(
            "INSERT INTO search_outbox (order_id) SELECT id FROM orders \
             ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')",
        );
    }

    /// Asserts, document by document, that the index holds exactly the orders
    /// in Postgres (independently of `index check`).
    fn assert_index_matches_postgres(&self) {
        let orders = self.ok(&["-o", "ndjson", "orders", "list", "--limit", "10000"]).ndjson();
        let docs = self.search.documents();
        let ids = |v: &[Value]| v.iter().map(|d| d["id"].as_i64().unwrap()).collect::<Vec<_>>();
        assert_eq!(ids(&docs), ids(&orders), "document ids differ from order ids");
        for (order, doc) in orders.iter().zip(&docs) {
            for field in [
                "state",
                "customer_email",
                "external_ref",
                "total_price",
                "created_at",
                "closed_at",
            ] {
                assert_eq!(doc[field], order[field], "order {} field {field}", order["id"]);
            }
            let items: Vec<Value> = order["items"].as_array().unwrap().clone();
            assert_eq!(doc["items"], Value::Array(items), "order {} items", order["id"]);
            let units: i64 = order["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["quantity"].as_i64().unwrap())
                .sum();
            assert_eq!(doc["item_count"], units);
        }
    }
}

/// A URL where nothing listens: Meilisearch "down".
const DOWN: &str = "http://127.0.0.1:9";

#[test]
fn changes_are_pushed_after_commit_and_confirmed_by_sync() {
    let env = Env::new();
    env.db.product("LAMP", "10.00", 10);
    env.db.product("MUG", "2.50", 10);
    let id = env.order("ann@example.com", &["LAMP=2", "MUG"]);
    assert_eq!(env.sent(), 1, "accepted by Meilisearch, awaiting confirmation");
    let doc = env.search.document(id).expect("document pushed");
    assert_eq!(doc["state"], "CREATED");
    assert_eq!(doc["total_price"], json!(22.5));
    assert_eq!(doc["item_count"], 3);
    assert_eq!(doc["items"][0]["product_sku"], "LAMP");
    assert!(doc["created_at_ts"].as_i64().unwrap() > 1_700_000_000);

    env.ok(&["orders", "set-state", &id.to_string(), "SHIPPED"]).stderr_is("");
    assert_eq!(env.search.document(id).unwrap()["state"], "SHIPPED");

    env.cmd().args(["products", "delete", "--yes", "MUG"]).expect(
        0,
        "",
        "deleted 1 product(s); 1 order(s) keep their lines' snapshot\n",
    );
    assert!(
        env.search.document(id).unwrap()["items"][1]["product_id"].is_null(),
        "unlinked line pushed"
    );

    env.cmd().args(["orders", "delete", "--yes", &id.to_string()]).expect(
        0,
        "",
        "deleted 1 order(s)\n",
    );
    assert!(env.search.document(id).is_none(), "deletion pushed");
    env.cmd().args(["sync"]).expect(
        0,
        "",
        "synced 0 order(s): 0 document(s) written, 0 deleted; 1 outbox entry confirmed\n",
    );
    assert_eq!(env.outbox(), 0);
}

#[test]
fn a_write_returns_once_meilisearch_accepted_the_task_not_when_it_is_indexed() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 10);
    env.setup(&["index", "setup"]);
    fake.set_task_delay(Duration::from_millis(1500));
    let run = env
        .cmd()
        .args(["-v", "-o", "json", "orders", "create", "--customer-email", "a@b.co", "--item", "A"])
        .ok();
    run.stderr_has(&["queued for search (Meilisearch task"]);
    let id = run.json()["id"].as_i64().unwrap();
    assert_eq!(env.sent(), 1, "the entry keeps its task uid until confirmed");
    let task = env.db.int("SELECT task_uid FROM search_outbox") as usize;
    // The write has returned and its task is not done: it did not wait for indexing.
    assert_ne!(fake.task_status(task).as_deref(), Some("succeeded"), "still being indexed");

    // Without -v, nothing is said about the index.
    env.ok(&["orders", "set-state", &id.to_string(), "SHIPPED"]).stderr_is("");

    // sync waits for the tasks it sees and clears their entries.
    env.cmd().args(["sync"]).expect(
        0,
        "",
        "synced 0 order(s): 0 document(s) written, 0 deleted; 1 outbox entry confirmed\n",
    );
    assert_eq!(env.outbox(), 0);
    assert_eq!(fake.task_status(task).as_deref(), Some("succeeded"));
    fake.set_timing(crate::fake_meili::SUITE_TIMING);
    assert_eq!(env.search.document(id).unwrap()["state"], "SHIPPED");
}

#[test]
fn wait_gives_read_your_write_in_search() {
    let env = Env::new();
    env.db.product("LAMP", "10.00", 10);
    env.setup(&["index", "setup"]);
    let run = env
        .cmd()
        .args(["--wait", "-o", "json", "orders", "create", "--customer-email"])
        .args(["wait@example.com", "--item", "LAMP"])
        .ok();
    let id = run.json()["id"].as_i64().unwrap();
    assert_eq!(env.outbox(), 0, "--wait confirmed and cleared the entry");
    // No waiting on the test's side: the order is searchable right away.
    let hits = env
        .cmd()
        .args(["-o", "json", "search", "--customer-email", "wait@example.com"])
        .ok()
        .json();
    assert_eq!(hits["hits"][0]["id"], json!(id));
    env.cmd()
        .env("ECOMCTL_WAIT", "true")
        .args(["orders", "set-state", &id.to_string(), "CANCELLED"])
        .ok()
        .stderr_is("");
    let hits = env.cmd().args(["-o", "json", "search", "--state", "CANCELLED"]).ok().json();
    assert_eq!(hits["hits"][0]["id"], json!(id));
}

#[test]
fn wait_times_out_saying_the_change_is_committed_and_what_is_pending() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 10);
    env.setup(&["index", "setup"]);
    fake.set_stalled(true);
    let run = env
        .cmd()
        .args(["--wait", "--wait-timeout", "1", "-o", "json", "orders", "create"])
        .args(["--customer-email", "a@b.co", "--item", "A"])
        .status(5);
    run.stderr_has(&["committed", "not indexed after 1s", "pending"]);
    let id = run.json()["id"].as_i64().unwrap();
    assert_eq!(env.db.int(&format!("SELECT count(*) FROM orders WHERE id = {id}")), 1);
    assert_eq!(env.sent(), 1);
    fake.set_stalled(false);
    env.setup(&["sync"]);
    assert_eq!(env.outbox(), 0);
}

#[test]
fn later_commands_confirm_what_earlier_ones_sent() {
    let env = Env::new();
    env.db.product("A", "1.00", 10);
    env.setup(&["index", "setup"]);
    let first = env.order("a@example.com", &["A"]);
    env.search.wait_idle();
    std::thread::sleep(Duration::from_millis(600));
    let second = env.order("b@example.com", &["A"]);
    let left: Vec<i64> = env
        .db
        .client()
        .query("SELECT order_id FROM search_outbox", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(!left.contains(&first), "the second write confirmed the first: {left:?}");
    assert_eq!(left, vec![second]);
}

#[test]
fn sync_sends_the_backlog_in_large_requests_and_confirms_them_together() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 10_000);
    env.setup(&["index", "setup"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("orders.ndjson");
    let lines: String = (0..250)
        .map(|i| {
            format!(
                "{}\n",
                json!({"customer_email": format!("c{i}@example.com"), "items": [{"sku": "A", "quantity": 1}]})
            )
        })
        .collect();
    std::fs::write(&file, lines).unwrap();
    env.setup(&["orders", "import", "--no-sync", file.to_str().unwrap()]);
    assert_eq!(env.outbox(), 250);
    let before = fake.document_requests().len();
    let batches_before = fake.batches_processed();
    let run = env.ok(&["-o", "json", "sync"]);
    assert_eq!(fake.batches_processed() - batches_before, 1, "one task, one batch");
    let report = run.json();
    assert_eq!(report["upserted"], 250);
    assert_eq!(report["confirmed"], 250);
    assert_eq!(fake.document_requests()[before..], [(250, fake.document_requests()[before].1)]);
    assert_eq!(env.outbox(), 0);
    env.assert_index_matches_postgres();

    // Smaller batches: several requests, still confirmed together.
    env.exec_requeue_all();
    let before = fake.document_requests().len();
    env.cmd().args(["sync", "--batch-size", "100"]).expect(
        0,
        "",
        "synced 250 order(s): 250 document(s) written, 0 deleted; 250 outbox entries confirmed\n",
    );
    let sizes: Vec<usize> = fake.document_requests()[before..].iter().map(|(n, _)| *n).collect();
    assert_eq!(sizes.iter().sum::<usize>(), 250);
    assert_eq!(sizes.len(), 3, "{sizes:?}");
    assert_eq!(env.outbox(), 0);
}

#[test]
fn a_backlog_past_one_request_starts_with_a_full_request_on_its_own() {
    // The engine starts indexing the first request it gets: the first must be
    // a full one, not one of several small ones sent side by side.
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 10);
    env.setup(&["index", "setup"]);
    env.db.exec(
        "INSERT INTO orders (customer_email, total_price)
         SELECT 'c' || g || '@example.com', 1.00 FROM generate_series(1, 50001) g;
         INSERT INTO order_items (order_id, product_id, product_sku, product_name, product_price, quantity)
         SELECT o.id, p.id, p.sku, p.name, p.price, 1 FROM orders o, products p;
         INSERT INTO search_outbox (order_id) SELECT id FROM orders;",
    );
    let before = fake.document_requests().len();
    env.cmd().args(["sync"]).expect(
        0,
        "",
        "synced 50001 order(s): 50001 document(s) written, 0 deleted; 50001 outbox entries confirmed\n",
    );
    let sizes: Vec<usize> = fake.document_requests()[before..].iter().map(|(n, _)| *n).collect();
    assert_eq!(sizes, [50_000, 1], "the lead request, then the rest");
    assert_eq!(env.outbox(), 0);
}

#[test]
fn a_writer_never_waits_for_a_push_in_progress() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 100);
    env.setup(&["index", "setup"]);
    let id = env.db.order("a@example.com", &["A"]); // queued, not pushed
    // Meilisearch answers after 5 s: a sync claims the entry and hangs in its request.
    fake.set_response_delay(Duration::from_secs(5));
    let mut sync = spawn(&env, &["sync"]);
    let claimed = || env.db.int("SELECT count(*) FROM search_outbox WHERE claimed_by IS NOT NULL");
    wait_until(|| claimed() == 1, "the sync claims the entry");
    env.db.ecomctl().args(["orders", "set-state", &id.to_string(), "SHIPPED"]).ok().stderr_is("");
    // The writer is done while the push is still under way: the sync holds
    // its claim (given back once Meilisearch answers) and has not ended.
    assert_eq!(claimed(), 1, "the writer waited for the sync's push to end");
    assert!(sync.try_wait().unwrap().is_none(), "the writer waited for the sync to end");
    let out = sync.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    fake.set_response_delay(Duration::ZERO);
    // The sync pushed the version it read; the change made meanwhile is still queued.
    env.cmd().args(["sync"]).expect(
        0,
        "",
        "synced 1 order(s): 1 document(s) written, 0 deleted; 1 outbox entry confirmed\n",
    );
    assert_eq!(env.search.document(id).unwrap()["state"], "SHIPPED");
    assert_eq!(env.outbox(), 0);
}

fn spawn(env: &Env, args: &[&str]) -> std::process::Child {
    let mut cmd = crate::harness::ecomctl_command();
    cmd.args(args).env("DATABASE_URL", env.db.url()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (key, value) in env.search.env_pairs() {
        cmd.env(key, value);
    }
    cmd.spawn().unwrap()
}

#[test]
fn meilisearch_down_then_back_loses_nothing() {
    let env = Env::new();
    env.db.product("A", "1.00", 10);
    let down = |args: &[&str]| env.cmd().env("MEILI_URL", DOWN).args(args).run();
    let run =
        down(&["-o", "json", "orders", "create", "--customer-email", "a@b.co", "--item", "A"]);
    assert_eq!(run.code(), 0, "the order is safe in Postgres: {}", run.stderr());
    let id = run.json()["id"].as_i64().unwrap();
    let warnings = run.stderr().matches("warning:").count();
    assert_eq!(warnings, 1, "warns exactly once: {}", run.stderr());
    assert!(run.stderr().contains("ecomctl sync"));
    let second = down(&["orders", "set-state", &id.to_string(), "CANCELLED"]);
    assert_eq!(second.code(), 0);
    assert_eq!(env.outbox(), 1, "entry kept for sync");

    // Back up: one sync makes the index right.
    env.cmd().args(["sync"]).expect(
        0,
        "",
        "synced 1 order(s): 1 document(s) written, 0 deleted; 1 outbox entry confirmed\n",
    );
    assert_eq!(env.outbox(), 0);
    assert_eq!(env.search.document(id).unwrap()["state"], "CANCELLED");
    env.index_check_matches(1);
}

#[test]
fn a_failing_meilisearch_task_puts_the_entry_back() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 10);
    env.setup(&["index", "setup"]);
    fake.fail_document_tasks(true);
    // Accepted is all a write waits for: it succeeds without a warning.
    env.ok(&["orders", "create", "--customer-email", "a@b.co", "--item", "A"]).stderr_is("");
    // sync sees the failure, says so (exit 4) and puts the entry back.
    env.cmd().args(["sync"]).status(4).stderr_has(&["injected failure", "queued again"]);
    assert_eq!(env.outbox(), 1);
    assert_eq!(env.sent(), 0, "unsent again");
    // --wait reports the failure too.
    env.cmd()
        .args(["--wait", "orders", "create", "--customer-email", "b@b.co", "--item", "A"])
        .status(4)
        .stderr_has(&["injected failure", "committed"]);
    fake.fail_document_tasks(false);
    env.cmd().args(["sync"]).expect(
        0,
        "",
        "synced 2 order(s): 2 document(s) written, 0 deleted; 2 outbox entries confirmed\n",
    );
    assert_eq!(env.outbox(), 0);
    env.assert_index_matches_postgres();
}

#[test]
fn no_index_leaves_changes_queued_silently() {
    let env = Env::new();
    env.db.product("A", "1.00", 10);
    env.ok(&["--no-index", "orders", "create", "--customer-email", "a@b.co", "--item", "A"])
        .stderr_is("");
    assert_eq!(env.outbox(), 1);
    env.cmd()
        .env("ECOMCTL_NO_INDEX", "1")
        .args(["orders", "create", "--customer-email", "a@b.co", "--item", "A"])
        .ok()
        .stderr_is("");
    assert_eq!(env.outbox(), 2);
    assert!(!env.search.index_exists());
}

#[test]
fn concurrent_syncs_and_writers_converge_to_postgres() {
    let env = Env::new();
    for sku in ["P1", "P2", "P3"] {
        env.db.product(sku, "3.00", 10_000);
    }
    let ids: Vec<i64> =
        (0..30).map(|i| env.db.order(&format!("c{i}@example.com"), &["P1", "P2=2"])).collect();
    env.setup(&["index", "setup"]);

    let spawn = |args: Vec<String>| {
        let mut cmd = crate::harness::ecomctl_command();
        cmd.args(&args)
            .env("DATABASE_URL", env.db.url())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (key, value) in env.search.env_pairs() {
            cmd.env(key, value);
        }
        cmd.spawn().unwrap()
    };
    let mut children = Vec::new();
    for _ in 0..3 {
        children.push(spawn(vec!["sync".into(), "--batch-size".into(), "4".into()]));
    }
    for (i, id) in ids.iter().enumerate() {
        let args: Vec<String> = match i % 3 {
            0 => vec!["orders".into(), "set-state".into(), id.to_string(), "SHIPPED".into()],
            1 => vec![
                "orders".into(),
                "update".into(),
                id.to_string(),
                "--item".into(),
                "P3=3".into(),
            ],
            _ => vec!["orders".into(), "delete".into(), "--yes".into(), id.to_string()],
        };
        children.push(spawn(args));
        if i % 10 == 9 {
            children.push(spawn(vec!["sync".into(), "--batch-size".into(), "3".into()]));
        }
    }
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    env.setup(&["sync"]);
    assert_eq!(env.outbox(), 0);
    env.assert_index_matches_postgres();
    env.index_check_matches(20);
}

fn search_ids(env: &Env, args: &[&str]) -> Vec<i64> {
    let mut all = vec!["-o", "json", "search"];
    all.extend(args);
    let json = env.ok(&all).json();
    json["hits"].as_array().unwrap().iter().map(|h| h["id"].as_i64().unwrap()).collect()
}

#[test]
fn search_filters_sorts_pages_and_counts_facets() {
    let env = Env::new();
    env.db.product("SHOE-RED", "40.00", 100);
    env.db.product("LAMP", "15.00", 100);
    let a = env.order("ann@example.com", &["SHOE-RED=2"]);
    let b = env.order("bob@example.com", &["LAMP"]);
    let c = env.order("ann@example.com", &["LAMP=3", "SHOE-RED"]);
    env.setup(&["orders", "set-state", &b.to_string(), "SHIPPED"]);
    env.db.exec(&format!("UPDATE orders SET created_at = '2026-01-10T00:00:00Z' WHERE id = {a}"));
    env.db.exec(&format!(
        "INSERT INTO search_outbox (order_id) VALUES ({a}) \
         ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')"
    ));
    env.setup(&["sync"]);

    assert_eq!(search_ids(&env, &["--sort", "id:asc"]), vec![a, b, c]);
    assert_eq!(search_ids(&env, &["--state", "SHIPPED"]), vec![b]);
    assert_eq!(
        search_ids(&env, &["--customer-email", "ANN@example.com", "--sort", "id:asc"]),
        vec![a, c]
    );
    assert_eq!(search_ids(&env, &["--sku", "LAMP", "--sort", "id:desc"]), vec![c, b]);
    assert_eq!(search_ids(&env, &["--until", "2026-02-01"]), vec![a]);
    assert_eq!(search_ids(&env, &["--since", "2026-02-01", "--sort", "id:asc"]), vec![b, c]);
    assert_eq!(search_ids(&env, &["--min-total", "50", "--sort", "total_price:desc"]), vec![c, a]);
    assert_eq!(search_ids(&env, &["--max-total", "15"]), vec![b]);
    assert_eq!(search_ids(&env, &["bob"]), vec![b]);
    assert_eq!(search_ids(&env, &["--sort", "id:asc", "--limit", "2", "--page", "2"]), vec![c]);

    let json = env.ok(&["-o", "json", "search", "--facets"]).json();
    assert_eq!(json["facets"]["state"]["CREATED"], 2);
    assert_eq!(json["facets"]["state"]["SHIPPED"], 1);
    assert_eq!(json["estimated_total_hits"], 3);
    assert_eq!(json["query"], "");
    assert!(json["processing_time_ms"].is_number());
    let mut keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["estimated_total_hits", "facets", "hits", "processing_time_ms", "query"]);

    env.ok(&["search", "shoe"])
        .stdout_masked_is(
            "┌────┬──────────────────┬─────────────────┬─────────┬───────┬────────────────────────────────┐\n\
             │ id ┆ created          ┆ customer        ┆ state   ┆ total ┆ items                          │\n\
             ╞════╪══════════════════╪═════════════════╪═════════╪═══════╪════════════════════════════════╡\n\
             │  1 ┆ YYYY-MM-DD hh:mm ┆ ann@example.com ┆ CREATED ┆ 80.00 ┆ 2× SHOE-RED name               │\n\
             │  3 ┆ YYYY-MM-DD hh:mm ┆ ann@example.com ┆ CREATED ┆ 85.00 ┆ 3× LAMP name, 1× SHOE-RED name │\n\
             └────┴──────────────────┴─────────────────┴─────────┴───────┴────────────────────────────────┘\n",
        )
        .stderr_like("2 of about 2 hit(s), page 1 (* ms)\n");
}

#[test]
fn hostile_filter_values_cannot_change_the_filter() {
    let env = Env::new();
    env.db.product("A", "1.00", 100);
    let ann = env.order("ann@example.com", &["A"]);
    let bob = env.order("bob@example.com", &["A"]);
    // Indexed before anything is asserted: a search of an index still being
    // filled finds nothing, which is also what every hostile value expects.
    env.setup(&["sync"]);
    env.search.wait_idle();
    // The filters work: each finds what it should.
    assert_eq!(search_ids(&env, &["--customer-email", "ann@example.com"]), vec![ann]);
    assert_eq!(search_ids(&env, &["--sku", "A", "--sort", "id:asc"]), vec![ann, bob]);
    for hostile in [
        r#"x@y.z" OR customer_email EXISTS OR "a"#,
        r#"x@y.z\" OR state = \"CREATED"#,
        r#"\"#,
        "x@y.z' OR '1'='1",
        "x@y.z OR state = CREATED",
        r#"") OR (state = "CREATED"#,
    ] {
        assert_eq!(
            search_ids(&env, &["--customer-email", hostile]),
            Vec::<i64>::new(),
            "value {hostile:?}"
        );
        assert_eq!(search_ids(&env, &["--sku", hostile]), Vec::<i64>::new(), "value {hostile:?}");
    }
    // The raw filter is for power users and does change the structure.
    assert_eq!(
        search_ids(
            &env,
            &[
                "--sort",
                "id:asc",
                "--filter",
                r#"customer_email = "ann@example.com" OR customer_email = "bob@example.com""#
            ]
        ),
        vec![ann, bob]
    );
}

#[test]
fn meilisearch_errors_are_shown_as_its_own_message_with_exit_4() {
    let env = Env::new();
    env.db.product("A", "1.00", 100);
    env.order("ann@example.com", &["A"]);
    // The index and its settings exist before it is searched (they are
    // tasks too): otherwise the first answer could be "no such index".
    env.setup(&["sync"]);
    env.search.wait_idle();
    let bad_filter = env.cmd().args(["search", "--filter", "item_count > 3"]).status(4);
    bad_filter.stderr_has(&["item_count", "not filterable"]);
    assert!(!bad_filter.stderr().contains("HTTP"), "{}", bad_filter.stderr());
    env.cmd()
        .args(["search", "--sort", "customer_email:asc"])
        .status(4)
        .stderr_has(&["not sortable"]);
    env.cmd().args(["search", "--sort", "nonsense"]).expect(
        4,
        "",
        "error: --sort: \"nonsense\" is not FIELD:asc or FIELD:desc\n",
    );
    // Meilisearch's own message, one line (the fake's wording differs from the real one's).
    let incomplete = env.cmd().args(["search", "--filter", "state = "]).status(4);
    incomplete.stdout_empty();
    let stderr = incomplete.stderr();
    assert!(stderr.starts_with("error: ") && stderr.lines().count() == 1, "{stderr}");
}

#[test]
fn search_exit_codes_for_missing_index_and_unreachable_server() {
    let env = Env::new();
    env.cmd().args(["search", "x"]).status(3).stderr_has(&["does not exist", "ecomctl reindex"]);
    env.cmd().args(["search", "x", "--limit", "0"]).status(2).stderr_has(&["--limit"]);
    env.cmd()
        .env("MEILI_URL", DOWN)
        .args(["search", "x"])
        .status(5)
        .stderr_has(&["Meilisearch is unreachable", "docker compose up -d meilisearch"]);
}

#[test]
fn the_meilisearch_key_never_appears() {
    let env = Env::new();
    let secret = "super-secret-meili-key-123";
    for args in
        [&["search", "x"][..], &["-v", "index", "status"][..], &["doctor"][..], &["--help"][..]]
    {
        let run = env.cmd().env("MEILI_API_KEY", secret).args(args).run();
        assert!(
            !run.stderr().contains(secret) && !run.stdout().contains(secret),
            "{args:?} leaked the key"
        );
    }
    if env.search.fake().is_some() {
        env.cmd()
            .env("MEILI_API_KEY", secret)
            .args(["search", "x"])
            .status(4)
            .stderr_has(&["API key is invalid"]);
    }
}

#[test]
fn reindex_builds_the_live_index_when_none_exists() {
    let env = Env::new();
    env.db.product("A", "1.25", 100);
    env.db.product("B", "2.00", 100);
    for i in 0..7 {
        env.db.order(&format!("c{i}@example.com"), &["A", "B=2"]);
    }
    assert!(!env.search.index_exists());
    let summary = env.ok(&["-o", "json", "reindex"]).json();
    assert_eq!(summary["documents"], 7);
    assert_eq!(summary["dry_run"], false);
    assert_eq!(env.search.own_indexes(), vec![env.search.index.clone()], "no temporary index left");
    env.assert_index_matches_postgres();
    env.index_check_matches(7);
    let status = env.ok(&["-o", "json", "index", "status"]).json();
    assert_eq!(status["settings_drift"], json!([]));
    assert_eq!(status["documents"], 7);
}

#[test]
fn reindex_replaces_a_drifted_live_index_and_deletes_the_old_one() {
    let env = Env::new();
    env.db.product("A", "1.00", 100);
    let kept = env.order("a@example.com", &["A"]);
    let gone = env.order("b@example.com", &["A"]);
    // Drift: a deletion and a change that never reached the index, a stray doc.
    env.cmd().args(["--no-index", "orders", "delete", "--yes", &gone.to_string()]).setup();
    env.db.exec("DELETE FROM search_outbox");
    env.db.exec(&format!(
        "UPDATE orders SET customer_email = 'changed@example.com' WHERE id = {kept}"
    ));
    env.search.put_document(json!({"id": 999_999, "state": "CREATED"}));
    let check = env.cmd().args(["-o", "json", "index", "check"]).status(4);
    let drift = check.json();
    assert_eq!(drift["extra_count"], 2);
    assert_eq!(drift["differing_count"], 1);
    assert_eq!(drift["differing"][0]["field"], "customer_email");

    env.reindex_says(&["reindex"], 1, 1);
    assert_eq!(env.search.own_indexes(), vec![env.search.index.clone()]);
    env.assert_index_matches_postgres();
    env.index_check_matches(1);
}

#[test]
fn reindex_dry_run_counts_without_sending() {
    let env = Env::new();
    env.db.product("A", "1.00", 100);
    for _ in 0..5 {
        env.db.order("a@example.com", &["A"]);
    }
    let summary = env.ok(&["-o", "json", "reindex", "--dry-run", "--batch-size", "2"]).json();
    assert_eq!(summary["documents"], 5);
    assert_eq!(summary["batches"], 3);
    assert_eq!(summary["dry_run"], true);
    assert!(summary["bytes"].as_u64().unwrap() > 500);
    assert!(env.search.own_indexes().is_empty(), "a dry run creates nothing");
}

#[test]
fn reindex_sends_batches_of_the_requested_size() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 100);
    for _ in 0..5 {
        env.db.order("a@example.com", &["A"]);
    }
    env.reindex_says(&["reindex", "--batch-size", "2"], 5, 3);
    let sizes: Vec<usize> = fake.document_requests().iter().map(|(docs, _)| *docs).collect();
    assert_eq!(sizes, vec![2, 2, 1]);
}

#[test]
fn changes_made_during_a_reindex_are_applied_after_the_swap() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 100);
    let first = env.order("a@example.com", &["A"]);
    fake.set_task_delay(Duration::from_millis(150));
    let reindex = spawn_reindex(&env);
    wait_for_temporary_index(&env);
    // Pushed to the old live index while the new one is being built.
    env.ok(&["orders", "set-state", &first.to_string(), "CANCELLED"]).stderr_is("");
    let second = env.order("b@example.com", &["A"]);
    let out = reindex.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    fake.set_timing(crate::fake_meili::SUITE_TIMING);
    assert_eq!(env.search.document(first).unwrap()["state"], "CANCELLED");
    assert!(env.search.document(second).is_some());
    env.assert_index_matches_postgres();
    assert_eq!(env.db.int("SELECT count(*) FROM search_rebuilds"), 0);
}

fn spawn_reindex(env: &Env) -> std::process::Child {
    let mut cmd = crate::harness::ecomctl_command();
    cmd.args(["reindex"])
        .env("DATABASE_URL", env.db.url())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for (key, value) in env.search.env_pairs() {
        cmd.env(key, value);
    }
    cmd.spawn().unwrap()
}

fn wait_for_temporary_index(env: &Env) {
    let started = Instant::now();
    while !env.search.fake().unwrap().index_uids().iter().any(|uid| uid.contains("__rebuild_")) {
        assert!(started.elapsed() < Duration::from_secs(20), "no temporary index appeared");
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn interrupted_reindex_leaves_the_live_index_untouched() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 100);
    let id = env.order("a@example.com", &["A"]);
    let before = env.search.documents();
    env.db.order("late@example.com", &["A"]); // queued, not pushed
    fake.set_task_delay(Duration::from_millis(400));
    let reindex = spawn_reindex(&env);
    wait_for_temporary_index(&env);
    // Interrupted while Meilisearch still has work of the rebuild to do (a
    // fixed pause before the signal could find the rebuild not yet sending
    // anything, or done with it, on a busy machine).
    let pending = || {
        (0..200)
            .filter_map(|uid| fake.task_status(uid))
            .any(|status| status == "enqueued" || status == "processing")
    };
    wait_until(pending, "a task of the rebuild is pending");
    let status = Command::new("kill").args(["-INT", &reindex.id().to_string()]).status().unwrap();
    assert!(status.success());
    let out = reindex.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", String::from_utf8_lossy(&out.stderr));
    fake.set_timing(crate::fake_meili::SUITE_TIMING);
    assert_eq!(env.search.own_indexes(), vec![env.search.index.clone()], "temporary index removed");
    // Meilisearch was told to stop indexing the abandoned documents.
    let canceled =
        (0..200).filter_map(|uid| fake.task_status(uid)).filter(|s| s == "canceled").count();
    assert!(canceled > 0, "the temporary index's pending tasks were canceled");
    assert_eq!(env.search.documents(), before, "live index untouched");
    assert_eq!(env.search.document(id).unwrap()["state"], "CREATED");
    assert_eq!(env.db.int("SELECT count(*) FROM search_rebuilds"), 0);
}

#[test]
fn failed_reindex_removes_the_temporary_index() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 100);
    env.order("a@example.com", &["A"]);
    let before = env.search.documents();
    fake.fail_document_tasks(true);
    env.cmd().args(["reindex"]).status(4).stderr_has(&["injected failure"]);
    fake.fail_document_tasks(false);
    assert_eq!(env.search.own_indexes(), vec![env.search.index.clone()]);
    assert_eq!(env.search.documents(), before);
}

#[test]
fn index_setup_applies_settings_and_status_reports_the_backlog() {
    let env = Env::new();
    env.cmd().args(["index", "setup"]).expect(0, "", &env.index_created());
    env.db.product("A", "1.00", 10);
    env.db.order("a@example.com", &["A"]);
    let status = env.ok(&["-o", "json", "index", "status"]).json();
    assert_eq!(status["exists"], true);
    assert_eq!(status["documents"], 0);
    assert_eq!(status["outbox_pending"], 1);
    assert!(status["outbox_oldest_age_seconds"].as_f64().unwrap() >= 0.0);
    assert_eq!(status["settings_drift"], json!([]));
    let mut sortable: Vec<String> =
        serde_json::from_value(status["sortable_attributes"].clone()).unwrap();
    sortable.sort();
    assert_eq!(sortable, ["created_at_ts", "id", "total_price"]);
    // A different searchable mode is reported as drift until set up again.
    let compact =
        env.cmd().args(["--searchable", "compact", "-o", "json", "index", "status"]).ok().json();
    assert_eq!(compact["settings_drift"].as_array().unwrap().len(), 1);
    env.cmd().args(["--searchable", "compact", "index", "setup"]).ok().stderr_has(&["updated"]);
    env.ok(&["index", "status"]).stdout_has(&["1 pending", "items.product_name"]);

    // Sent but not yet confirmed is shown apart from unsent.
    fake_only!(env.search).set_stalled(true);
    env.order("b@example.com", &["A"]);
    let status = env.ok(&["-o", "json", "index", "status"]).json();
    assert_eq!(status["outbox_pending"], 1);
    assert_eq!(status["outbox_sent"], 1);
    assert!(status["outbox_sent_oldest_age_seconds"].as_f64().unwrap() >= 0.0);
    // (doctor fails on the compact settings of this index; the outbox line is what matters.)
    env.cmd()
        .args(["--searchable", "compact", "doctor"])
        .ok()
        .stdout_has(&["1 unsent", "1 sent and awaiting confirmation"]);
    fake_only!(env.search).set_stalled(false);
}

#[test]
fn doctor_reports_each_check() {
    let env = Env::new();
    let run = env.cmd().args(["-o", "json", "doctor"]).status(4);
    let checks = run.json();
    let status_of = |name: &str| {
        checks
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["check"] == name)
            .map(|c| c["status"].as_str().unwrap().to_owned())
    };
    assert_eq!(status_of("postgres").as_deref(), Some("pass"));
    assert_eq!(status_of("schema").as_deref(), Some("pass"));
    assert_eq!(status_of("meilisearch").as_deref(), Some("pass"));
    assert_eq!(status_of("index").as_deref(), Some("fail"), "no index yet");

    env.setup(&["reindex"]);
    env.ok(&["doctor"])
        .stdout_has(&["postgres", "meilisearch", "outbox"])
        .stderr_has(&["all checks passed"]);

    env.cmd()
        .env("MEILI_URL", DOWN)
        .args(["doctor"])
        .status(5)
        .stdout_has(&["FAIL", "docker compose up -d meilisearch"]);
    env.cmd()
        .env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/x")
        .args(["doctor"])
        .status(5)
        .stdout_has(&["FAIL", "postgres"]);
}

#[test]
fn sync_watch_follows_changes_survives_an_outage_and_stops_on_sigterm() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 100);
    let mut cmd = crate::harness::ecomctl_command();
    cmd.args(["sync", "--watch"])
        .env("DATABASE_URL", env.db.url())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for (key, value) in env.search.env_pairs() {
        cmd.env(key, value);
    }
    let watcher = cmd.spawn().unwrap();

    let first = env.db.order("a@example.com", &["A"]); // not pushed: --no-index
    wait_until(|| env.search.document(first).is_some(), "watch pushes a new order");

    fake.set_down(true);
    let second = env.db.order("b@example.com", &["A"]);
    std::thread::sleep(Duration::from_millis(500));
    fake.set_down(false);
    wait_until(|| env.search.document(second).is_some(), "watch recovers after the outage");
    // The entry is cleared just after Meilisearch confirms.
    wait_until(|| env.outbox() == 0, "the outbox drains");

    // Postgres drops the LISTEN connection (as in a restart): watch reconnects
    // and rescans, so an order written meanwhile is not missed.
    let terminated = env.db.int(
        "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = current_database() AND query ILIKE 'LISTEN%' AND pid <> pg_backend_pid()) t",
    );
    assert_eq!(terminated, 1, "the watcher's LISTEN connection");
    let third = env.db.order("c@example.com", &["A"]);
    wait_until(|| env.search.document(third).is_some(), "watch reconnects to Postgres");

    Command::new("kill").args(["-TERM", &watcher.id().to_string()]).status().unwrap();
    let out = watcher.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("sync failed"), "the outage was reported: {stderr}");
    assert!(stderr.contains("recovered"), "{stderr}");
    assert!(stderr.contains("reconnecting"), "{stderr}");
}

fn wait_until(mut done: impl FnMut() -> bool, what: &str) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < Duration::from_secs(30), "timed out: {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn imported_orders_are_synced_at_the_end_unless_no_sync() {
    let env = Env::new();
    env.db.product("A", "1.00", 100);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("orders.ndjson");
    let line = |ext: &str| json!({"external_ref": ext, "customer_email": "i@example.com", "items": [{"sku": "A", "quantity": 1}]});
    std::fs::write(&file, format!("{}\n{}\n", line("I-1"), line("I-2"))).unwrap();
    env.cmd().args(["orders", "import", file.to_str().unwrap()]).expect(
        0,
        "",
        "orders: read 2, inserted 2, updated 0, skipped 0, failed 0\n\
         synced 2 order(s) to the search index\n",
    );
    assert_eq!(env.outbox(), 0);
    assert_eq!(env.search.documents().len(), 2);

    std::fs::write(&file, format!("{}\n", line("I-3"))).unwrap();
    env.cmd().args(["orders", "import", "--no-sync", file.to_str().unwrap()]).expect(
        0,
        "",
        "orders: read 1, inserted 1, updated 0, skipped 0, failed 0\n",
    );
    assert_eq!(env.outbox(), 1, "left for sync");
    assert_eq!(env.search.documents().len(), 2);
    env.cmd().args(["sync"]).expect(
        0,
        "",
        "synced 1 order(s): 1 document(s) written, 0 deleted; 1 outbox entry confirmed\n",
    );
    env.assert_index_matches_postgres();
}

#[test]
fn demo_loads_reindexes_and_shows_a_search() {
    let env = Env::new();
    let run = env.ok(&["demo"]);
    run.stdout_has(&["lamp", "state", "orders"]);
    run.stderr_has(&["loaded 300 product(s)", "indexed"]);
    let orders = env.db.int("SELECT count(*) FROM orders");
    assert!(orders >= 2900, "a few thousand orders: {orders}");
    assert_eq!(env.search.documents().len() as i64, orders);
    let states = env.db.int("SELECT count(DISTINCT state) FROM orders");
    assert_eq!(states, 7, "every state is represented");

    env.cmd().args(["demo"]).expect(
        4,
        "",
        "error: the database already holds products or orders; the demo only loads into an \
         empty one (use --force to add the sample anyway)\n",
    );
    env.ok(&["demo", "--force"]).stderr_has(&["loaded 0 product(s) and 0 order(s)"]);
}

#[test]
fn a_refused_key_is_named_with_where_to_set_it() {
    let env = Env::new();
    if env.search.key.is_none() {
        crate::harness::skipped("the Meilisearch under test has no key to refuse");
        return;
    }
    let hint = "hint: give the key with --meili-key or MEILI_API_KEY (docker compose's \
                development key is in .env.example: `cp .env.example .env`)\n";
    env.cmd().env("MEILI_API_KEY", "not-the-key").args(["search", "lamp"]).expect(
        4,
        "",
        &format!("error: Meilisearch refused the key: The provided API key is invalid.\n{hint}"),
    );
    env.cmd().env_remove("MEILI_API_KEY").args(["search", "lamp"]).expect(
        4,
        "",
        &format!(
            "error: Meilisearch refused the key: The Authorization header is missing. It must \
             use the bearer authorization method.\n{hint}"
        ),
    );
    // The demo loads its data all the same, and says how to index it later.
    env.cmd().env_remove("MEILI_API_KEY").args(["demo"]).expect(
        0,
        "",
        "loaded 300 product(s) and 3000 order(s) (0 already there)\n\
         warning: search was skipped: Meilisearch refused the key: The Authorization header is \
         missing. It must use the bearer authorization method. The data is loaded; give its key \
         (--meili-key or MEILI_API_KEY; docker compose's is in .env.example: `cp .env.example \
         .env`), then run `ecomctl reindex`\n",
    );
    assert_eq!(env.db.int("SELECT count(*) FROM orders"), 3000);
    assert_eq!(env.outbox(), 3000, "queued for the reindex or sync to come");
}

#[test]
fn sync_watch_stops_on_sigterm_without_waiting_for_an_answer() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 1000);
    env.setup(&["index", "setup"]);
    for i in 0..50 {
        env.db.order(&format!("c{i}@example.com"), &["A"]);
    }
    // Every answer takes 5 s: the watcher is stuck in a request when told to stop.
    fake.set_response_delay(Duration::from_secs(5));
    let watcher = spawn(&env, &["sync", "--watch", "--batch-size", "10"]);
    wait_until(
        || env.db.int("SELECT count(*) FROM search_outbox WHERE claimed_by IS NOT NULL") > 0,
        "the watcher claims a batch",
    );
    Command::new("kill").args(["-TERM", &watcher.id().to_string()]).status().unwrap();
    let out = watcher.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    // It did not wait for the answer: nothing was recorded as sent (an
    // answer would have given its batch a task uid), its claims were given
    // back, and everything is still queued for the next sync.
    assert_eq!(env.sent(), 0, "the watcher waited for Meilisearch's answer");
    assert_eq!(env.db.int("SELECT count(*) FROM search_outbox WHERE claimed_by IS NOT NULL"), 0);
    assert_eq!(env.outbox(), 50);
    fake.set_response_delay(Duration::ZERO);
    env.cmd().args(["sync"]).expect(
        0,
        "",
        "synced 50 order(s): 50 document(s) written, 0 deleted; 50 outbox entries confirmed\n",
    );
    env.assert_index_matches_postgres();
}

#[test]
fn a_slow_meilisearch_never_holds_a_command_past_its_timeout() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 10);
    env.setup(&["index", "setup"]);
    // Longer than the default --timeout (10 s): were --timeout 1 ignored,
    // the default would end the request and the message would say 10s.
    fake.set_response_delay(Duration::from_secs(15));
    let run = env
        .cmd()
        .args(["--timeout", "1", "orders", "create", "--customer-email", "a@b.co", "--item", "A"])
        .ok();
    run.stderr_is(
        "warning: the search index was not updated (Meilisearch timed out: no answer within \
         1s); the change is queued: run `ecomctl sync`\n",
    );
    env.cmd().args(["--timeout", "1", "sync"]).expect(
        5,
        "",
        "error: sync stopped: entries not confirmed stay queued for the next sync: Meilisearch \
         timed out: no answer within 1s\n\
         hint: allow more time with --timeout / ECOMCTL_TIMEOUT, or find what is slow \
         (`ecomctl doctor` shows Meilisearch's queue)\n",
    );
    fake.set_response_delay(Duration::ZERO);
    env.cmd().args(["sync"]).expect(
        0,
        "",
        "synced 1 order(s): 1 document(s) written, 0 deleted; 1 outbox entry confirmed\n",
    );
    assert_eq!(env.outbox(), 0);
}

#[test]
fn a_meilisearch_answering_5xx_makes_sync_exit_5_and_loses_nothing() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 10);
    env.db.order("a@example.com", &["A"]);
    fake.set_down(true);
    env.cmd().args(["sync"]).status(5).stderr_has(&["Meilisearch"]);
    assert_eq!(env.outbox(), 1);
    assert_eq!(env.db.int("SELECT count(*) FROM search_outbox WHERE claimed_by IS NOT NULL"), 0);
    fake.set_down(false);
    env.cmd().args(["sync"]).expect(
        0,
        "",
        "synced 1 order(s): 1 document(s) written, 0 deleted; 1 outbox entry confirmed\n",
    );
    env.assert_index_matches_postgres();
}

#[test]
fn postgres_killed_during_a_reindex_leaves_the_live_index_and_the_next_run_cleans_up() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 100);
    for i in 0..20 {
        env.order(&format!("c{i}@example.com"), &["A"]);
    }
    let before = env.search.documents();
    fake.set_task_delay(Duration::from_millis(500));
    let reindex = spawn(&env, &["reindex", "--batch-size", "5"]);
    wait_for_temporary_index(&env);
    let killed = env.db.int(
        "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = current_database() AND application_name LIKE 'ecomctl%' \
         AND pid <> pg_backend_pid()) t",
    );
    assert!(killed > 0);
    let out = reindex.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", String::from_utf8_lossy(&out.stderr));
    fake.set_timing(crate::fake_meili::SUITE_TIMING);
    assert_eq!(env.search.documents(), before, "live index untouched");
    // The next reindex removes what the killed one left, and succeeds.
    env.reindex_says(&["reindex"], 20, 1);
    assert_eq!(env.search.own_indexes(), vec![env.search.index.clone()]);
    env.assert_index_matches_postgres();
}

#[test]
fn postgres_killed_under_sync_watch_it_reconnects_and_drains() {
    let env = Env::new();
    fake_only!(env.search);
    env.db.product("A", "1.00", 100);
    let watcher = spawn(&env, &["sync", "--watch"]);
    let first = env.db.order("a@example.com", &["A"]);
    wait_until(|| env.search.document(first).is_some(), "watch pushes a new order");
    for _ in 0..3 {
        env.db.int(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = current_database() AND application_name LIKE 'ecomctl%' \
             AND pid <> pg_backend_pid()) t",
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let second = env.db.order("b@example.com", &["A"]);
    wait_until(|| env.search.document(second).is_some(), "watch reconnects and pushes");
    wait_until(|| env.outbox() == 0, "and confirms");
    Command::new("kill").args(["-TERM", &watcher.id().to_string()]).status().unwrap();
    let out = watcher.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn meilisearch_over_https_with_a_private_ca() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    let proxy = crate::tls_proxy::TlsProxy::start(fake.url.trim_start_matches("http://"));
    let https = |cmd: Ecomctl| cmd.env("MEILI_URL", &proxy.url);
    // Trusted through --meili-ca-cert (or MEILI_CA_CERT).
    https(env.cmd())
        .args(["--meili-ca-cert", proxy.ca_pem.to_str().unwrap(), "index", "setup"])
        .expect(0, "", &env.index_created());
    env.db.product("A", "1.00", 10);
    https(env.cmd())
        .env("MEILI_CA_CERT", proxy.ca_pem.to_str().unwrap())
        .args(["--wait", "orders", "create", "--customer-email", "tls@example.com", "--item", "A"])
        .ok()
        .stderr_is("");
    assert_eq!(env.outbox(), 0);
    https(env.cmd())
        .args(["--meili-ca-cert", proxy.ca_pem.to_str().unwrap(), "doctor"])
        .ok()
        .stdout_has(&["TLS (certificate verified against the system roots and", "answered in"]);
    // Without it the certificate is refused, and the message says what to do.
    https(env.cmd())
        .args(["index", "status"])
        .status(4)
        .stderr_has(&["certificate was refused", "--meili-ca-cert"]);
}

#[test]
fn index_check_repair_fixes_exactly_the_drifted_orders() {
    let env = Env::new();
    env.db.product("A", "1.00", 100);
    let ids: Vec<i64> = (0..6).map(|i| env.order(&format!("c{i}@example.com"), &["A"])).collect();
    env.setup(&["sync"]);
    env.index_check_matches(6);
    // Behind the tool's back: one document altered, one order gone from the
    // index, one document for an order that does not exist.
    let mut altered = env.search.document(ids[1]).unwrap();
    altered["state"] = json!("DELIVERED");
    env.search.put_document(altered);
    env.db.exec(&format!("DELETE FROM search_outbox; UPDATE orders SET customer_email = 'moved@example.com' WHERE id = {}", ids[2]));
    env.search.put_document(json!({"id": 999_999, "state": "CREATED", "items": []}));

    let drift = env.cmd().args(["-o", "json", "index", "check"]).status(4).json();
    assert_eq!(drift["differing_count"], 2);
    assert_eq!(drift["extra"], json!([999_999]));
    let mut differing: Vec<i64> =
        drift["differing"].as_array().unwrap().iter().map(|d| d["id"].as_i64().unwrap()).collect();
    differing.sort();
    assert_eq!(differing, vec![ids[1], ids[2]]);

    let before = env.search.fake().map(|f| f.document_requests().len());
    env.cmd()
        .args(["index", "check", "--repair"])
        .ok()
        .stderr_has(&["queued 3 drifted order(s)", "matches PostgreSQL (6 order(s))"]);
    if let (Some(fake), Some(before)) = (env.search.fake(), before) {
        // Exactly the two differing orders were written again.
        let written: usize = fake.document_requests()[before..].iter().map(|(n, _)| n).sum();
        assert_eq!(written, 2);
    }
    env.assert_index_matches_postgres();
    assert!(env.search.document(999_999).is_none());
}

#[test]
fn search_results_as_csv() {
    let env = Env::new();
    env.db.product("LAMP", "15.00", 10);
    let id = env.order("ann@example.com", &["LAMP=2"]);
    env.setup(&["sync"]);
    let csv = env.ok(&["-o", "csv", "search", "--customer-email", "ann@example.com"]).stdout();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "id,external_ref,customer_email,state,total_price,created_at,closed_at,item_count,items"
        )
    );
    let row = lines.next().unwrap();
    assert!(row.starts_with(&format!("{id},,ann@example.com,CREATED,30.00,")), "{row}");
    assert!(row.ends_with(",2,2× LAMP name (LAMP)"), "{row}");
}

#[test]
fn an_index_with_the_old_settings_is_drifted_until_reindexed() {
    let env = Env::new();
    env.db.product("A", "1.00", 100);
    env.order("a@example.com", &["A"]);
    env.setup(&["reindex"]);
    let settings = env.search.settings();
    assert_eq!(settings["proximityPrecision"], "byAttribute");
    assert_eq!(settings["facetSearch"], false);
    assert_eq!(settings["typoTolerance"]["disableOnNumbers"], true);
    env.ok(&["doctor"]).stderr_has(&["all checks passed"]);

    // The settings ecomctl applied before: plain filterable attributes, the
    // engine's defaults for the rest.
    env.search.patch_settings(json!({
        "filterableAttributes": ["state", "customer_email", "created_at_ts", "total_price",
                                 "items.product_sku", "items.product_id"],
        "proximityPrecision": "byWord",
        "facetSearch": true,
        "typoTolerance": {"disableOnNumbers": false},
    }));
    let drift = "filterable attributes: expected [created_at_ts (= <>), customer_email (=), \
                 items.product_id (=), items.product_sku (=), state (=), total_price (= <>)], \
                 found [created_at_ts (= <> facet search), customer_email (= <> facet search), \
                 items.product_id (= <> facet search), items.product_sku (= <> facet search), \
                 state (= <> facet search), total_price (= <> facet search)]; \
                 proximity precision: expected byAttribute, found byWord; \
                 typo tolerance on numbers: expected off, found on";
    let doctor = env.cmd().args(["-o", "json", "doctor"]).status(4).json();
    let index = doctor.as_array().unwrap().iter().find(|c| c["check"] == "index").unwrap();
    assert_eq!(index["detail"], format!("facet search: expected false, found true; {drift}"));
    assert_eq!(
        index["suggestion"],
        "run `ecomctl reindex` to rebuild the index with ecomctl's settings and no downtime \
         (`ecomctl index setup` changes them in place; Meilisearch then re-indexes everything \
         while new writes wait)"
    );
    let index = &env.search.index;
    env.cmd().args(["index", "check"]).expect(
        0,
        "┌────────────────────────┬───────┬────────┐\n\
         │                        ┆ count ┆ sample │\n\
         ╞════════════════════════╪═══════╪════════╡\n\
         │ orders in PostgreSQL   ┆ 1     ┆        │\n\
         │ documents in the index ┆ 1     ┆        │\n\
         │ missing from the index ┆ 0     ┆        │\n\
         │ extra in the index     ┆ 0     ┆        │\n\
         │ content differs        ┆ 0     ┆        │\n\
         └────────────────────────┴───────┴────────┘\n",
        &format!(
            "warning: index {index}: its settings are not ecomctl's (facet search: expected \
             false, found true; {drift}); run `ecomctl reindex` to rebuild the index with \
             ecomctl's settings and no downtime (`ecomctl index setup` changes them in place; \
             Meilisearch then re-indexes everything while new writes wait)\n\
             index {index} matches PostgreSQL (1 order(s))\n"
        ),
    );

    env.setup(&["reindex"]);
    env.ok(&["doctor"]).stderr_has(&["all checks passed"]);
    assert_eq!(env.search.settings()["proximityPrecision"], "byAttribute");
}

#[test]
fn equality_only_attributes_refuse_comparisons_as_meilisearch_does() {
    let env = Env::new();
    env.db.product("A", "5.00", 100);
    let order = env.order("a@example.com", &["A"]);
    env.setup(&["reindex"]);
    // Ranges still work where ecomctl asks for them.
    assert_eq!(search_ids(&env, &["--min-total", "4", "--max-total", "6"]), [order]);
    env.cmd()
        .args(["search", "--filter", "state > \"A\""])
        .status(4)
        .stderr_has(&["Filter operator `>` is not allowed for the attribute `state`"]);
}

/// Writes `count` one-line orders for an import, without pushing them.
fn import_orders_quietly(env: &Env, count: usize) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("orders.ndjson");
    let lines: String = (0..count)
        .map(|i| {
            let order = json!({"customer_email": format!("c{i}@example.com"),
                               "items": [{"sku": "A", "quantity": 1}]});
            format!("{order}\n")
        })
        .collect();
    std::fs::write(&file, lines).unwrap();
    env.setup(&["orders", "import", "--no-sync", file.to_str().unwrap()]);
}

#[test]
fn compressed_bodies_index_the_same_documents() {
    let env = Env::new();
    env.db.product("A", "1.00", 100_000);
    env.setup(&["index", "setup"]);
    // 400 documents: a body well over the 64 KiB from which bodies are compressed.
    import_orders_quietly(&env, 400);
    let synced = env.ok(&["--compress", "gzip", "-o", "json", "sync"]).json();
    assert_eq!((synced["upserted"].as_u64(), synced["confirmed"].as_u64()), (Some(400), Some(400)));
    env.assert_index_matches_postgres();

    let rebuilt = env.ok(&["--compress", "gzip", "-o", "json", "reindex"]).json();
    assert_eq!(rebuilt["compressed"], true);
    let (ndjson, sent) =
        (rebuilt["bytes"].as_u64().unwrap(), rebuilt["sent_bytes"].as_u64().unwrap());
    assert!(sent * 5 < ndjson, "gzip should shrink order documents: {sent} of {ndjson} bytes");
    env.assert_index_matches_postgres();
    env.index_check_matches(400);
    if let Some(fake) = env.search.fake() {
        assert_eq!(fake.compressed_requests(), 2, "the sync's request and the reindex's");
        // `auto` on a loopback address sends plain bodies.
        env.setup(&["reindex"]);
        assert_eq!(fake.compressed_requests(), 2);
    }
}

#[test]
fn the_payload_limit_applies_to_the_unpacked_body() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 100_000);
    env.setup(&["index", "setup"]);
    import_orders_quietly(&env, 400);
    // Compressed, the backlog is a few kilobytes; unpacked, over 100 KiB: as
    // Meilisearch does, the fake refuses it, and the sync splits it up.
    fake.set_payload_limit(64 * 1024);
    let synced = env.ok(&["--compress", "gzip", "-o", "json", "sync"]).json();
    assert_eq!(synced["upserted"], 400);
    let requests = fake.document_requests();
    assert!(requests.len() >= 2, "one request refused, then smaller ones: {requests:?}");
    assert!(requests.iter().all(|(_, bytes)| *bytes <= 64 * 1024), "{requests:?}");
    env.assert_index_matches_postgres();
}

#[test]
fn a_backlog_that_fits_one_request_is_sent_as_one() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 100_000);
    env.setup(&["index", "setup"]);
    // More than the 10,000 orders per request sent while reading a large
    // backlog: still one request, so Meilisearch indexes it as one batch.
    import_orders_quietly(&env, 10_001);
    let before = fake.document_requests().len();
    env.cmd().args(["sync"]).expect(
        0,
        "",
        "synced 10001 order(s): 10001 document(s) written, 0 deleted; 10001 outbox entries confirmed\n",
    );
    let sizes: Vec<usize> = fake.document_requests()[before..].iter().map(|(n, _)| *n).collect();
    assert_eq!(sizes, [10_001]);
    assert_eq!(env.outbox(), 0);
}

#[test]
fn reindex_follows_the_engine_through_a_long_batch() {
    let env = Env::new();
    let fake = fake_only!(env.search);
    env.db.product("A", "1.00", 100);
    for _ in 0..3 {
        env.db.order("a@example.com", &["A"]);
    }
    env.setup(&["index", "setup"]);
    // One batch of three documents that takes the engine two seconds: the
    // rebuild reports the engine's progress through it while it waits.
    fake.set_timing(crate::fake_meili::Timing {
        per_batch: Duration::from_millis(60),
        per_document: Duration::from_millis(700),
    });
    let stderr = env.ok(&["-v", "reindex"]).stderr();
    fake.set_timing(crate::fake_meili::SUITE_TIMING);
    let told: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("debug: Meilisearch is indexing a batch of 3 document(s)"))
        .collect();
    assert!(told.len() >= 2, "progress told in steps while the engine works: {told:?}");
    assert!(told.iter().all(|l| {
        l.starts_with("debug: Meilisearch is indexing a batch of 3 document(s) in 1 task(s): ")
    }));
    env.assert_index_matches_postgres();
}
