//! A throwaway PostgreSQL cluster for a test run, shared by every test
//! process running at the same time, gone when the last one ends.
//!
//! Layout:
//!
//! - `$TMPDIR/ecomctl-test-pg-<uid>-<build>/` (else /tmp): the cluster
//!   (`data/`), its certificates, log and socket, and `ready` (the port),
//!   written last. `<build>` names the target directory: each checkout has
//!   its own cluster, so two checkouts with different migrations never meet.
//! - `target/tmp/pg.setup.lock`: held exclusively while a process checks,
//!   cleans or starts the cluster.
//! - `target/tmp/pg.users.lock`: held shared by every process using the
//!   cluster, for as long as it runs. Whoever gets it exclusively knows
//!   nobody uses the cluster any more, and removes it.
//!
//! The lock files live outside the cluster's directory (in cargo's
//! directory for integration tests' files, so nothing is left in /tmp) so
//! removing the cluster never pulls a lock from under anyone. Removal happens at a
//! normal exit (an `atexit` hook in the last process), and otherwise (a
//! panic that aborts, Ctrl-C, a kill) by a reaper: a small shell loop
//! started with the cluster, in its own process group so Ctrl-C does not
//! reach it, that waits for the exclusive lock. A cluster whose server is
//! gone (the machine rebooted, everything was killed) is removed by the
//! next run before it starts its own.
//!
//! PostgreSQL refuses to run as root; as root the server runs as the
//! `postgres` user (through `runuser`), which owns the cluster directory.

use std::ffi::OsStr;
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use super::{Origin, Server};

/// The role the password tests use: the cluster's `pg_hba.conf` makes it
/// authenticate with `scram-sha-256`, everyone else is trusted.
pub const PASSWORD_ROLE: &str = "ecomctl_pw_test";

/// Starts (or joins) the cluster. `Ok(None)`: the server binaries are not
/// installed; `Err`: they are, and something went wrong (said plainly).
pub fn start() -> Result<Option<Server>, String> {
    let Some(bin) = find_bindir() else { return Ok(None) };
    let paths = Paths::new()?;
    let runner = Runner::new(bin)?;

    let setup = open_lock(&paths.setup_lock)?;
    setup.lock().map_err(|e| format!("{}: {e}", paths.setup_lock.display()))?;
    let users = open_lock(&paths.users_lock)?;
    users.lock_shared().map_err(|e| format!("{}: {e}", paths.users_lock.display()))?;

    let port = match running_port(&paths, &runner) {
        Some(port) => port,
        None => {
            remove_cluster(&paths, &runner);
            let port = create_and_start(&paths, &runner)?;
            spawn_reaper(&paths, &runner)?;
            port
        }
    };
    // Keep the shared lock for the life of the process; remove the cluster
    // at exit if this process turns out to be its last user.
    register_exit_hook(users, paths.clone(), runner);
    drop(setup);

    Ok(Some(Server {
        origin: Origin::Throwaway,
        admin_url: format!("postgres://postgres@127.0.0.1:{port}/postgres"),
        host: "127.0.0.1".into(),
        port,
        user: "postgres".into(),
        password: None,
        tls_root: Some(paths.dir.join("ca.crt")),
    }))
}

#[derive(Clone)]
struct Paths {
    dir: PathBuf,
    data: PathBuf,
    setup_lock: PathBuf,
    users_lock: PathBuf,
}

impl Paths {
    fn new() -> Result<Self, String> {
        let locks = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
        std::fs::create_dir_all(&locks).map_err(|e| format!("{}: {e}", locks.display()))?;
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        locks.hash(&mut hasher);
        // SAFETY: geteuid has no preconditions and cannot fail.
        let uid = unsafe { libc::geteuid() };
        let dir = std::env::temp_dir()
            .join(format!("ecomctl-test-pg-{uid}-{:08x}", hasher.finish() as u32));
        Ok(Paths {
            data: dir.join("data"),
            dir,
            setup_lock: locks.join("pg.setup.lock"),
            users_lock: locks.join("pg.users.lock"),
        })
    }
}

/// The directory holding `initdb`, `pg_ctl` and `postgres`: `pg_config
/// --bindir`, then the usual Debian, Red Hat and Homebrew places, then PATH.
fn find_bindir() -> Option<PathBuf> {
    let mut candidates = Vec::new();
    if let Ok(out) = Command::new("pg_config").arg("--bindir").stderr(Stdio::null()).output()
        && out.status.success()
    {
        candidates.push(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()));
    }
    for pattern in ["/usr/lib/postgresql", "/usr/local/opt", "/opt/homebrew/opt", "/usr"] {
        let mut versions: Vec<PathBuf> = std::fs::read_dir(pattern)
            .into_iter()
            .flatten()
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| {
                let name = path.file_name().and_then(OsStr::to_str).unwrap_or("");
                pattern == "/usr/lib/postgresql"
                    || name.starts_with("postgresql")
                    || name.starts_with("pgsql")
            })
            .collect();
        // The newest version first ("17" sorts after "9" by number).
        versions.sort_by_key(|path| {
            let name = path.file_name().and_then(OsStr::to_str).unwrap_or("").to_owned();
            let digits: String = name.chars().filter(char::is_ascii_digit).collect();
            std::cmp::Reverse(digits.parse::<u32>().unwrap_or(0))
        });
        candidates.extend(versions.into_iter().map(|path| path.join("bin")));
    }
    candidates.push("/opt/homebrew/bin".into());
    if let Some(path) = std::env::var_os("PATH") {
        candidates.extend(std::env::split_paths(&path));
    }
    candidates
        .into_iter()
        .find(|dir| ["initdb", "pg_ctl", "postgres"].iter().all(|bin| dir.join(bin).is_file()))
}

