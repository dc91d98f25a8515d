//! Connecting like psql: TLS with libpq's sslmode semantics against the
//! tests' PostgreSQL (the throwaway one has TLS on, with a certificate for
//! `localhost` signed by a CA made at start), the PG* variables, service
//! files, ~/.pgpass, and one truthful line (and exit code) per kind of
//! failure.

use serde_json::Value;

use crate::harness::{Ecomctl, TestDb, skipped, url_for};
use crate::pg_server::server;

/// The CA file that verifies the server's certificate; `None` (and a
/// visible skip) when the server has no TLS or its CA is unknown.
fn tls_root() -> Option<String> {
    let root = server().tls_root.as_ref().map(|path| path.display().to_string());
    if root.is_none() {
        skipped(&format!("the tests' PostgreSQL ({:?}) has no TLS we can verify", server().origin));
    }
    root
}

/// `key=value` settings that reach the test database as the test user.
fn conninfo(db: &TestDb) -> String {
    let server = server();
    let password = server.password.as_ref().map(|p| format!(" password={p}")).unwrap_or_default();
    format!(
        "host={} port={} user={}{password} dbname={}",
        server.host,
        server.port,
        server.user,
        db.name()
    )
}

/// `doctor -o json`'s postgres line (Meilisearch is down here: exit 5).
fn postgres_check(run: crate::harness::Run) -> String {
    let checks: Value = run.json();
    checks
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "postgres")
        .map(|c| c["detail"].as_str().unwrap().to_owned())
        .unwrap()
}

fn doctor(db: &TestDb, url: &str) -> Ecomctl {
    db.ecomctl()
        .env("DATABASE_URL", url)
        .env("MEILI_URL", "http://127.0.0.1:9")
        .args(["-o", "json", "doctor"])
}

/// The test database's URL on another host name, with extra parameters.
fn url_with(db: &TestDb, host: &str, params: &str) -> String {
    let url = db.url().replace("127.0.0.1", host);
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{params}")
}

#[test]
fn sslmodes_encrypt_and_verify_as_libpq_does() {
    let db = TestDb::new();
    let Some(ca) = tls_root() else { return };

    let require =
        postgres_check(doctor(&db, &url_with(&db, "127.0.0.1", "sslmode=require")).status(5));
    assert!(require.contains("TLS TLSv1.3 (certificate not verified)"), "{require}");
    assert!(require.contains("application ecomctl doctor"), "{require}");

    let prefer = postgres_check(doctor(&db, &db.url()).status(5));
    assert!(prefer.contains("TLS") && prefer.contains("sslmode=prefer"), "{prefer}");

    let disable =
        postgres_check(doctor(&db, &url_with(&db, "127.0.0.1", "sslmode=disable")).status(5));
    assert!(disable.contains("no TLS"), "{disable}");

    // verify-ca: the chain is checked, the name is not (the certificate is for localhost).
    let verify_ca = url_with(&db, "127.0.0.1", &format!("sslmode=verify-ca&sslrootcert={ca}"));
    let check = postgres_check(doctor(&db, &verify_ca).status(5));
    assert!(check.contains("certificate chain verified"), "{check}");

    // verify-full: the name must match too.
    let full_ok = url_with(&db, "localhost", &format!("sslmode=verify-full&sslrootcert={ca}"));
    let check = postgres_check(doctor(&db, &full_ok).status(5));
    assert!(check.contains("certificate and host name verified"), "{check}");
    let full_ip = url_with(&db, "127.0.0.1", &format!("sslmode=verify-full&sslrootcert={ca}"));
    db.ecomctl()
        .env("DATABASE_URL", &full_ip)
        .args(["products", "list"])
        .status(4)
        .stderr_has(&["not valid for this host name", "sslmode=verify-ca"]);

    // The same through the environment, with a key=value connection string.
    db.ecomctl()
        .env("DATABASE_URL", &conninfo(&db))
        .env("PGSSLMODE", "verify-ca")
        .env("PGSSLROOTCERT", &ca)
        .args(["products", "list"])
        .expect(0, "", "no products found\n");
}

