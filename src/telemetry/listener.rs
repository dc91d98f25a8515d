//! The watcher's HTTP listener (`/metrics`, `/healthz`, `/readyz`), bounded
//! so that whoever can reach the port cannot stall the watcher behind it:
//! idle or slow connections (a slowloris, a scanner) would otherwise hold a
//! file descriptor each until the process could open no connection to
//! PostgreSQL or Meilisearch.
//!
//! - at most `MAX_CONNECTIONS` at once: a connection beyond that is closed
//!   as soon as it is accepted (it never waits holding a descriptor);
//! - a request's headers must arrive within `HEADER_TIMEOUT`;
//! - a connection lives at most `CONNECTION_LIFETIME`, keep-alive included
//!   (a scraper simply reconnects).
//!
//! At startup the process's soft descriptor limit is raised to its hard
//! limit (as servers commonly do), so the watcher's own connections keep
//! ample room above the listener's share.

use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// Connections served at once: enough for Prometheus, a probe and a person
/// with curl, far below any descriptor limit.
pub(crate) const MAX_CONNECTIONS: usize = 32;

/// How long a client may take to send a request's headers.
pub(crate) const HEADER_TIMEOUT: Duration = Duration::from_secs(5);

/// How long one connection may stay open.
pub(crate) const CONNECTION_LIFETIME: Duration = Duration::from_secs(30);

/// Serves `app` on `listener` with the bounds above, until dropped.
pub(crate) async fn serve(listener: TcpListener, app: axum::Router) {
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of descriptors, most likely: wait rather than spin
                // (as axum and hyper do).
                tokio::time::sleep(Duration::from_millis(200)).await;
                continue;
            }
        };
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .serve_connection(TokioIo::new(stream), service);
            let _ = tokio::time::timeout(CONNECTION_LIFETIME, connection).await;
            drop(slot);
        });
    }
}

/// Raises the soft limit on open descriptors to the hard limit.
pub(crate) fn raise_descriptor_limit() {
    #[cfg(unix)]
    {
        let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
        // Safe: plain calls with a valid pointer to a local struct.
        unsafe {
            if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0
                && limit.rlim_cur < limit.rlim_max
            {
                limit.rlim_cur = limit.rlim_max;
                libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
            }
        }
    }
}
