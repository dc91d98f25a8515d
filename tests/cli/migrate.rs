use crate::harness::{Ecomctl, TestDb};

/// How many migrations the binary embeds (one per file in migrations/).
fn embedded() -> i64 {
    std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations")).unwrap().count() as i64
}

#[test]
fn migrate_applies_once_and_is_idempotent() {
    let db = TestDb::empty();
    db.ecomctl()
        .arg("migrate")
        .ok()
        .stdout_has(&["initial_schema"])
        .stderr_has(&[&format!("applied {} migration(s)", embedded())]);
    db.ecomctl().arg("migrate").expect(0, "", "schema is up to date; nothing to apply\n");
    assert_eq!(db.int("SELECT count(*) FROM refinery_schema_history"), embedded());
    assert_eq!(db.int("SELECT count(*) FROM products"), 0);
}

#[test]
fn concurrent_migrate_runs_all_succeed() {
    let db = TestDb::empty();
    let children: Vec<_> = (0..4).map(|_| db.spawn(["migrate"])).collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(db.int("SELECT count(*) FROM refinery_schema_history"), embedded());
}

#[test]
fn status_lists_pending_then_applied() {
    let db = TestDb::empty();
    let before = db.ecomctl().args(["-o", "json", "migrate", "--status"]).ok();
    assert_eq!(before.json()[0]["version"], 1);
    assert!(before.json()[0]["applied_on"].is_null());
    before.stderr_has(&[&format!("{} migration(s) pending", embedded())]);

    db.ecomctl().arg("migrate").setup();
    let after = db.ecomctl().args(["-o", "json", "migrate", "--status"]).ok();
    assert!(after.json()[0]["applied_on"].is_string());
    after.stderr_has(&["schema is up to date"]);
}

#[test]
fn commands_on_an_unmigrated_database_suggest_migrate() {
    let db = TestDb::empty();
    db.ecomctl().args(["products", "list"]).expect(
        1,
        "",
        "error: the database schema is missing or outdated: db error: ERROR: relation \"products\" \
         does not exist\nhint: run `ecomctl migrate` to create or update it\n",
    );
}

#[test]
fn unreachable_database_exits_5_with_a_suggestion() {
    Ecomctl::new()
        .args(["--database-url", "postgres://nobody:pw@127.0.0.1:1/none", "products", "list"])
        .expect_like(
            5,
            "",
            "error: PostgreSQL is unreachable: nobody@127.0.0.1:1/none: error connecting to \
             server: Connection refused (os error *)\n\
             hint: is PostgreSQL running? `docker compose up -d postgres`; check --database-url / \
             DATABASE_URL / PGHOST, PGPORT\n",
        );
}

#[test]
fn demo_on_an_empty_database_migrates_and_loads_even_without_meilisearch() {
    let db = TestDb::empty();
    let run = db
        .ecomctl()
        .env_remove("ECOMCTL_NO_INDEX")
        .env("MEILI_URL", "http://127.0.0.1:9")
        .args(["demo"])
        .ok();
    run.stderr_has(&[
        &format!("applied {} migration(s)", embedded()),
        "loaded 300 product(s)",
        "search was skipped",
        "ecomctl reindex",
    ]);
    assert_eq!(db.int("SELECT count(*) FROM products"), 300);
    assert!(db.int("SELECT count(*) FROM orders") > 2000);
}

#[test]
fn version_names_the_schema_it_expects() {
    let migrations =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations")).unwrap().count();
    crate::harness::Ecomctl::new().arg("--version").expect(
        0,
        &format!("ecomctl {} (schema version {migrations})\n", env!("CARGO_PKG_VERSION")),
        "",
    );
}
