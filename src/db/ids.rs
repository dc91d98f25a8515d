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

/// Ids reserved from a table's sequence ahead of the records that need
/// them, handed out in ascending order so that ids follow the input.
pub(crate) struct IdPool {
    table: IdTable,
    /// Descending: `pop` gives the smallest.
    ids: Vec<i64>,
}

/// Reserved beyond what a batch needs, so most batches need no round trip.
const SPARE: usize = 1024;

impl IdPool {
    pub(crate) fn new(table: IdTable) -> Self {
        IdPool { table, ids: Vec::new() }
    }

    /// Makes sure `n` ids are at hand, reserving more in one round trip if
    /// not. `sequence` must be a connection other than the one running the
    /// COPY (sequences are not transactional, so that is safe).
    pub(crate) async fn ensure(
        &mut self,
        sequence: &impl GenericClient,
        n: usize,
    ) -> Result<(), tokio_postgres::Error> {
        if self.ids.len() >= n {
            return Ok(());
        }
        let wanted = (n - self.ids.len() + SPARE) as i64;
        let rows = sequence
            .query(
                "SELECT nextval($1::text::regclass) FROM generate_series(1, $2::bigint)",
                &[&self.table.sequence(), &wanted],
            )
            .await?;
        let mut fresh: Vec<i64> = rows.iter().rev().map(|r| r.get(0)).collect();
        // The ids left over are smaller than the fresh ones: they go on top.
        fresh.append(&mut self.ids);
        self.ids = fresh;
        Ok(())
    }

    /// The next id; `ensure` must have reserved it.
    pub(crate) fn next(&mut self) -> i64 {
        self.ids.pop().expect("ids reserved by ensure")
    }
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
