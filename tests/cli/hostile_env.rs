//! A hostile environment, second round (issue 28's findings, one test
//! each): secrets a stray `.env` could still attract (a service file, a
//! context's key), files that are not files, unbounded answers and
//! redirects from "Meilisearch", a metrics port that could starve the
//! watcher, raw server text on the terminal, files written through links,
//! and the smaller holes beside them.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::harness::{Ecomctl, TestDb, ecomctl_command, measure, write_file};
use crate::search_harness::SearchServer;
use crate::trap::Trap;
use crate::unattended::{Watcher, wait_until};

const NO_SERVICE_FROM_DOTENV: &str = "error: DATABASE_URL from .env sets service, which names a \
     file or a service: .env may set plain connection defaults only (set it in the environment \
     or a context)\n";

#[test]
fn a_service_file_password_never_goes_to_a_server_env_file_named() {
    let trap = Trap::postgres();
    let service = |port: &str| {
        format!("[prod]\nhost=127.0.0.1\n{port}dbname=shop\nuser=ops\npassword=service-secret\n")
    };
    // .env names the service: refused before the service file is read, in
    // both syntaxes, for a command and for a shell's Tab alike.
    for url in [
        format!("postgres://127.0.0.1:{}/x?service=prod", trap.port),
        format!("host=127.0.0.1 port={} service=prod", trap.port),
    ] {
        let run = Ecomctl::new();
        write_file(run.workdir(), ".pg_service.conf", service(""));
        write_file(run.workdir(), ".env", format!("DATABASE_URL='{url}'\n"));
        run.args(["orders", "list"]).expect(2, "", NO_SERVICE_FROM_DOTENV);
        let run = Ecomctl::new().env("COMPLETE", "fish");
        write_file(run.workdir(), ".pg_service.conf", service(""));
        write_file(run.workdir(), ".env", format!("DATABASE_URL='{url}'\n"));
        run.args(["--", "ecomctl", "orders", "get", "1"]).expect(0, "", "");
    }
    // The service comes from the environment but .env sets the port it
    // lacks: the server is then .env's, and the service's password stays.
    let run = Ecomctl::new().env("PGSERVICE", "prod");
    write_file(run.workdir(), ".pg_service.conf", service(""));
    write_file(run.workdir(), ".env", format!("PGPORT={}\n", trap.port));
    run.args(["orders", "list"]).status(4).stderr_has(&[
        "warning: .env names the database server, so no password from the environment, a \
         service file, a context or ~/.pgpass is sent to it",
    ]);
    // PGSERVICEFILE names the file: the same.
    let run = Ecomctl::new().env("PGSERVICE", "prod");
    let file = write_file(run.workdir(), "services.conf", service(""));
    let run = run.env("PGSERVICEFILE", &file);
    write_file(run.workdir(), ".env", format!("PGHOST=127.0.0.1\nPGPORT={}\n", trap.port));
    run.args(["orders", "list"]).status(4).stderr_has(&["none was given"]);
    assert!(trap.received().contains("ops"), "the trap was reached: {}", trap.received());
    assert!(!trap.received().contains("service-secret"), "{}", trap.received());

    // The same service with its own port goes where it says, password and all.
    let run = Ecomctl::new().env("PGSERVICE", "prod");
    write_file(run.workdir(), ".pg_service.conf", service(&format!("port={}\n", trap.port)));
    // (The trap never answers the password: the connection times out.)
    run.args(["--timeout", "1", "orders", "list"]).status(5).stderr_has(&["PostgreSQL"]);
    assert!(trap.received().contains("service-secret"), "the control case sends it");
}

