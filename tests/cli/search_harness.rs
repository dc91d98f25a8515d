//! A Meilisearch for a test: the in-process fake by default, or the real
//! server at TEST_MEILI_URL (key TEST_MEILI_KEY) with an index name of the
//! test's own, deleted afterwards. And `Env`, a test's database and index
//! with the steps the search tests (`push`, `sync_watch`, `query`,
//! `reindex`, `index_ops`) share.

use std::process::Stdio;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::fake_meili::FakeMeili;
use crate::harness::{Ecomctl, Run, TestDb};

/// The key the fake requires, so that every test also exercises auth.
const FAKE_KEY: &str = "fake-master-key-for-tests";

pub struct SearchServer {
    pub url: String,
    pub key: Option<String>,
    pub index: String,
    fake: Option<FakeMeili>,
}

impl SearchServer {
    pub fn new() -> Self {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let index = format!(
            "ecomctl_test_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        match std::env::var("TEST_MEILI_URL") {
            Ok(url) => SearchServer {
                url: url.trim_end_matches('/').to_owned(),
                key: std::env::var("TEST_MEILI_KEY").ok(),
                index,
                fake: None,
            },
            Err(_) => {
                let fake = FakeMeili::start(Some(FAKE_KEY));
                SearchServer {
                    url: fake.url.clone(),
                    key: Some(FAKE_KEY.into()),
                    index,
                    fake: Some(fake),
                }
            }
        }
    }

    /// A second fake server (another address, its own tasks) holding an
    /// index of the name `index`.
    pub fn another_fake(index: &str) -> Self {
        let fake = FakeMeili::start(Some(FAKE_KEY));
        SearchServer {
            url: fake.url.clone(),
            key: Some(FAKE_KEY.into()),
            index: index.to_owned(),
            fake: Some(fake),
        }
    }

    /// The fake, for fault injection; `None` against a real Meilisearch
    /// (tests that need it skip themselves).
    pub fn fake(&self) -> Option<&FakeMeili> {
        self.fake.as_ref()
    }

    /// Points an invocation at this server and index.
    pub fn apply(&self, cmd: Ecomctl) -> Ecomctl {
        let cmd = cmd
            .env_remove("ECOMCTL_NO_INDEX")
            .env("MEILI_URL", &self.url)
            .env("ECOMCTL_INDEX", &self.index);
        match &self.key {
            Some(key) => cmd.env("MEILI_API_KEY", key),
            None => cmd,
        }
    }

