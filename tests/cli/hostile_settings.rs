//! A hostile environment, first round (issue 17's findings, one test
//! each), settings and secrets: a stray `.env` that would name the config
//! file or a server, key commands, secrets sent only where they belong, a
//! config file others can change, `.pgpass` per host, passwords masked in
//! every form, connection settings refused without echoing them, a private
//! rejects file. (Hostile data is `hostile_data.rs`; the second round is
//! `hostile_env.rs`.)

use std::process::{Command, Stdio};

use crate::harness::{Ecomctl, TestDb, product_shown, write_file};
use crate::pg_server::server;
use crate::trap::Trap;

/// A `.env` that names the config file and a context whose key command
/// would leave a trace.
fn hostile_dotenv(workdir: &std::path::Path) -> std::path::PathBuf {
    let ran = workdir.join("ran");
    write_file(
        workdir,
        "x.toml",
        format!(
            "current_context = \"evil\"\n[contexts.evil]\nmeili_key_cmd = \"touch {}; echo k\"\n",
            ran.display()
        ),
    );
    write_file(workdir, ".env", "ECOMCTL_CONFIG=./x.toml\nECOMCTL_CONTEXT=evil\nNO_COLOR=1\n");
    ran
}

#[test]
fn a_stray_env_file_cannot_name_the_config_file_or_run_a_command() {
    let db = TestDb::new();
    for args in [&["man"][..], &["completions", "bash"], &["orders", "list"], &["search", "x"]] {
        let run = db.ecomctl().env("MEILI_URL", "http://127.0.0.1:9");
        let ran = hostile_dotenv(run.workdir());
        let done = run.args(args).run();
        assert!(!ran.exists(), "{args:?} ran the context's command: {}", done.stderr());
        if args == ["orders", "list"] {
            assert_eq!(done.code(), 0);
            assert_eq!(
                done.stderr(),
                "warning: .env may set only connection defaults (DATABASE_URL, PGHOST, PGHOSTADDR, \
                 PGPORT, PGUSER, PGPASSWORD, PGDATABASE, MEILI_URL, MEILI_API_KEY, MEILI_MASTER_KEY, \
                 ECOMCTL_INDEX); ignored: ECOMCTL_CONFIG, ECOMCTL_CONTEXT, NO_COLOR\nno orders found\n"
            );
        }
    }
}

#[test]
fn a_key_command_runs_only_when_meilisearch_is_used_and_is_stopped_when_it_hangs() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let ran = dir.path().join("ran");
    let pid = dir.path().join("pid");
    let config = write_file(
        dir.path(),
        "config.toml",
        format!(
            "current_context = \"c\"\n[contexts.c]\ndatabase_url = \"{}\"\nmeili_url = \"http://127.0.0.1:9\"\n\
             meili_key_cmd = \"touch {}; echo k\"\n\
             [contexts.hang]\ndatabase_url = \"{}\"\nmeili_url = \"http://127.0.0.1:9\"\n\
             meili_key_cmd = \"echo $$ > {}; exec sleep 600\"\n",
            db.url(),
            ran.display(),
            db.url(),
            pid.display()
        ),
    );
    let cmd = || Ecomctl::new().env("ECOMCTL_CONFIG", &config);
    cmd().args(["orders", "list"]).expect(0, "", "no orders found\n");
    cmd().args(["products", "list"]).expect(0, "", "no products found\n");
    assert!(!ran.exists(), "no command used Meilisearch");
    cmd().args(["search", "x"]).status(5).stdout_empty().stderr_like(
        "error: Meilisearch is unreachable: cannot connect (Connection refused (os error *))\n\
         hint: is Meilisearch running? `docker compose up -d meilisearch`; check --meili-url / \
         MEILI_URL and --meili-key / MEILI_API_KEY\n",
    );
    assert!(ran.exists(), "search used Meilisearch: the key was fetched");

    cmd().args(["--context", "hang", "--timeout", "1", "search", "x"]).expect(
        5,
        "",
        "error: Meilisearch timed out: meili_key_cmd did not finish within 1s (it was stopped)\n\
         hint: allow more time with --timeout / ECOMCTL_TIMEOUT, or find what is slow \
         (`ecomctl doctor` shows Meilisearch's queue)\n",
    );
    // And it was: the command (sh, then the sleep it became) is gone.
    let pid = std::fs::read_to_string(&pid).unwrap();
    let alive = Command::new("kill").args(["-0", pid.trim()]).stderr(Stdio::null()).status();
    assert!(!alive.unwrap().success(), "the key command {} still runs", pid.trim());
}

