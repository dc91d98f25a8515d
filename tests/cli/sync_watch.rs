//! Meilisearch, `sync` and `sync --watch`: concurrent syncs and writers
//! converge, imports are synced at their end, and the watcher follows
//! changes through outages and PostgreSQL restarts and stops on SIGTERM
//! without waiting for an answer. Runs against the in-process fake, or a
//! real Meilisearch when TEST_MEILI_URL is set (`search_harness`).

use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::json;

use crate::fake_only;
use crate::search_harness::{Env, spawn, wait_until};

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