#[test]
fn a_context_key_goes_only_to_the_context_own_url() {
    let trap =
        Trap::http(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n".to_vec());
    let dir = tempfile::tempdir().unwrap();
    let ran = dir.path().join("ran");
    let config = write_file(
        dir.path(),
        "config.toml",
        format!(
            "current_context = \"env\"\n\
             [contexts.env]\nmeili_key_env = \"CTX_KEY\"\n\
             [contexts.cmd]\nmeili_key_cmd = \"touch {}; echo command-secret\"\n\
             [contexts.own]\nmeili_url = \"http://127.0.0.1:{}\"\nmeili_key_env = \"CTX_KEY\"\n",
            ran.display(),
            trap.port
        ),
    );
    let warning = |context: &str| {
        format!(
            "warning: context \"{context}\" has a Meilisearch key but no meili_url, so its key \
             is not sent to http://127.0.0.1:{} (add meili_url to the context, or give \
             --meili-url)",
            trap.port
        )
    };
    for context in ["env", "cmd"] {
        // MEILI_URL from .env, and from the environment: neither is the context's.
        let run = Ecomctl::new().env("ECOMCTL_CONFIG", &config).env("CTX_KEY", "context-secret");
        write_file(run.workdir(), ".env", format!("MEILI_URL=http://127.0.0.1:{}\n", trap.port));
        run.args(["--context", context, "search", "x"]).status(5).stderr_has(&[&warning(context)]);
        Ecomctl::new()
            .env("ECOMCTL_CONFIG", &config)
            .env("CTX_KEY", "context-secret")
            .env("MEILI_URL", &format!("http://127.0.0.1:{}", trap.port))
            .args(["--context", context, "search", "x"])
            .status(5)
            .stderr_has(&[&warning(context)]);
    }
    assert!(!ran.exists(), "the key command was not run for a URL that is not the context's");
    let received = trap.received();
    assert!(received.contains("POST /indexes/orders/search"), "{received}");
    assert!(!received.contains("context-secret") && !received.contains("command-secret"));
    // The context's own URL gets its key.
    Ecomctl::new()
        .env("ECOMCTL_CONFIG", &config)
        .env("CTX_KEY", "context-secret")
        .args(["--context", "own", "search", "x"])
        .status(5)
        .stderr_has(&["error: Meilisearch is unreachable: HTTP 503"]);
    assert!(trap.received().contains("Bearer context-secret"));
}

#[test]
fn certificate_key_and_config_paths_must_be_small_regular_files() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // Safe: a plain libc call on a path the test owns.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let fifo = fifo.to_str().unwrap();
    let big = write_file(dir.path(), "big.toml", vec![b'#'; 2 << 20]);

    // From .env: no file at all.
    for key in ["sslrootcert", "sslcert", "sslkey"] {
        let run = Ecomctl::new();
        write_file(run.workdir(), ".env", format!("DATABASE_URL={}?{key}=/dev/zero\n", db.url()));
        run.args(["products", "list"]).expect(
            2,
            "",
            &format!(
                "error: DATABASE_URL from .env sets {key}, which names a file or a service: .env \
                 may set plain connection defaults only (set it in the environment or a context)\n"
            ),
        );
    }
    // From anywhere: a device or a FIFO is refused at once, never read.
    let started = Instant::now();
    for (path, what) in [("/dev/zero", "a character device"), (fifo, "a FIFO")] {
        db.ecomctl()
            .env("DATABASE_URL", &format!("{}?sslmode=require&sslrootcert={path}", db.url()))
            .args(["products", "list"])
            .expect(
                2,
                "",
                &format!(
                    "error: sslrootcert {path}: cannot read: I/O error: not a regular file ({what})\n"
                ),
            );
        Ecomctl::new().env("ECOMCTL_CONFIG", path).args(["orders", "list"]).expect(
            1,
            "",
            &format!("error: cannot read {path}: not a regular file ({what})\n"),
        );
    }
    Ecomctl::new().env("ECOMCTL_CONFIG", &big).args(["orders", "list"]).expect(
        1,
        "",
        &format!("error: cannot read {big}: larger than 1024 KiB\n"),
    );
    assert!(started.elapsed() < Duration::from_secs(10), "nothing waited on the FIFO");
}

/// A server that answers every request with `head` and then an endless
/// chunked body, as fast as it is read.
fn endless_answer(head: &'static str) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            std::thread::spawn(move || {
                let mut request = [0u8; 65536];
                let _ = stream.read(&mut request);
                let _ = stream.write_all(head.as_bytes());
                let chunk = format!("100000\r\n{}\r\n", " ".repeat(0x100000));
                while stream.write_all(chunk.as_bytes()).is_ok() {}
            });
        }
    });
    port
}

#[test]
fn meilisearch_answers_are_read_up_to_what_the_call_can_hold() {
    let db = TestDb::new();
    let port = endless_answer(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n",
    );
    let url = format!("http://127.0.0.1:{port}");
    db.product("CAP", "1.00", 5);
    db.order("cap@example.com", &["CAP"]);
    for (args, cap, path) in [
        (&["search", "x"][..], 32, "/indexes/orders/search"),
        (&["sync"][..], 4, "/indexes/orders"),
    ] {
        let mut cmd = ecomctl_command();
        cmd.args(args).env("DATABASE_URL", db.url()).env("MEILI_URL", &url);
        let run = measure(cmd);
        assert_eq!(run.code, 5, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "the answer to {path} is larger than {cap} MiB, the most ecomctl reads for it"
            )),
            "{args:?}: {}",
            run.stderr
        );
        eprintln!(
            "hostile_env: {args:?} against an endless answer: peak RSS {} MiB",
            run.peak_kib / 1024
        );
        assert!(run.peak_kib < 200 * 1024, "{args:?}: peak RSS {} KiB", run.peak_kib);
    }
}