#[test]
fn a_key_from_the_environment_is_never_sent_to_a_url_from_env_file() {
    let trap =
        Trap::http(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n".to_vec());
    let run = Ecomctl::new().env("MEILI_MASTER_KEY", "environment-secret-key");
    write_file(run.workdir(), ".env", format!("MEILI_URL=http://127.0.0.1:{}\n", trap.port));
    run.args(["search", "x"]).expect(
        5,
        "",
        "warning: MEILI_URL comes from .env, so the Meilisearch key from the environment is not \
         sent to it (give the key in .env too, or set MEILI_URL in the environment)\n\
         error: Meilisearch is unreachable: HTTP 503\n\
         hint: is Meilisearch running? `docker compose up -d meilisearch`; check --meili-url / \
         MEILI_URL and --meili-key / MEILI_API_KEY\n",
    );
    let received = trap.received();
    assert!(received.contains("POST /indexes/orders/search"), "{received}");
    assert!(!received.contains("environment-secret-key"), "{received}");

    // A key that .env gives with the URL is its own to send.
    let run = Ecomctl::new().env("MEILI_MASTER_KEY", "environment-secret-key");
    write_file(
        run.workdir(),
        ".env",
        format!("MEILI_URL=http://127.0.0.1:{}\nMEILI_API_KEY=dotenv-key\n", trap.port),
    );
    run.args(["search", "x"]).expect(
        5,
        "",
        "error: Meilisearch is unreachable: HTTP 503\n\
         hint: is Meilisearch running? `docker compose up -d meilisearch`; check --meili-url / \
         MEILI_URL and --meili-key / MEILI_API_KEY\n",
    );
    let received = trap.received();
    assert!(received.contains("Bearer dotenv-key"), "{received}");
    assert!(!received.contains("environment-secret-key"), "{received}");
}

#[test]
fn a_password_from_the_environment_is_never_sent_to_a_server_env_file_named() {
    // What a stray .env could point the tool at.
    let trap = Trap::postgres();
    let run = Ecomctl::new().env("PGPASSWORD", "environment-db-secret");
    write_file(
        run.workdir(),
        ".env",
        format!("DATABASE_URL=postgres://ecomctl@127.0.0.1:{}/shop\n", trap.port),
    );
    run.args(["products", "list"]).expect(
        4,
        "",
        &format!(
            "warning: .env names the database server, so no password from the environment, a \
             service file, a context or ~/.pgpass is sent to it (give the password in .env too, \
             or set the server in the environment)\n\
             error: authentication failed for user \"ecomctl\" at ecomctl@127.0.0.1:{port}/shop: \
             the server asks for a password and none was given (PGPASSWORD, ~/.pgpass or the \
             URL)\n",
            port = trap.port
        ),
    );
    assert!(!trap.received().contains("environment-db-secret"), "{}", trap.received());
}

#[test]
fn a_config_file_others_can_change_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let config = write_file(
        dir.path(),
        "config.toml",
        format!("current_context = \"c\"\n[contexts.c]\ndatabase_url = \"{}\"\n", db.url()),
    );
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o664)).unwrap();
    Ecomctl::new().env("ECOMCTL_CONFIG", &config).args(["orders", "list"]).expect(
        2,
        "",
        &format!(
            "error: {config} can be written by others (mode 664); ecomctl reads it only when no one \
             else can change it, since it can name a command to run: chmod go-w {config}\n"
        ),
    );
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o644)).unwrap();
    Ecomctl::new().env("ECOMCTL_CONFIG", &config).args(["orders", "list"]).expect(
        0,
        "",
        "no orders found\n",
    );
    let nobody = std::process::Command::new("chown").args(["65534", &config]).status();
    if nobody.is_ok_and(|s| s.success()) {
        Ecomctl::new()
            .env("ECOMCTL_CONFIG", &config)
            .args(["orders", "list"])
            .status(2)
            .stderr_has(&["belongs to another user (uid 65534)"]);
    } else {
        crate::harness::skipped("chown needs root: the other-owner case is not checked");
    }
}

