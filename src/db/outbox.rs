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
/// the products are deleted and the links cleared).
pub(crate) async fn enqueue_orders_of_products(
    client: &impl tokio_postgres::GenericClient,
    product_ids: &[i64],
) -> Result<u64, tokio_postgres::Error> {
    client
        .execute(
            "INSERT INTO search_outbox (order_id) \
             SELECT DISTINCT order_id FROM order_items WHERE product_id = ANY($1) \
             ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')",
            &[&product_ids],
        )
        .await
}
