//! Meilisearch, the write path: a change is pushed after its commit and
//! confirmed by a later command, `--wait` gives read-your-write, `sync`
//! sends a backlog in large requests, and an outage (down, failing tasks,
//! slow answers, 5xx) loses nothing. Runs against the in-process fake, or a
//! real Meilisearch when TEST_MEILI_URL is set (`search_harness`).

use std::time::Duration;

use serde_json::json;

use crate::fake_only;
use crate::search_harness::{
    DOWN, Env, created_order_of_a, import_orders_quietly, spawn, wait_until,
};

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

    env.cmd().args(["orders", "set-state", &id.to_string(), "SHIPPED"]).expect_masked(
        0,
        "┌──────────────┬──────────────────┐\n\
         │ id           ┆ 1                │\n\
         │ external ref ┆ —                │\n\
         │ customer     ┆ ann@example.com  │\n\
         │ state        ┆ SHIPPED          │\n\
         │ total        ┆ 22.50            │\n\
         │ created      ┆ YYYY-MM-DD hh:mm │\n\
         │ updated      ┆ YYYY-MM-DD hh:mm │\n\
         │ closed       ┆ —                │\n\
         └──────────────┴──────────────────┘\n\
         ┌─────────┬──────┬───────────┬───────┬─────┬──────────┐\n\
         │ product ┆ sku  ┆ name      ┆ price ┆ qty ┆ subtotal │\n\
         ╞═════════╪══════╪═══════════╪═══════╪═════╪══════════╡\n\
         │ 1       ┆ LAMP ┆ LAMP name ┆ 10.00 ┆   2 ┆    20.00 │\n\
         │ 2       ┆ MUG  ┆ MUG name  ┆  2.50 ┆   1 ┆     2.50 │\n\
         └─────────┴──────┴───────────┴───────┴─────┴──────────┘\n",
        "",
    );
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
    env.cmd().args(["orders", "set-state", &id.to_string(), "SHIPPED"]).expect_masked(
        0,
        "┌──────────────┬──────────────────┐\n\
         │ id           ┆ 1                │\n\
         │ external ref ┆ —                │\n\
         │ customer     ┆ a@b.co           │\n\
         │ state        ┆ SHIPPED          │\n\
         │ total        ┆ 1.00             │\n\
         │ created      ┆ YYYY-MM-DD hh:mm │\n\
         │ updated      ┆ YYYY-MM-DD hh:mm │\n\
         │ closed       ┆ —                │\n\
         └──────────────┴──────────────────┘\n\
         ┌─────────┬─────┬────────┬───────┬─────┬──────────┐\n\
         │ product ┆ sku ┆ name   ┆ price ┆ qty ┆ subtotal │\n\
         ╞═════════╪═════╪════════╪═══════╪═════╪══════════╡\n\
         │ 1       ┆ A   ┆ A name ┆  1.00 ┆   1 ┆     1.00 │\n\
         └─────────┴─────┴────────┴───────┴─────┴──────────┘\n",
        "",
    );

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
        .expect_masked(
            0,
            "┌──────────────┬──────────────────┐\n\
             │ id           ┆ 1                │\n\
             │ external ref ┆ —                │\n\
             │ customer     ┆ wait@example.com │\n\
             │ state        ┆ CANCELLED        │\n\
             │ total        ┆ 10.00            │\n\
             │ created      ┆ YYYY-MM-DD hh:mm │\n\
             │ updated      ┆ YYYY-MM-DD hh:mm │\n\
             │ closed       ┆ YYYY-MM-DD hh:mm │\n\
             └──────────────┴──────────────────┘\n\
             ┌─────────┬──────┬───────────┬───────┬─────┬──────────┐\n\
             │ product ┆ sku  ┆ name      ┆ price ┆ qty ┆ subtotal │\n\
             ╞═════════╪══════╪═══════════╪═══════╪═════╪══════════╡\n\
             │ 1       ┆ LAMP ┆ LAMP name ┆ 10.00 ┆   1 ┆    10.00 │\n\
             └─────────┴──────┴───────────┴───────┴─────┴──────────┘\n",
            "",
        );
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
         SELECT o.id, p.id, p.sku, p.name, p.price, 1 FROM orders o, products p;",
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
    env.db.ecomctl().args(["orders", "set-state", &id.to_string(), "SHIPPED"]).expect_masked(
        0,
        "┌──────────────┬──────────────────┐\n\
         │ id           ┆ 1                │\n\
         │ external ref ┆ —                │\n\
         │ customer     ┆ a@example.com    │\n\
         │ state        ┆ SHIPPED          │\n\
         │ total        ┆ 1.00             │\n\
         │ created      ┆ YYYY-MM-DD hh:mm │\n\
         │ updated      ┆ YYYY-MM-DD hh:mm │\n\
         │ closed       ┆ —                │\n\
         └──────────────┴──────────────────┘\n\
         ┌─────────┬─────┬────────┬───────┬─────┬──────────┐\n\
         │ product ┆ sku ┆ name   ┆ price ┆ qty ┆ subtotal │\n\
         ╞═════════╪═════╪════════╪═══════╪═════╪══════════╡\n\
         │ 1       ┆ A   ┆ A name ┆  1.00 ┆   1 ┆     1.00 │\n\
         └─────────┴─────┴────────┴───────┴─────┴──────────┘\n",
        "",
    );
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
    env.cmd()
        .args(["orders", "create", "--customer-email", "a@b.co", "--item", "A"])
        .expect_masked(0, &created_order_of_a(1, "a@b.co"), "");
    // sync sees the failure, says so (exit 4) and puts the entry back.
    env.cmd().args(["sync"]).expect_like(
        4,
        "",
        "error: sync stopped: entries not confirmed stay queued for the next sync: Meilisearch \
         task * failed: injected failure: document task failed; 1 task(s) failed, their orders \
         are queued again\n",
    );
    assert_eq!(env.outbox(), 1);
    assert_eq!(env.sent(), 0, "unsent again");
    // --wait reports the failure too.
    env.cmd()
        .args(["--wait", "orders", "create", "--customer-email", "b@b.co", "--item", "A"])
        .expect_masked(
            4,
            &created_order_of_a(2, "b@b.co"),
            "error: the change is committed and queued, but --wait could not see it indexed: \
             Meilisearch task 3 failed: injected failure: document task failed; the change stays \
             queued for `ecomctl sync`\n",
        );
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
    env.cmd()
        .args(["--no-index", "orders", "create", "--customer-email", "a@b.co", "--item", "A"])
        .expect_masked(0, &created_order_of_a(1, "a@b.co"), "");
    assert_eq!(env.outbox(), 1);
    env.cmd()
        .env("ECOMCTL_NO_INDEX", "1")
        .args(["orders", "create", "--customer-email", "a@b.co", "--item", "A"])
        .expect_masked(0, &created_order_of_a(2, "a@b.co"), "");
    assert_eq!(env.outbox(), 2);
    assert!(!env.search.index_exists());
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
    env.cmd()
        .args(["--timeout", "1", "orders", "create", "--customer-email", "a@b.co", "--item", "A"])
        .expect_masked(
            0,
            &created_order_of_a(1, "a@b.co"),
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
    env.cmd().args(["sync"]).expect(
        5,
        "",
        "error: sync stopped: entries not confirmed stay queued for the next sync: Meilisearch is \
         unreachable: HTTP 503\n\
         hint: is Meilisearch running? `docker compose up -d meilisearch`; check --meili-url / \
         MEILI_URL and --meili-key / MEILI_API_KEY\n",
    );
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
