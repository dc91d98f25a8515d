//! `demo`: the embedded sample catalogue and orders, loaded into an empty
//! database (the schema brought up to date first).

use color_eyre::eyre::Result;

use super::Session;
use crate::domain::{InputFormat, OnConflict};
use crate::error::{AppError, Refusal};
use crate::import::ImportOptions;
use crate::import::report::Report;
use crate::import::source::from_bytes;
use crate::report::{AtLeast, Level};

static PRODUCTS: &[u8] = include_bytes!("../../assets/demo/products.ndjson.gz");
static ORDERS: &[u8] = include_bytes!("../../assets/demo/orders.ndjson.gz");

/// What loading the sample did.
pub(crate) struct Loaded {
    /// Migrations applied first.
    pub(crate) migrations: usize,
    pub(crate) products: Report,
    pub(crate) orders: Report,
}

/// Loads the sample (refused when the database holds data, unless `force`).
pub(crate) async fn load(s: &Session, force: bool) -> Result<Loaded> {
    let mut client = s.db().await?;
    // First run in one command: bring the schema up to date (idempotent).
    let migrations = crate::db::migrate::apply(&mut client).await?.len();
    if crate::db::session::has_data(&**client).await? && !force {
        return Err(AppError::Rejected(Refusal::DemoNotEmpty).into());
    }
    let options = ImportOptions {
        format: InputFormat::Ndjson,
        on_conflict: OnConflict::Skip,
        skip_invalid: true,
        rejects: None,
        dry_run: false,
        max_errors: 5,
        delimiter: b',',
        no_stock: false,
        actor: s.actor().clone(),
        source: "demo data".to_owned(),
    };
    // The import's own phases are not the demo's story.
    let quieter = AtLeast(Level::Info, s.reporter());
    let products = super::imports::products(s, from_bytes(PRODUCTS)?, &options, &quieter).await?;
    let orders = super::imports::orders(s, from_bytes(ORDERS)?, &options, &quieter).await?;
    Ok(Loaded { migrations, products, orders })
}
