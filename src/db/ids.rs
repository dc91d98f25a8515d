//! Id sequences for the imports: ids reserved ahead of a COPY, and the
//! sequence moved past ids that records brought with them.

use tokio_postgres::GenericClient;

/// A table whose ids an import assigns.
#[derive(Debug, Clone, Copy)]
pub(crate) enum IdTable {
    Products,
    Orders,
}

impl IdTable {
    fn sequence(self) -> &'static str {
        match self {
            IdTable::Products => "products_id_seq",
            IdTable::Orders => "orders_id_seq",
        }
    }

    /// The statement that moves the sequence past the largest id (static
    /// text per table: no name is ever spliced into SQL).
    fn advance_sql(self) -> &'static str {
        match self {
            IdTable::Products => {
                "SELECT setval('products_id_seq', GREATEST((SELECT max(id) FROM products), \
                                                           (SELECT last_value FROM products_id_seq)))"
            }
            IdTable::Orders => {
                "SELECT setval('orders_id_seq', GREATEST((SELECT max(id) FROM orders), \
                                                         (SELECT last_value FROM orders_id_seq)))"
            }
        }
    }
}

/// Reserves `n` ids in one round trip, in ascending order when popped.
/// `sequence` must be a connection other than the one running the COPY
/// (sequences are not transactional, so that is safe).
pub(crate) async fn reserve(
    sequence: &impl GenericClient,
    table: IdTable,
    n: usize,
) -> Result<Vec<i64>, tokio_postgres::Error> {
    let rows = sequence
        .query(
            "SELECT nextval($1::text::regclass) FROM generate_series(1, $2::bigint)",
            &[&table.sequence(), &(n as i64)],
        )
        .await?;
    let mut ids: Vec<i64> = rows.iter().map(|r| r.get(0)).collect();
    ids.reverse();
    Ok(ids)
}

/// Moves the table's id sequence past the largest id, which records with
/// explicit ids (an export being re-imported) may have taken. Not
/// transactional: call it just before the commit.
pub(crate) async fn advance(
    client: &impl GenericClient,
    table: IdTable,
) -> Result<(), tokio_postgres::Error> {
    client.execute(table.advance_sql(), &[]).await?;
    Ok(())
}
