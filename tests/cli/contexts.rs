//! Named contexts: a TOML file of environments, `config list|show|use`,
//! settings applied under flags, secrets never shown, and the protected
//! context's guard on writes (in scripts and on a terminal).

use rexpect::process::WaitStatus;
use rexpect::session::spawn_command;

use crate::harness::{Ecomctl, TestDb, product_shown};
use crate::pg_server::server;
use crate::search_harness::SearchServer;

struct Setup {
    db: TestDb,
    dir: tempfile::TempDir,
}

impl Setup {
    /// Contexts `dev` (current) and `prod` (protected), both on the test database.
    fn new() -> Self {
        let db = TestDb::new();
        let dir = tempfile::tempdir().unwrap();
        // A password in the URL, for the masking checks (trust ignores it).
        let user = &server().user;
        let url = match server().password {
            Some(_) => db.url(),
            None => {
                db.url().replacen(&format!("//{user}@"), &format!("//{user}:not-a-real-secret@"), 1)
            }
        };
        std::fs::write(
            dir.path().join("config.toml"),
            format!(
                "# environments\ncurrent_context = \"dev\"\n\n\
                 [contexts.dev]\ndatabase_url = \"{url}\"\nindex = \"dev_orders\"\n\n\
                 [contexts.prod]\ndatabase_url = \"{url}\"\nmeili_url = \"https://ops:hunter2@search.example\"\n\
                 meili_key_env = \"PROD_MEILI_KEY\"\nprotected = true\n"
            ),
        )
        .unwrap();
        Setup { db, dir }
    }

    fn path(&self) -> String {
        self.dir.path().join("config.toml").to_str().unwrap().to_owned()
    }

    /// The tool with the contexts file and no DATABASE_URL of its own.
    fn cmd(&self) -> Ecomctl {
        Ecomctl::new().env("ECOMCTL_CONFIG", &self.path()).env("PROD_MEILI_KEY", "k-secret")
    }
}

#[test]
fn contexts_are_listed_shown_and_switched_with_secrets_masked() {
    let s = Setup::new();
    let list = s.cmd().args(["config", "list"]).ok();
    list.stdout_has(&["dev", "prod", "yes", &format!("{}:***@", server().user)]);
    let json = s.cmd().args(["-o", "json", "config", "list"]).ok().json();
    assert_eq!(json[0]["name"], "dev");
    assert_eq!(json[0]["current"], true);
    assert_eq!(json[1]["protected"], true);

    let show = s.cmd().args(["config", "show", "prod"]).ok();
    show.stdout_has(&[
        "from the environment variable PROD_MEILI_KEY",
        "https://***@search.example",
    ]);
    for secret in ["not-a-real-secret", "hunter2", "k-secret"] {
        assert!(!show.stdout().contains(secret), "{secret} shown:\n{}", show.stdout());
        assert!(!list.stdout().contains(secret));
    }

    let path = s.path();
    s.cmd().args(["config", "use", "prod"]).expect(
        0,
        "",
        &format!("switched to context \"prod\" ({path})\n"),
    );
    let text = std::fs::read_to_string(s.path()).unwrap();
    assert!(text.starts_with("# environments\ncurrent_context = \"prod\"\n"), "{text}");
    s.cmd().args(["config", "use", "nope"]).expect(
        3,
        "",
        &format!("error: no context \"nope\" in {path}\n"),
    );
    s.cmd().args(["--context", "nope", "products", "list"]).expect(
        2,
        "",
        &format!("error: no context \"nope\" in {path} (defined: dev, prod)\n"),
    );
}

