//! A TCP proxy in front of Meilisearch (the fake or a real one) that can
//! hold one document request back: the request is read whole, its sender
//! gets no answer (so its outcome is unknown to it: it times out), and only
//! when the test releases it is it sent on, on a connection of its own — a
//! late request landing after newer ones, as a congested network or a
//! stalled load balancer makes it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::Notify;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub struct DelayProxy {
    /// `http://127.0.0.1:PORT`
    pub url: String,
    shared: Arc<Shared>,
    _runtime: tokio::runtime::Runtime,
}

#[derive(Default)]
struct Shared {
    /// Hold the next document request back.
    armed: AtomicBool,
    /// Sends the held request on.
    release: Notify,
    /// Held requests delivered so far.
    delivered: AtomicUsize,
}

impl DelayProxy {
    /// Forwards `http://127.0.0.1:PORT` to `target` (`http://host:port`).
    pub fn start(target: &str) -> Self {
        let target = target.trim_start_matches("http://").trim_end_matches('/').to_owned();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let listener = runtime.block_on(TcpListener::bind("127.0.0.1:0")).unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let shared = Arc::new(Shared::default());
        let state = shared.clone();
        runtime.spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                tokio::spawn(relay(client, target.clone(), state.clone()));
            }
        });
        DelayProxy { url, shared, _runtime: runtime }
    }

    /// Holds the next `POST /indexes/{uid}/documents` request back, until
    /// `release`.
    pub fn hold_next_document_request(&self) {
        self.shared.armed.store(true, Ordering::SeqCst);
    }

    /// Sends the held request on (now, or as soon as one is held).
    pub fn release(&self) {
        self.shared.release.notify_one();
    }

    /// How many held requests have reached Meilisearch (and been answered).
    pub fn delivered(&self) -> usize {
        self.shared.delivered.load(Ordering::SeqCst)
    }
}

/// Relays one client connection, request by request (the client sends the
/// next request only after the answer to the last).
async fn relay(mut client: TcpStream, target: String, shared: Arc<Shared>) {
    let Ok(upstream) = TcpStream::connect(&target).await else { return };
    let (mut from_upstream, mut to_upstream) = upstream.into_split();
    let (mut from_client, mut to_client) = client.split();
    let answers = async {
        let _ = tokio::io::copy(&mut from_upstream, &mut to_client).await;
    };
    let requests = async {
        let mut buffer = vec![0u8; 64 * 1024];
        loop {
            let n = match from_client.read(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            let chunk = &buffer[..n];
            // `POST /indexes/{uid}/documents` (not `/documents/fetch`).
            let is_documents = chunk.starts_with(b"POST /indexes/")
                && (contains(chunk, b"/documents?") || contains(chunk, b"/documents "));
            let hold = is_documents && shared.armed.swap(false, Ordering::SeqCst);
            match hold {
                false => {
                    if to_upstream.write_all(chunk).await.is_err() {
                        return;
                    }
                }
                true => {
                    // The rest of the request (its body may follow its
                    // headers), then silence towards the client.
                    let mut request = chunk.to_vec();
                    while let Ok(Ok(n)) = tokio::time::timeout(
                        Duration::from_millis(300),
                        from_client.read(&mut buffer),
                    )
                    .await
                    {
                        if n == 0 {
                            break;
                        }
                        request.extend_from_slice(&buffer[..n]);
                    }
                    tokio::spawn(deliver_late(request, target.clone(), shared.clone()));
                    // Never answered: the client times out and drops us.
                    std::future::pending::<()>().await;
                }
            }
        }
    };
    tokio::select! {
        () = answers => {}
        () = requests => {}
    }
}

/// Sends a held request once released, on a connection of its own, and
/// waits for its answer.
async fn deliver_late(request: Vec<u8>, target: String, shared: Arc<Shared>) {
    shared.release.notified().await;
    let Ok(mut upstream) = TcpStream::connect(&target).await else { return };
    if upstream.write_all(&request).await.is_err() {
        return;
    }
    let mut answer = [0u8; 4096];
    // The status line is enough: Meilisearch has taken the task.
    let _ = tokio::time::timeout(Duration::from_secs(10), upstream.read(&mut answer)).await;
    shared.delivered.fetch_add(1, Ordering::SeqCst);
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}