#[test]
fn an_untrusted_or_missing_root_certificate_is_refused_with_a_clear_message() {
    let db = TestDb::new();
    // Without sslrootcert there is nothing to verify against: a usage error.
    db.ecomctl()
        .env("DATABASE_URL", &url_with(&db, "127.0.0.1", "sslmode=verify-ca"))
        .args(["products", "list"])
        .status(2)
        .stderr_has(&["sslmode=verify-ca needs", "sslrootcert"]);
    // The rest needs a server that speaks TLS.
    let Some(root) = tls_root() else { return };
    // A root that did not sign the server's certificate (a public CA's).
    let other_ca = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/unrelated-ca.pem");
    db.ecomctl()
        .env(
            "DATABASE_URL",
            &url_with(&db, "127.0.0.1", &format!("sslmode=verify-ca&sslrootcert={other_ca}")),
        )
        .args(["products", "list"])
        .status(4)
        .stderr_has(&["server certificate", "not trusted", "set sslrootcert"]);
    // `system`: the operating system's roots. They do not hold the
    // throwaway server's CA; Debian's own server uses the snakeoil
    // certificate in /etc/ssl/certs, so there it connects.
    let in_system_store = root.starts_with("/etc/ssl/certs/");
    let system = db
        .ecomctl()
        .env("DATABASE_URL", &url_with(&db, "127.0.0.1", "sslmode=verify-ca&sslrootcert=system"))
        .args(["products", "list"])
        .status(if in_system_store { 0 } else { 4 });
    if in_system_store {
        assert_eq!(system.stderr(), "no products found\n");
    } else {
        system.stderr_has(&["server certificate", "not trusted"]);
    }
}

#[test]
fn pg_variables_and_service_files_are_honoured() {
    let db = TestDb::new();
    let server = server();
    let port = server.port.to_string();
    let password = server.password.as_deref().unwrap_or("");
    db.product("PG-1", "1.00", 1);
    db.ecomctl()
        .env_remove("DATABASE_URL")
        .env("PGHOST", &server.host)
        .env("PGPORT", &port)
        .env("PGUSER", &server.user)
        .env("PGPASSWORD", password)
        .env("PGDATABASE", db.name())
        .args(["products", "get", "PG-1"])
        .ok()
        .stdout_has(&["│ sku          ┆ PG-1 "]);

    let dir = tempfile::tempdir().unwrap();
    let services = dir.path().join("services.conf");
    std::fs::write(
        &services,
        format!(
            "[other]\nhost=nowhere\n\n[shop]\nhost={}\nport={port}\nuser={}\npassword={password}\ndbname={}\n",
            server.host,
            server.user,
            db.name()
        ),
    )
    .unwrap();
    db.ecomctl()
        .env_remove("DATABASE_URL")
        .env("PGSERVICEFILE", services.to_str().unwrap())
        .env("PGSERVICE", "shop")
        .args(["products", "get", "PG-1"])
        .ok()
        .stdout_has(&["│ sku          ┆ PG-1 "]);
    // service= in the connection string works the same.
    db.ecomctl()
        .env("DATABASE_URL", "service=shop")
        .env("PGSERVICEFILE", services.to_str().unwrap())
        .args(["products", "get", "PG-1"])
        .ok()
        .stdout_has(&["│ sku          ┆ PG-1 "]);
    db.ecomctl()
        .env_remove("DATABASE_URL")
        .env("PGSERVICEFILE", services.to_str().unwrap())
        .env("PGSERVICE", "missing")
        .args(["products", "list"])
        .status(2)
        .stderr_has(&["service \"missing\" not found"]);

    // A DATABASE_URL from .env yields to PG* variables in the environment.
    let run = db
        .ecomctl()
        .env_remove("DATABASE_URL")
        .env("PGHOST", &server.host)
        .env("PGPORT", &port)
        .env("PGUSER", &server.user)
        .env("PGPASSWORD", password)
        .env("PGDATABASE", db.name());
    std::fs::write(run.workdir().join(".env"), "DATABASE_URL=postgres://nobody@127.0.0.1:1/x\n")
        .unwrap();
    run.args(["products", "get", "PG-1"]).ok().stdout_has(&["│ sku          ┆ PG-1 "]);
}

