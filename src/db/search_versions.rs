//! The versions Meilisearch has confirmed (migration V12): what the index
//! should hold of each order, for a verifier to compare its documents with.

use std::collections::HashMap;

use tokio_postgres::GenericClient;
use tokio_postgres::types::Type;

use super::DbResult;
use super::decode;

/// What PostgreSQL says of one order's document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct VersionState {
    /// The order exists.
    pub(crate) exists: bool,
    /// A change of it is queued in the outbox (on its way: nothing to
    /// compare yet).
    pub(crate) pending: bool,
    /// The version last confirmed (0: none since versions were kept).
    pub(crate) confirmed: i64,
}

/// The state of each of these orders' documents, in one query.
pub(crate) async fn states(
    client: &impl GenericClient,
    ids: &[i64],
) -> DbResult<HashMap<i64, VersionState>> {
    let rows = client
        .query_typed(
            "SELECT i.id, EXISTS (SELECT 1 FROM orders o WHERE o.id = i.id) AS exists, \
                    EXISTS (SELECT 1 FROM search_outbox ob WHERE ob.order_id = i.id) AS pending, \
                    COALESCE((SELECT v.version FROM search_versions v WHERE v.order_id = i.id), 0) \
                        AS confirmed \
             FROM unnest($1::bigint[]) AS i(id)",
            &[(&ids, Type::INT8_ARRAY)],
        )
        .await?;
    let state = |row: &tokio_postgres::Row| -> DbResult<(i64, VersionState)> {
        let table = "search_versions";
        Ok((
            decode::column(row, table, "id")?,
            VersionState {
                exists: decode::column(row, table, "exists")?,
                pending: decode::column(row, table, "pending")?,
                confirmed: decode::column(row, table, "confirmed")?,
            },
        ))
    };
    rows.iter().map(state).collect()
}
