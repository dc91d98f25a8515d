//! Meilisearch, the index and its surroundings: `index setup`, `status`,
//! `check` and `check --repair`, settings drift, `doctor`, `demo`, and TLS
//! to Meilisearch with a private CA. Runs against the in-process fake, or a
//! real Meilisearch when TEST_MEILI_URL is set (`search_harness`).

use serde_json::json;

use crate::fake_only;
use crate::harness::Ecomctl;
use crate::search_harness::{DOWN, Env, created_order_of_a};

/// `doctor`'s table when every check passes, Meilisearch over plain HTTP,
/// the outbox empty and the index holding `documents`.
fn doctor_all_ok(env: &Env, documents: usize) -> String {
    format!(
        "┌────┬─────────────┬*┬────────────┐\n\
         │    ┆ check       ┆ detail *┆ suggestion │\n\
         ╞════╪═════════════╪*╪════════════╡\n\
         │ ok ┆ postgres    ┆ PostgreSQL *┆            │\n\
         │ ok ┆ schema      ┆ * migration(s) applied *┆            │\n\
         │ ok ┆ capture     ┆ installed and enabled: every writer's changes reach search and history *┆            │\n\
         │ ok ┆ outbox      ┆ empty: every change is in the index *┆            │\n\
         │ ok ┆ meilisearch ┆ Meilisearch * at *, no TLS, answered in * ms *┆            │\n\
         │ ok ┆ index       ┆ {index}: {documents} document(s), settings as expected *┆            │\n\
         └────┴─────────────┴*┴────────────┘\n",
        index = env.search.index
    )
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
    env.cmd().args(["--searchable", "compact", "index", "setup"]).expect(
        0,
        "",
        &format!("index {index}: updated, settings applied\n", index = env.search.index),
    );
    env.ok(&["index", "status"]).stdout_has(&["1 pending", "items.product_name"]);

    // Sent but not yet confirmed is shown apart from unsent.
    fake_only!(env.search).set_stalled(true);
    env.order("b@example.com", &["A"]);
    let status = env.ok(&["-o", "json", "index", "status"]).json();
    assert_eq!(status["outbox_pending"], 1);
    assert_eq!(status["outbox_sent"], 1);
    assert!(status["outbox_sent_oldest_age_seconds"].as_f64().unwrap() >= 0.0);
    // (doctor fails on the compact settings of this index; the outbox line is what matters.)
    env.cmd().args(["--searchable", "compact", "doctor"]).expect_like(
        0,
        &format!(
            "┌────┬─────────────┬*┬────────────┐\n\
             │    ┆ check       ┆ detail *┆ suggestion │\n\
             ╞════╪═════════════╪*╪════════════╡\n\
             │ ok ┆ postgres    ┆ PostgreSQL *┆            │\n\
             │ ok ┆ schema      ┆ * migration(s) applied *┆            │\n\
             │ ok ┆ capture     ┆ installed and enabled: every writer's changes reach search and history *┆            │\n\
             │ ok ┆ outbox      ┆ 1 unsent (oldest *s), 1 sent and awaiting confirmation (oldest \
             *s) *┆            │\n\
             │ ok ┆ meilisearch ┆ Meilisearch * at *, no TLS, answered in * ms *┆            │\n\
             │ ok ┆ index       ┆ {index}: 0 document(s), settings as expected *┆            │\n\
             └────┴─────────────┴*┴────────────┘\n",
            index = env.search.index
        ),
        "all checks passed\n",
    );
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
    env.cmd().args(["doctor"]).expect_like(0, &doctor_all_ok(&env, 0), "all checks passed\n");

    env.cmd().env("MEILI_URL", DOWN).args(["doctor"]).expect_like(
        5,
        "┌──────┬─────────────┬*┬*┐\n\
         │      ┆ check       ┆ detail *┆ suggestion *│\n\
         ╞══════╪═════════════╪*╪*╡\n\
         │ ok   ┆ postgres    ┆ PostgreSQL *┆ *│\n\
         │ ok   ┆ schema      ┆ * migration(s) applied *┆ *│\n\
         │ ok   ┆ capture     ┆ installed and enabled: every writer's changes reach search and history *┆ *│\n\
         │ ok   ┆ outbox      ┆ empty: every change is in the index *┆ *│\n\
         │ FAIL ┆ meilisearch ┆ Meilisearch is unreachable: cannot connect (Connection refused \
         (os error *)) *┆ is Meilisearch running? `docker compose up -d meilisearch`; check \
         MEILI_URL *│\n\
         └──────┴─────────────┴*┴*┘\n",
        "error: Meilisearch is unreachable: 1 check(s) failed: meilisearch\n\
         hint: is Meilisearch running? `docker compose up -d meilisearch`; check --meili-url / \
         MEILI_URL and --meili-key / MEILI_API_KEY\n",
    );
    env.cmd().env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/x").args(["doctor"]).expect_like(
        5,
        &format!(
            "┌──────┬─────────────┬*┬*┐\n\
             │      ┆ check       ┆ detail *┆ suggestion *│\n\
             ╞══════╪═════════════╪*╪*╡\n\
             │ FAIL ┆ postgres    ┆ PostgreSQL is unreachable: nobody@127.0.0.1:1/x: error \
             connecting to server: Connection refused (os error *) *┆ is Postgres running? \
             `docker compose up -d postgres`; check DATABASE_URL / PGHOST *│\n\
             │ ok   ┆ meilisearch ┆ Meilisearch * at *, no TLS, answered in * ms *┆ *│\n\
             │ ok   ┆ index       ┆ {index}: 0 document(s), settings as expected *┆ *│\n\
             └──────┴─────────────┴*┴*┘\n",
            index = env.search.index
        ),
        "error: PostgreSQL is unreachable: 1 check(s) failed: postgres\n\
         hint: is PostgreSQL running? `docker compose up -d postgres`; check --database-url / \
         DATABASE_URL / PGHOST, PGPORT\n",
    );
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
        .expect_masked(0, &created_order_of_a(1, "tls@example.com"), "");
    assert_eq!(env.outbox(), 0);
    https(env.cmd())
        .args(["--meili-ca-cert", proxy.ca_pem.to_str().unwrap(), "doctor"])
        .expect_like(
            0,
            &format!(
                "┌────┬─────────────┬*┬────────────┐\n\
                 │    ┆ check       ┆ detail *┆ suggestion │\n\
                 ╞════╪═════════════╪*╪════════════╡\n\
                 │ ok ┆ postgres    ┆ PostgreSQL *┆            │\n\
                 │ ok ┆ schema      ┆ * migration(s) applied *┆            │\n\
                 │ ok ┆ capture     ┆ installed and enabled: every writer's changes reach search and history *┆            │\n\
                 │ ok ┆ outbox      ┆ empty: every change is in the index *┆            │\n\
                 │ ok ┆ meilisearch ┆ Meilisearch * at *, TLS (certificate verified against the \
                 system roots and *), answered in * ms *┆            │\n\
                 │ ok ┆ index       ┆ {index}: 1 document(s), settings as expected *┆            \
                 │\n\
                 └────┴─────────────┴*┴────────────┘\n",
                index = env.search.index
            ),
            "all checks passed\n",
        );
    // Without it the certificate is refused, and the message says what to do.
    https(env.cmd()).args(["index", "status"]).expect(
        4,
        "",
        "error: Meilisearch's TLS certificate was refused (UnknownIssuer): if it is signed by a \
         private certificate authority, pass that CA with --meili-ca-cert (or MEILI_CA_CERT)\n",
    );
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
    // (A writer that bypasses the capture: its change is not queued.)
    env.db.exec(&format!(
        "UPDATE orders SET customer_email = 'moved@example.com' WHERE id = {}; \
         DELETE FROM search_outbox",
        ids[2]
    ));
    env.search.put_document(json!({"id": 999_999, "state": "CREATED", "items": []}));

    let drift = env.cmd().args(["-o", "json", "index", "check"]).status(4).json();
    assert_eq!(drift["differing_count"], 2);
    assert_eq!(drift["extra"], json!([999_999]));
    let mut differing: Vec<i64> =
        drift["differing"].as_array().unwrap().iter().map(|d| d["id"].as_i64().unwrap()).collect();
    differing.sort();
    assert_eq!(differing, vec![ids[1], ids[2]]);

    let before = env.search.fake().map(|f| f.document_requests().len());
    env.cmd().args(["index", "check", "--repair"]).expect(
        0,
        "┌────────────────────────┬───────┬───────────────────────────────┐\n\
         │                        ┆ count ┆ sample                        │\n\
         ╞════════════════════════╪═══════╪═══════════════════════════════╡\n\
         │ orders in PostgreSQL   ┆ 6     ┆                               │\n\
         │ documents in the index ┆ 7     ┆                               │\n\
         │ missing from the index ┆ 0     ┆                               │\n\
         │ extra in the index     ┆ 1     ┆ 999999                        │\n\
         │ older than confirmed   ┆ 0     ┆                               │\n\
         │ content differs        ┆ 2     ┆ 2 (state), 3 (customer_email) │\n\
         └────────────────────────┴───────┴───────────────────────────────┘\n",
        &format!(
            "repair: queued 3 drifted order(s) and synced them (2 written, 1 deleted)\n\
             index {index} matches PostgreSQL (6 order(s))\n",
            index = env.search.index
        ),
    );
    if let (Some(fake), Some(before)) = (env.search.fake(), before) {
        // Exactly the two differing orders were written again.
        let written: usize = fake.document_requests()[before..].iter().map(|(n, _)| n).sum();
        assert_eq!(written, 2);
    }
    env.assert_index_matches_postgres();
    assert!(env.search.document(999_999).is_none());
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
    env.cmd().args(["doctor"]).expect_like(0, &doctor_all_ok(&env, 1), "all checks passed\n");

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
         │ older than confirmed   ┆ 0     ┆        │\n\
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
    env.cmd().args(["doctor"]).expect_like(0, &doctor_all_ok(&env, 1), "all checks passed\n");
    assert_eq!(env.search.settings()["proximityPrecision"], "byAttribute");
}
