//! Meilisearch, `search`: filters, sorting, pages and facets, filter values
//! that cannot change the filter, Meilisearch's errors and exit codes, the
//! key (never shown; a refused one named with where to set it), CSV
//! results. Runs against the in-process fake, or a real Meilisearch when
//! TEST_MEILI_URL is set (`search_harness`).

use crate::search_harness::{DOWN, Env};

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
    env.cmd().args(["search", "x"]).expect(
        3,
        "",
        &format!(
            "error: index {index} does not exist: run `ecomctl reindex` (or `ecomctl index \
             setup`)\n",
            index = env.search.index
        ),
    );
    env.cmd().args(["search", "x", "--limit", "0"]).expect(
        2,
        "",
        "error: invalid value '0' for '--limit <LIMIT>': 0 is not in 1..=1000\n\
         \n\
         For more information, try '--help'.\n",
    );
    env.cmd().env("MEILI_URL", DOWN).args(["search", "x"]).expect_like(
        5,
        "",
        "error: Meilisearch is unreachable: cannot connect (Connection refused (os error *))\n\
         hint: is Meilisearch running? `docker compose up -d meilisearch`; check --meili-url / \
         MEILI_URL and --meili-key / MEILI_API_KEY\n",
    );
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
        env.cmd().env("MEILI_API_KEY", secret).args(["search", "x"]).expect(
            4,
            "",
            "error: Meilisearch refused the key: The provided API key is invalid.\n\
             hint: give the key with --meili-key or MEILI_API_KEY (docker compose's development \
             key is in .env.example: `cp .env.example .env`)\n",
        );
    }
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
