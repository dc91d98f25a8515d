//! `ecomctl products …`: the product commands' flags and help.

use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;

use crate::cli::selection::{BulkArgs, ProductSelectArgs};
use crate::cli::shared::{ExportArgs, ImportArgs, PageArgs};
use crate::domain::OnConflict;

#[derive(Debug, Subcommand)]
pub(crate) enum ProductsCommand {
    /// Create a product
    ///
    /// Create a product and print it.
    ///
    /// --sku, --name, --price and --seller-email are required.
    ///
    /// Examples:
    ///   ecomctl products create --sku LAMP-1 --name 'Desk lamp' --price 24.90 \
    ///       --stock 10 --seller-email shop@example.com
    ///   ecomctl -o json products create --sku 0042 --name Mug --price 7 --seller-email s@example.com
    #[command(verbatim_doc_comment)]
    Create(ProductCreateArgs),

    /// Show one product
    ///
    /// PRODUCT is an id (all digits), sku:X for a numeric SKU, or a SKU.
    ///
    /// Examples:
    ///   ecomctl products get LAMP-1
    ///   ecomctl products get 17
    ///   ecomctl products get sku:0042
    #[command(verbatim_doc_comment)]
    Get(ProductGetArgs),

    /// List products, oldest first, a page at a time
    ///
    /// List products in id order, a page at a time.
    ///
    /// --seller (or --seller-email) and --search select products for `products update` too.
    /// Pass the last id shown to --after to get the next page.
    ///
    /// Examples:
    ///   ecomctl products list --limit 20
    ///   ecomctl products list --seller-email shop@example.com --after 120
    ///   ecomctl products list --search lamp -o json
    #[command(verbatim_doc_comment)]
    List(ProductListArgs),

    /// Change a product's fields or stock (or many products': a selection)
    ///
    /// Change a product and print it.
    ///
    /// Only the given fields change. A sign makes --price and --stock relative: --price +2.50 or
    /// -2.50 adds or takes off an amount, --price +5% or -5% scales (rounded to the cent, half
    /// away from zero: 10.10 +5% is 10.61); --stock +3 or -2 (like --add-stock) adds or takes
    /// units in one atomic statement, safe against concurrent orders. A change that would take
    /// a price or a stock below zero is refused. Existing orders are not affected: their lines
    /// keep a snapshot.
    ///
    /// Without PRODUCT, a selection — --seller, --search, --ids-from FILE|-, --all; together
    /// they narrow each other — changes many products in one transaction, each with its own
    /// result (a relative change applies to each product's own price and stock), one history
    /// event per product. --dry-run shows what would change (before and after) and what would
    /// be refused, changing nothing; otherwise the summary is confirmed on a terminal, --yes is
    /// needed without one. Atomic: one refusal and nothing changes (exit 4); --each changes the
    /// others. A selection larger than --max (1000) is refused (exit 2).
    ///
    /// Examples:
    ///   ecomctl products update LAMP-1 --price 19.90
    ///   ecomctl products update LAMP-1 --stock +25
    ///   ecomctl products update 17 --stock=-3 --description ''
    ///   ecomctl products update --seller acme@example.com --price +5% --dry-run
    ///   ecomctl products update --ids-from restock.csv --stock +10 --yes
    #[command(verbatim_doc_comment)]
    Update(ProductUpdateArgs),

    /// Delete products (order lines keep their snapshot)
    ///
    /// Delete products.
    ///
    /// Order lines that referenced a product keep their snapshot (SKU, name, price) and lose
    /// the link. Asks for confirmation on a terminal; requires --yes otherwise.
    ///
    /// Examples:
    ///   ecomctl products delete LAMP-1
    ///   ecomctl products delete --yes 17 18 sku:0042
    #[command(verbatim_doc_comment)]
    Delete(ProductDeleteArgs),

    /// Import products from JSON or NDJSON (file or stdin)
    ///
    /// Import products from a JSON array or NDJSON (auto-detected), from a file (gzip read
    /// transparently) or - for stdin, streamed with bounded memory.
    ///
    /// Fields: sku, name, price, seller_email (required); stock, description, manufacturer,
    /// stocked_at, id, created_at, updated_at (optional). Every record is validated; errors
    /// name the line (NDJSON) or record (array), the field and the value. By default the import
    /// is atomic: any invalid record means nothing is written (exit 4). --skip-invalid writes
    /// the valid records; --rejects FILE saves the refused ones. Records conflict on sku
    /// (--on-conflict).
    ///
    /// Examples:
    ///   ecomctl products import catalogue.ndjson
    ///   zcat catalogue.ndjson.gz | ecomctl products import - --on-conflict update
    ///   ecomctl -o json products import products.json --skip-invalid --rejects rejected.ndjson
    #[command(verbatim_doc_comment)]
    Import(ProductImportArgs),

