use crate::harness::{Ecomctl, TestDb, product_shown};

#[test]
fn dotenv_in_the_working_directory_is_read() {
    let db = TestDb::new();
    db.product("DOTENV-1", "1.00", 1);
    let cmd = Ecomctl::new();
    std::fs::write(cmd.workdir().join(".env"), format!("DATABASE_URL={}\n", db.url())).unwrap();
    cmd.args(["products", "get", "DOTENV-1"]).expect_masked(
        0,
        &product_shown("DOTENV-1", "1.00", 1),
        "",
    );
}

#[test]
fn environment_wins_over_dotenv_and_flag_wins_over_environment() {
    let db = TestDb::new();
    db.product("PREC-1", "1.00", 1);
    let bad = "postgres://nobody:pw@127.0.0.1:1/none";

    let cmd = Ecomctl::new();
    std::fs::write(cmd.workdir().join(".env"), format!("DATABASE_URL={bad}\n")).unwrap();
    cmd.env("DATABASE_URL", &db.url()).args(["products", "get", "PREC-1"]).expect_masked(
        0,
        &product_shown("PREC-1", "1.00", 1),
        "",
    );

    Ecomctl::new()
        .env("DATABASE_URL", bad)
        .args(["--database-url", &db.url(), "products", "get", "PREC-1"])
        .expect_masked(0, &product_shown("PREC-1", "1.00", 1), "");

    // And the other way round: a bad flag value is used even if the env is good.
    Ecomctl::new()
        .env("DATABASE_URL", &db.url())
        .args(["--database-url", bad, "products", "get", "PREC-1"])
        .status(5)
        .stdout_empty()
        .stderr_like(
            "error: PostgreSQL is unreachable: nobody@127.0.0.1:1/none: error connecting to server: \
             Connection refused (os error *)\n\
             hint: is PostgreSQL running? `docker compose up -d postgres`; check --database-url / \
             DATABASE_URL / PGHOST, PGPORT\n",
        );
}

#[test]
fn the_database_password_never_appears() {
    let secret = "hunter2-s3cret";
    for url in [
        format!("postgres://bob:{secret}@127.0.0.1:1/shop"),
        format!("postgres://bob:{secret}@127.0.0.1:notaport/shop"),
    ] {
        let run = Ecomctl::new().env("DATABASE_URL", &url).args(["-v", "products", "list"]).run();
        assert!(run.code() == 5 || run.code() == 2, "exit {}: {}", run.code(), run.stderr());
        assert!(!run.stderr().contains(secret), "password leaked: {}", run.stderr());
        assert!(!run.stdout().contains(secret));
    }
    // Nor in the help, even when the environment holds it.
    let help = Ecomctl::new()
        .env("DATABASE_URL", &format!("postgres://bob:{secret}@h/db"))
        .arg("--help")
        .ok();
    assert!(!help.stdout().contains(secret));
}

#[test]
fn help_documents_exit_codes_and_environment() {
    Ecomctl::new().arg("--help").ok().stdout_has(&[
        "EXIT CODES",
        "3  not found",
        "4  rejected",
        "5  a service",
        "DATABASE_URL",
        "MEILI_URL",
        "MEILI_API_KEY",
    ]);
}

#[test]
fn unknown_flags_are_usage_errors() {
    Ecomctl::new().args(["products", "list", "--bogus"]).expect(
        2,
        "",
        "error: unexpected argument '--bogus' found\n\
         \n\
         Usage: ecomctl products list [OPTIONS]\n\
         \n\
         For more information, try '--help'.\n",
    );
    Ecomctl::new().args(["orders", "get", "abc"]).expect(
        2,
        "",
        "error: invalid value 'abc' for '<ID>': invalid digit found in string\n\
         \n\
         For more information, try '--help'.\n",
    );
}
