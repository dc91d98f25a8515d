//! The terminal while the console owns it: raw mode and the alternate
//! screen, given back on every way out — a normal return or an error (the
//! guard's `Drop`), and a panic (ratatui's hook restores the terminal, then
//! runs the program's own hook, which reports and exits). Ctrl-C arrives
//! as a key in raw mode; SIGTERM and a lost terminal end the event loop,
//! and the guard restores on the way out.

use std::io;

use ratatui::DefaultTerminal;

pub(crate) struct Tty {
    pub(crate) terminal: DefaultTerminal,
}

impl Tty {
    pub(crate) fn enter() -> io::Result<Tty> {
        match ratatui::try_init() {
            Ok(terminal) => Ok(Tty { terminal }),
            Err(err) => {
                // Half-entered (raw mode on, no alternate screen): undo it.
                let _ = ratatui::try_restore();
                Err(err)
            }
        }
    }
}

impl Drop for Tty {
    fn drop(&mut self) {
        let _ = self.terminal.show_cursor();
        // Nothing more to do if the terminal is gone.
        let _ = ratatui::try_restore();
    }
}
