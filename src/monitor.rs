//! `sync --watch --metrics-addr`: the watcher's own endpoints, so that a
//! sync that stalls cannot look healthy.
//!
//! - `/metrics`: Prometheus text (`telemetry::metrics`).
//! - `/healthz`: 200 while the process runs.
//! - `/readyz`: 200 only while PostgreSQL and Meilisearch answer, the
//!   oldest unsent and the oldest unconfirmed change are younger than
//!   `--max-lag`, a verification pass ended within `--max-verify-age` (when
//!   verifying), and the watcher is not shutting down; otherwise 503 with
//!   a JSON body saying why.
//!
//! A checker refreshes what readiness and the outbox gauges need on a timer
//! (one outbox query, one `GET /health`), so a scrape or a probe costs no
//! query at all, however long the backlog.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use metrics_exporter_prometheus::PrometheusHandle;

use crate::app::health::{Checked, Probe};
use crate::app::verify::Passes;
use crate::error::{AppError, SystemError};
use crate::outbox;
use crate::output::Messages;
use crate::telemetry::metrics;

/// What `/readyz` holds the watcher to.
pub(crate) struct Limits {
    /// The oldest unsent or unconfirmed change may be this old.
    pub(crate) max_lag: Duration,
    /// When verifying: when the last pass ended, and how long ago it may be.
    pub(crate) verifying: Option<(Arc<Passes>, Duration)>,
}

/// What the endpoints answer from; shared with the watcher, which says
/// when it starts draining.
pub(crate) struct Health {
    limits: Limits,
    draining: AtomicBool,
    seen: Mutex<Seen>,
}

/// The last check's findings.
struct Seen {
    checked: bool,
    postgres: Result<(), String>,
    meilisearch: Result<(), String>,
    lag: outbox::Lag,
}

impl Health {
    /// From now on `/readyz` says the watcher is stopping.
    pub(crate) fn drain(&self) {
        self.draining.store(true, Ordering::Relaxed);
    }

    /// Whether the watcher is ready, and if not why (each reason a sentence).
    fn readiness(&self) -> (bool, serde_json::Value) {
        let seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        let max = self.limits.max_lag.as_secs_f64();
        let mut reasons = Vec::new();
        if self.draining.load(Ordering::Relaxed) {
            reasons.push("shutting down".to_owned());
        }
        if !seen.checked {
            reasons.push("starting: the first check has not finished".to_owned());
        }
        // Only what an unauthenticated prober needs: the details (user,
        // host, port, database, the server's own words) are the log's.
        if seen.postgres.is_err() {
            reasons.push("PostgreSQL does not answer".to_owned());
        }
        if seen.meilisearch.is_err() {
            reasons.push("Meilisearch does not answer".to_owned());
        }
        for (what, age) in [
            ("unsent", seen.lag.oldest_unsent_seconds),
            ("unconfirmed", seen.lag.oldest_unconfirmed_seconds),
        ] {
            if let Some(age) = age.filter(|age| *age > max) {
                reasons.push(format!("the oldest {what} change is {age:.0}s old (max {max:.0}s)"));
            }
        }
        if let Some((passes, max_age)) = &self.limits.verifying {
            let age = passes.age();
            if age > *max_age {
                reasons.push(format!(
                    "no verification pass has ended for {:.0}s (max {:.0}s)",
                    age.as_secs_f64(),
                    max_age.as_secs_f64()
                ));
            }
        }
        let ready = reasons.is_empty();
        let body = serde_json::json!({
            "ready": ready,
            "reasons": reasons,
            "postgres": seen.postgres.is_ok(),
            "meilisearch": seen.meilisearch.is_ok(),
            "unsent": seen.lag.unsent,
            "unconfirmed": seen.lag.unconfirmed,
            "refused": seen.lag.refused,
            "oldest_unsent_seconds": seen.lag.oldest_unsent_seconds,
            "oldest_unconfirmed_seconds": seen.lag.oldest_unconfirmed_seconds,
            "max_lag_seconds": max,
        });
        (ready, body)
    }
}

/// The running endpoints; they stop when this is dropped.
pub(crate) struct Monitor {
    pub(crate) health: Arc<Health>,
    pub(crate) addr: SocketAddr,
    tasks: tokio::task::JoinSet<()>,
}

impl Drop for Monitor {
    fn drop(&mut self) {
        self.tasks.abort_all();
    }
}

/// Installs the metrics recorder, binds `addr` and starts serving and
/// checking.
pub(crate) async fn start(
    addr: SocketAddr,
    limits: Limits,
    probe: Probe,
    messages: Messages,
) -> Result<Monitor, AppError> {
    crate::telemetry::listener::raise_descriptor_limit();
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|error| AppError::System(SystemError::Listen { addr, error }))?;
    let addr = listener.local_addr().unwrap_or(addr);
    let handle = metrics::install(&probe.meili.index_name).map_err(|error| {
        AppError::System(SystemError::Listen { addr, error: std::io::Error::other(error) })
    })?;
    let every = check_every(limits.max_lag);
    let health = Arc::new(Health {
        limits,
        draining: AtomicBool::new(false),
        seen: Mutex::new(Seen {
            checked: false,
            postgres: Ok(()),
            meilisearch: Ok(()),
            lag: outbox::Lag::default(),
        }),
    });
    let mut tasks = tokio::task::JoinSet::new();
    let app = axum::Router::new()
        .route("/metrics", get(render))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(ready))
        .with_state((handle.clone(), health.clone()));
    tasks.spawn(crate::telemetry::listener::serve(listener, app));
    let checker = Checker { probe, health: health.clone(), handle, messages };
    tasks.spawn(checker.run(every));
    Ok(Monitor { health, addr, tasks })
}