#[test]
fn a_redirect_from_meilisearch_is_not_followed() {
    let elsewhere = Trap::http(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}".to_vec());
    let location = format!("http://user:pw@127.0.0.1:{}/collect", elsewhere.port);
    let redirect = Trap::http(
        format!(
            "HTTP/1.1 307 Temporary Redirect\r\nlocation: {location}\r\ncontent-length: 0\r\n\r\n"
        )
        .into_bytes(),
    );
    let db = TestDb::new();
    db.product("R", "1.00", 5);
    let id = db.order("r@example.com", &["R"]);
    db.ecomctl()
        .env_remove("ECOMCTL_NO_INDEX")
        .env("MEILI_URL", &format!("http://127.0.0.1:{}", redirect.port))
        .env("MEILI_API_KEY", "redirected-key")
        .args(["sync"])
        .status(5)
        .stderr_has(&[&format!(
            "answered /indexes/orders with a redirect (HTTP 307) to http://***@127.0.0.1:{}/collect, \
             which ecomctl does not follow: give --meili-url the address that answers",
            elsewhere.port
        )]);
    assert!(redirect.received().contains("redirected-key"), "the redirecting server was asked");
    assert_eq!(elsewhere.received(), "", "nothing went where the redirect pointed (order {id})");
}

/// Lowers the open-file limit of a command to `limit`, soft and hard.
fn with_descriptor_limit(cmd: &mut std::process::Command, limit: u64) {
    use std::os::unix::process::CommandExt;
    // Safe: setrlimit is async-signal-safe; the closure touches nothing else.
    unsafe {
        cmd.pre_exec(move || {
            let rlimit = libc::rlimit { rlim_cur: limit, rlim_max: limit };
            libc::setrlimit(libc::RLIMIT_NOFILE, &rlimit);
            Ok(())
        });
    }
}

/// `/readyz`'s status, or `None` when the connection was refused or cut.
fn probe(addr: &str) -> Option<u16> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(stream, "GET /readyz HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok()?;
    answer.split(' ').nth(1)?.parse().ok()
}

fn open_descriptors(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).map(|d| d.count()).unwrap_or(0)
}

#[test]
fn idle_and_slow_connections_to_the_metrics_port_cannot_starve_the_watcher() {
    let db = TestDb::new();
    let search = SearchServer::new();
    db.product("FD", "1.00", 50);
    let watcher = Watcher::start_with(&db, &search, &["--max-lag", "60s"], |cmd| {
        with_descriptor_limit(cmd, 256)
    });
    wait_until(|| watcher.readiness().0 == 200, "ready");
    // A client that starts its headers and never ends them is cut off.
    let mut slow = TcpStream::connect(&watcher.addr).unwrap();
    slow.write_all(b"GET /metrics HTTP/1.1\r\nX-Slow: ").unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    let started = Instant::now();
    let cut = match slow.read(&mut [0u8; 1024]) {
        Ok(_) => true,
        Err(err) => err.kind() == std::io::ErrorKind::ConnectionReset,
    };
    assert!(cut && started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());

    // 1,100 connections that never send a byte.
    let idle: Vec<TcpStream> =
        (0..1100).filter_map(|_| TcpStream::connect(&watcher.addr).ok()).collect();
    std::thread::sleep(Duration::from_secs(1));
    let held = open_descriptors(watcher.child.id());
    eprintln!("hostile_env: watcher descriptors with 1,100 idle connections: {held}");
    assert!(held < 100, "the watcher holds {held} descriptors");

    // The watcher still pushes: an order created now becomes searchable.
    let id = db.order("fd@example.com", &["FD"]);
    wait_until(|| search.document(id).is_some(), "the watcher pushed the new order");
    // The idle ones are dropped after the header timeout: probes answer
    // again while the attacker still holds its end of them.
    wait_until(|| probe(&watcher.addr) == Some(200), "/readyz answers during the attack");
    drop(idle);
    watcher.stop();
}

