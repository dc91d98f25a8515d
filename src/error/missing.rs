//! Not-found errors (exit 3): the named order, product, context, index,
//! database or file does not exist. Each variant carries what its message
//! shows; the wording is here, in one place.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub(crate) enum Missing {
    #[error("order #{id} not found")]
    Order { id: i64 },
    #[error("order #{id} not found, and no history of it")]
    OrderHistory { id: i64 },
    /// `product`: the product as named ("product #3", "product ABC-1").
    #[error("{product} not found")]
    Product { product: String },
    #[error("{product} not found, and no history of it")]
    ProductHistory { product: String },
    /// Every product an order names that does not exist, in one error.
    #[error("{} not found", .products.join(", "))]
    Products { products: Vec<String> },
    #[error("no context {name:?} in {}", .path.display())]
    Context { name: String, path: PathBuf },
    /// The live index, to check against PostgreSQL.
    #[error("index {index} does not exist: run `ecomctl reindex`")]
    Index { index: String },
    /// The live index, to search.
    #[error("index {index} does not exist: run `ecomctl reindex` (or `ecomctl index setup`)")]
    SearchIndex { index: String },
    /// An index Meilisearch does not have, in its own words.
    #[error("{message}")]
    MeiliIndex { message: String },
    /// `server`: the connection as shown (`user@host:port/dbname`).
    #[error("database {name:?} does not exist at {server}: create it, or check the database name")]
    Database { name: String, server: String },
    #[error("cannot open {path}: {error}")]
    File { path: String, error: std::io::Error },
}
