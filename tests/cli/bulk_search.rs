//! Bulk changes and the search index: `--from-search` selects the orders a
//! search finds (every page, the same filters), the orders a bulk change
//! moves or deletes are pushed in one go, and afterwards the index, the
//! history and PostgreSQL agree. A search that reaches Meilisearch's
//! `maxTotalHits` is refused rather than cut short. Runs against the fake,
//! or a real Meilisearch with TEST_MEILI_URL (`search_harness`).

use serde_json::json;

use crate::search_harness::Env;

/// Five orders: ann's #1–#3 (LAMP), bob's #4 (MUG) and #5 (LAMP), pushed.
fn shop() -> Env {
    let env = Env::new();
    env.db.product("LAMP", "10.00", 100);
    env.db.product("MUG", "2.50", 100);
    for (customer, item) in [
        ("ann@example.com", "LAMP"),
        ("ann@example.com", "LAMP=2"),
        ("ann@example.com", "LAMP"),
        ("bob@example.com", "MUG"),
        ("bob@example.com", "LAMP"),
    ] {
        env.order(customer, &[item]);
    }
    env.search.wait_idle();
    env
}

fn hits(env: &Env, args: &[&str]) -> Vec<i64> {
    let found = env.ok(&[&["-o", "json", "search", "--limit", "100"], args].concat()).json();
    let mut ids: Vec<i64> =
        found["hits"].as_array().unwrap().iter().map(|h| h["id"].as_i64().unwrap()).collect();
    ids.sort_unstable();
    ids
}

#[test]
fn from_search_moves_what_the_search_finds_and_the_index_follows() {
    let env = shop();
    env.ok(&["orders", "set-state", "2", "SHIPPED", "--wait"]).stdout_has(&["SHIPPED"]);
    // The search with the same filter finds #1 and #3; PostgreSQL agrees.
    let plan = env
        .cmd()
        .args(["-o", "json", "orders", "set-state", "CANCELLED", "--from-search", "ann"])
        .args(["--state", "CREATED", "--dry-run"])
        .ok()
        .json();
    assert_eq!(plan["ids"], json!([1, 3]));
    assert_eq!(plan["search_hits"], 2);
    env.cmd()
        .args(["orders", "set-state", "CANCELLED", "--from-search", "ann", "--state", "CREATED"])
        .args(["--yes", "--wait"])
        .expect(
            0,
            "2 order(s) selected (of 2 search hit(s)): 2 moved to CANCELLED\n\
             \x20 CREATED → CANCELLED: 2\n\
             stock back: 2 unit(s) of 1 product(s)\n\
             \x20 LAMP: +2\n",
            "moved 2 order(s) to CANCELLED, 2 unit(s) back in stock\n",
        );
    assert_eq!(hits(&env, &["--state", "CANCELLED"]), [1, 3]);
    assert_eq!(hits(&env, &["ann"]), [1, 2, 3]);
    env.assert_index_matches_postgres();
    assert_eq!(env.outbox() - env.sent(), 0, "nothing left unsent");
    let history = env.ok(&["-o", "json", "orders", "history", "3"]).json();
    assert_eq!(history[1]["changes"]["state"], json!({"old": "CREATED", "new": "CANCELLED"}));
}

#[test]
fn a_bulk_delete_takes_the_documents_out_of_the_index() {
    let env = shop();
    env.cmd()
        .args(["orders", "delete", "--customer-email", "bob@example.com", "--yes", "--wait"])
        .expect(
            0,
            "2 order(s) selected: 2 deleted\n  CREATED → deleted: 2\n",
            "deleted 2 order(s)\n",
        );
    assert_eq!(hits(&env, &[]), [1, 2, 3]);
    env.assert_index_matches_postgres();
    // A stale hit (a deleted order still in an index that is behind) is
    // not selected, nor refused: PostgreSQL decides what exists.
    env.search.put_document(json!({"id": 4, "customer_email": "bob@example.com"}));
    let plan = env
        .cmd()
        .args(["-o", "json", "orders", "delete", "--from-search", "", "--dry-run"])
        .ok()
        .json();
    assert_eq!((plan["ids"].clone(), plan["search_hits"].clone()), (json!([1, 2, 3]), json!(4)));
}

#[test]
fn a_search_past_max_total_hits_or_max_is_refused_not_cut_short() {
    let env = shop();
    env.cmd().args(["orders", "set-state", "FAILED", "--from-search", "ann", "--max", "2", "-y"]).expect(
        2,
        "",
        "error: the selection holds about 3 order(s), more than --max 2: narrow it, or pass --max \
         3 if that is meant; nothing was changed\n",
    );
    env.search.patch_settings(json!({"pagination": {"maxTotalHits": 3}}));
    env.cmd().args(["orders", "set-state", "FAILED", "--from-search", "", "--dry-run"]).expect(
        4,
        "",
        "error: --from-search: the search reached the 3 hits Meilisearch returns at most (the \
         index's pagination.maxTotalHits), so it may match orders no page shows: narrow it, or \
         select with the filters instead (they are read from PostgreSQL)\n",
    );
    assert_eq!(env.db.int("SELECT count(*) FROM orders WHERE state = 'FAILED'"), 0);
    // Under the cap, every page is read.
    let plan = env
        .cmd()
        .args(["-o", "json", "orders", "set-state", "FAILED", "--from-search", "bob", "--dry-run"])
        .ok()
        .json();
    assert_eq!(plan["ids"], json!([4, 5]));
}