#[test]
fn server_text_reaches_the_terminal_escaped_on_every_path() {
    let db = TestDb::new();
    // A trigger (any writer's) raising an error that holds an OSC 52
    // clipboard write and a screen clear, with a SQLSTATE ecomctl does not
    // expect: the unexpected-error path, with and without -v.
    db.exec(
        "CREATE FUNCTION evil() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
           RAISE EXCEPTION USING ERRCODE = 'XX999', \
             MESSAGE = E'boom \\x1b]52;c;ZXZpbA==\\x07\\x1b[2J', DETAIL = E'line\\nnext\\x1b[1m'; \
         END $$; \
         CREATE TRIGGER evil BEFORE INSERT ON products FOR EACH ROW EXECUTE FUNCTION evil();",
    );
    for verbose in [false, true] {
        let mut args = vec!["products", "create", "--sku", "E", "--name", "E", "--price", "1"];
        args.extend(["--seller-email", "s@example.com"]);
        if verbose {
            args.push("-v");
        }
        let run = db.ecomctl().args(&args).status(1);
        let stderr = run.stderr();
        assert!(!stderr.contains('\u{1b}') && !stderr.contains('\u{7}'), "{stderr:?}");
        assert!(stderr.contains(r"boom \u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J"), "{stderr}");
    }
}

#[test]
fn the_rejects_file_is_never_written_through_a_link_or_into_a_device() {
    use std::os::unix::fs::PermissionsExt;
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let victim = write_file(dir.path(), "victim", "keep me");
    std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).unwrap();
    let link = dir.path().join("rejects.ndjson");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let input = write_file(dir.path(), "in.ndjson", "{\"sku\": \"\"}\n");
    let null_mode = std::fs::metadata("/dev/null").unwrap().permissions().mode();
    for target in [link.to_str().unwrap(), "/dev/null"] {
        let kind = if target == "/dev/null" { "a character device" } else { "a symbolic link" };
        db.ecomctl().args(["products", "import", &input, "--rejects", target]).expect(
            2,
            "",
            &format!(
                "error: the import was not committed: nothing was written: cannot create the \
                 rejects file {target}: not a regular file ({kind})\n"
            ),
        );
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    let mode = std::fs::metadata(&victim).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644, "the link's target was not chmod-ed");
    assert_eq!(std::fs::metadata("/dev/null").unwrap().permissions().mode(), null_mode);

    // A regular file there is replaced by a new private one.
    let rejects = write_file(dir.path(), "old-rejects.ndjson", "old\n");
    std::fs::set_permissions(&rejects, std::fs::Permissions::from_mode(0o644)).unwrap();
    db.ecomctl()
        .args(["products", "import", &input, "--rejects", &rejects])
        .status(4)
        .stderr_has(&["error: line 1: field sku: SKU must not be empty"]);
    assert_eq!(std::fs::read_to_string(&rejects).unwrap(), "{\"sku\": \"\"}\n");
    let mode = std::fs::metadata(&rejects).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn every_export_format_ends_quietly_when_the_reader_goes_away() {
    let db = TestDb::new();
    db.product("P", "1.00", 100_000);
    db.exec(
        "INSERT INTO orders (customer_email, state, total_price) \
         SELECT 'c' || g || '@example.com', 'CREATED', 1 FROM generate_series(1, 3000) g",
    );
    for format in ["csv", "ndjson", "json"] {
        let mut child = ecomctl_command()
            .args(["orders", "export", "--format", format])
            .env("DATABASE_URL", db.url())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 10];
        child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{format}");
    }
}

