//! The committed completion scripts and man page must match what the binary
//! generates; regenerate them with `scripts/regenerate.sh` after a CLI change.

use std::process::Stdio;
use std::time::{Duration, Instant};

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

    // A PostgreSQL that never answers (a local socket nobody serves), with a
    // connect_timeout far longer than the test: the completion's own limit
    // (300 ms) ends the wait, and it offers no candidates, never an error.
    // Its connection is also capped by the default --timeout (10 s), which
    // would end it the same way, so the watchdog stays under that: at 5 s,
    // it is still far from the 300 ms it checks.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    let mut completion = crate::harness::ecomctl_command()
        .env("DATABASE_URL", format!("postgres://postgres@127.0.0.1:{port}/x?connect_timeout=600"))
        .env("COMPLETE", "fish")
        .args(["--", "ecomctl", "products", "get", "LA"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let watchdog = Instant::now() + Duration::from_secs(5);
    while completion.try_wait().unwrap().is_none() {
        if Instant::now() > watchdog {
            let _ = completion.kill();
            let _ = completion.wait();
            panic!("the completion is still waiting for a PostgreSQL that never answers after 5 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = completion.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "", "no candidates");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "no error");
}

#[test]
fn a_command_shows_its_own_arguments_first_and_the_global_options_on_request() {
    Ecomctl::new().args(["orders", "set-state", "-h"]).expect(
        0,
        "Move an order (or many: ids, or a selection) to another state

Usage: ecomctl orders set-state [OPTIONS] [ID]... <STATE>

Arguments:
  <ID|STATE>...  Order ids (none with a selection), then the new state

Options:
  -h, --help  Print help (see more with '--help')

Output:
  -o, --output <OUTPUT>  Output format for data written to stdout [default: table] [possible values:
                         table, json, ndjson, csv]
  -v, --verbose...       More diagnostics on stderr (repeat for more)
  -q, --quiet            Only errors on stderr

Prompts:
  -y, --yes  Answer yes to confirmations (required for destructive commands without a terminal)

Selection and bulk flags (each in --help): --state, --customer-email, --since, --until, --sku,
  --product, --min-total, --max-total, --external-ref, --ids-from, --from-search, --filter,
  --all, --dry-run, --each, --max

Global options (connection, search index, output, prompts): `ecomctl help options`, or --help
",
        "",
    );
    // --help explains each of them, under its heading.
    let long = Ecomctl::new().args(["orders", "set-state", "--help"]).ok().stdout();
    for expected in ["Select orders:", "--ids-from <FILE|->", "Bulk:", "--dry-run"] {
        assert!(long.contains(expected), "{expected}:\n{long}");
    }
    assert!(!long.contains("Selection and bulk flags"), "{long}");
    // Every global option, under its heading, with its environment variable.
    let options = Ecomctl::new().args(["help", "options"]).ok().stdout();
    let mut rest = options.as_str();
    for heading in ["Connection:", "Search index:", "Output:", "Prompts:"] {
        let at = rest.find(heading).unwrap_or_else(|| panic!("{heading} (in order):\n{options}"));
        rest = &rest[at..];
    }
    for option in ["--database-url", "--timeout", "--wait-timeout", "--log-format", "--no-input"] {
        assert!(options.contains(option), "{option}:\n{options}");
    }
    assert!(options.contains("[env: ECOMCTL_TIMEOUT=]"), "{options}");
    Ecomctl::new().arg("options").expect(0, &options, "");
}
