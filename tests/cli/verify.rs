//! The index proven in step: versioned documents, `index check --fast`,
//! the watcher's continuous verification (what it finds is queued again,
//! logged, counted and recorded), and confirmations that check the task is
//! the one sent.

use serde_json::{Value, json};

use crate::delay_proxy::DelayProxy;
use crate::fake_only;
use crate::search_harness::{Env, SearchServer, wait_until};
use crate::unattended::Watcher;

/// Orders created and confirmed in the index; their ids.
fn indexed_orders(env: &Env, count: usize) -> Vec<i64> {
    env.db.product("A", "1.00", 100);
    let ids = (0..count).map(|i| env.order(&format!("c{i}@example.com"), &["A"])).collect();
    env.setup(&["sync"]);
    ids
}

/// A document as the index has it, with `change` applied, written back.
fn rewrite(env: &Env, id: i64, change: impl FnOnce(&mut Value)) {
    let mut doc = env.search.document(id).unwrap();
    change(&mut doc);
    env.search.put_document(doc);
}

/// The four ways a document drifts, done behind the tool's back: an edited
/// document, a deleted one, one older than confirmed, one for no order.
fn drift_four_ways(env: &Env, ids: &[i64]) {
    rewrite(env, ids[0], |doc| doc["state"] = json!("DELIVERED"));
    env.search.delete_document(ids[1]);
    rewrite(env, ids[2], |doc| {
        doc["customer_email"] = json!("earlier@example.com");
        doc["version"] = json!(1);
    });
    env.search.put_document(json!({"id": 999_999, "state": "CREATED", "items": [], "version": 1}));
}

#[test]
fn index_check_fast_compares_ids_and_versions_and_the_full_check_content_too() {
    let env = Env::new();
    let ids = indexed_orders(&env, 4);
    drift_four_ways(&env, &ids);

    let fast = env.cmd().args(["-o", "json", "index", "check", "--fast"]).status(4).json();
    assert_eq!(
        (&fast["missing"], &fast["extra"], &fast["stale"], &fast["differing_count"]),
        (&json!([ids[1]]), &json!([999_999]), &json!([ids[2]]), &json!(0)),
        "{fast}"
    );
    env.cmd().args(["index", "check"]).expect(
        4,
        &format!(
            "┌────────────────────────┬───────┬───────────┐\n\
             │                        ┆ count ┆ sample    │\n\
             ╞════════════════════════╪═══════╪═══════════╡\n\
             │ orders in PostgreSQL   ┆ 4     ┆           │\n\
             │ documents in the index ┆ 4     ┆           │\n\
             │ missing from the index ┆ 1     ┆ {}         │\n\
             │ extra in the index     ┆ 1     ┆ 999999    │\n\
             │ older than confirmed   ┆ 1     ┆ {}         │\n\
             │ content differs        ┆ 1     ┆ {} (state) │\n\
             └────────────────────────┴───────┴───────────┘\n",
            ids[1], ids[2], ids[0]
        ),
        &format!(
            "error: index {} has drifted: 1 missing, 1 extra, 1 stale, 1 differing (run `ecomctl \
             index check --repair`, or `ecomctl reindex`)\n",
            env.search.index
        ),
    );
    env.setup(&["index", "check", "--repair"]);
    env.index_check_matches(4);
}

#[test]
fn the_watcher_finds_and_repairs_what_was_done_to_the_index_behind_its_back() {
    let env = Env::new();
    let ids = indexed_orders(&env, 4);
    drift_four_ways(&env, &ids);

    let watcher = Watcher::start(&env.db, &env.search, &["--verify-interval", "1s"]);
    for (kind, id) in
        [("differing", ids[0]), ("missing", ids[1]), ("stale", ids[2]), ("extra", 999_999)]
    {
        let series =
            format!("ecomctl_drift_found_total{{index=\"{}\",kind=\"{kind}\"}}", env.search.index);
        wait_until(|| watcher.metric(&series) == 1.0, &format!("{kind} counted"));
        let _ = id;
    }
    wait_until(|| env.outbox() == 0, "the repairs are pushed and confirmed");
    env.assert_index_matches_postgres();
    env.index_check_matches(4);
    let series = format!("ecomctl_verified_total{{index=\"{}\"}}", env.search.index);
    assert!(watcher.metric(&series) >= 5.0, "4 orders and the extra document compared");
    let series =
        format!("ecomctl_verify_last_pass_timestamp_seconds{{index=\"{}\"}}", env.search.index);
    assert!(watcher.metric(&series) > 1.7e9);

    // A later pass finds nothing, and says so where `index status` reads it.
    wait_until(
        || {
            let status = env.ok(&["-o", "json", "index", "status"]).json();
            status["last_verification"]["compared"] == 4
                && status["last_verification"]["missing"] == 0
        },
        "a clean pass recorded",
    );
    let lines = watcher.stop();
    for expected in [
        format!("verification: 1 differing document(s) queued again (orders {})", ids[0]),
        format!("verification: 1 missing document(s) queued again (orders {})", ids[1]),
        format!("verification: 1 stale document(s) queued again (orders {})", ids[2]),
        "verification: 1 extra document(s) queued again (orders 999999)".to_owned(),
    ] {
        assert!(lines.iter().any(|line| line.ends_with(&expected)), "{expected}\n{lines:#?}");
    }
    assert!(
        lines.iter().any(|line| line.contains(
            "verification pass: 4 document(s) compared in 0s, 0 drifted (0 missing, 0 extra, 0 \
             stale, 0 differing)"
        )),
        "{lines:#?}"
    );
    let status = env.ok(&["index", "status"]).stdout();
    let verified = status.lines().find(|line| line.contains("verified")).unwrap();
    assert!(verified.contains("s ago: 4 document(s) compared in 0s, no drift"), "{verified}");
}