#[test]
fn an_atomic_import_stops_reading_once_its_refusal_is_certain() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    // The second record repeats the first one's SKU, then 300,000 more.
    let mut text = String::new();
    for n in 0..300_002 {
        let sku = if n == 1 { 0 } else { n };
        text.push_str(&format!(
            "{{\"sku\":\"S{sku}\",\"name\":\"n\",\"price\":1,\"seller_email\":\"s@example.com\"}}\n"
        ));
    }
    let file = write_file(dir.path(), "dup.ndjson", &text);
    let run = db.ecomctl().args(["-o", "json", "products", "import", &file]).status(4);
    let read = run.json()["read"].as_u64().unwrap();
    assert!(read < 150_000, "read {read} records of 300,002 after the refusal was certain");
    run.stderr_has(&["SKU \"S0\" already exists"]);
    assert_eq!(db.int("SELECT count(*) FROM products"), 0);

    // A record that fails validation in the first batch: nothing read
    // beyond that batch, and no id drawn at all.
    let mut text = String::from("{\"sku\":\"\"}\n");
    for n in 0..300_000 {
        text.push_str(&format!(
            "{{\"sku\":\"T{n}\",\"name\":\"n\",\"price\":1,\"seller_email\":\"s@example.com\"}}\n"
        ));
    }
    let file = write_file(dir.path(), "bad-first.ndjson", &text);
    let run = db.ecomctl().args(["-o", "json", "products", "import", &file]).status(4);
    assert!(run.json()["read"].as_u64().unwrap() < 300_001, "{}", run.stdout());
    assert_eq!(run.json()["stopped_early"], true);
    let sequence = |table: &str| db.int(&format!("SELECT last_value FROM {table}_id_seq"));
    let before = (sequence("products"), sequence("orders"));
    db.ecomctl().args(["products", "import", &file]).status(4).stderr_has(&["stopped"]);
    let orders = text.replace("{\"sku\":\"\"}", "{\"customer_email\":\"x\"}");
    let orders = write_file(dir.path(), "orders.ndjson", orders);
    db.ecomctl().args(["orders", "import", &orders]).status(4).stderr_has(&["stopped"]);
    assert_eq!((sequence("products"), sequence("orders")), before, "no id drawn");
}

#[test]
fn a_command_gives_up_on_a_lock_another_session_holds() {
    let db = TestDb::new();
    db.product("L", "1.00", 5);
    let id = db.order("l@example.com", &["L"]);
    let mut holder = db.client();
    let mut tx = holder.transaction().unwrap();
    tx.execute("SELECT 1 FROM orders WHERE id = $1 FOR UPDATE", &[&id]).unwrap();
    let started = Instant::now();
    db.ecomctl()
        .args(["--timeout", "1", "orders", "set-state", &id.to_string(), "shipped"])
        .expect(
            5,
            "",
            "error: PostgreSQL timed out: waited longer than --timeout for a lock another session \
         holds (see pg_locks and pg_stat_activity for who holds it): db error: ERROR: canceling \
         statement due to lock timeout\n",
        );
    assert!(started.elapsed() < Duration::from_secs(8), "{:?}", started.elapsed());
    tx.rollback().unwrap();
    db.ecomctl().args(["orders", "set-state", &id.to_string(), "shipped"]).setup();
}

#[test]
fn identifiers_refuse_invisible_formatting_and_names_show_it_escaped() {
    let db = TestDb::new();
    let create = |sku: &str, email: &str, name: &str| {
        db.ecomctl()
            .args(["products", "create", "--sku", sku, "--name", name, "--price", "1"])
            .args(["--seller-email", email])
    };
    create("A\u{202e}B", "s@example.com", "n").expect(
        4,
        "",
        "error: --sku: SKU must not contain invisible formatting characters (U+202E at \
         character 2)\n",
    );
    create("ZW", "ann\u{200b}@example.com", "n").expect(
        4,
        "",
        "error: --seller-email: e-mail address must not contain invisible formatting characters \
         (U+200B at character 4)\n",
    );
    create("OK", "s@example.com", "Lamp\u{feff}\u{e0041}").setup();
    let listing = db.ecomctl().args(["--color", "never", "products", "get", "OK"]).ok();
    assert!(listing.stdout().contains(r"Lamp\u{feff}\u{e0041}"), "{}", listing.stdout());
}

#[test]
fn a_dead_pusher_holds_nothing_and_a_live_one_is_named() {
    let db = TestDb::new();
    let search = SearchServer::new();
    db.product("D", "1.00", 5);
    let dead = db.order("dead@example.com", &["D"]);
    let live = db.order("live@example.com", &["D"]);
    let mut holder = db.client();
    let pid: i32 = holder.query_one("SELECT pg_backend_pid()", &[]).unwrap().get(0);
    // A claim by a process killed mid-push (its session gone), and one by a
    // pusher that is alive (this test's session).
    db.exec(&format!(
        "UPDATE search_outbox SET claimed_by = 1, claimed_at = now(), claimed_pid = 999999 \
         WHERE order_id = {dead}; \
         UPDATE search_outbox SET claimed_by = 2, claimed_at = now(), claimed_pid = {pid} \
         WHERE order_id = {live}"
    ));
    search.apply(db.ecomctl()).args(["sync"]).expect(
        0,
        "",
        "synced 1 order(s): 1 document(s) written, 0 deleted; 1 outbox entry confirmed; 1 more \
         held by another ecomctl that is pushing them now (its session is alive)\n",
    );
    assert!(search.document(dead).is_some());
    drop(holder);
    search.apply(db.ecomctl()).args(["sync"]).setup();
    assert!(search.document(live).is_some(), "its claim went with its session");
}