/// Runs the server's programs as the user the server runs as.
#[derive(Clone)]
struct Runner {
    bin: PathBuf,
    /// `Some` when we are root: the `postgres` user's uid and gid.
    as_postgres: Option<(u32, u32)>,
}

impl Runner {
    fn new(bin: PathBuf) -> Result<Self, String> {
        // SAFETY: geteuid has no preconditions and cannot fail.
        if unsafe { libc::geteuid() } != 0 {
            return Ok(Runner { bin, as_postgres: None });
        }
        let ids = |flag: &str| -> Option<u32> {
            let out = Command::new("id").args([flag, "postgres"]).output().ok()?;
            String::from_utf8_lossy(&out.stdout).trim().parse().ok()
        };
        match (ids("-u"), ids("-g")) {
            (Some(uid), Some(gid)) => Ok(Runner { bin, as_postgres: Some((uid, gid)) }),
            _ => Err("the tests run as root, and PostgreSQL will not: they need a `postgres` \
                      user to run it as (the postgresql package makes one)"
                .into()),
        }
    }

    /// A command for one of the server's programs.
    fn command(&self, program: &str) -> Command {
        let program = self.bin.join(program);
        match self.as_postgres {
            None => Command::new(program),
            Some(_) => {
                let mut cmd = Command::new("runuser");
                cmd.args(["-u", "postgres", "--"]).arg(program);
                cmd
            }
        }
    }

    /// The same, as a line of shell (for the reaper).
    fn shell(&self, program: &str) -> String {
        let program = quote(&self.bin.join(program));
        match self.as_postgres {
            None => program,
            Some(_) => format!("runuser -u postgres -- {program}"),
        }
    }

    /// Gives a file we made to the server's user.
    fn hand_over(&self, path: &Path) -> Result<(), String> {
        if let Some((uid, gid)) = self.as_postgres {
            std::os::unix::fs::chown(path, Some(uid), Some(gid))
                .map_err(|e| format!("chown {}: {e}", path.display()))?;
        }
        Ok(())
    }
}

