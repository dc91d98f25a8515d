//! `ecomctl console` on a real pseudo-terminal of 80×24, against the real
//! PostgreSQL and the fake Meilisearch (or a real one): what the operator
//! sees is read from a small terminal emulator fed with the program's output
//! (ratatui redraws only the cells that change, so the raw bytes do not hold
//! the screen's lines), and what the console did is checked in the database
//! and the index.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

use crate::harness::TestDb;
use crate::search_harness::SearchServer;

/// The screen as a terminal would show it: enough of VT100 for what
/// crossterm writes (cursor moves, clears, text; attributes are ignored).
struct Screen {
    rows: Vec<Vec<char>>,
    row: usize,
    col: usize,
    /// Everything received, to check how the program left the terminal.
    raw: String,
    pending: String,
    /// The bytes of a character not yet complete (rexpect hands over one
    /// byte at a time).
    utf8: Vec<u8>,
}

impl Screen {
    fn new(width: usize, height: usize) -> Screen {
        Screen {
            rows: vec![vec![' '; width]; height],
            row: 0,
            col: 0,
            raw: String::new(),
            pending: String::new(),
            utf8: Vec::new(),
        }
    }

    fn resize(&mut self, width: usize, height: usize) {
        self.rows = vec![vec![' '; width]; height];
    }

    /// One byte of output (as rexpect gives it: a char per byte).
    fn byte(&mut self, byte: char) {
        self.utf8.push(byte as u32 as u8);
        match std::str::from_utf8(&self.utf8) {
            Ok(text) => {
                let text = text.to_owned();
                self.utf8.clear();
                text.chars().for_each(|c| self.feed(c));
            }
            Err(e) if e.error_len().is_none() => {}
            Err(_) => {
                self.utf8.clear();
                self.feed(char::REPLACEMENT_CHARACTER);
            }
        }
    }

    fn feed(&mut self, c: char) {
        self.raw.push(c);
        if !self.pending.is_empty() || c == '\u{1b}' {
            self.pending.push(c);
            self.escape();
            return;
        }
        match c {
            '\r' => self.col = 0,
            '\n' => self.row = (self.row + 1).min(self.rows.len() - 1),
            c if c.is_control() => {}
            c => {
                if let Some(cell) = self.rows.get_mut(self.row).and_then(|r| r.get_mut(self.col)) {
                    *cell = c;
                }
                self.col += 1;
            }
        }
    }

    /// Applies a complete escape sequence held in `pending`.
    fn escape(&mut self) {
        let seq = self.pending.clone();
        let Some(body) = seq.strip_prefix("\u{1b}[") else {
            // ESC followed by anything but '[': a two-character sequence.
            if seq.chars().count() >= 2 {
                self.pending.clear();
            }
            return;
        };
        let Some(last) = body.chars().last().filter(|c| ('@'..='~').contains(c)) else {
            return;
        };
        self.pending.clear();
        let params: Vec<usize> =
            body[..body.len() - 1].split(';').map(|p| p.parse().unwrap_or(0)).collect();
        let at = |i: usize| params.get(i).copied().filter(|n| *n > 0).unwrap_or(1) - 1;
        let width = self.rows[0].len();
        match last {
            'H' | 'f' => (self.row, self.col) = (at(0).min(self.rows.len() - 1), at(1)),
            'J' => self.rows.iter_mut().for_each(|r| r.fill(' ')),
            'K' => {
                if let Some(row) = self.rows.get_mut(self.row) {
                    row[self.col.min(width)..].fill(' ');
                }
            }
            'G' => self.col = at(0),
            'C' => self.col += at(0) + 1,
            'D' => self.col = self.col.saturating_sub(at(0) + 1),
            _ => {}
        }
    }

    fn lines(&self) -> Vec<String> {
        self.rows.iter().map(|r| r.iter().collect::<String>()).collect()
    }

    fn text(&self) -> String {
        self.lines().join("\n")
    }
}

/// The console running on a terminal of its own.
struct Console {
    session: PtySession,
    screen: Screen,
}