    /// Environment for a raw `std::process::Command`.
    pub fn env_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs =
            vec![("MEILI_URL", self.url.clone()), ("ECOMCTL_INDEX", self.index.clone())];
        if let Some(key) = &self.key {
            pairs.push(("MEILI_API_KEY", key.clone()));
        }
        pairs
    }

    fn request(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> (u16, Value) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let client = reqwest::Client::new();
            let mut request = client.request(method, format!("{}{path}", self.url));
            if let Some(key) = &self.key {
                request = request.header("Authorization", format!("Bearer {key}"));
            }
            if let Some(body) = body {
                request = request.header("Content-Type", "application/json").body(body.to_string());
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let bytes = response.bytes().await.unwrap();
            (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
        })
    }

    /// The live index's settings, as Meilisearch returns them.
    pub fn settings(&self) -> Value {
        self.wait_idle();
        let (status, body) =
            self.request(reqwest::Method::GET, &format!("/indexes/{}/settings", self.index), None);
        assert_eq!(status, 200, "settings of {}: {body}", self.index);
        body
    }

    /// Changes the live index's settings behind ecomctl's back, and waits.
    pub fn patch_settings(&self, settings: Value) {
        let path = format!("/indexes/{}/settings", self.index);
        let (status, body) = self.request(reqwest::Method::PATCH, &path, Some(settings));
        assert_eq!(status, 202, "patching settings of {}: {body}", self.index);
        self.wait_idle();
    }

    /// Waits until Meilisearch has no enqueued or processing task.
    pub fn wait_idle(&self) {
        let started = Instant::now();
        loop {
            let (_, tasks) = self.request(
                reqwest::Method::GET,
                "/tasks?statuses=enqueued,processing&limit=1",
                None,
            );
            if tasks["results"].as_array().is_some_and(|r| r.is_empty()) {
                return;
            }
            assert!(started.elapsed() < Duration::from_secs(60), "Meilisearch never went idle");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Every document of the live index, sorted by id (none if it does not exist).
    pub fn documents(&self) -> Vec<Value> {
        self.documents_of(&self.index)
    }

    pub fn documents_of(&self, index: &str) -> Vec<Value> {
        self.wait_idle();
        let (status, body) = self.request(
            reqwest::Method::GET,
            &format!("/indexes/{index}/documents?limit=100000"),
            None,
        );
        if status == 404 {
            return Vec::new();
        }
        assert_eq!(status, 200, "listing documents of {index}: {body}");
        let mut docs = body["results"].as_array().cloned().unwrap_or_default();
        docs.sort_by_key(|d| d["id"].as_i64());
        docs
    }

    pub fn document(&self, id: i64) -> Option<Value> {
        self.documents().into_iter().find(|d| d["id"].as_i64() == Some(id))
    }

    /// Index uids that belong to this test (the live one and any temporary one).
    pub fn own_indexes(&self) -> Vec<String> {
        self.wait_idle();
        let (_, body) = self.request(reqwest::Method::GET, "/indexes?limit=1000", None);
        let mut uids: Vec<String> = body["results"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|i| i["uid"].as_str())
            .filter(|uid| *uid == self.index || uid.starts_with(&format!("{}__", self.index)))
            .map(String::from)
            .collect();
        uids.sort();
        uids
    }

    pub fn index_exists(&self) -> bool {
        self.own_indexes().contains(&self.index)
    }

    /// Writes a document behind the tool's back (to create drift).
    pub fn put_document(&self, doc: Value) {
        let (status, body) = self.request(
            reqwest::Method::POST,
            &format!("/indexes/{}/documents?primaryKey=id", self.index),
            Some(Value::Array(vec![doc])),
        );
        assert_eq!(status, 202, "{body}");
        self.wait_idle();
    }
}

impl SearchServer {
    /// Deletes a document behind the tool's back.
    pub fn delete_document(&self, id: i64) {
        let (status, body) = self.request(
            reqwest::Method::POST,
            &format!("/indexes/{}/documents/delete-batch", self.index),
            Some(json!([id])),
        );
        assert_eq!(status, 202, "{body}");
        self.wait_idle();
    }
}

impl Drop for SearchServer {
    fn drop(&mut self) {
        if self.fake.is_none() {
            for uid in self.own_indexes() {
                let _ = self.request(reqwest::Method::DELETE, &format!("/indexes/{uid}"), None);
            }
        }
    }
}

/// Skips the rest of a test that needs fault injection when running against
/// a real Meilisearch.
#[macro_export]
macro_rules! fake_only {
    ($search:expr) => {
        match $search.fake() {
            Some(fake) => fake,
            None => {
                $crate::harness::skipped(
                    "against a real Meilisearch: needs the fake's fault injection",
                );
                return;
            }
        }
    };
}

/// A test's PostgreSQL database and Meilisearch index, with the steps the
/// search tests share.
pub struct Env {
    pub db: TestDb,
    pub search: SearchServer,
}

impl Env {
    pub fn new() -> Self {
        Env { db: TestDb::new(), search: SearchServer::new() }
    }

    /// ecomctl against this test's database and index, pushing on write.
    pub fn cmd(&self) -> Ecomctl {
        self.search.apply(self.db.ecomctl())
    }

    /// Runs and asserts exit 0, for the checks that follow.
    pub fn ok(&self, args: &[&str]) -> Run {
        self.cmd().args(args).ok()
    }

    /// A step that arranges state (`Ecomctl::setup`): exit 0, output not
    /// checked.
    pub fn setup(&self, args: &[&str]) {
        self.cmd().args(args).setup();
    }

    /// Creates an order through the tool (pushed to the index); returns its id.
    pub fn order(&self, customer: &str, items: &[&str]) -> i64 {
        let mut args = vec!["-o", "json", "orders", "create", "--customer-email", customer];
        for item in items {
            args.extend(["--item", item]);
        }
        self.ok(&args).json()["id"].as_i64().unwrap()
    }

    pub fn outbox(&self) -> i64 {
        self.db.int("SELECT count(*) FROM search_outbox")
    }

    /// What `index setup` says when it creates the index.
    pub fn index_created(&self) -> String {
        format!("index {}: created, settings applied\n", self.search.index)
    }

    /// Runs `index check` on an index that matches PostgreSQL's `orders`
    /// orders, and checks its report.
    #[track_caller]
    pub fn index_check_matches(&self, orders: usize) {
        self.ok(&["index", "check"])
            .stdout_is(&format!(
                "┌────────────────────────┬───────┬────────┐\n\
                 │                        ┆ count ┆ sample │\n\
                 ╞════════════════════════╪═══════╪════════╡\n\
                 │ orders in PostgreSQL   ┆ {orders:<5} ┆        │\n\
                 │ documents in the index ┆ {orders:<5} ┆        │\n\
                 │ missing from the index ┆ 0     ┆        │\n\
                 │ extra in the index     ┆ 0     ┆        │\n\
                 │ older than confirmed   ┆ 0     ┆        │\n\
                 │ content differs        ┆ 0     ┆        │\n\
                 └────────────────────────┴───────┴────────┘\n"
            ))
            .stderr_is(&format!(
                "index {} matches PostgreSQL ({orders} order(s))\n",
                self.search.index
            ));
    }

    /// Runs a reindex and checks its summary (the time it took and the
    /// rate vary).
    #[track_caller]
    pub fn reindex_says(&self, args: &[&str], documents: usize, batches: usize) {
        self.ok(args).stdout_empty().stderr_like(&format!(
            "reindexed {documents} document(s) into {} (0.0 MiB in {batches} batch(es)) in *s, * \
             documents/s; 0 change(s) made meanwhile applied\n",
            self.search.index
        ));
    }

    /// Entries accepted by Meilisearch and awaiting confirmation.
    pub fn sent(&self) -> i64 {
        self.db.int("SELECT count(*) FROM search_outbox WHERE task_uid IS NOT NULL")
    }

    /// Queues every order again (as a change behind the tool's back would).
    pub fn exec_requeue_all(&self) {
        self.db.exec(
            "INSERT INTO search_outbox (order_id) SELECT id FROM orders \
             ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')",
        );
    }

    /// Asserts, document by document, that the index holds exactly the orders
    /// in Postgres (independently of `index check`).
    pub fn assert_index_matches_postgres(&self) {
        let orders = self.ok(&["-o", "ndjson", "orders", "list", "--limit", "10000"]).ndjson();
        let docs = self.search.documents();
        let ids = |v: &[Value]| v.iter().map(|d| d["id"].as_i64().unwrap()).collect::<Vec<_>>();
        assert_eq!(ids(&docs), ids(&orders), "document ids differ from order ids");
        for (order, doc) in orders.iter().zip(&docs) {
            for field in [
                "state",
                "customer_email",
                "external_ref",
                "total_price",
                "created_at",
                "closed_at",
            ] {
                assert_eq!(doc[field], order[field], "order {} field {field}", order["id"]);
            }
            let items: Vec<Value> = order["items"].as_array().unwrap().clone();
            assert_eq!(doc["items"], Value::Array(items), "order {} items", order["id"]);
            let units: i64 = order["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["quantity"].as_i64().unwrap())
                .sum();
            assert_eq!(doc["item_count"], units);
        }
    }
}

/// What `orders create` prints for a new order `id` of `customer` with one
/// product A at 1.00 (times masked, as `expect_masked` shows them).
pub fn created_order_of_a(id: i64, customer: &str) -> String {
    format!(
        "┌──────────────┬──────────────────┐\n\
         │ id           ┆ {id:<16} │\n\
         │ external ref ┆ —                │\n\
         │ customer     ┆ {customer:<16} │\n\
         │ state        ┆ CREATED          │\n\
         │ total        ┆ 1.00             │\n\
         │ created      ┆ YYYY-MM-DD hh:mm │\n\
         │ updated      ┆ YYYY-MM-DD hh:mm │\n\
         │ closed       ┆ —                │\n\
         └──────────────┴──────────────────┘\n\
         ┌─────────┬─────┬────────┬───────┬─────┬──────────┐\n\
         │ product ┆ sku ┆ name   ┆ price ┆ qty ┆ subtotal │\n\
         ╞═════════╪═════╪════════╪═══════╪═════╪══════════╡\n\
         │ 1       ┆ A   ┆ A name ┆  1.00 ┆   1 ┆     1.00 │\n\
         └─────────┴─────┴────────┴───────┴─────┴──────────┘\n"
    )
}

/// A URL where nothing listens: Meilisearch "down".
pub const DOWN: &str = "http://127.0.0.1:9";

/// Starts `ecomctl` with `args` against the test's database and index
/// without waiting for it (both streams piped).
pub fn spawn(env: &Env, args: &[&str]) -> std::process::Child {
    let mut cmd = crate::harness::ecomctl_command();
    cmd.args(args).env("DATABASE_URL", env.db.url()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (key, value) in env.search.env_pairs() {
        cmd.env(key, value);
    }
    cmd.spawn().unwrap()
}

/// Waits (up to 30 s) until `done`, failing with `what` otherwise.
pub fn wait_until(mut done: impl FnMut() -> bool, what: &str) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < Duration::from_secs(30), "timed out: {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Writes `count` one-line orders for an import, without pushing them.
pub fn import_orders_quietly(env: &Env, count: usize) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("orders.ndjson");
    let lines: String = (0..count)
        .map(|i| {
            let order = json!({"customer_email": format!("c{i}@example.com"),
                               "items": [{"sku": "A", "quantity": 1}]});
            format!("{order}\n")
        })
        .collect();
    std::fs::write(&file, lines).unwrap();
    env.setup(&["orders", "import", "--no-sync", file.to_str().unwrap()]);
}
