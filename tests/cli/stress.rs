//! Every writer at once on a few hot products, for a bounded time
//! (`STRESS_SECS`, default 20): orders create/update/set-state/delete (with
//! and without --restock), products update --add-stock and delete, products
//! import (update and skip), orders import (with and without --no-stock),
//! sync and reindex against the fake Meilisearch. Afterwards: no exit 1, no
//! deadlock or serialization text, stock conserved per hot product, every
//! total equal to its lines, and `index check` clean after one final sync.

use std::collections::HashMap;
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::harness::TestDb;
use crate::search_harness::SearchServer;

const HOT: [&str; 4] = ["HOT-1", "HOT-2", "HOT-3", "HOT-4"];
const INITIAL_STOCK: i64 = 200;

/// Orders whose quantities are out of stock on their account (migration V8:
/// false for orders imported with --no-stock, and once their stock went
/// back). The other writers cancel, update and delete --no-stock orders too:
/// none of that may give back stock they never took.
const HOLDING: &str = "holds_stock AND state IN ('CREATED', 'CHANGED', 'SHIPPED', 'DELIVERED')";
const HOLDING_ALIASED: &str =
    "holds_stock AND o.state IN ('CREATED', 'CHANGED', 'SHIPPED', 'DELIVERED')";

/// A tiny deterministic generator (no extra dependency), one per worker.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// What every run of every worker came to.
#[derive(Default)]
struct Tally {
    runs: AtomicUsize,
    by_code: Mutex<HashMap<(String, i32), usize>>,
    failures: Mutex<Vec<String>>,
}

impl Tally {
    fn record(&self, kind: &str, code: i32, stderr: &str) {
        self.runs.fetch_add(1, Ordering::Relaxed);
        *self.by_code.lock().unwrap().entry((kind.to_owned(), code)).or_default() += 1;
        let lower = stderr.to_lowercase();
        // Exit 1 is never expected; nor is a deadlock or serialization
        // failure, whatever the code. Exit 3 happens (a random id that another
        // worker deleted), 4 too (refused stock or transition), 5 never here.
        if code == 1
            || code == 5
            || code < 0
            || lower.contains("deadlock")
            || lower.contains("serializ")
        {
            self.failures.lock().unwrap().push(format!("{kind}: exit {code}: {stderr}"));
        }
    }
}

struct Env {
    db: TestDb,
    search: SearchServer,
}

impl Env {
    fn run(&self, tally: &Tally, kind: &str, args: &[String], stdin: Option<&str>) -> i32 {
        let mut cmd = crate::harness::ecomctl_command();
        cmd.args(args)
            .env("DATABASE_URL", self.db.url())
            .env("ECOMCTL_TIMEOUT", "30")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
        for (key, value) in self.search.env_pairs() {
            cmd.env(key, value);
        }
        let mut child = cmd.spawn().unwrap();
        if let Some(input) = stdin {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        }
        let out = child.wait_with_output().unwrap();
        let code = out.status.code().unwrap_or(-1);
        tally.record(kind, code, &String::from_utf8_lossy(&out.stderr));
        code
    }

    fn order_ids(&self, filter: &str) -> Vec<i64> {
        self.db
            .client()
            .query(&format!("SELECT id FROM orders WHERE {filter} ORDER BY id"), &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect()
    }
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| a.to_string()).collect()
}

