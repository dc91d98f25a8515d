//! Id sequences for the imports: ids reserved ahead of a COPY, and the
//! sequence moved past ids that records brought with them.

use tokio_postgres::GenericClient;

use super::DbResult;
use super::decode;

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
    pub(crate) async fn ensure(&mut self, sequence: &impl GenericClient, n: usize) -> DbResult<()> {
        if self.ids.len() >= n {
            return Ok(());
        }
        let wanted = (n - self.ids.len() + SPARE) as i64;
        let rows = sequence
            .query(
                "SELECT nextval($1::text::regclass) AS id FROM generate_series(1, $2::bigint)",
                &[&self.table.sequence(), &wanted],
            )
            .await?;
        let mut fresh: Vec<i64> = decode::column_of_each(&rows, self.table.sequence(), "id")?;
        fresh.reverse();
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

/// The ids an import wrote, kept as ascending runs of consecutive ids: the
/// memory grows with the gaps between them, not with their count (ids from
/// the sequence come in runs). Ids a file gave with gaps everywhere would
/// make a run each: past `MAX_RUNS`, only the fact is kept and the ids are
/// read back from the table (`history::record_import`).
#[derive(Debug, Default)]
pub(crate) struct WrittenIds {
    runs: Vec<(i64, i64)>,
    overflowed: bool,
}

/// Runs kept before giving up on them (1 MiB).
const MAX_RUNS: usize = 65_536;

impl WrittenIds {
    pub(crate) fn push(&mut self, id: i64) {
        if self.overflowed {
            return;
        }
        if let Some((_, last)) = self.runs.last_mut()
            && id == *last + 1
        {
            *last = id;
        } else if self.runs.len() == MAX_RUNS {
            self.overflowed = true;
            self.runs = Vec::new();
        } else {
            self.runs.push((id, id));
        }
    }

    /// The runs (first, last), or `None` when there were too many to keep.
    pub(crate) fn runs(&self) -> Option<(Vec<i64>, Vec<i64>)> {
        (!self.overflowed).then(|| self.runs.iter().copied().unzip())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_ids_are_kept_as_runs_until_there_are_too_many() {
        let mut written = WrittenIds::default();
        for id in [5, 6, 7, 9, 10, 3] {
            written.push(id);
        }
        assert_eq!(written.runs(), Some((vec![5, 9, 3], vec![7, 10, 3])));
        let mut scattered = WrittenIds::default();
        for id in 0..=MAX_RUNS as i64 {
            scattered.push(id * 2);
        }
        assert_eq!(scattered.runs(), None);
        assert!(scattered.runs.capacity() == 0, "the runs are dropped once they overflow");
    }
}
