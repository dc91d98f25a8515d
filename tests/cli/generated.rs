//! The committed completion scripts and man page must match what the binary
//! generates; regenerate them with `scripts/regenerate.sh` after a CLI change.

use crate::harness::Ecomctl;

fn committed(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e} (run scripts/regenerate.sh)"))
}

#[test]
fn completion_scripts_are_up_to_date() {
    for (shell, path) in [
        ("bash", "completions/ecomctl.bash"),
        ("zsh", "completions/_ecomctl"),
        ("fish", "completions/ecomctl.fish"),
        ("powershell", "completions/_ecomctl.ps1"),
        ("elvish", "completions/ecomctl.elv"),
    ] {
        let generated = Ecomctl::new().args(["completions", shell]).ok().stdout();
        assert!(generated.contains("ecomctl"), "{shell}");
        assert_eq!(generated, committed(path), "{path} is stale: run scripts/regenerate.sh");
    }
}

#[test]
fn man_page_is_up_to_date() {
    let generated = Ecomctl::new().arg("man").ok().stdout();
    assert!(generated.contains(".TH ecomctl"));
    assert!(generated.contains("EXIT CODES"), "the man page carries the exit codes");
    assert_eq!(
        generated,
        committed("man/ecomctl.1"),
        "man/ecomctl.1 is stale: run scripts/regenerate.sh"
    );
}

#[test]
fn every_command_has_help_with_examples() {
    let commands: &[&[&str]] = &[
        &["migrate"],
        &["products", "create"],
        &["products", "get"],
        &["products", "list"],
        &["products", "update"],
        &["products", "delete"],
        &["products", "import"],
        &["products", "export"],
        &["orders", "create"],
        &["orders", "get"],
        &["orders", "list"],
        &["orders", "update"],
        &["orders", "set-state"],
        &["orders", "delete"],
        &["orders", "import"],
        &["orders", "export"],
        &["search"],
        &["sync"],
        &["reindex"],
        &["index", "setup"],
        &["index", "status"],
        &["index", "check"],
        &["doctor"],
        &["demo"],
        &["completions"],
        &["man"],
    ];
    for command in commands {
        let mut args = command.to_vec();
        args.push("--help");
        let help = Ecomctl::new().args(&args).ok().stdout();
        assert!(help.contains("Examples:"), "{command:?} --help has no examples");
        assert!(
            help.matches("  ecomctl ").count() >= 2,
            "{command:?} --help needs at least 2 examples"
        );
    }
}

#[test]
fn dynamic_completion_offers_live_values_and_never_blocks() {
    let db = crate::harness::TestDb::new();
    db.product("LAMP-1", "1.00", 1);
    db.product("LATTE-2", "1.00", 1);
    db.product("MUG-3", "1.00", 1);
    let id = db.order("a@example.com", &["MUG-3"]);
    let complete = |words: &[&str], candidates: &str| {
        db.ecomctl()
            .env("COMPLETE", "fish")
            .arg("--")
            .arg("ecomctl")
            .args(words)
            .expect(0, candidates, "")
    };
    complete(&["products", "get", "LA"], "LAMP-1\nLATTE-2\n");
    complete(&["orders", "create", "--item", "MU"], "MUG-3\n");
    complete(&["orders", "get", &id.to_string()], &format!("{id}\n"));
    complete(&["orders", "set-state", "1", "SH"], "SHIPPED\n");
    // The shell registers with `COMPLETE=bash ecomctl`.
    db.ecomctl().env("COMPLETE", "bash").ok().stdout_has(&["_clap_complete_ecomctl"]);

    // A PostgreSQL that never answers (a local socket nobody serves): no
    // candidates, quickly, never an error.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    let started = std::time::Instant::now();
    let none = db
        .ecomctl()
        .env("DATABASE_URL", &format!("postgres://postgres@127.0.0.1:{port}/x?connect_timeout=5"))
        .env("COMPLETE", "fish")
        .args(["--", "ecomctl", "products", "get", "LA"])
        .ok();
    assert_eq!(none.stdout(), "");
    assert!(started.elapsed() < std::time::Duration::from_secs(2), "{:?}", started.elapsed());
}
