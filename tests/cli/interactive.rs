//! Prompts and confirmations on a real pseudo-terminal (rexpect), the way an
//! operator meets them; the no-terminal behaviour is tested elsewhere.

use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

use crate::harness::TestDb;

fn on_terminal(db: &TestDb, args: &[&str]) -> PtySession {
    let mut cmd = crate::harness::ecomctl_command();
    cmd.args(args)
        .env("DATABASE_URL", db.url())
        .env("ECOMCTL_NO_INDEX", "true")
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    spawn_command(cmd, Some(20_000)).unwrap()
}

/// Sends keys to a single-key prompt. The prompt switches the terminal to
/// raw mode just after drawing itself, and keys typed before that are
/// discarded by the switch, exactly as for a person typing ahead; so wait.
fn keys(session: &mut PtySession, keys: &str) {
    std::thread::sleep(std::time::Duration::from_millis(300));
    session.send(keys).unwrap();
    session.flush().unwrap();
}

fn exit_code(mut session: PtySession) -> i32 {
    session.exp_eof().unwrap();
    match session.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("ecomctl did not exit normally: {other:?}"),
    }
}

#[test]
fn products_create_asks_for_missing_fields_and_revalidates() {
    let db = TestDb::new();
    let mut p = on_terminal(
        &db,
        &["products", "create", "--sku", "ASKED-1", "--seller-email", "s@example.com"],
    );
    p.exp_string("Name").unwrap();
    p.send_line("Desk lamp").unwrap();
    p.exp_string("Price").unwrap();
    p.send_line("abc").unwrap();
    p.exp_string("not a decimal amount").unwrap();
    p.send_line("12.50").unwrap();
    assert_eq!(exit_code(p), 0);
    assert_eq!(
        db.text("SELECT name || ' ' || price FROM products WHERE sku = 'ASKED-1'").unwrap(),
        "Desk lamp 12.50"
    );
}

#[test]
fn delete_asks_for_confirmation_and_no_means_nothing_deleted() {
    let db = TestDb::new();
    db.product("CONFIRM-1", "1.00", 1);
    let mut p = on_terminal(&db, &["products", "delete", "CONFIRM-1"]);
    p.exp_string("Delete 1 product(s): CONFIRM-1").unwrap();
    keys(&mut p, "n");
    assert_eq!(exit_code(p), 2, "declining exits 2");
    assert_eq!(db.int("SELECT count(*) FROM products"), 1);

    let mut p = on_terminal(&db, &["products", "delete", "CONFIRM-1"]);
    p.exp_string("Delete 1 product(s)").unwrap();
    keys(&mut p, "y");
    assert_eq!(exit_code(p), 0);
    assert_eq!(db.int("SELECT count(*) FROM products"), 0);

    // --no-input disables the prompt even on a terminal.
    db.product("CONFIRM-2", "1.00", 1);
    let p = on_terminal(&db, &["--no-input", "products", "delete", "CONFIRM-2"]);
    assert_eq!(exit_code(p), 2);
    assert_eq!(db.int("SELECT count(*) FROM products"), 1);
}

#[test]
fn orders_create_without_items_runs_the_interactive_flow() {
    let db = TestDb::new();
    db.ecomctl()
        .args([
            "products",
            "create",
            "--sku",
            "LAMP-1",
            "--name",
            "Desk lamp",
            "--price",
            "20",
            "--stock",
            "5",
        ])
        .args(["--seller-email", "s@example.com"])
        .setup();
    db.ecomctl()
        .args([
            "products", "create", "--sku", "MUG-1", "--name", "Mug", "--price", "2.50", "--stock",
            "9",
        ])
        .args(["--seller-email", "s@example.com"])
        .setup();
    let mut p = on_terminal(&db, &["orders", "create", "--customer-email", "ann@example.com"]);
    p.exp_string("Product").unwrap();
    keys(&mut p, "lamp");
    keys(&mut p, "\r");
    p.exp_string("Quantity of LAMP-1").unwrap();
    p.send_line("9").unwrap();
    p.exp_string("enter 1 to 5").unwrap();
    keys(&mut p, "\u{8}");
    p.send_line("2").unwrap();
    p.exp_string("Add another product?").unwrap();
    keys(&mut p, "y");
    p.exp_string("Product").unwrap();
    keys(&mut p, "mug");
    keys(&mut p, "\r");
    p.exp_string("Quantity of MUG-1").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Add another product?").unwrap();
    keys(&mut p, "n");
    p.exp_string("42.50").unwrap();
    p.exp_string("Create this order for ann@example.com?").unwrap();
    keys(&mut p, "y");
    assert_eq!(exit_code(p), 0);
    assert_eq!(db.text("SELECT total_price::text FROM orders").unwrap(), "42.50");
    assert_eq!((db.stock("LAMP-1"), db.stock("MUG-1")), (3, 8));
}

#[test]
fn cancelling_the_interactive_flow_writes_nothing() {
    let db = TestDb::new();
    db.product("LAMP-1", "20", 5);
    let mut p = on_terminal(&db, &["orders", "create", "--customer-email", "ann@example.com"]);
    p.exp_string("Product").unwrap();
    keys(&mut p, "\u{1b}");
    assert_eq!(exit_code(p), 2);
    assert_eq!(db.int("SELECT count(*) FROM orders"), 0);
    assert_eq!(db.stock("LAMP-1"), 5);

    // Declining the final confirmation writes nothing either.
    let mut p = on_terminal(&db, &["orders", "create", "--customer-email", "ann@example.com"]);
    p.exp_string("Product").unwrap();
    keys(&mut p, "\r");
    p.exp_string("Quantity").unwrap();
    p.send_line("1").unwrap();
    p.exp_string("Add another product?").unwrap();
    keys(&mut p, "n");
    p.exp_string("Create this order").unwrap();
    keys(&mut p, "n");
    assert_eq!(exit_code(p), 2);
    assert_eq!(db.int("SELECT count(*) FROM orders"), 0);
}
