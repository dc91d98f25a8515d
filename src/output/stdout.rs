//! Data goes to stdout; a reader that goes away (`| head -1`) is a quiet
//! end, not an error.

use std::io::{self, Write};

/// Writes to stdout in one go; see `Stdout` for a closed pipe.
pub(crate) fn write_stdout(text: &str) -> io::Result<()> {
    let mut out = Stdout::lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// The reader of stdout went away (e.g. `| head -1`): the one broken pipe
/// `main` treats as a quiet end. A broken pipe anywhere else — a socket to
/// PostgreSQL or Meilisearch — is a real failure.
#[derive(Debug, thiserror::Error)]
#[error("stdout was closed")]
pub(crate) struct StdoutClosed;

/// Locked stdout whose `BrokenPipe` errors carry `StdoutClosed`.
pub(crate) struct Stdout(io::StdoutLock<'static>);

impl Stdout {
    pub(crate) fn lock() -> Self {
        Stdout(io::stdout().lock())
    }

    fn mark(err: io::Error) -> io::Error {
        if err.kind() == io::ErrorKind::BrokenPipe {
            io::Error::new(io::ErrorKind::BrokenPipe, StdoutClosed)
        } else {
            err
        }
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf).map_err(Stdout::mark)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush().map_err(Stdout::mark)
    }
}