fn open_lock(path: &Path) -> Result<File, String> {
    File::options()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// The port of a complete cluster whose server is up, if there is one.
fn running_port(paths: &Paths, runner: &Runner) -> Option<u16> {
    let port: u16 = std::fs::read_to_string(paths.dir.join("ready")).ok()?.trim().parse().ok()?;
    let status = runner
        .command("pg_ctl")
        .arg("status")
        .arg("-D")
        .arg(&paths.data)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    status.success().then_some(port)
}

/// Stops whatever server runs in the directory and removes it; quiet
/// when there is nothing to remove.
fn remove_cluster(paths: &Paths, runner: &Runner) {
    if paths.data.join("postmaster.pid").exists() {
        let _ = runner
            .command("pg_ctl")
            .args(["stop", "-m", "immediate", "-D"])
            .arg(&paths.data)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = std::fs::remove_dir_all(&paths.dir);
}

fn create_and_start(paths: &Paths, runner: &Runner) -> Result<u16, String> {
    std::fs::create_dir(&paths.dir).map_err(|e| format!("{}: {e}", paths.dir.display()))?;
    std::fs::set_permissions(&paths.dir, std::fs::Permissions::from_mode(0o700))
        .map_err(|e| format!("{}: {e}", paths.dir.display()))?;
    runner.hand_over(&paths.dir)?;

    let out = runner
        .command("initdb")
        .arg("-D")
        .arg(&paths.data)
        .args(["-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"])
        .output()
        .map_err(|e| format!("initdb: {e}"))?;
    if !out.status.success() {
        return Err(format!("initdb failed:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    write_certificates(paths, runner)?;
    write_settings(paths)?;

    // A free port can be taken between finding it and the server binding
    // it: try a few.
    let mut last_problem = String::new();
    for _ in 0..5 {
        let port = free_port()?;
        let out = runner
            .command("pg_ctl")
            .args(["start", "-w", "-t", "60", "-D"])
            .arg(&paths.data)
            .arg("-l")
            .arg(paths.dir.join("log"))
            .args(["-o", &format!("-p {port}")])
            .stdin(Stdio::null())
            // Ctrl-C in the terminal goes to the test run's process
            // group; the server must outlive it long enough to be stopped
            // and removed by the reaper.
            .process_group(0)
            .output()
            .map_err(|e| format!("pg_ctl: {e}"))?;
        if out.status.success() {
            std::fs::write(paths.dir.join("ready"), format!("{port}\n"))
                .map_err(|e| format!("{}: {e}", paths.dir.display()))?;
            return Ok(port);
        }
        last_problem = std::fs::read_to_string(paths.dir.join("log")).unwrap_or_default();
        if !last_problem.contains("could not bind") {
            break;
        }
    }
    remove_cluster(paths, runner);
    Err(format!("the throwaway server did not start:\n{last_problem}"))
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    listener.local_addr().map(|addr| addr.port()).map_err(|e| e.to_string())
}

/// A CA made now, and a certificate it signs for `localhost` (not for
/// 127.0.0.1: the tests check that verify-full refuses the address).
fn write_certificates(paths: &Paths, runner: &Runner) -> Result<(), String> {
    use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(|e| e.to_string())?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(rcgen::DnType::CommonName, "ecomctl test PostgreSQL CA");
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap())
        .map_err(|e| e.to_string())?;
    let key = KeyPair::generate().map_err(|e| e.to_string())?;
    let mut params =
        CertificateParams::new(vec!["localhost".to_owned()]).map_err(|e| e.to_string())?;
    params.distinguished_name.push(rcgen::DnType::CommonName, "localhost");
    let cert = params.signed_by(&key, &ca).map_err(|e| e.to_string())?;

    for (name, contents, mode) in [
        ("ca.crt", ca.pem(), 0o644),
        ("server.crt", cert.pem(), 0o644),
        // PostgreSQL refuses a key others can read.
        ("server.key", key.serialize_pem(), 0o600),
    ] {
        let path = paths.dir.join(name);
        std::fs::write(&path, contents).map_err(|e| format!("{}: {e}", path.display()))?;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        runner.hand_over(&path)?;
    }
    Ok(())
}

/// Settings for a server that lives minutes and holds nothing of value,
/// and a pg_hba.conf where one role must give its password.
fn write_settings(paths: &Paths) -> Result<(), String> {
    let dir = paths.dir.display();
    let settings = format!(
        "\n# ecomctl tests\n\
         listen_addresses = '127.0.0.1'\n\
         unix_socket_directories = '{dir}'\n\
         max_connections = 200\n\
         fsync = off\n\
         synchronous_commit = off\n\
         full_page_writes = off\n\
         ssl = on\n\
         ssl_cert_file = '{dir}/server.crt'\n\
         ssl_key_file = '{dir}/server.key'\n"
    );
    let conf = paths.data.join("postgresql.conf");
    let mut text =
        std::fs::read_to_string(&conf).map_err(|e| format!("{}: {e}", conf.display()))?;
    text.push_str(&settings);
    std::fs::write(&conf, text).map_err(|e| format!("{}: {e}", conf.display()))?;

    let hba = paths.data.join("pg_hba.conf");
    let rules = format!(
        "local all all trust\n\
         host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n\
         host all all 127.0.0.1/32 trust\n"
    );
    std::fs::write(&hba, rules).map_err(|e| format!("{}: {e}", hba.display()))
}

/// The reaper: waits until nobody holds the users lock, then stops the
/// server and removes the directory. Detached from the test run (its own
/// process group, no terminal, no pipes) so it outlives a Ctrl-C or kill.
fn spawn_reaper(paths: &Paths, runner: &Runner) -> Result<(), String> {
    let script = format!(
        "command -v flock >/dev/null || exit 0\n\
         exec 9>>{users}\n\
         while :; do\n\
           sleep 0.5\n\
           if flock -n -x 9; then\n\
             [ -f {data}/postmaster.pid ] && {pg_ctl} stop -m immediate -D {data}\n\
             rm -rf {dir}\n\
             exit 0\n\
           fi\n\
         done\n",
        users = quote(&paths.users_lock),
        data = quote(&paths.data),
        dir = quote(&paths.dir),
        pg_ctl = runner.shell("pg_ctl"),
    );
    Command::new("sh")
        .args(["-c", &script])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map(drop)
        .map_err(|e| format!("cannot start the cluster's reaper (sh): {e}"))
}

/// At a normal exit, the last user removes the cluster itself (the reaper
/// would too, a moment later; this way nothing is left when `cargo test`
/// returns).
fn register_exit_hook(users: File, paths: Paths, runner: Runner) {
    static AT_EXIT: OnceLock<(File, Paths, Runner)> = OnceLock::new();
    if AT_EXIT.set((users, paths, runner)).is_err() {
        return;
    }
    extern "C" fn remove_if_last() {
        let Some((users, paths, runner)) = AT_EXIT.get() else { return };
        // Trading our shared lock for the exclusive one succeeds only when
        // no other process holds it.
        if users.try_lock().is_ok() {
            remove_cluster(paths, runner);
        }
        let _ = users.unlock();
    }
    // SAFETY: registers a plain function with no arguments; it runs at
    // exit, after the tests, and only touches the static set above.
    unsafe { libc::atexit(remove_if_last) };
}

fn quote(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', r"'\''"))
}