/// Often enough that `/readyz` turns within a fraction of `--max-lag`;
/// never more than once a second or less than every 5 s.
fn check_every(max_lag: Duration) -> Duration {
    (max_lag / 4).clamp(Duration::from_secs(1), Duration::from_secs(5))
}

type Shared = (PrometheusHandle, Arc<Health>);

async fn render(State((handle, _)): State<Shared>) -> Response {
    (
        [(axum::http::header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        handle.render(),
    )
        .into_response()
}

async fn ready(State((_, health)): State<Shared>) -> Response {
    let (ready, body) = health.readiness();
    let status = if ready { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    (status, axum::Json(body)).into_response()
}

/// Refreshes what `/readyz` and the gauges say.
struct Checker {
    probe: Probe,
    health: Arc<Health>,
    handle: PrometheusHandle,
    messages: Messages,
}

impl Checker {
    async fn run(self, every: Duration) {
        loop {
            self.check(every).await;
            // Keeps the histograms' memory bounded between scrapes.
            self.handle.run_upkeep();
            tokio::time::sleep(every).await;
        }
    }

    async fn check(&self, limit: Duration) {
        let Checked { postgres, meilisearch } = self.probe.check(limit).await;
        let mut seen = self.health.seen.lock().unwrap_or_else(|e| e.into_inner());
        // The details go to the log (once, when a service stops answering),
        // never to the endpoints.
        if let (Ok(_), Err(err)) = (&seen.postgres, &postgres) {
            self.messages.warn(format!("readiness: PostgreSQL does not answer: {err}"));
        }
        if let (Ok(_), Err(why)) = (&seen.meilisearch, &meilisearch) {
            self.messages.warn(format!("readiness: Meilisearch does not answer: {why}"));
        }
        seen.checked = true;
        match postgres {
            Ok(lag) => {
                seen.postgres = Ok(());
                seen.lag = lag;
            }
            // The ages are not known now; the last ones stand.
            Err(err) => seen.postgres = Err(err),
        }
        seen.meilisearch = meilisearch;
        let lag = seen.lag;
        let (postgres_up, meili_up) = (seen.postgres.is_ok(), seen.meilisearch.is_ok());
        drop(seen);
        let (ready, _) = self.health.readiness();
        metrics::outbox(&metrics::OutboxGauges {
            unsent: lag.unsent,
            unconfirmed: lag.unconfirmed,
            refused: lag.refused,
            oldest_unsent: lag.oldest_unsent_seconds,
            oldest_unconfirmed: lag.oldest_unconfirmed_seconds,
        });
        metrics::up(postgres_up, meili_up, ready);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn health(lag: outbox::Lag) -> Health {
        Health {
            limits: Limits { max_lag: Duration::from_secs(60), verifying: None },
            draining: AtomicBool::new(false),
            seen: Mutex::new(Seen { checked: true, postgres: Ok(()), meilisearch: Ok(()), lag }),
        }
    }

    fn reasons(health: &Health) -> Vec<String> {
        let (_, body) = health.readiness();
        body["reasons"].as_array().unwrap().iter().map(|r| r.as_str().unwrap().to_owned()).collect()
    }

    #[test]
    fn ready_until_asked_to_stop() {
        let health = health(outbox::Lag::default());
        assert!(health.readiness().0);
        health.drain();
        assert!(!health.readiness().0);
        assert_eq!(reasons(&health), ["shutting down"]);
    }

    #[test]
    fn a_change_older_than_the_limit_is_named_with_its_age() {
        let lag = outbox::Lag {
            unsent: 3,
            oldest_unsent_seconds: Some(61.4),
            unconfirmed: 1,
            oldest_unconfirmed_seconds: Some(59.0),
            ..outbox::Lag::default()
        };
        assert_eq!(reasons(&health(lag)), ["the oldest unsent change is 61s old (max 60s)"]);
    }

    #[test]
    fn an_unready_answer_names_no_user_host_or_database() {
        let health = health(outbox::Lag::default());
        {
            let mut seen = health.seen.lock().unwrap();
            seen.postgres = Err("bob@db.internal:5432/shop: password authentication failed".into());
            seen.meilisearch = Err("cannot connect to http://search.internal:7700".into());
        }
        assert_eq!(reasons(&health), ["PostgreSQL does not answer", "Meilisearch does not answer"]);
        let (_, body) = health.readiness();
        assert!(!body.to_string().contains("internal"), "{body}");
    }

    #[test]
    fn not_ready_before_the_first_check() {
        let health = health(outbox::Lag::default());
        health.seen.lock().unwrap().checked = false;
        assert_eq!(reasons(&health), ["starting: the first check has not finished"]);
    }
}
