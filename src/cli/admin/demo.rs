//! `ecomctl demo`: load the embedded sample catalogue and orders, reindex,
//! and show what search looks like — a newcomer's first command.

use color_eyre::Report;
use color_eyre::eyre::Result;

use crate::cli::run::Context;
use crate::cli::{InputFormat, OnConflict};
use crate::error::{AppError, Refusal};
use crate::import::source::from_bytes;
use crate::import::{self, ImportOptions};
use crate::rebuild::{Options, reindex};
use crate::report::{AtLeast, Level};
use crate::search::filter::SearchFilters;
use crate::search::query::SearchRequest;

static PRODUCTS: &[u8] = include_bytes!("../../../assets/demo/products.ndjson.gz");
static ORDERS: &[u8] = include_bytes!("../../../assets/demo/orders.ndjson.gz");

pub(crate) async fn run(ctx: &Context, force: bool) -> Result<()> {
    let mut client = ctx.session.db().await?;
    // First run in one command: bring the schema up to date (idempotent).
    let applied = crate::db::migrate::apply(&mut client).await?;
    if !applied.is_empty() {
        ctx.messages.info(format!("applied {} migration(s)", applied.len()));
    }
    let sequence = ctx.session.db().await?;
    let has_data = crate::db::session::has_data(&**client).await?;
    if has_data && !force {
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
        actor: ctx.session.actor().clone(),
        source: "demo data".to_owned(),
    };
    // The import's own phases are not the demo's story.
    let quieter = AtLeast(Level::Info, &ctx.messages);
    let products =
        import::products::import(&mut client, &sequence, from_bytes(PRODUCTS)?, &options, &quieter)
            .await?;
    let orders =
        import::orders::import(&mut client, &sequence, from_bytes(ORDERS)?, &options, &quieter)
            .await?;
    ctx.messages.info(format!(
        "loaded {} product(s) and {} order(s) ({} already there)",
        products.inserted,
        orders.inserted,
        products.skipped + orders.skipped
    ));

    let meili = ctx.session.meili()?;
    let reindexed = reindex(
        &ctx.session.config.database,
        &meili,
        &Options {
            batch_documents: 10_000,
            dry_run: false,
            searchable: ctx.session.config.meili.searchable,
        },
        &ctx.messages,
    )
    .await;
    let reindexed = match reindexed {
        Ok(reindexed) => reindexed,
        Err(err) => match search_later(&err) {
            // The data is what matters; search can come later.
            Some(first) => {
                // Meilisearch's own messages end with a full stop; ours go on.
                let why = err.to_string();
                let why = why.trim_end_matches('.');
                ctx.messages.warn(format!(
                    "search was skipped: {why}. The data is loaded; {first}, then run `ecomctl reindex`"
                ));
                return Ok(());
            }
            None => return Err(err),
        },
    };
    ctx.messages.info(format!(
        "indexed {} order(s) into {} in {:.1}s\n\nsearch \"lamp\", with the orders per state:",
        reindexed.documents, reindexed.index, reindexed.seconds
    ));
    let search = SearchRequest {
        text: "lamp".into(),
        filters: SearchFilters::default(),
        sort: vec!["created_at_ts:desc".into()],
        limit: 10,
        page: 1,
        facets: true,
    };
    crate::cli::search::run::search(ctx, &search).await?;
    ctx.messages
        .info("try: ecomctl search <words> --state SHIPPED --facets    (ecomctl search --help)");
    Ok(())
}

/// What to do before `ecomctl reindex` when search failed for a reason that
/// leaves the loaded data as it is.
fn search_later(err: &Report) -> Option<&'static str> {
    match AppError::find(err)? {
        AppError::Unavailable { .. } | AppError::TimedOut { .. } => {
            Some("start Meilisearch (`docker compose up -d meilisearch`)")
        }
        AppError::Rejected(Refusal::MeiliKey { .. }) => Some(
            "give its key (--meili-key or MEILI_API_KEY; docker compose's is in .env.example: \
             `cp .env.example .env`)",
        ),
        _ => None,
    }
}
