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
        let generated = Ecomctl::new().args(["completions", shell]).success().stdout();
        assert!(generated.contains("ecomctl"), "{shell}");
        assert_eq!(generated, committed(path), "{path} is stale: run scripts/regenerate.sh");
    }
}

#[test]
fn man_page_is_up_to_date() {
    let generated = Ecomctl::new().arg("man").success().stdout();
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
        let help = Ecomctl::new().args(&args).success().stdout();
        assert!(help.contains("Examples:"), "{command:?} --help has no examples");
        assert!(
            help.matches("  ecomctl ").count() >= 2,
            "{command:?} --help needs at least 2 examples"
        );
    }
}
