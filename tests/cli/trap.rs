//! A TCP listener that plays a server a stray setting could point the tool
//! at, keeping whatever arrives: where secrets must never go.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A TCP listener that keeps whatever the client sends (and answers
/// nothing useful): where a stray `.env` would send things.
pub struct Trap {
    pub port: u16,
    received: Arc<Mutex<Vec<u8>>>,
}

impl Trap {
    /// `answer` is called with what arrived so far on a connection and
    /// returns bytes to send back (or none).
    pub fn start(answer: impl Fn(&[u8]) -> Option<Vec<u8>> + Send + Sync + 'static) -> Trap {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let keep = received.clone();
        let answer = Arc::new(answer);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { return };
                let (keep, answer) = (keep.clone(), answer.clone());
                std::thread::spawn(move || {
                    stream.set_read_timeout(Some(Duration::from_secs(5))).ok();
                    let mut buf = [0u8; 4096];
                    let mut seen = Vec::new();
                    while let Ok(n) = stream.read(&mut buf) {
                        if n == 0 {
                            break;
                        }
                        seen.extend_from_slice(&buf[..n]);
                        keep.lock().unwrap().extend_from_slice(&buf[..n]);
                        if let Some(reply) = answer(&seen) {
                            seen.clear();
                            if stream.write_all(&reply).is_err() {
                                break;
                            }
                        }
                    }
                });
            }
        });
        Trap { port, received }
    }

    /// Plays a PostgreSQL server that refuses TLS and asks for a cleartext
    /// password: whatever password the tool would offer arrives here.
    pub fn postgres() -> Trap {
        Trap::start(|seen| match seen {
            [0, 0, 0, 8, 4, 210, 22, 47] => Some(b"N".to_vec()),
            [_, _, _, _, 0, 3, 0, 0, ..] => Some(vec![b'R', 0, 0, 0, 8, 0, 0, 0, 3]),
            _ => None,
        })
    }

    /// Answers every HTTP request with `response` (status line, headers
    /// and body).
    pub fn http(response: Vec<u8>) -> Trap {
        Trap::start(move |seen| seen.windows(4).any(|w| w == b"\r\n\r\n").then(|| response.clone()))
    }

    pub fn received(&self) -> String {
        String::from_utf8_lossy(&self.received.lock().unwrap()).into_owned()
    }
}
