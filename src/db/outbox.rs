//! The search outbox: ids of orders whose Meilisearch document is stale.
//! Always written in the same transaction as the change it records.

/// Records that these orders' search documents must be rewritten (or deleted).
/// Re-enqueuing an order already waiting gives it a new `seq`, so a sync
/// worker that read the old entry will not clear it.
pub(crate) async fn enqueue(
    client: &impl tokio_postgres::GenericClient,
    order_ids: &[i64],
) -> Result<(), tokio_postgres::Error> {
    if order_ids.is_empty() {
        return Ok(());
    }
    client
        .execute(
            "INSERT INTO search_outbox (order_id) SELECT DISTINCT unnest($1::bigint[]) \
             ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')",
            &[&order_ids],
        )
        .await?;
    Ok(())
}

/// Enqueues every order with a line linked to one of these products (before
/// the products are deleted and the links cleared); returns their ids.
pub(crate) async fn enqueue_orders_of_products(
    client: &impl tokio_postgres::GenericClient,
    product_ids: &[i64],
) -> Result<Vec<i64>, tokio_postgres::Error> {
    let rows = client
        .query(
            "INSERT INTO search_outbox (order_id) \
             SELECT DISTINCT order_id FROM order_items WHERE product_id = ANY($1) \
             ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq') \
             RETURNING order_id",
            &[&product_ids],
        )
        .await?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// Serialises outbox clearing against the swap of a reindex: every
/// push-and-clear transaction holds this lock shared; `reindex` takes it
/// exclusively around the swap and its catch-up.
pub(crate) const SEARCH_SWAP_LOCK: i64 = 0x0065_636f_6d73_7761;

/// Takes the shared swap lock for the current transaction, waiting for a swap
/// in progress; with `wait = false`, returns whether it was free.
pub(crate) async fn lock_for_push(
    client: &impl tokio_postgres::GenericClient,
    wait: bool,
) -> Result<bool, tokio_postgres::Error> {
    if wait {
        client.execute("SELECT pg_advisory_xact_lock_shared($1)", &[&SEARCH_SWAP_LOCK]).await?;
        return Ok(true);
    }
    let row = client
        .query_one("SELECT pg_try_advisory_xact_lock_shared($1)", &[&SEARCH_SWAP_LOCK])
        .await?;
    Ok(row.get(0))
}

/// Claims up to `limit` outbox entries (optionally only for `only` orders),
/// oldest first, skipping entries another worker holds. The row locks last
/// until the transaction ends, so a writer re-enqueuing one of these orders
/// waits until its document has been pushed and the entry cleared.
pub(crate) async fn claim(
    client: &impl tokio_postgres::GenericClient,
    only: Option<&[i64]>,
    limit: i64,
) -> Result<Vec<i64>, tokio_postgres::Error> {
    let rows = client
        .query(
            "SELECT order_id FROM search_outbox \
             WHERE ($1::bigint[] IS NULL OR order_id = ANY($1)) \
             ORDER BY seq LIMIT $2 FOR UPDATE SKIP LOCKED",
            &[&only, &limit],
        )
        .await?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// Clears claimed entries whose documents Meilisearch has accepted. During a
/// rebuild of `index_name`, also records them for the rebuild to replay.
pub(crate) async fn clear(
    client: &impl tokio_postgres::GenericClient,
    order_ids: &[i64],
    index_name: &str,
) -> Result<(), tokio_postgres::Error> {
    client
        .execute(
            "WITH cleared AS (DELETE FROM search_outbox WHERE order_id = ANY($1) RETURNING order_id) \
             INSERT INTO search_replay (rebuild_id, order_id) \
             SELECT r.id, c.order_id FROM cleared c CROSS JOIN search_rebuilds r \
             WHERE r.index_name = $2 \
             ON CONFLICT DO NOTHING",
            &[&order_ids, &index_name],
        )
        .await?;
    Ok(())
}

/// The backlog: how many entries wait, and the age of the oldest in seconds.
pub(crate) async fn backlog(
    client: &impl tokio_postgres::GenericClient,
) -> Result<(i64, Option<f64>), tokio_postgres::Error> {
    let row = client
        .query_one(
            "SELECT count(*), EXTRACT(EPOCH FROM now() - min(enqueued_at))::float8 FROM search_outbox",
            &[],
        )
        .await?;
    Ok((row.get(0), row.get(1)))
}
