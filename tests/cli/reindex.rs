//! Meilisearch, `reindex`: building the live index or replacing a drifted
//! one without downtime, the dry run, batch sizes, changes made meanwhile,
//! interruption, failure and a killed PostgreSQL (the live index untouched),
//! compressed bodies and the payload limit, the engine's progress. Runs
//! against the in-process fake, or a real Meilisearch when TEST_MEILI_URL is
//! set (`search_harness`).

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::fake_only;
use crate::search_harness::{Env, import_orders_quietly, spawn, wait_until};

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
    // (A writer that bypasses the capture: its change is not queued.)
    env.db.exec(&format!(
        "UPDATE orders SET customer_email = 'changed@example.com' WHERE id = {kept}; \
         DELETE FROM search_outbox"
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
    env.cmd().args(["orders", "set-state", &first.to_string(), "CANCELLED"]).expect_masked(
        0,
        "┌──────────────┬──────────────────┐\n\
         │ id           ┆ 1                │\n\
         │ external ref ┆ —                │\n\
         │ customer     ┆ a@example.com    │\n\
         │ state        ┆ CANCELLED        │\n\
         │ total        ┆ 1.00             │\n\
         │ created      ┆ YYYY-MM-DD hh:mm │\n\
         │ updated      ┆ YYYY-MM-DD hh:mm │\n\
         │ closed       ┆ YYYY-MM-DD hh:mm │\n\
         └──────────────┴──────────────────┘\n\
         ┌─────────┬─────┬────────┬───────┬─────┬──────────┐\n\
         │ product ┆ sku ┆ name   ┆ price ┆ qty ┆ subtotal │\n\
         ╞═════════╪═════╪════════╪═══════╪═════╪══════════╡\n\
         │ 1       ┆ A   ┆ A name ┆  1.00 ┆   1 ┆     1.00 │\n\
         └─────────┴─────┴────────┴───────┴─────┴──────────┘\n",
        "",
    );
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
    env.cmd().args(["reindex"]).expect_like(
        4,
        "",
        "error: reindex failed: the live index was left as it was: Meilisearch task * failed: \
         injected failure: document task failed\n",
    );
    fake.fail_document_tasks(false);
    assert_eq!(env.search.own_indexes(), vec![env.search.index.clone()]);
    assert_eq!(env.search.documents(), before);
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
