//! `orders watch`: the live feed of new orders and state changes.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

use crate::harness::TestDb;

/// The next NDJSON event (a generous deadline: the suite runs many tests at
/// once on few cores).
pub fn next_event(events: &mpsc::Receiver<String>) -> Value {
    let line = events.recv_timeout(Duration::from_secs(30)).expect("an event");
    serde_json::from_str(&line).unwrap()
}

fn watcher_connected(db: &TestDb) -> bool {
    db.int(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
         AND application_name = 'ecomctl orders watch' AND query ILIKE 'LISTEN%'",
    ) == 1
}

/// Waits up to 30 s for `done`: after a failed attempt a reconnection backs
/// off (0.5 s, 1 s, 2 s, …), and the suite runs many tests at once.
fn wait_for(mut done: impl FnMut() -> bool) {
    for _ in 0..600 {
        if done() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out");
}

/// `orders watch -o ndjson` with `args`, listening; its stdout lines.
pub fn start(db: &TestDb, args: &[&str]) -> (Child, mpsc::Receiver<String>) {
    let mut watcher = crate::harness::ecomctl_command()
        .args(["-o", "ndjson", "orders", "watch"])
        .args(args)
        .env("DATABASE_URL", db.url())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, events) = mpsc::channel();
    let stdout = watcher.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    wait_for(|| watcher_connected(db));
    (watcher, events)
}

#[test]
fn watch_prints_new_orders_and_state_changes_and_survives_a_lost_connection() {
    let db = TestDb::new();
    db.product("A", "2.00", 100);
    let (watcher, events) = start(&db, &["--state", "CREATED", "--state", "SHIPPED"]);

    let first = db.order("a@example.com", &["A=2"]);
    let event = next_event(&events);
    assert_eq!(event["event"], "created");
    assert_eq!(event["order"]["id"], first);
    assert_eq!(event["order"]["total_price"], 4.0);
    assert_eq!(event["order"]["items"][0]["product_sku"], "A");

    db.ecomctl().args(["orders", "set-state", &first.to_string(), "SHIPPED"]).setup();
    let event = next_event(&events);
    assert_eq!(
        (event["event"].as_str(), event["order"]["state"].as_str()),
        (Some("state"), Some("SHIPPED"))
    );
    // Filtered out: DELIVERED is not watched.
    db.ecomctl().args(["orders", "set-state", &first.to_string(), "DELIVERED"]).setup();

    // PostgreSQL drops the connection (as in a restart): the watch comes back.
    db.int(
        "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = current_database() AND application_name = 'ecomctl orders watch') t",
    );
    std::thread::sleep(Duration::from_millis(300));
    wait_for(|| watcher_connected(&db));
    let second = db.order("b@example.com", &["A"]);
    let event = next_event(&events);
    assert_eq!(event["order"]["id"], second, "the DELIVERED change was filtered out");

    Command::new("kill").args(["-INT", &watcher.id().to_string()]).status().unwrap();
    let out = watcher.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("reconnect"), "{stderr}");
}
