//! The house matches its drawing (docs/architecture.md): each top-level
//! module has a layer, and code only reaches downward — to a lower layer or
//! within its own module. Within a module, files import each other without
//! a circle. And no source file grows past 500 lines, no test file past
//! 800. Read from the source text (`crate::…`, `super::…` and `self::…`
//! paths outside comments), so a new upward import fails here with the file
//! and line that made it. A test target of its own: it reads files and runs
//! no `ecomctl`, so it needs no database and runs apart from the CLI
//! behaviour tests (`tests/cli/`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first: a module may use modules of lower layers only.
const LAYERS: &[&[&str]] = &[
    &["error", "shutdown", "files", "report"],
    &["telemetry"],
    &["domain"],
    &["model"],
    &["db"],
    &["search"],
    &["outbox", "import"],
    &["rebuild"],
    &["config"],
    &["app"],
    &["output"],
    &["console", "monitor"],
    &["cli"],
    &["main", "proptests"],
];

const MAX_LINES: usize = 500;

/// The longest a Rust file under tests/ may be: past it, split the file by
/// topic (shared helpers in a harness module, as `tests/cli/search_harness.rs`).
const MAX_TEST_LINES: usize = 800;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn tests() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// Every `.rs` file under `dir`, at any depth, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Every `.rs` file under src/, with its module path ("db::orders").
fn files() -> Vec<(PathBuf, Vec<String>)> {
    rust_files(&src())
        .into_iter()
        .map(|path| {
            let relative = path.strip_prefix(src()).unwrap().with_extension("");
            let mut module: Vec<String> =
                relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
            if module.last().is_some_and(|m| m == "mod") {
                module.pop();
            }
            (path, module)
        })
        .collect()
}

/// The code of a file without its comments (doc comments name paths too).
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .enumerate()
        .map(|(n, line)| (n + 1, line.split("//").next().unwrap_or("").to_owned()))
        .collect()
}