#[test]
fn each_kind_of_connection_failure_has_its_own_message_and_code() {
    let db = TestDb::new();
    db.ecomctl()
        .env("DATABASE_URL", "postgres://postgres@127.0.0.1:1/x")
        .args(["products", "list"])
        .status(5)
        .stderr_has(&["PostgreSQL is unreachable", "hint: is PostgreSQL running?"]);
    let missing = db
        .ecomctl()
        .env("DATABASE_URL", &url_for("ecomctl_no_such_database"))
        .args(["products", "list"])
        .status(3);
    missing.stderr_has(&["database \"ecomctl_no_such_database\" does not exist"]);
    assert_eq!(missing.stderr().lines().count(), 1, "one line:\n{}", missing.stderr());
    // The full chain is there with -v.
    let verbose = db
        .ecomctl()
        .env("DATABASE_URL", &url_for("ecomctl_no_such_database"))
        .args(["-v", "products", "list"])
        .status(3);
    assert!(verbose.stderr().lines().count() > 1, "{}", verbose.stderr());

    let empty = TestDb::empty();
    empty.ecomctl().args(["products", "list"]).status(1).stderr_has(&[
        "error: the database schema is missing or outdated",
        "hint: run `ecomctl migrate` to create or update it",
    ]);
}

/// A role that must give a password (the throwaway server's pg_hba.conf
/// says so; a server given by TEST_DATABASE_URL may not): skipped, visibly,
/// where the server lets it in without one.
pub(crate) fn password_role(db: &TestDb) -> Option<(&'static str, &'static str)> {
    const ROLE: &str = crate::pg_server::PASSWORD_ROLE;
    const PASSWORD: &str = "s3cret-pw";
    db.exec(&format!(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ROLE}') THEN \
         CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'; END IF; END $$; \
         GRANT ALL ON ALL TABLES IN SCHEMA public TO {ROLE}; \
         GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {ROLE}"
    ));
    let without_password = format!("postgres://{ROLE}@{}/{}", server().address(), db.name());
    if postgres::Client::connect(&without_password, postgres::NoTls).is_ok() {
        skipped(&format!("the tests' PostgreSQL lets {ROLE} in without a password"));
        return None;
    }
    Some((ROLE, PASSWORD))
}

#[test]
fn passwords_come_from_the_url_pgpassword_or_pgpass_and_a_wrong_one_says_so() {
    let db = TestDb::new();
    let Some((role, password)) = password_role(&db) else { return };
    db.product("PW-1", "1.00", 1);
    let address = server().address();
    let url = |pw: &str| format!("postgres://{role}{pw}@{address}/{}", db.name());

    db.ecomctl()
        .env("DATABASE_URL", &url(&format!(":{password}")))
        .args(["products", "get", "PW-1"])
        .ok()
        .stdout_has(&["│ sku          ┆ PW-1 "]);
    db.ecomctl()
        .env("DATABASE_URL", &url(""))
        .env("PGPASSWORD", password)
        .args(["products", "get", "PW-1"])
        .ok()
        .stdout_has(&["│ sku          ┆ PW-1 "]);

    let run = db.ecomctl().env("DATABASE_URL", &url(""));
    let pgpass = run.workdir().join(".pgpass");
    std::fs::write(&pgpass, format!("{address}:*:{role}:{password}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    run.args(["products", "get", "PW-1"]).ok().stdout_has(&["│ sku          ┆ PW-1 "]);

    let wrong = db
        .ecomctl()
        .env("DATABASE_URL", &url(":wrong-password"))
        .args(["products", "get", "PW-1"])
        .status(4);
    wrong.stderr_has(&["authentication failed for user \"ecomctl_pw_test\""]);
    assert!(!wrong.stderr().contains("wrong-password"), "{}", wrong.stderr());
    assert!(!wrong.stderr().contains("unreachable"), "{}", wrong.stderr());
    db.ecomctl()
        .env("DATABASE_URL", &url(""))
        .args(["products", "get", "PW-1"])
        .status(4)
        .stderr_has(&["none was given"]);
}

#[test]
fn a_client_certificate_that_cannot_be_read_is_named() {
    let db = TestDb::new();
    // Any readable certificate will do: the key is what cannot be read.
    let cert = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/unrelated-ca.pem");
    db.ecomctl()
        .env(
            "DATABASE_URL",
            &url_with(
                &db,
                "127.0.0.1",
                &format!("sslmode=require&sslcert={cert}&sslkey=/nonexistent/client.key"),
            ),
        )
        .args(["products", "list"])
        .status(2)
        .stderr_has(&["sslkey /nonexistent/client.key: cannot read a private key"]);
}