#[test]
fn a_connection_setting_that_is_not_utf8_is_refused() {
    use std::os::unix::ffi::OsStrExt;
    let out = ecomctl_command()
        .args(["orders", "list"])
        .env("PGHOST", std::ffi::OsStr::from_bytes(b"db\xff.example"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: the environment variable PGHOST is not valid UTF-8\n"
    );
}

#[test]
fn forged_feed_notices_are_not_shown() {
    use std::io::BufRead;
    let db = TestDb::new();
    db.product("F", "1.00", 10);
    let mut watcher = ecomctl_command()
        .args(["orders", "watch"])
        .env("DATABASE_URL", db.url())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = watcher.stdout.take().unwrap();
    let (tx, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    wait_until(
        || {
            db.int(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
                 AND application_name = 'ecomctl orders watch' AND query ILIKE 'LISTEN%'",
            ) == 1
        },
        "orders watch listens",
    );
    for forged in [
        r#"{"event":"created","ids":null,"count":-5}"#,
        r#"{"event":"created","ids":null,"count":3}"#,
        r#"{"event":"state","ids":[1,2],"count":1}"#,
    ] {
        db.exec(&format!("SELECT pg_notify('ecomctl_orders', '{forged}')"));
    }
    let id = db.order("f@example.com", &["F"]);
    let line = lines.recv_timeout(Duration::from_secs(10)).expect("the created order");
    assert!(line.contains(&format!("#{id}")), "{line}");
    let _ = watcher.kill();
    let out = watcher.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("orders created at once"), "{stderr}");
}

#[test]
fn machine_formats_stay_exact_in_a_pipe_and_escape_on_a_terminal() {
    let db = TestDb::new();
    db.exec(
        "INSERT INTO products (sku, name, price, seller_email) VALUES \
         ('T', E'clip\\x1b]52;c;ZXZpbA==\\x07 rtl\u{202e}x', 1, 's@example.com')",
    );
    // Piped: exactly what is stored (JSON escapes the C0 controls itself).
    let piped = db.ecomctl().args(["-o", "csv", "products", "list"]).ok();
    assert!(piped.stdout().contains("clip\u{1b}]52;c;ZXZpbA==\u{7} rtl\u{202e}x"));
    let piped = db.ecomctl().args(["-o", "json", "products", "list"]).ok();
    assert!(piped.stdout().contains("clip\\u001b]52;c;ZXZpbA==\\u0007 rtl\u{202e}x"));
    // On a terminal: nothing that acts on it.
    for (format, shown) in [
        ("csv", r"clip\u{1b}]52;c;ZXZpbA==\u{7} rtl\u{202e}x"),
        ("json", r"clip\u001b]52;c;ZXZpbA==\u0007 rtl\u202ex"),
        ("ndjson", r"clip\u001b]52;c;ZXZpbA==\u0007 rtl\u202ex"),
    ] {
        let mut cmd = ecomctl_command();
        cmd.args(["-o", format, "products", "list"]).env("DATABASE_URL", db.url());
        let mut session = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
        let output = session.exp_eof().unwrap();
        assert!(!output.contains('\u{1b}') && !output.contains('\u{202e}'), "{format}: {output:?}");
        assert!(output.contains(shown), "{format}: {output}");
    }
}

#[test]
fn a_server_message_with_line_breaks_stays_one_log_line() {
    let db = TestDb::new();
    let search = SearchServer::new();
    db.product("N", "1.00", 5);
    db.order("n@example.com", &["N"]);
    // Whoever can create a trigger decides what the server says.
    db.exec(
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
           RAISE EXCEPTION USING MESSAGE = E'first line\\nsecond line \\x1b[2J'; END $$; \
         CREATE TRIGGER refuse BEFORE UPDATE ON search_outbox \
           FOR EACH ROW EXECUTE FUNCTION refuse();",
    );
    let watcher = Watcher::start(&db, &search, &[]);
    std::thread::sleep(Duration::from_secs(2));
    let lines = watcher.stop();
    let failed = lines.iter().find(|l| l.contains("first line")).expect("the failure is logged");
    assert!(failed.starts_with("warning: sync failed: "), "{lines:#?}");
    assert!(failed.contains(r"first line\u{a}second line \u{1b}[2J"), "{failed}");
    assert!(!lines.iter().any(|l| l.starts_with("second line")), "{lines:#?}");
}
