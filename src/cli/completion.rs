//! Shell completion of real values (`source <(COMPLETE=bash ecomctl)`):
//! SKUs, order ids, states, index names and context names, read live from
//! PostgreSQL and Meilisearch with the settings in force (environment,
//! `.env`, the current context) behind a 300 ms limit, so a slow or absent
//! service never blocks the shell: it then offers nothing (or, for states,
//! the fixed list). The static scripts in completions/ still work without it.

use std::time::Duration;

use clap_complete::engine::CompletionCandidate;

use crate::domain::OrderState;

/// How long a completion may wait for a service.
const LIMIT: Duration = Duration::from_millis(300);

/// The connection settings in force, resolved exactly as a command would
/// resolve them (flag > context > environment > .env > default), with no
/// flags typed.
fn connections() -> Option<crate::config::Connections> {
    let args = crate::config::args::GlobalArgs::from_environment()?;
    let dotenv = crate::config::dotenv::loaded();
    crate::config::resolve_connections(&args, "ecomctl completion", dotenv, &mut |_| {}).ok()
}

/// Runs `query` against PostgreSQL (settings from the environment and the
/// current context), returning one candidate per value.
fn from_postgres<F, Fut, T>(query: F) -> Vec<CompletionCandidate>
where
    F: FnOnce(tokio_postgres::Client) -> Fut,
    Fut: std::future::Future<Output = crate::db::DbResult<Vec<T>>>,
    T: ToString,
{
    let Some(connections) = connections() else { return Vec::new() };
    let db = connections.database;
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
        return Vec::new();
    };
    runtime.block_on(async {
        let candidates = async {
            let client = db.connect().await.ok()?;
            let values = query(client).await.ok()?;
            Some(values.iter().map(|v| CompletionCandidate::new(v.to_string())).collect())
        };
        tokio::time::timeout(LIMIT, candidates).await.ok().flatten().unwrap_or_default()
    })
}

pub(crate) fn skus() -> Vec<CompletionCandidate> {
    from_postgres(|client| async move { crate::db::products::skus(&client, 2000).await })
}

pub(crate) fn order_ids() -> Vec<CompletionCandidate> {
    from_postgres(|client| async move { crate::db::orders::recent_ids(&client, 500).await })
}

pub(crate) fn states() -> Vec<CompletionCandidate> {
    OrderState::ALL.iter().map(|s| CompletionCandidate::new(s.as_str())).collect()
}

/// `orders set-state`'s arguments: ids, then a state.
pub(crate) fn states_and_order_ids() -> Vec<CompletionCandidate> {
    let mut candidates = states();
    candidates.extend(order_ids());
    candidates
}

pub(crate) fn contexts() -> Vec<CompletionCandidate> {
    let env = |name: &str| std::env::var(name).ok();
    crate::config::contexts::Contexts::load(&env)
        .map(|file| file.contexts.keys().map(CompletionCandidate::new).collect())
        .unwrap_or_default()
}

/// The index names Meilisearch has (settings as a command would have them;
/// a key that needs a command to fetch is not fetched for a completion).
pub(crate) fn indexes() -> Vec<CompletionCandidate> {
    let Some(connections) = connections() else { return Vec::new() };
    let url = connections.meili.url.clone();
    let key = connections.meili.key_at_hand();
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
        return Vec::new();
    };
    runtime.block_on(async {
        let request = async {
            let mut request = reqwest::Client::new().get(format!("{url}/indexes?limit=1000"));
            if let Some(key) = key {
                request = request.bearer_auth(key.expose());
            }
            let body: serde_json::Value =
                serde_json::from_slice(&request.send().await.ok()?.bytes().await.ok()?).ok()?;
            Some(
                body["results"]
                    .as_array()?
                    .iter()
                    .filter_map(|i| i["uid"].as_str())
                    .map(CompletionCandidate::new)
                    .collect(),
            )
        };
        tokio::time::timeout(LIMIT, request).await.ok().flatten().unwrap_or_default()
    })
}
