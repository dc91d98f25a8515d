//! Requests of `products import` and `orders import`: the flags checked
//! once into `ImportOptions`.

use crate::cli::{ImportArgs, InputFormat, OnConflict, OrderImportArgs, ProductImportArgs};
use crate::db::history::Actor;
use crate::error::{AppError, Usage};
use crate::import::ImportOptions;

/// `products import FILE …`.
pub(crate) fn products(args: &ProductImportArgs, actor: &Actor) -> Result<ImportOptions, AppError> {
    options(&args.args, args.on_conflict, false, actor)
}

/// `orders import FILE …` (never CSV: an order holds several lines).
pub(crate) fn orders(args: &OrderImportArgs, actor: &Actor) -> Result<ImportOptions, AppError> {
    let options = options(&args.args, OnConflict::Error, args.no_stock, actor)?;
    if options.format == InputFormat::Csv {
        return Err(AppError::Usage(Usage::OrdersFromCsv));
    }
    Ok(options)
}

fn options(
    args: &ImportArgs,
    on_conflict: OnConflict,
    no_stock: bool,
    actor: &Actor,
) -> Result<ImportOptions, AppError> {
    if !args.delimiter.is_ascii() || args.delimiter == '"' {
        return Err(AppError::Usage(Usage::Delimiter { got: args.delimiter }));
    }
    // A *.csv file is CSV unless --format says otherwise.
    let named_csv = args.file.ends_with(".csv") || args.file.ends_with(".csv.gz");
    let format = match args.format {
        InputFormat::Auto if named_csv => InputFormat::Csv,
        format => format,
    };
    Ok(ImportOptions {
        format,
        delimiter: args.delimiter as u8,
        on_conflict,
        skip_invalid: args.skip_invalid,
        rejects: args.rejects.clone(),
        dry_run: args.dry_run,
        max_errors: args.max_errors as usize,
        no_stock,
        actor: actor.clone(),
        source: args.file.clone(),
    })
}