impl Console {
    fn start(db: &TestDb, search: &SearchServer, extra: &[(&str, &str)]) -> Console {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("empty");
        std::fs::create_dir_all(&dir).unwrap();
        // The terminal's size is set by the shell that then becomes ecomctl
        // (a new pseudo-terminal has none).
        let mut cmd = Command::new("sh");
        cmd.env_clear()
            .args(["-c", "stty rows 24 cols 80 && exec \"$0\" console"])
            .arg(assert_cmd::cargo::cargo_bin("ecomctl"))
            .current_dir(&dir)
            .env("HOME", &dir)
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("DATABASE_URL", db.url())
            .env("TERM", "xterm")
            .env("NO_COLOR", "1");
        for (key, value) in search.env_pairs() {
            cmd.env(key, value);
        }
        for (key, value) in extra {
            cmd.env(key, value);
        }
        let session = spawn_command(cmd, Some(30_000)).unwrap();
        Console { session, screen: Screen::new(80, 24) }
    }

    /// Reads what the program wrote so far into the screen.
    fn pump(&mut self) {
        while let Some(c) = self.session.try_read() {
            self.screen.byte(c);
        }
    }

    /// Waits until the screen shows `text` (on one line); fails showing the
    /// screen as it is.
    #[track_caller]
    fn sees(&mut self, text: &str) {
        let started = Instant::now();
        loop {
            self.pump();
            if self.screen.lines().iter().any(|l| l.contains(text)) {
                return;
            }
            if started.elapsed() > Duration::from_secs(30) {
                panic!("the console never showed {text:?}; it shows:\n{}", self.screen.text());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends one key that is a sequence of bytes (an arrow), all at once.
    fn key(&mut self, sequence: &str) {
        self.session.send(sequence).unwrap();
        self.session.flush().unwrap();
        std::thread::sleep(Duration::from_millis(30));
    }

    /// Types keys as a person would: one at a time.
    fn keys(&mut self, keys: &str) {
        for c in keys.chars() {
            self.session.send(&c.to_string()).unwrap();
            self.session.flush().unwrap();
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Sends a signal to the program: the terminal's foreground process
    /// (its session leader, so its process group is its pid).
    fn signal(&self, signal: libc::c_int) {
        let master = self.session.process().get_file_handle().unwrap();
        // SAFETY: plain system calls on a valid descriptor and a pid.
        unsafe {
            let pid = libc::tcgetpgrp(std::os::fd::AsRawFd::as_raw_fd(&master));
            assert!(pid > 0, "no foreground process on the terminal");
            assert_eq!(libc::kill(pid, signal), 0);
        }
    }

    /// Waits for the program to end and returns its exit code, with
    /// everything it wrote.
    fn exit_code(mut self) -> (i32, Screen) {
        let started = Instant::now();
        loop {
            self.pump();
            match self.session.process().status() {
                Some(WaitStatus::Exited(_, code)) => {
                    self.pump();
                    return (code, self.screen);
                }
                Some(WaitStatus::StillAlive) | None => {}
                Some(other) => panic!("ecomctl did not exit normally: {other:?}"),
            }
            assert!(started.elapsed() < Duration::from_secs(30), "ecomctl did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

const DOWN: &str = "\u{1b}[B";

/// How the program leaves the terminal: raw mode off is not visible in
/// the bytes, but leaving the alternate screen is, and it comes last.
#[track_caller]
fn left_the_terminal_as_it_found_it(screen: &Screen) {
    let leave = "\u{1b}[?1049l";
    let at = screen.raw.rfind(leave).expect("the alternate screen was never left");
    let enter = screen.raw.rfind("\u{1b}[?1049h").expect("the alternate screen was never entered");
    assert!(enter < at, "left before entering");
}

/// A database with the index set up and two indexed orders.
fn shop() -> (TestDb, SearchServer, i64, i64) {
    let db = TestDb::new();
    let search = SearchServer::new();
    let cmd = || search.apply(db.ecomctl());
    cmd().args(["index", "setup"]).setup();
    db.product("LAMP-1", "20.00", 5);
    let order = |customer: &str| {
        let run = cmd()
            .args(["--wait", "-o", "json", "orders", "create", "--customer-email", customer])
            .args(["--item", "LAMP-1=2"])
            .ok();
        run.json()["id"].as_i64().unwrap()
    };
    let ann = order("ann@example.com");
    let bob = order("bob@example.com");
    (db, search, ann, bob)
}

#[test]
fn console_finds_an_order_as_you_type_ships_it_and_it_shows_in_history_and_search() {
    let (db, search, ann, _bob) = shop();
    let mut console = Console::start(&db, &search, &[]);
    console.sees("2 order(s)");
    console.sees("PostgreSQL ok │ Meilisearch ok │ live");
    console.keys("ann");
    console.sees("1 order(s)");
    console.sees(&format!("#{ann} CREATED       40.00 ann@example.com"));
    console.keys("\r");
    console.sees("2× LAMP-1 LAMP-1 name");
    console.sees("History (1)");
    console.keys("m");
    console.sees(&format!("Order #{ann} is CREATED. Move it to:"));
    console.keys("s");
    console.sees(&format!("Move order #{ann} (ann@example.com)"));
    console.sees("from CREATED to SHIPPED?");
    console.keys("y");
    console.sees(&format!("order #{ann} moved from CREATED to SHIPPED"));
    // The detail is read again: the move's history event is there.
    console.sees("History (2)");
    console.sees("  state: CREATED → SHIPPED");
    console.keys("q");
    let (code, screen) = console.exit_code();
    assert_eq!(code, 0);
    left_the_terminal_as_it_found_it(&screen);

    assert_eq!(
        db.text(&format!(
            "SELECT action || ' ' || command || ' ' || (new->>'state') FROM history \
             WHERE entity = 'order' AND entity_id = {ann} ORDER BY id DESC LIMIT 1"
        ))
        .unwrap(),
        "state ecomctl console SHIPPED"
    );
    assert_eq!(db.text(&format!("SELECT state FROM orders WHERE id = {ann}")).unwrap(), "SHIPPED");
    // Pushed as `orders set-state` pushes: the search document follows.
    let started = Instant::now();
    while search.document(ann).unwrap()["state"] != "SHIPPED" {
        assert!(started.elapsed() < Duration::from_secs(30), "the document never said SHIPPED");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn console_shows_new_orders_live_and_keeps_the_selection() {
    let (db, search, ann, bob) = shop();
    let mut console = Console::start(&db, &search, &[]);
    console.sees("2 order(s)");
    console.sees("live");
    // The list is newest first: select the older order, ann's.
    console.key(DOWN);
    console.sees(&format!("#{ann} CREATED"));
    let carl = db.order("carl@example.com", &["LAMP-1=1"]);
    console.sees("3 order(s)");
    console.sees(&format!("#{carl} CREATED       20.00 carl@example.com"));
    // ann's order is still the one selected: its detail stays open.
    console.keys("\r");
    console.sees("customer ann@example.com");
    search.apply(db.ecomctl()).args(["orders", "set-state", &bob.to_string(), "cancelled"]).setup();
    console.sees(&format!("#{bob} CANCELLED"));
    console.sees("customer ann@example.com");
    console.keys("2");
    console.sees("Orders per state (3)");
    console.sees(&format!("state   #{bob}"));
    console.keys("q");
    let (code, screen) = console.exit_code();
    assert_eq!(code, 0);
    left_the_terminal_as_it_found_it(&screen);
}

#[test]
fn console_shows_a_move_refused_because_the_order_changed_meanwhile() {
    let (db, search, ann, _) = shop();
    let mut console = Console::start(&db, &search, &[]);
    console.sees("2 order(s)");
    console.keys("\t");
    console.key(DOWN);
    console.keys("m");
    console.sees(&format!("Order #{ann} is CREATED. Move it to:"));
    // Meanwhile someone cancels it on the command line: the feed shows it.
    let id = ann.to_string();
    search.apply(db.ecomctl()).args(["orders", "set-state", &id, "cancelled"]).setup();
    console.sees(&format!("#{ann} CANCELLED"));
    console.keys("s");
    console.sees("from CREATED to SHIPPED?");
    console.keys("y");
    console.sees(&format!("not moved: order #{ann} cannot go from CANCELLED to SHIPPED"));
    console.keys("q");
    let (code, screen) = console.exit_code();
    assert_eq!(code, 0);
    left_the_terminal_as_it_found_it(&screen);
    assert_eq!(
        db.text(&format!("SELECT state FROM orders WHERE id = {ann}")).unwrap(),
        "CANCELLED"
    );
    assert_eq!(db.int("SELECT count(*) FROM history WHERE action = 'state'"), 1, "nothing written");
}

#[test]
fn console_falls_back_to_postgresql_when_meilisearch_is_down() {
    let db = TestDb::new();
    db.product("LAMP-1", "20.00", 5);
    let ann = db.order("ann@example.com", &["LAMP-1=1"]);
    // Nothing listens on port 9 (discard): Meilisearch is unreachable.
    let down = SearchServer::new();
    let env = [("MEILI_URL", "http://127.0.0.1:9")];
    let mut console = Console::start(&db, &down, &env);
    console.sees("1 order(s) · from PostgreSQL");
    console.sees("listing from PostgreSQL, chips only: Meilisearch is unreachable");
    console.sees("Meilisearch down");
    console.sees(&format!("#{ann} CREATED"));
    // SIGTERM ends it as cleanly as q.
    console.signal(libc::SIGTERM);
    let (code, screen) = console.exit_code();
    assert_eq!(code, 0);
    left_the_terminal_as_it_found_it(&screen);
}

#[test]
fn console_refuses_a_protected_move_without_the_name_and_ctrl_c_quits() {
    let (db, search, ann, _) = shop();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    std::fs::write(
        &file,
        format!("[contexts.prod]\nprotected = true\ndatabase_url = \"{}\"\n", db.url()),
    )
    .unwrap();
    let file = file.to_string_lossy().into_owned();
    let env = [("ECOMCTL_CONFIG", file.as_str()), ("ECOMCTL_CONTEXT", "prod")];
    let mut console = Console::start(&db, &search, &env);
    console.sees("context prod (protected)");
    console.sees("2 order(s)");
    console.keys("\t");
    console.key(DOWN);
    console.keys("m");
    console.keys("c");
    console.sees("Context prod is protected. Type its name to go on:");
    console.keys("prd\r");
    console.sees("the name typed is not \"prod\": cancelled; nothing was changed");
    console.keys("mc");
    console.keys("prod\r");
    console.sees(&format!("order #{ann} moved from CREATED to CANCELLED"));
    console.keys("\u{3}");
    let (code, screen) = console.exit_code();
    assert_eq!(code, 0);
    left_the_terminal_as_it_found_it(&screen);
    assert_eq!(
        db.text(&format!("SELECT state FROM orders WHERE id = {ann}")).unwrap(),
        "CANCELLED"
    );
    assert_eq!(
        db.int("SELECT count(*) FROM history WHERE action = 'state'"),
        1,
        "one move, not two"
    );
}

#[test]
fn console_resizes_with_the_terminal() {
    let (db, search, _, _) = shop();
    let mut console = Console::start(&db, &search, &[]);
    console.sees("2 order(s)");
    // As a terminal window does: the new size on the pseudo-terminal, and
    // the kernel sends SIGWINCH.
    let master = console.session.process().get_file_handle().unwrap();
    let size = libc::winsize { ws_row: 30, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: TIOCSWINSZ reads one winsize from the pointer, valid for the call.
    let set =
        unsafe { libc::ioctl(std::os::fd::AsRawFd::as_raw_fd(&master), libc::TIOCSWINSZ, &size) };
    assert_eq!(set, 0);
    console.screen.resize(100, 30);
    let title =
        format!(" ecomctl console   1 Orders   2 Dashboard {}no context │ ? help ", " ".repeat(38));
    console.sees(&title);
    assert_eq!(console.screen.lines()[0], title, "the title spans the new width");
    console.sees("PostgreSQL ok");
    assert!(
        console.screen.lines()[29].starts_with(" PostgreSQL ok"),
        "the status line is at the new bottom"
    );
    console.keys("\tq");
    let (code, _) = console.exit_code();
    assert_eq!(code, 0);
}

#[test]
fn console_gives_the_terminal_back_after_a_panic() {
    let db = TestDb::new();
    let search = SearchServer::new();
    let console = Console::start(&db, &search, &[("ECOMCTL_TEST_CONSOLE_PANIC", "1")]);
    let (code, screen) = console.exit_code();
    assert_eq!(code, 1, "a bug is exit 1");
    left_the_terminal_as_it_found_it(&screen);
    // The report comes after the screen is left, so it can be read.
    let after = &screen.raw[screen.raw.rfind("\u{1b}[?1049l").unwrap()..];
    assert!(
        after.contains("internal error: a panic asked for by ECOMCTL_TEST_CONSOLE_PANIC at src/console/event_loop.rs"),
        "{after:?}"
    );
}

#[test]
fn console_refuses_to_start_without_a_terminal() {
    let db = TestDb::new();
    db.ecomctl().arg("console").expect(
        2,
        "",
        "error: ecomctl console needs a terminal on stdin and stdout; in a script use `search`, \
         `orders get`, `orders set-state` and `orders watch` instead\n",
    );
}