    /// Export every product as NDJSON (or a JSON array) to stdout
    ///
    /// Write every product, in id order, to stdout as NDJSON (default) or a JSON array.
    /// `products import` reads the output back unchanged (ids and times included).
    ///
    /// Examples:
    ///   ecomctl products export > products.ndjson
    ///   ecomctl products export --format json | jq length
    #[command(verbatim_doc_comment)]
    Export(ExportArgs),
    /// Who changed a product, what and when
    ///
    /// Show every change ecomctl made to a product, oldest first: when, who (OS user and host,
    /// database role), the command, and each changed field old → new. Creation, updates (stock
    /// included), deletion and imports are recorded; history is kept after the product is
    /// deleted (find it by SKU or id). Stock taken or returned by orders is in the orders'
    /// history. Changes made with plain SQL outside ecomctl are not recorded.
    ///
    /// --since takes RFC 3339 or YYYY-MM-DD (UTC midnight).
    ///
    /// Examples:
    ///   ecomctl products history LAMP-1
    ///   ecomctl products history 17 --since 2026-11-01
    ///   ecomctl -o json products history LAMP-1
    #[command(verbatim_doc_comment)]
    History(ProductHistoryArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ProductGetArgs {
    /// Product id, sku:SKU or SKU
    #[arg(add = ArgValueCandidates::new(crate::cli::completion::skus))]
    pub(crate) product: String,
}

#[derive(Debug, Args)]
pub(crate) struct ProductDeleteArgs {
    /// Products to delete: id, sku:SKU or SKU
    #[arg(add = ArgValueCandidates::new(crate::cli::completion::skus), required = true)]
    pub(crate) products: Vec<String>,
}

#[derive(Debug, Args)]
pub(crate) struct ProductImportArgs {
    #[command(flatten)]
    pub(crate) args: ImportArgs,
    /// What to do with a record whose SKU already exists
    #[arg(long, value_enum, default_value_t = OnConflict::Error)]
    pub(crate) on_conflict: OnConflict,
}

#[derive(Debug, Args)]
pub(crate) struct ProductHistoryArgs {
    /// Product id, sku:SKU or SKU
    #[arg(add = ArgValueCandidates::new(crate::cli::completion::skus))]
    pub(crate) product: String,
    /// Only changes at or after this time
    #[arg(long, value_name = "TIME")]
    pub(crate) since: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct ProductCreateArgs {
    /// Stock-keeping unit, unique (1–64 characters, no spaces)
    #[arg(long)]
    pub(crate) sku: Option<String>,
    /// Product name
    #[arg(long)]
    pub(crate) name: Option<String>,
    /// Price, exact decimal with at most 2 places (e.g. 19.99)
    #[arg(long, allow_negative_numbers = true)]
    pub(crate) price: Option<String>,
    /// Units in stock
    #[arg(long, default_value = "0", allow_negative_numbers = true)]
    pub(crate) stock: String,
    /// E-mail of the seller
    #[arg(long)]
    pub(crate) seller_email: Option<String>,
    /// Free-text description
    #[arg(long)]
    pub(crate) description: Option<String>,
    /// Manufacturer
    #[arg(long)]
    pub(crate) manufacturer: Option<String>,
    /// Warehouse or location where the product is stocked
    #[arg(long)]
    pub(crate) stocked_at: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct ProductListArgs {
    /// Only products of this seller
    #[arg(long, visible_alias = "seller")]
    pub(crate) seller_email: Option<String>,
    /// Only products whose SKU or name contains TEXT (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub(crate) search: Option<String>,
    #[command(flatten)]
    pub(crate) page: PageArgs,
}

#[derive(Debug, Args)]
pub(crate) struct ProductUpdateArgs {
    /// Product id, sku:SKU or SKU (none with a selection)
    #[arg(add = ArgValueCandidates::new(crate::cli::completion::skus))]
    pub(crate) product: Option<String>,
    /// New name
    #[arg(long)]
    pub(crate) name: Option<String>,
    /// New price (exact decimal, at most 2 places), or relative: +2.50, -2.50, +5%, -5%
    #[arg(long, value_name = "PRICE", allow_hyphen_values = true)]
    pub(crate) price: Option<String>,
    /// Set the stock to N, or add (+N) or take off (-N) units
    #[arg(long, value_name = "N", conflicts_with = "add_stock", allow_hyphen_values = true)]
    pub(crate) stock: Option<String>,
    /// Add (or with a minus sign, remove) N units atomically
    #[arg(long, value_name = "±N", allow_hyphen_values = true)]
    pub(crate) add_stock: Option<String>,
    /// New seller e-mail
    #[arg(long)]
    pub(crate) seller_email: Option<String>,
    /// New description ('' clears it)
    #[arg(long)]
    pub(crate) description: Option<String>,
    /// New manufacturer ('' clears it)
    #[arg(long)]
    pub(crate) manufacturer: Option<String>,
    /// New location ('' clears it)
    #[arg(long)]
    pub(crate) stocked_at: Option<String>,
    #[command(flatten, next_help_heading = "Select products")]
    pub(crate) select: ProductSelectArgs,
    #[command(flatten, next_help_heading = "Bulk")]
    pub(crate) bulk: BulkArgs,
}

impl ProductUpdateArgs {
    /// One product changed and printed as ever, or many.
    pub(crate) fn is_bulk(&self) -> bool {
        self.product.is_none() || self.select.given() || self.bulk.given()
    }
}