#[test]
fn pgpass_passwords_go_only_to_the_host_they_name() {
    let db = TestDb::new();
    let Some((role, password)) = crate::connect::password_role(&db) else { return };
    db.product("PW-1", "1.00", 1);
    let (host, port) = (&server().host, server().port);
    // The first host is not there (port 1): the second is tried, and must
    // be offered its own password, not the first one's.
    let run = db
        .ecomctl()
        .env("DATABASE_URL", &format!("postgres://{role}@127.0.0.1:1,{host}:{port}/{}", db.name()));
    let pgpass = run.workdir().join(".pgpass");
    std::fs::write(
        &pgpass,
        format!(
            "127.0.0.1:1:*:{role}:meant-for-the-first-host\n{host}:{port}:*:{role}:{password}\n"
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    run.args(["products", "get", "PW-1"]).expect_masked(0, &product_shown("PW-1", "1.00", 1), "");

    // No host name, only an address: the address is what .pgpass matches.
    let run = db.ecomctl().env(
        "DATABASE_URL",
        &format!("hostaddr={host} port={port} user={role} dbname={}", db.name()),
    );
    std::fs::write(run.workdir().join(".pgpass"), format!("{host}:{port}:*:{role}:{password}\n"))
        .unwrap();
    std::fs::set_permissions(run.workdir().join(".pgpass"), std::fs::Permissions::from_mode(0o600))
        .unwrap();
    run.args(["products", "get", "PW-1"]).expect_masked(0, &product_shown("PW-1", "1.00", 1), "");
}

#[test]
fn config_list_and_show_mask_passwords_in_every_form() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_file(
        dir.path(),
        "config.toml",
        "[contexts.query]\ndatabase_url = \"postgres://u@h/db?password=s3cret-q&sslmode=require\"\n\
         [contexts.pairs]\ndatabase_url = \"host=h password=s3cret-p user=u\"\n\
         [contexts.quoted]\ndatabase_url = \"host=h password='two s3cret words' user=u\"\n\
         [contexts.broken]\ndatabase_url = \"host=h password='s3cret-unterminated\"\n",
    );
    let list = Ecomctl::new()
        .env("ECOMCTL_CONFIG", &config)
        .args(["-o", "json", "config", "list"])
        .ok()
        .json();
    let databases: Vec<&str> =
        list.as_array().unwrap().iter().map(|c| c["database"].as_str().unwrap()).collect();
    assert_eq!(
        databases,
        [
            "(not a valid connection string; hidden)",
            "host=h password=*** user=u",
            "postgres://u@h/db?password=***&sslmode=require",
            "host=h password=*** user=u",
        ]
    );
    for name in ["query", "pairs", "quoted", "broken"] {
        let show =
            Ecomctl::new().env("ECOMCTL_CONFIG", &config).args(["config", "show", name]).ok();
        assert!(!show.stdout().contains("s3cret"), "{}", show.stdout());
    }
}

#[test]
fn connection_settings_are_refused_without_echoing_them() {
    let db = TestDb::new();
    db.ecomctl()
        .env("DATABASE_URL", &format!("{}?sslmode=", db.url()))
        .args(["products", "list"])
        .expect(2, "", "error: invalid connection option: sslmode is empty\n");
    let run = db
        .ecomctl()
        .env("DATABASE_URL", "host=127.0.0.1 TOPSECRET=x")
        .args(["products", "list"])
        .status(2);
    run.stderr_has(&[
        "invalid connection option: setting 2 of the string is not a setting ecomctl knows",
    ]);
    assert!(!run.stderr().contains("TOPSECRET"), "{}", run.stderr());

    // A client key others may read is refused, as libpq does (when the
    // server speaks TLS: the key is read for the handshake).
    if server().tls_root.is_none() {
        crate::harness::skipped("the tests' PostgreSQL has no TLS: the client key is not read");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let key = write_file(dir.path(), "client.key", "not really a key");
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    // Any readable certificate: the key is what is refused.
    let cert = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/unrelated-ca.pem");
    db.ecomctl()
        .env("DATABASE_URL", &format!("{}?sslmode=require&sslcert={cert}&sslkey={key}", db.url()))
        .args(["products", "list"])
        .status(2)
        .stderr_has(&[&format!(
            "sslkey {key}: the private key has group or world access (mode 644)"
        )]);
}

#[test]
fn the_rejects_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(dir.path(), "p.ndjson", "{\"sku\": \"\"}\n");
    let rejects = write_file(dir.path(), "rejects.ndjson", "old");
    std::fs::set_permissions(&rejects, std::fs::Permissions::from_mode(0o644)).unwrap();
    db.ecomctl()
        .args(["products", "import", &file, "--skip-invalid", "--rejects", &rejects])
        .expect(
            0,
            "",
            "error: line 1: field sku: SKU must not be empty\n\
             products: read 1, inserted 0, updated 0, skipped 0, failed 1\n",
        );
    let mode = std::fs::metadata(&rejects).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(std::fs::read_to_string(&rejects).unwrap(), "{\"sku\": \"\"}\n");
}
