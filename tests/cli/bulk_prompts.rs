//! A bulk change asks as an operator expects: on a terminal the preview,
//! then a question naming the count (a protected context: its name typed);
//! in a script --yes, and in a protected context --yes with --context on
//! the command line. A dry run asks nothing, even in a protected context.

use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

use crate::harness::{Ecomctl, TestDb};

/// A database with three CREATED orders, and a contexts file naming it
/// twice: `dev`, and `prod` (protected).
struct Setup {
    db: TestDb,
    dir: tempfile::TempDir,
}

impl Setup {
    fn new() -> Self {
        let db = TestDb::new();
        db.product("A", "1.00", 10);
        for customer in ["ann@example.com", "bob@example.com", "ann@example.com"] {
            db.order(customer, &["A"]);
        }
        let dir = tempfile::tempdir().unwrap();
        let url = db.url();
        std::fs::write(
            dir.path().join("config.toml"),
            format!(
                "[contexts.dev]\ndatabase_url = \"{url}\"\n\n\
                 [contexts.prod]\ndatabase_url = \"{url}\"\nprotected = true\n"
            ),
        )
        .unwrap();
        Setup { db, dir }
    }

    fn config(&self) -> String {
        self.dir.path().join("config.toml").to_str().unwrap().to_owned()
    }

    fn cmd(&self) -> Ecomctl {
        Ecomctl::new().env("ECOMCTL_CONFIG", &self.config())
    }

    fn on_terminal(&self, args: &[&str]) -> PtySession {
        let mut cmd = crate::harness::ecomctl_command();
        cmd.args(args)
            .env("ECOMCTL_CONFIG", self.config())
            .env("ECOMCTL_NO_INDEX", "true")
            .env("TERM", "xterm")
            .env("NO_COLOR", "1");
        spawn_command(cmd, Some(20_000)).unwrap()
    }

    fn shipped(&self) -> i64 {
        self.db.int("SELECT count(*) FROM orders WHERE state = 'SHIPPED'")
    }
}

fn exit_code(mut session: PtySession) -> i32 {
    session.exp_eof().unwrap();
    match session.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("ecomctl did not exit normally: {other:?}"),
    }
}

/// A single-key prompt takes keys once it has switched to raw mode.
fn keys(session: &mut PtySession, keys: &str) {
    std::thread::sleep(std::time::Duration::from_millis(300));
    session.send(keys).unwrap();
    session.flush().unwrap();
}

#[test]
fn on_a_terminal_the_preview_comes_first_and_the_question_names_the_count() {
    let s = Setup::new();
    let ship = [
        "--context",
        "dev",
        "orders",
        "set-state",
        "SHIPPED",
        "--customer-email",
        "ann@example.com",
    ];
    let mut p = s.on_terminal(&ship);
    p.exp_string("2 order(s) selected: 2 to move to SHIPPED").unwrap();
    p.exp_string(" SHIPPED: 2").unwrap();
    p.exp_string("Move 2 order(s) to SHIPPED?").unwrap();
    keys(&mut p, "n");
    assert_eq!(exit_code(p), 2, "declining exits 2");
    assert_eq!(s.shipped(), 0);

    let mut p = s.on_terminal(&ship);
    p.exp_string("Move 2 order(s) to SHIPPED?").unwrap();
    keys(&mut p, "y");
    p.exp_string("moved 2 order(s) to SHIPPED").unwrap();
    assert_eq!(exit_code(p), 0);
    assert_eq!(s.shipped(), 2);

    // Atomic with a refusal: nothing to confirm, nothing moved.
    let mut p = s.on_terminal(&["--context", "dev", "orders", "set-state", "DELIVERED", "--all"]);
    p.exp_string("refused: 1 already CREATED").unwrap();
    p.exp_string("1 of 3 order(s) refused: nothing was changed").unwrap();
    assert_eq!(exit_code(p), 4);
    assert_eq!(s.db.int("SELECT count(*) FROM orders WHERE state = 'DELIVERED'"), 0);
}

#[test]
fn a_protected_context_asks_for_its_name_after_the_preview() {
    let s = Setup::new();
    let ship = ["--context", "prod", "orders", "set-state", "SHIPPED", "--all"];
    for (typed, code, shipped) in [("production", 2, 0), ("prod", 0, 3)] {
        let mut p = s.on_terminal(&ship);
        p.exp_string("3 order(s) selected: 3 to move to SHIPPED").unwrap();
        p.exp_string("Context prod is protected. Type its name to move 3 order(s) to SHIPPED")
            .unwrap();
        p.send_line(typed).unwrap();
        assert_eq!(exit_code(p), code, "typed {typed}");
        assert_eq!(s.shipped(), shipped);
    }
}

#[test]
fn in_a_script_a_protected_context_needs_yes_and_its_name_and_a_dry_run_needs_neither() {
    let s = Setup::new();
    s.cmd().args(["--context", "prod", "orders", "delete", "--all", "--dry-run"]).expect_masked(
        0,
        "3 order(s) selected: 3 to delete\n\
         \x20 CREATED → deleted: 3\n\
         ┌────┬──────────────────┬─────────────────┬─────────┬───────┬───────────┐\n\
         │ id ┆ created          ┆ customer        ┆ state   ┆ total ┆ items     │\n\
         ╞════╪══════════════════╪═════════════════╪═════════╪═══════╪═══════════╡\n\
         │  1 ┆ YYYY-MM-DD hh:mm ┆ ann@example.com ┆ CREATED ┆  1.00 ┆ 1× A name │\n\
         │  2 ┆ YYYY-MM-DD hh:mm ┆ bob@example.com ┆ CREATED ┆  1.00 ┆ 1× A name │\n\
         │  3 ┆ YYYY-MM-DD hh:mm ┆ ann@example.com ┆ CREATED ┆  1.00 ┆ 1× A name │\n\
         └────┴──────────────────┴─────────────────┴─────────┴───────┴───────────┘\n",
        "dry run: nothing was changed\n",
    );
    let protected = "error: context \"prod\" is protected: without a terminal a write needs --yes \
                     and --context prod on the command line; nothing was changed\n";
    let ship = ["orders", "set-state", "SHIPPED", "--all"];
    s.cmd().args(["--context", "prod"]).args(ship).expect(2, "", protected);
    s.cmd().env("ECOMCTL_CONTEXT", "prod").args(ship).arg("--yes").expect(2, "", protected);
    assert_eq!(s.shipped(), 0);
    s.cmd().args(["--context", "prod", "--yes"]).args(ship).expect(
        0,
        "3 order(s) selected: 3 moved to SHIPPED\n  CREATED → SHIPPED: 3\n",
        "moved 3 order(s) to SHIPPED\n",
    );
    s.cmd()
        .args(["--context", "prod"])
        .args(["products", "update", "--all", "--stock", "+1"])
        .expect(2, "", protected);
}