#[test]
fn a_context_supplies_settings_and_flags_still_win() {
    let s = Setup::new();
    s.db.product("CTX-1", "1.00", 1);
    // dev is current: its database is used without DATABASE_URL.
    s.cmd().args(["products", "get", "CTX-1"]).expect_masked(
        0,
        &product_shown("CTX-1", "1.00", 1),
        "",
    );
    // A flag wins over the context.
    s.cmd()
        .args(["--database-url", "postgres://postgres@127.0.0.1:1/x", "products", "get", "CTX-1"])
        .status(5)
        .stdout_empty()
        .stderr_like(
            "error: PostgreSQL is unreachable: postgres@127.0.0.1:1/x: error connecting to server: \
             Connection refused (os error *)\n\
             hint: is PostgreSQL running? `docker compose up -d postgres`; check --database-url / \
             DATABASE_URL / PGHOST, PGPORT\n",
        );
    // The key comes from the variable the context names (the fake requires it).
    let search = SearchServer::new();
    let config = s.dir.path().join("search.toml");
    std::fs::write(
        &config,
        format!(
            "[contexts.s]\ndatabase_url = \"{}\"\nmeili_url = \"{}\"\nindex = \"{}\"\n\
             meili_key_cmd = \"printf %s \\\"$CTX_KEY\\\"\"\n",
            s.db.url(),
            search.url,
            search.index
        ),
    )
    .unwrap();
    let key = search.key.clone().unwrap_or_default();
    Ecomctl::new()
        .env("ECOMCTL_CONFIG", config.to_str().unwrap())
        .env("CTX_KEY", &key)
        .args(["--context", "s", "index", "setup"])
        .expect(0, "", &format!("index {}: created, settings applied\n", search.index));
    assert!(search.index_exists());
}

#[test]
fn a_protected_context_refuses_writes_from_scripts_unless_named_with_yes() {
    let s = Setup::new();
    let create = ["products", "create", "--sku", "P-1", "--name", "P", "--price", "1"];
    let email = ["--seller-email", "s@example.com"];
    // Reads need nothing.
    s.cmd().args(["--context", "prod", "products", "list"]).expect(0, "", "no products found\n");
    // --yes alone: refused, nothing written.
    s.cmd()
        .args(["--context", "prod"])
        .env("ECOMCTL_CONTEXT", "prod")
        .args(create)
        .args(email)
        .expect(
            2,
            "",
            "error: context \"prod\" is protected: without a terminal a write needs --yes and \
             --context prod on the command line; nothing was changed\n",
        );
    s.cmd().env("ECOMCTL_CONTEXT", "prod").args(["--yes"]).args(create).args(email).expect(
        2,
        "",
        "error: context \"prod\" is protected: without a terminal a write needs --yes and \
         --context prod on the command line; nothing was changed\n",
    );
    assert_eq!(s.db.int("SELECT count(*) FROM products"), 0);
    // --yes and --context on the command line: done.
    s.cmd().args(["--yes", "--context", "prod"]).args(create).args(email).expect_masked(
        0,
        "┌──────────────┬──────────────────┐\n\
         │ id           ┆ 1                │\n\
         │ sku          ┆ P-1              │\n\
         │ name         ┆ P                │\n\
         │ description  ┆ —                │\n\
         │ manufacturer ┆ —                │\n\
         │ stocked at   ┆ —                │\n\
         │ seller       ┆ s@example.com    │\n\
         │ price        ┆ 1.00             │\n\
         │ stock        ┆ 0                │\n\
         │ created      ┆ YYYY-MM-DD hh:mm │\n\
         │ updated      ┆ YYYY-MM-DD hh:mm │\n\
         └──────────────┴──────────────────┘\n",
        "",
    );
    assert_eq!(s.db.int("SELECT count(*) FROM products"), 1);
}

#[test]
fn a_protected_context_asks_for_its_name_on_a_terminal() {
    let s = Setup::new();
    let run = |typed: &str| {
        let mut cmd = crate::harness::ecomctl_command();
        cmd.args(["--context", "prod", "products", "create", "--sku", "T-1", "--name", "T"])
            .args(["--price", "1", "--seller-email", "s@example.com"])
            .env("ECOMCTL_CONFIG", s.path())
            .env("PROD_MEILI_KEY", "k")
            .env("ECOMCTL_NO_INDEX", "true")
            .env("TERM", "xterm")
            .env("NO_COLOR", "1")
            .env_remove("DATABASE_URL");
        let mut p = spawn_command(cmd, Some(20_000)).unwrap();
        p.exp_string("Context prod is protected").unwrap();
        p.send_line(typed).unwrap();
        p.exp_eof().unwrap();
        match p.process().wait().unwrap() {
            WaitStatus::Exited(_, code) => code,
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(run("production"), 2, "a wrong name changes nothing");
    assert_eq!(s.db.int("SELECT count(*) FROM products"), 0);
    assert_eq!(run("prod"), 0);
    assert_eq!(s.db.int("SELECT count(*) FROM products"), 1);
}