/// The module paths a line refers to: `crate::a::b`, and `super::b` /
/// `self::b` resolved against `module` (`is_dir`: the file is a mod.rs).
fn references(line: &str, module: &[String], is_dir: bool) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let idents = |rest: &str| -> Vec<String> {
        rest.split("::")
            .map(|part| {
                part.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>()
            })
            .take_while(|p| !p.is_empty())
            .collect()
    };
    for (at, _) in line.match_indices("crate::") {
        if line[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        found.push(idents(&line[at + "crate::".len()..]));
    }
    // A file's `super` is its module's parent; a mod.rs's `super` is the
    // module above its directory.
    let here: Vec<String> =
        if is_dir { module.to_vec() } else { module[..module.len() - 1].to_vec() };
    for (at, _) in line.match_indices("super::") {
        if line[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let parent = if is_dir { &here[..here.len().saturating_sub(1)] } else { &here[..] };
        let mut path = parent.to_vec();
        path.extend(idents(&line[at + "super::".len()..]));
        found.push(path);
    }
    for (at, _) in line.match_indices("self::") {
        if line[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let mut path = if is_dir { module.to_vec() } else { here.clone() };
        path.extend(idents(&line[at + "self::".len()..]));
        found.push(path);
    }
    found
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

#[test]
fn modules_only_use_lower_layers() {
    let mut upward = Vec::new();
    for (path, module) in files() {
        let top = module.first().cloned().unwrap_or_else(|| "main".into());
        let top = if module.len() == 1 && top == "main" { "main".to_owned() } else { top };
        let Some(own) = layer_of(&top) else {
            upward.push(format!("{}: module {top} has no layer in LAYERS", path.display()));
            continue;
        };
        let is_dir = path.ends_with("mod.rs");
        for (line_number, line) in code_lines(&path) {
            for target in references(&line, &module, is_dir) {
                let Some(used) = target.first() else { continue };
                if *used == top || used.is_empty() {
                    continue;
                }
                match layer_of(used) {
                    Some(layer) if layer < own => {}
                    Some(_) => upward.push(format!(
                        "{}:{line_number}: {top} uses {used}, which is not below it",
                        path.strip_prefix(src()).unwrap().display()
                    )),
                    None => {}
                }
            }
        }
    }
    assert!(upward.is_empty(), "imports against the layers:\n{}", upward.join("\n"));
}

/// Modules whose use is kept to their owners: the outbox's rows are the
/// outbox protocol's (`outbox/`), whoever else enqueues or reads the backlog
/// goes through it.
const PRIVATE: &[(&[&str], &[&str])] = &[(&["db", "outbox"], &["db", "outbox"])];

#[test]
fn private_modules_are_used_by_their_owners_only() {
    let mut trespass = Vec::new();
    for (path, module) in files() {
        let top = module.first().cloned().unwrap_or_default();
        let is_dir = path.ends_with("mod.rs");
        for (line_number, line) in code_lines(&path) {
            for target in references(&line, &module, is_dir) {
                for (private, owners) in PRIVATE {
                    let names_it = target.len() >= private.len()
                        && target.iter().zip(private.iter()).all(|(a, b)| a == b);
                    if names_it && !owners.contains(&top.as_str()) {
                        trespass.push(format!(
                            "{}:{line_number}: {top} uses {}",
                            path.strip_prefix(src()).unwrap().display(),
                            private.join("::")
                        ));
                    }
                }
            }
        }
    }
    assert!(trespass.is_empty(), "private modules used from outside:\n{}", trespass.join("\n"));
}

#[test]
fn files_of_a_module_use_each_other_without_a_circle() {
    // The file each module path lives in: "db::orders" → db/orders.rs.
    let files = files();
    let by_module: BTreeMap<Vec<String>, PathBuf> =
        files.iter().map(|(path, module)| (module.clone(), path.clone())).collect();
    let file_of = |target: &[String]| -> Option<Vec<String>> {
        (1..=target.len()).rev().map(|n| target[..n].to_vec()).find(|m| by_module.contains_key(m))
    };
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (path, module) in &files {
        let is_dir = path.ends_with("mod.rs");
        for (_, line) in code_lines(path) {
            for target in references(&line, module, is_dir) {
                if let Some(used) = file_of(&target)
                    && used != *module
                    && used.first() == module.first()
                    && used.len() > 1
                    && module.len() > 1
                {
                    edges.entry(module.clone()).or_default().insert(used);
                }
            }
        }
    }
    // Depth-first search for a back edge.
    fn visit(
        node: &Vec<String>,
        edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        stack: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<Vec<Vec<String>>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut circle = stack[at..].to_vec();
            circle.push(node.clone());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, edges, stack, done) {
                return Some(circle);
            }
        }
        stack.pop();
        done.insert(node.clone());
        None
    }
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        if let Some(circle) = visit(node, &edges, &mut Vec::new(), &mut done) {
            let shown: Vec<String> = circle.iter().map(|m| m.join("::")).collect();
            panic!("files import each other in a circle: {}", shown.join(" → "));
        }
    }
}

#[test]
fn no_source_file_is_over_500_lines() {
    let long: Vec<String> = files()
        .into_iter()
        .filter_map(|(path, _)| {
            let lines = std::fs::read_to_string(&path).unwrap().lines().count();
            (lines > MAX_LINES)
                .then(|| format!("{} ({lines} lines)", path.strip_prefix(src()).unwrap().display()))
        })
        .collect();
    assert!(long.is_empty(), "files over {MAX_LINES} lines:\n{}", long.join("\n"));
}

#[test]
fn no_test_file_is_over_800_lines() {
    let files = rust_files(&tests());
    assert!(files.len() > 10, "found only {} test files under {}", files.len(), tests().display());
    let long: Vec<String> = files
        .into_iter()
        .filter_map(|path| {
            let lines = std::fs::read_to_string(&path).unwrap().lines().count();
            (lines > MAX_TEST_LINES).then(|| {
                format!("tests/{} ({lines} lines)", path.strip_prefix(tests()).unwrap().display())
            })
        })
        .collect();
    assert!(
        long.is_empty(),
        "test files over {MAX_TEST_LINES} lines (split each by topic into files of at most \
         {MAX_TEST_LINES}, shared helpers in a harness module):\n{}",
        long.join("\n")
    );
}
