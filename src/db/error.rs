//! What can go wrong in the database layer, typed: PostgreSQL's own errors,
//! a stored value the model cannot hold, and the refusals commands tell
//! apart (a constraint the data broke), so no command matches constraint
//! names itself.

use tokio_postgres::error::SqlState;

use super::decode::DecodeError;

/// A failed database call.
#[derive(Debug, thiserror::Error)]
pub(crate) enum DbError {
    /// Another product has this SKU (`products_sku_key`).
    #[error("a product with this SKU already exists")]
    DuplicateSku,
    /// Another order has this external ref (`orders_external_ref_key`).
    #[error("an order with this external ref already exists")]
    DuplicateExternalRef,
    /// A change would take a product's stock below zero (`products_stock_check`).
    #[error("the stock would go below zero")]
    StockBelowZero,
    /// A change would take a product's stock past `integer` (only
    /// `products::update` says so: it is the statement that adds to stock).
    #[error("the stock would go above {}", i32::MAX)]
    StockAboveMax,
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// A statement did not return the row it always returns.
    #[error("the database returned no {0}")]
    NoRow(&'static str),
    /// Any other PostgreSQL error, for `db::classify` at the top.
    #[error(transparent)]
    Pg(tokio_postgres::Error),
}

impl From<tokio_postgres::Error> for DbError {
    fn from(err: tokio_postgres::Error) -> Self {
        DbError::refusal(&err).unwrap_or(DbError::Pg(err))
    }
}

impl DbError {
    /// The refusal a constraint error stands for, if it is one of those.
    pub(crate) fn refusal(err: &tokio_postgres::Error) -> Option<DbError> {
        let db = err.as_db_error()?;
        match (db.code(), db.constraint()) {
            (&SqlState::UNIQUE_VIOLATION, Some("products_sku_key")) => Some(DbError::DuplicateSku),
            (&SqlState::UNIQUE_VIOLATION, Some("orders_external_ref_key")) => {
                Some(DbError::DuplicateExternalRef)
            }
            (&SqlState::CHECK_VIOLATION, Some("products_stock_check")) => {
                Some(DbError::StockBelowZero)
            }
            _ => None,
        }
    }

    /// PostgreSQL's error, when this is one (for the classification of
    /// connection failures and the like at the top).
    pub(crate) fn pg(&self) -> Option<&tokio_postgres::Error> {
        match self {
            DbError::Pg(err) => Some(err),
            _ => None,
        }
    }
}

/// What a statement returns: its value, or what went wrong.
pub(crate) type DbResult<T> = Result<T, DbError>;