#[test]
fn every_writer_at_once_keeps_stock_totals_and_the_index_right() {
    let secs: u64 = std::env::var("STRESS_SECS").ok().and_then(|v| v.parse().ok()).unwrap_or(20);
    let env = Arc::new(Env { db: TestDb::new(), search: SearchServer::new() });
    for sku in HOT {
        env.db.product(sku, "3.00", INITIAL_STOCK as i32);
    }
    for n in 0..40 {
        env.db.product(&format!("COLD-{n}"), "1.00", 1_000);
    }
    env.search.apply(env.db.ecomctl()).args(["index", "setup"]).setup();

    let tally = Arc::new(Tally::default());
    let added: Arc<HashMap<&'static str, AtomicI64>> =
        Arc::new(HOT.iter().map(|s| (*s, AtomicI64::new(0))).collect());
    let stop = Arc::new(AtomicBool::new(false));
    let deadline = Instant::now() + Duration::from_secs(secs);
    let import_counter = Arc::new(AtomicUsize::new(0));

    type Worker = fn(&Env, &Tally, &mut Rng, &HashMap<&'static str, AtomicI64>, &AtomicUsize);
    let workers: Vec<(&str, Worker)> = vec![
        ("create", |env, tally, rng, _, _| {
            let mut args = strings(&["orders", "create", "--customer-email", "s@example.com"]);
            for _ in 0..1 + rng.next(3) {
                args.push("--item".into());
                args.push(format!("{}={}", HOT[rng.next(HOT.len())], 1 + rng.next(4)));
            }
            if rng.next(3) == 0 {
                args.push("--item".into());
                args.push(format!("COLD-{}", rng.next(40)));
            }
            env.run(tally, "orders create", &args, None);
        }),
        ("create", |env, tally, rng, _, _| {
            let args = strings(&[
                "orders",
                "create",
                "--customer-email",
                "t@example.com",
                "--item",
                HOT[rng.next(HOT.len())],
                "--item",
                HOT[rng.next(HOT.len())],
            ]);
            env.run(tally, "orders create", &args, None);
        }),
        ("update", |env, tally, rng, _, _| {
            let ids = env.order_ids("state IN ('CREATED', 'CHANGED')");
            if ids.is_empty() {
                return;
            }
            let id = ids[rng.next(ids.len())].to_string();
            let item = format!("{}={}", HOT[rng.next(HOT.len())], 1 + rng.next(5));
            env.run(
                tally,
                "orders update",
                &strings(&["orders", "update", &id, "--item", &item]),
                None,
            );
        }),
        ("set-state", |env, tally, rng, _, _| {
            let ids = env.order_ids("state NOT IN ('CANCELLED', 'REFUNDED', 'FAILED')");
            if ids.is_empty() {
                return;
            }
            let id = ids[rng.next(ids.len())].to_string();
            // FAILED after SHIPPED loses the goods: left out so stock can be
            // checked exactly.
            let state = ["SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED"][rng.next(4)];
            env.run(
                tally,
                "orders set-state",
                &strings(&["orders", "set-state", &id, state]),
                None,
            );
        }),
        ("delete", |env, tally, rng, _, _| {
            // With --restock any order; without, only orders that hold no
            // stock and never will again (so stock can be checked exactly):
            // an editable --no-stock order takes stock when an update
            // replaces its lines between our read and the delete.
            let restock = rng.next(2) == 0;
            let ids = if restock {
                env.order_ids("true")
            } else {
                env.order_ids(&format!("state NOT IN ('CREATED', 'CHANGED') AND NOT ({HOLDING})"))
            };
            if ids.is_empty() {
                return;
            }
            let mut args = strings(&["orders", "delete", "--yes"]);
            for _ in 0..1 + rng.next(3) {
                args.push(ids[rng.next(ids.len())].to_string());
            }
            if restock {
                args.push("--restock".into());
            }
            env.run(tally, "orders delete", &args, None);
        }),
        ("add-stock", |env, tally, rng, added, _| {
            let sku = HOT[rng.next(HOT.len())];
            let delta = rng.next(17) as i64 - 10;
            if delta == 0 {
                return;
            }
            let args = strings(&["products", "update", sku, "--add-stock", &delta.to_string()]);
            if env.run(tally, "products update", &args, None) == 0 {
                added[sku].fetch_add(delta, Ordering::Relaxed);
            }
        }),
        ("products delete", |env, tally, rng, _, _| {
            let sku = format!("COLD-{}", rng.next(40));
            env.run(
                tally,
                "products delete",
                &strings(&["products", "delete", "--yes", &sku]),
                None,
            );
        }),
        ("products import", |env, tally, rng, _, counter| {
            // Upserts of hot products without a stock field (kept) and new products.
            let n = counter.fetch_add(1, Ordering::Relaxed);
            let mut lines = String::new();
            for sku in HOT {
                lines += &format!(
                    "{}\n",
                    json!({"sku": sku, "name": format!("{sku} v{n}"), "price": 3.0,
                           "seller_email": "s@example.com", "description": format!("rev {n}")})
                );
            }
            lines += &format!(
                "{}\n",
                json!({"sku": format!("NEW-{n}"), "name": "New", "price": 1, "seller_email": "s@example.com"})
            );
            let mode = if rng.next(2) == 0 { "update" } else { "skip" };
            let args = strings(&["products", "import", "--on-conflict", mode, "-"]);
            env.run(tally, "products import", &args, Some(&lines));
        }),
        ("orders import", |env, tally, rng, _, counter| {
            let n = counter.fetch_add(1, Ordering::Relaxed);
            let no_stock = rng.next(2) == 0;
            let prefix = if no_stock { "NOSTOCK" } else { "IMP" };
            let mut lines = String::new();
            for k in 0..3 {
                lines += &format!(
                    "{}\n",
                    json!({"external_ref": format!("{prefix}-{n}-{k}"), "customer_email": "i@example.com",
                           "items": [{"sku": HOT[rng.next(HOT.len())], "quantity": 1 + rng.next(3)},
                                     {"sku": HOT[rng.next(HOT.len())], "quantity": 1}]})
                );
            }
            let mut args = strings(&["orders", "import", "-"]);
            if no_stock {
                args.push("--no-stock".into());
            }
            env.run(tally, "orders import", &args, Some(&lines));
        }),
        ("sync", |env, tally, _, _, _| {
            env.run(tally, "sync", &strings(&["sync", "--batch-size", "7"]), None);
        }),
        ("reindex", |env, tally, _, _, _| {
            // Another reindex of the same index may be running: exit 4, fine.
            env.run(
                tally,
                "reindex",
                &strings(&["--no-progress", "reindex", "--batch-size", "50"]),
                None,
            );
            std::thread::sleep(Duration::from_millis(500));
        }),
    ];

    let handles: Vec<_> = workers
        .into_iter()
        .enumerate()
        .map(|(n, (_, work))| {
            let (env, tally, added, stop, counter) =
                (env.clone(), tally.clone(), added.clone(), stop.clone(), import_counter.clone());
            std::thread::spawn(move || {
                let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ ((n as u64 + 1) * 7919));
                while !stop.load(Ordering::Relaxed) && Instant::now() < deadline {
                    work(&env, &tally, &mut rng, &added, &counter);
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    stop.store(true, Ordering::Relaxed);

    let mut counts: Vec<_> =
        tally.by_code.lock().unwrap().iter().map(|(k, v)| (k.clone(), *v)).collect();
    counts.sort();
    eprintln!("stress: {} runs in {secs}s", tally.runs.load(Ordering::Relaxed));
    for ((kind, code), n) in &counts {
        eprintln!("  {kind:<18} exit {code}: {n}");
    }
    let failures = tally.failures.lock().unwrap();
    assert!(failures.is_empty(), "{} bad outcome(s):\n{}", failures.len(), failures.join("\n"));

    // Stock conserved: current + held by orders that hold it = initial + added.
    for sku in HOT {
        let current = env.db.stock(sku);
        let held = env.db.int(&format!(
            "SELECT COALESCE(sum(i.quantity), 0)::bigint FROM order_items i \
             JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.product_id \
             WHERE p.sku = '{sku}' AND o.{HOLDING_ALIASED}"
        ));
        let added = added[sku].load(Ordering::Relaxed);
        eprintln!(
            "  {sku}: stock {current} + held {held} = {} (initial {INITIAL_STOCK} + added {added})",
            current + held
        );
        assert!(current >= 0);
        assert_eq!(current + held, INITIAL_STOCK + added, "{sku}: stock not conserved");
    }
    let wrong_totals = env.db.int(
        "SELECT count(*) FROM orders o WHERE total_price <> \
         (SELECT COALESCE(sum(product_price * quantity), 0) FROM order_items WHERE order_id = o.id)",
    );
    assert_eq!(wrong_totals, 0, "orders whose total is not the sum of their lines");

    // One final sync, and the index holds exactly the current orders.
    let cmd = |args: &[&str]| env.search.apply(env.db.ecomctl()).args(args).run();
    let sync = cmd(&["sync"]);
    assert_eq!(sync.code(), 0, "{}", sync.stderr());
    let check = cmd(&["index", "check"]);
    assert_eq!(check.code(), 0, "{}\n{}", check.stdout(), check.stderr());
    assert!(env.db.int("SELECT count(*) FROM orders") > 0);
}
