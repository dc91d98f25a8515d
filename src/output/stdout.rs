//! Data goes to stdout; a reader that goes away (`| head -1`) is a quiet
//! end, not an error.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicU8, Ordering};

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

/// How machine-readable data is made safe when stdout is a terminal. Piped,
/// every format stays exact; on a terminal, JSON, NDJSON and CSV would
/// otherwise write what data holds — an escape sequence, an OSC 52
/// clipboard write, a bidirectional override — straight to the screen.
/// (Tables escape their cells themselves, and may carry ecomctl's colours.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OnTerminal {
    /// Written as it is (tables; anything when stdout is not a terminal).
    Raw = 0,
    /// JSON: such characters as `\uXXXX` escapes — the same JSON value.
    Json = 1,
    /// CSV and other text: such characters shown as `\u{1b}`.
    Text = 2,
}

static ON_TERMINAL: AtomicU8 = AtomicU8::new(OnTerminal::Raw as u8);

/// What the command writes to stdout from now on; takes effect only when
/// stdout is a terminal.
pub(crate) fn escape_on_terminal(mode: OnTerminal) {
    let mode = if io::stdout().is_terminal() { mode } else { OnTerminal::Raw };
    ON_TERMINAL.store(mode as u8, Ordering::Relaxed);
}

fn on_terminal() -> OnTerminal {
    match ON_TERMINAL.load(Ordering::Relaxed) {
        1 => OnTerminal::Json,
        2 => OnTerminal::Text,
        _ => OnTerminal::Raw,
    }
}

/// Locked stdout whose `BrokenPipe` errors carry `StdoutClosed`, escaping
/// as `escape_on_terminal` said.
pub(crate) struct Stdout {
    out: io::StdoutLock<'static>,
    mode: OnTerminal,
    /// The start of a character split across two writes.
    partial: Vec<u8>,
}

impl Stdout {
    pub(crate) fn lock() -> Self {
        Stdout { out: io::stdout().lock(), mode: on_terminal(), partial: Vec::new() }
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
        if self.mode == OnTerminal::Raw {
            return self.out.write(buf).map_err(Stdout::mark);
        }
        self.partial.extend_from_slice(buf);
        let (text, rest) = match std::str::from_utf8(&self.partial) {
            Ok(text) => (text, 0),
            // Only an incomplete character at the end is kept for later;
            // bytes that can never be UTF-8 are shown lossily.
            Err(err) if err.error_len().is_none() => {
                let valid = err.valid_up_to();
                // Safe: the bytes up to `valid_up_to` are valid UTF-8.
                (
                    unsafe { std::str::from_utf8_unchecked(&self.partial[..valid]) },
                    self.partial.len() - valid,
                )
            }
            Err(_) => {
                let lossy = String::from_utf8_lossy(&self.partial).into_owned();
                self.partial.clear();
                self.out.write_all(escape(&lossy, self.mode).as_bytes()).map_err(Stdout::mark)?;
                return Ok(buf.len());
            }
        };
        let escaped = escape(text, self.mode).into_owned();
        let done = self.partial.len() - rest;
        self.partial.drain(..done);
        self.out.write_all(escaped.as_bytes()).map_err(Stdout::mark)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush().map_err(Stdout::mark)
    }
}

/// Text for a terminal: characters that would act on it (controls but a
/// line break, invisible format characters) as escapes of `mode`'s kind.
fn escape(text: &str, mode: OnTerminal) -> Cow<'_, str> {
    let unsafe_char =
        |c: char| (c.is_control() && c != '\n') || crate::domain::is_invisible_format(c);
    match mode {
        OnTerminal::Raw => Cow::Borrowed(text),
        OnTerminal::Text => super::text::printable(text),
        OnTerminal::Json if !text.chars().any(unsafe_char) => Cow::Borrowed(text),
        OnTerminal::Json => {
            let mut out = String::with_capacity(text.len() + 16);
            for c in text.chars() {
                if unsafe_char(c) {
                    let mut units = [0u16; 2];
                    for unit in c.encode_utf16(&mut units) {
                        out.push_str(&format!("\\u{unit:04x}"));
                    }
                } else {
                    out.push(c);
                }
            }
            Cow::Owned(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_on_a_terminal_escapes_what_would_act_on_it_and_keeps_the_value() {
        let text = "{\"name\":\"a\u{9b}2J\u{202e}b\u{e0041}\u{7f}\"}\n";
        let escaped = escape(text, OnTerminal::Json);
        assert_eq!(escaped, "{\"name\":\"a\\u009b2J\\u202eb\\udb40\\udc41\\u007f\"}\n");
        let back: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        let original: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(back, original);
    }

    #[test]
    fn csv_on_a_terminal_shows_escapes() {
        assert_eq!(
            escape("a,\u{1b}]52;c;eA==\u{7}\n", OnTerminal::Text),
            "a,\\u{1b}]52;c;eA==\\u{7}\n"
        );
    }
}
