//! What the console reads, each through the code the commands use: a search
//! is `search`'s request (quoting and all) and falls back to `orders list`'s
//! query when Meilisearch does not answer; a detail is `orders get` plus
//! `orders history`; health is the watcher's outbox lag and `/health`.

use std::time::{Duration, Instant};

use rust_decimal::Decimal;
use serde::Deserialize;
use time::OffsetDateTime;

use super::state::{Ask, Detail, Found, Row, Source};
use crate::app::Session;
pub(crate) use crate::app::health::Checked;
use crate::app::health::Probe;
use crate::db::dashboard::{self, Glance};
use crate::db::orders::{self, OrderFilter};
use crate::db::selection::OrderCriteria;
use crate::db::{DbError, history};
use crate::domain::{Email, OrderState};
use crate::model::Order;
use crate::output::failure::db_line;
use crate::search::Meili;
use crate::search::filter::SearchFilters;
use crate::search::query::SearchRequest;

/// How long the console waits for Meilisearch before it falls back to
/// PostgreSQL: a person is typing.
const SEARCH_PATIENCE: Duration = Duration::from_secs(2);

/// How long a health check may take before the service counts as down.
const HEALTH_PATIENCE: Duration = Duration::from_secs(3);

/// The fields of a search hit the list shows.
#[derive(Deserialize)]
struct Hit {
    id: i64,
    customer_email: String,
    state: OrderState,
    #[serde(with = "rust_decimal::serde::float")]
    total_price: Decimal,
    #[serde(with = "time::serde::rfc3339")]
    created_at: OffsetDateTime,
}

impl From<Hit> for Row {
    fn from(hit: Hit) -> Row {
        Row {
            id: hit.id,
            customer: hit.customer_email,
            state: hit.state,
            total: hit.total_price,
            created_at: hit.created_at,
        }
    }
}

/// The search `ecomctl search` would run for this text and these chips:
/// newest first when there is no text, by relevance otherwise.
pub(crate) fn search_request(ask: &Ask, now: OffsetDateTime) -> SearchRequest {
    let filters = SearchFilters {
        states: ask.chips.state.into_iter().collect(),
        customer_email: ask.chips.customer.clone(),
        since_ts: ask.chips.range.reach().map(|reach| (now - reach).unix_timestamp()),
        ..SearchFilters::default()
    };
    let sort = if ask.text.trim().is_empty() { vec!["id:desc".to_owned()] } else { Vec::new() };
    SearchRequest {
        text: ask.text.clone(),
        filters,
        sort,
        limit: super::state::PAGE,
        page: 1,
        facets: false,
    }
}

/// The `orders list` filter standing in for a search when Meilisearch is
/// down: the chips (and the text, when it is a customer's e-mail).
pub(crate) fn fallback_filter(ask: &Ask, now: OffsetDateTime) -> OrderFilter {
    let customer = ask.chips.customer.as_deref().or(Some(ask.text.trim()));
    OrderFilter {
        criteria: OrderCriteria {
            states: ask.chips.state.into_iter().collect(),
            customer_email: customer.and_then(|c| Email::parse(c).ok()),
            since: ask.chips.range.reach().map(|reach| now - reach),
            ..Default::default()
        },
        after: None,
        limit: super::state::PAGE as i64,
    }
}

/// Runs one search; Meilisearch failing is not an error but a fallback,
/// said in the answer's source.
pub(crate) async fn find(s: &Session, meili: &Meili, ask: &Ask) -> Result<Found, String> {
    let now = OffsetDateTime::now_utc();
    let started = Instant::now();
    let searched = async {
        let request = search_request(ask, now);
        match tokio::time::timeout(SEARCH_PATIENCE, request.run(meili, false)).await {
            Ok(Ok(results)) => Ok(results),
            Ok(Err(err)) => Err(err.to_string()),
            Err(_) => Err(format!("no answer within {}s", SEARCH_PATIENCE.as_secs())),
        }
    };
    let why = match searched.await {
        Ok(results) => {
            let rows: Vec<Row> = results
                .hits
                .into_iter()
                .filter_map(|hit| serde_json::from_value::<Hit>(hit.result).ok())
                .map(Row::from)
                .collect();
            let estimated_total = results.estimated_total_hits.unwrap_or(rows.len());
            let millis = started.elapsed().as_millis() as u64;
            return Ok(Found { rows, source: Source::Meilisearch { estimated_total, millis } });
        }
        Err(why) => why,
    };
    let client = s.db().await.map_err(|e| e.to_string())?;
    let listed = orders::list(&**client, &fallback_filter(ask, now)).await;
    let listed = listed.map_err(|e| db_line(&e))?;
    Ok(Found { rows: listed.iter().map(Row::from).collect(), source: Source::Postgres { why } })
}

/// The order and its history (`None`: no such order).
pub(crate) async fn detail(s: &Session, id: i64) -> Result<Option<Detail>, String> {
    let client = s.db().await.map_err(|e| e.to_string())?;
    let read = async {
        let Some(order) = orders::get(&**client, id).await? else {
            return Ok(None);
        };
        let history = history::of_order(&**client, id, None).await?.unwrap_or_default();
        Ok(Some(Detail { order, history }))
    };
    read.await.map_err(|e: DbError| db_line(&e))
}

/// The orders a notification names, as they now are.
pub(crate) async fn orders(s: &Session, ids: &[i64]) -> Result<Vec<Order>, String> {
    let client = s.db().await.map_err(|e| e.to_string())?;
    let found = orders::get_many(&**client, ids).await;
    found.map_err(|e| db_line(&e))
}

pub(crate) async fn glance(s: &Session) -> Result<Glance, String> {
    let client = s.db().await.map_err(|e| e.to_string())?;
    dashboard::glance(&**client).await.map_err(|e| db_line(&e))
}

/// PostgreSQL (and the outbox lag) and Meilisearch, checked side by side.
pub(crate) async fn health(s: &Session, meili: &Meili) -> Checked {
    Probe::of(s, meili).check(HEALTH_PATIENCE).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::console::chips::{Chips, Range};

    fn ask(text: &str, chips: Chips) -> Ask {
        Ask { generation: 1, text: text.into(), chips }
    }

    #[test]
    fn chips_become_search_filters_quoted_as_search_quotes_them() {
        let now = OffsetDateTime::from_unix_timestamp(1_000_000).unwrap();
        let chips = Chips {
            state: Some(OrderState::Shipped),
            customer: Some(r#"a"b@x.com"#.into()),
            range: Range::Day,
        };
        let request = search_request(&ask("lamp", chips), now);
        assert_eq!(
            request.filters.expression().unwrap(),
            r#"state IN ["SHIPPED"] AND customer_email = "a\"b@x.com" AND created_at_ts >= 913600"#
        );
        assert!(request.sort.is_empty(), "text: by relevance");
        let newest = search_request(&ask(" ", Chips::none()), now);
        assert_eq!((newest.sort, newest.filters.expression()), (vec!["id:desc".into()], None));
    }

    #[test]
    fn without_meilisearch_an_email_typed_is_the_customer_filter() {
        let now = OffsetDateTime::from_unix_timestamp(1_000_000).unwrap();
        let filter = fallback_filter(&ask("ann@example.com", Chips::none()), now);
        assert_eq!(
            filter.criteria.customer_email.map(|e| e.as_str().to_owned()),
            Some("ann@example.com".into())
        );
        let filter = fallback_filter(&ask("lamp", Chips::none()), now);
        assert!(filter.criteria.customer_email.is_none() && filter.criteria.states.is_empty());
    }
}