#[test]
fn a_late_request_that_lands_after_a_newer_one_is_repaired_by_verification() {
    let env = Env::new();
    env.setup(&["index", "setup"]);
    let proxy = DelayProxy::start(&env.search.url);
    let watcher = Watcher::start_with(
        &env.db,
        &env.search,
        &["--verify-interval", "1s", "--timeout", "2"],
        |cmd| {
            cmd.env("MEILI_URL", &proxy.url);
        },
    );
    // Another writer's order: the watcher's first push of it is held back
    // (it times out after 2 s and sends it again).
    proxy.hold_next_document_request();
    let id = env.db.int(
        "INSERT INTO orders (customer_email, total_price) VALUES ('late@example.com', 0) \
         RETURNING id",
    );
    wait_until(|| env.search.document(id).is_some(), "the order is searchable");
    env.db.exec(&format!("UPDATE orders SET state = 'SHIPPED' WHERE id = {id}"));
    wait_until(
        || env.search.document(id).is_some_and(|doc| doc["state"] == "SHIPPED"),
        "the newer version is searchable",
    );
    // The held request lands: an older document over the newer one…
    proxy.release();
    wait_until(|| proxy.delivered() == 1, "the held request is delivered");
    // …which verification finds and replaces, with no operator action.
    watcher.wait_for_line(&format!("verification: 1 stale document(s) queued again (orders {id})"));
    wait_until(|| env.outbox() == 0, "the repair is confirmed");
    assert_eq!(env.search.document(id).unwrap()["state"], "SHIPPED");
    env.index_check_matches(1);
}

#[test]
fn readyz_says_when_no_verification_pass_has_ended_for_too_long() {
    let env = Env::new();
    indexed_orders(&env, 6);
    // One document a second: a pass of 6 takes 6 s, more than 2 s allowed.
    let watcher =
        Watcher::start(&env.db, &env.search, &["--verify-rate", "1", "--max-verify-age", "2s"]);
    let reasons = |body: &Value| body["reasons"].to_string();
    wait_until(
        || reasons(&watcher.readiness().1).contains("no verification pass"),
        "unready for the verification",
    );
    let (_, body) = watcher.readiness();
    let reasons: Vec<&str> =
        body["reasons"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    assert_eq!(reasons.len(), 1, "{body}");
    assert!(
        reasons[0].starts_with("no verification pass has ended for ")
            && reasons[0].ends_with("s (max 2s)"),
        "{body}"
    );
    // Once the pass ends the watcher is ready again.
    wait_until(|| watcher.readiness().0 == 200, "ready after the pass");
}

#[test]
fn verification_flags_need_the_watcher() {
    let env = Env::new();
    let run = env.cmd().args(["sync", "--verify-rate", "10"]).status(2);
    run.stderr_has(&["--verify-rate", "--watch"]);
}

#[test]
fn a_task_answered_by_another_server_does_not_confirm_a_change() {
    let env = Env::new();
    fake_only!(env.search);
    // A second server at another address, with an index of the same name
    // and as many tasks: its task uids are the first server's.
    let other = SearchServer::another_fake(&env.search.index);
    let on_other = || other.apply(env.db.ecomctl());
    env.setup(&["index", "setup"]);
    on_other().args(["index", "setup"]).setup();
    env.db.product("A", "1.00", 10);
    // Pushed to the first server, not confirmed yet…
    let first = env.order("first@example.com", &["A"]);
    // …and another process's order pushed to the second: same task uid.
    let second = on_other()
        .args(["-o", "json", "orders", "create", "--customer-email", "o@example.com"])
        .args(["--item", "A"])
        .ok()
        .json()["id"]
        .as_i64()
        .unwrap();
    assert_eq!(env.sent(), 2);

    // Synced against the second server: the first order's task uid names a
    // task there, but not the one sent — it is pushed again, not cleared.
    on_other().args(["sync"]).setup();
    assert_eq!(env.outbox(), 0);
    let ids: Vec<i64> = other.documents().iter().map(|doc| doc["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, vec![first, second]);
}
