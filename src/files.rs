//! Files ecomctl reads for its settings and writes for its users, handled
//! the way careful tools handle them (ssh, libpq, systemd): a path may have
//! come from a `.env` left in a shared directory, or point at something that
//! is not a file at all.
//!
//! - Reading a setting (a certificate, a key, the contexts file, `.env`,
//!   `.pgpass`, a service file): only a regular file, opened without
//!   blocking (a FIFO cannot hang the open), and only up to a cap (a device
//!   such as `/dev/zero` cannot fill memory).
//! - Writing a file for the user (`--rejects`, `--metrics-file`): never
//!   through a link or into a device; the data goes to a new file with an
//!   unpredictable name in the target's directory (`O_EXCL`, 0600), which
//!   is renamed over the target once complete. Nothing that existed is
//!   chmod-ed, and no one can pre-place the temporary name.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// Most a settings file may hold: a contexts file, `.env`, `.pgpass`, a
/// service file.
pub(crate) const SETTINGS_CAP: u64 = 1 << 20;

/// Most a certificate or key file may hold (a CA bundle of every public
/// root is about 250 KiB).
pub(crate) const CERTIFICATE_CAP: u64 = 4 << 20;

/// What a path is, said in an error.
fn kind(file_type: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    if file_type.is_dir() {
        "a directory"
    } else if file_type.is_symlink() {
        "a symbolic link"
    } else {
        "not a regular file"
    }
}

fn not_regular(file_type: std::fs::FileType) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, format!("not a regular file ({})", kind(file_type)))
}

fn too_large(cap: u64) -> io::Error {
    io::Error::new(io::ErrorKind::FileTooLarge, format!("larger than {} KiB", cap / 1024))
}

/// Reads a regular file whole, refusing anything else and anything over
/// `cap` bytes. Links are followed (certificates often are links), but
/// what they lead to must be a regular file.
pub(crate) fn read_regular(path: &Path, cap: u64) -> io::Result<Vec<u8>> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // A FIFO's open would wait for a writer; a terminal must not
        // become the controlling one.
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.file_type().is_file() {
        return Err(not_regular(meta.file_type()));
    }
    if meta.len() > cap {
        return Err(too_large(cap));
    }
    let mut out = Vec::with_capacity(meta.len() as usize);
    file.take(cap + 1).read_to_end(&mut out)?;
    if out.len() as u64 > cap {
        // It grew while being read.
        return Err(too_large(cap));
    }
    Ok(out)
}

/// `read_regular` as text (invalid UTF-8 is an error).
pub(crate) fn read_regular_text(path: &Path, cap: u64) -> io::Result<String> {
    String::from_utf8(read_regular(path, cap)?)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "not valid UTF-8"))
}

/// A file being written for the user: complete, or not there at all.
pub(crate) struct NewFile {
    temporary: tempfile::NamedTempFile,
    path: PathBuf,
    mode: u32,
}

impl NewFile {
    /// Starts writing `path`, which must be a regular file or not exist
    /// yet (a link, a device, a FIFO or a directory is refused). The file
    /// gets `mode` once complete (0600 for customer data).
    pub(crate) fn create(path: &Path, mode: u32) -> io::Result<NewFile> {
        match std::fs::symlink_metadata(path) {
            Ok(meta) if !meta.file_type().is_file() => return Err(not_regular(meta.file_type())),
            Ok(_) => {}
            Err(err) if err.kind() == io::ErrorKind::NotFound => {}
            Err(err) => return Err(err),
        }
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        // Hidden, and named after the target, so that a leftover (a killed
        // process) says what it was; the random part makes it unguessable.
        let temporary = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(dir)?;
        Ok(NewFile { temporary, path: path.to_owned(), mode })
    }

    /// Flushes the data to disk and renames the file into place (the
    /// rename replaces a link at the target, never what it points to).
    pub(crate) fn commit(self) -> io::Result<()> {
        let NewFile { temporary, path, mode } = self;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            temporary.as_file().set_permissions(std::fs::Permissions::from_mode(mode))?;
        }
        #[cfg(not(unix))]
        let _ = mode;
        temporary.as_file().sync_all()?;
        temporary.persist(&path).map_err(|err| err.error)?;
        Ok(())
    }
}

impl Write for NewFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.temporary.as_file_mut().write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.temporary.as_file_mut().flush()
    }
}

/// Writes `contents` to `path` as a `NewFile`.
pub(crate) fn write_new(path: &Path, contents: &[u8], mode: u32) -> io::Result<()> {
    let mut file = NewFile::create(path, mode)?;
    file.write_all(contents)?;
    file.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_or_a_device_is_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // Safe: a plain libc call on a path we own.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let err = read_regular(&fifo, SETTINGS_CAP).unwrap_err();
        assert_eq!(err.to_string(), "not a regular file (a FIFO)");
        let err = read_regular(Path::new("/dev/zero"), SETTINGS_CAP).unwrap_err();
        assert_eq!(err.to_string(), "not a regular file (a character device)");
        let err = read_regular(dir.path(), SETTINGS_CAP).unwrap_err();
        assert!(err.to_string().contains("directory") || err.kind() == io::ErrorKind::IsADirectory);
    }

    #[test]
    fn a_file_over_the_cap_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big");
        std::fs::write(&big, vec![b'x'; 2048]).unwrap();
        assert_eq!(read_regular(&big, 4096).unwrap().len(), 2048);
        assert_eq!(read_regular(&big, 1024).unwrap_err().to_string(), "larger than 1 KiB");
    }

    #[test]
    fn a_new_file_replaces_a_link_and_leaves_its_target_alone() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "keep").unwrap();
        let link = dir.path().join("out");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        // A link at the target itself is refused…
        let err = NewFile::create(&link, 0o600).err().unwrap();
        assert_eq!(err.to_string(), "not a regular file (a symbolic link)");
        // …a device too, and nothing is chmod-ed.
        let err = NewFile::create(Path::new("/dev/null"), 0o600).err().unwrap();
        assert_eq!(err.to_string(), "not a regular file (a character device)");
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");

        let target = dir.path().join("new.prom");
        write_new(&target, b"data\n", 0o644).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "data\n");
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644);
        let names: Vec<_> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 3, "no temporary file left: {names:?}");
    }

    #[test]
    fn an_unfinished_file_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("rejects.ndjson");
        let mut file = NewFile::create(&target, 0o600).unwrap();
        file.write_all(b"half").unwrap();
        drop(file);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
