//! What each command prints on stdout, for `--fields` and `--jq`: checked
//! before the command runs (`output::shape::configure`), so that a field
//! its output does not have is a usage error before anything changes.

use crate::cli::{Command, ExportFormat, OrdersCommand, ProductsCommand};
use crate::db::history::Entry;
use crate::db::migrate::MigrationStatus;
use crate::error::{AppError, Usage};
use crate::model::{Order, Product};
use crate::output::csv::CsvRow;
use crate::output::export::CsvExport;
use crate::output::shape::Prints;

const SUMMARY: &str = "a summary or a report";
const DELETED: &str = "a summary on stderr; -o json: the deleted ids";

/// What `command` prints; `--jq` on an export other than NDJSON is refused
/// here (the filter would need the whole export in memory).
pub(crate) fn prints(command: &Command, jq: bool, name: &str) -> Result<Prints, AppError> {
    let entry = Prints::Fields(Entry::HEADER);
    Ok(match command {
        Command::Products(command) => match command {
            ProductsCommand::Create(_)
            | ProductsCommand::Get(_)
            | ProductsCommand::List(_)
            | ProductsCommand::Update(_) => Prints::Fields(<Product as CsvRow>::HEADER),
            ProductsCommand::Export(args) => export(
                args.format,
                jq,
                name,
                <Product as CsvRow>::HEADER,
                <Product as CsvExport>::COLUMNS,
            )?,
            ProductsCommand::History(_) => entry,
            ProductsCommand::Delete(_) => Prints::Other(DELETED),
            #[allow(unreachable_patterns)]
            _ => Prints::Other(SUMMARY),
        },
        Command::Orders(command) => match command {
            OrdersCommand::Create(_)
            | OrdersCommand::Get(_)
            | OrdersCommand::List(_)
            | OrdersCommand::Update(_)
            | OrdersCommand::SetState(_)
            | OrdersCommand::Watch(_) => Prints::Fields(<Order as CsvRow>::HEADER),
            OrdersCommand::Export(args) => export(
                args.format,
                jq,
                name,
                <Order as CsvRow>::HEADER,
                <Order as CsvExport>::COLUMNS,
            )?,
            OrdersCommand::History(_) => entry,
            OrdersCommand::Delete(_) => Prints::Other(DELETED),
            #[allow(unreachable_patterns)]
            _ => Prints::Other(SUMMARY),
        },
        Command::Search(_) => Prints::Fields(crate::output::search::HIT_FIELDS),
        Command::Migrate(_) => Prints::Fields(MigrationStatus::HEADER),
        Command::Doctor => Prints::Other("a list of checks"),
        Command::Console => Prints::Other("a full-screen view"),
        _ => Prints::Other(SUMMARY),
    })
}

/// An export's fields: its JSON keys, or the columns of its CSV.
fn export(
    format: ExportFormat,
    jq: bool,
    name: &str,
    json: &'static [&'static str],
    csv: &'static [&'static str],
) -> Result<Prints, AppError> {
    let what = match format {
        ExportFormat::Ndjson => return Ok(Prints::Fields(json)),
        ExportFormat::Json => "one JSON array",
        ExportFormat::Csv => "CSV",
    };
    if jq {
        return Err(AppError::Usage(Usage::JqNotStreamed { command: name.to_owned(), what }));
    }
    Ok(Prints::Fields(if format == ExportFormat::Csv { csv } else { json }))
}
