//! `ecomctl config list | show [NAME] | use NAME`: the named contexts, and
//! which commands write (what a protected context guards: `prompt.rs`).

use color_eyre::eyre::Result;

use crate::cli::run::Context;
use crate::cli::{
    Command, ConfigCommand, IndexCommand, OrdersCommand, OutputFormat, ProductsCommand,
};
use crate::config::contexts::Contexts;
use crate::error::{AppError, Missing, Usage};
use crate::output::{new_table, print_report, write_stdout};

pub(crate) fn run(ctx: &Context, cmd: ConfigCommand) -> Result<()> {
    let env = |name: &str| std::env::var(name).ok();
    let file = Contexts::load(&env)?;
    match cmd {
        ConfigCommand::List => list(ctx, &file),
        ConfigCommand::Show(args) => show(ctx, &file, args.name.as_deref()),
        ConfigCommand::Use(args) => {
            let name = args.name;
            file.set_current(&name)?;
            ctx.messages.info(format!("switched to context {name:?} ({})", file.path.display()));
            Ok(())
        }
    }
}

fn list(ctx: &Context, file: &Contexts) -> Result<()> {
    if file.contexts.is_empty() {
        ctx.messages.info(format!("no contexts defined in {}", file.path.display()));
    }
    let in_force = ctx.session.config.context.as_ref().map(|c| c.name.as_str());
    let rows: Vec<serde_json::Value> = file
        .contexts
        .iter()
        .map(|(name, settings)| {
            serde_json::json!({
                "name": name,
                "current": file.current.as_deref() == Some(name),
                "in_force": in_force == Some(name),
                "protected": settings.protected,
                "database": settings.database_url.as_deref().map(crate::db::masked::masked),
                "meilisearch": settings.meili_url.as_deref().map(crate::search::connection::redact_userinfo),
            })
        })
        .collect();
    match ctx.session.config.output {
        OutputFormat::Table => {
            let mut table = new_table();
            table.set_header(vec!["", "name", "protected", "database", "meilisearch"]);
            for row in &rows {
                let text = |v: &serde_json::Value| v.as_str().unwrap_or("—").to_owned();
                table.add_row(vec![
                    if row["current"] == true { "*".into() } else { String::new() },
                    text(&row["name"]),
                    if row["protected"] == true { "yes".into() } else { String::new() },
                    text(&row["database"]),
                    text(&row["meilisearch"]),
                ]);
            }
            write_stdout(&format!("{table}\n"))?;
        }
        OutputFormat::Ndjson => {
            for row in &rows {
                write_stdout(&format!("{row}\n"))?;
            }
        }
        format => print_report(format, &rows)?,
    }
    Ok(())
}

fn show(ctx: &Context, file: &Contexts, name: Option<&str>) -> Result<()> {
    let name = match name.or(ctx.session.config.context.as_ref().map(|c| c.name.as_str())) {
        Some(name) => name,
        None => {
            return Err(AppError::Usage(Usage::NoContext).into());
        }
    };
    let settings = file.contexts.get(name).ok_or_else(|| {
        AppError::NotFound(Missing::Context { name: name.to_owned(), path: file.path.clone() })
    })?;
    let rows = settings.shown();
    match ctx.session.config.output {
        OutputFormat::Table => {
            let mut table = new_table();
            table.add_row(vec!["context".to_owned(), name.to_owned()]);
            for (key, value) in rows {
                table.add_row(vec![key.to_owned(), value]);
            }
            write_stdout(&format!("{table}\n"))?;
        }
        format => {
            let mut object = serde_json::Map::new();
            object.insert("name".into(), name.into());
            for (key, value) in rows {
                object.insert(key.into(), value.into());
            }
            print_report(format, &object)?;
        }
    }
    Ok(())
}

/// Whether a command changes data (or the search index) — what a protected
/// context guards.
pub(crate) fn is_write(command: &Command) -> bool {
    match command {
        Command::Migrate(args) => !args.status,
        // A bulk change asks after its preview (and a dry run changes nothing).
        Command::Orders(OrdersCommand::SetState(args)) if args.is_bulk() => false,
        Command::Orders(OrdersCommand::Delete(args)) if args.is_bulk() => false,
        Command::Products(ProductsCommand::Update(args)) if args.is_bulk() => false,
        Command::Products(cmd) => !matches!(
            cmd,
            ProductsCommand::Get(_)
                | ProductsCommand::List(_)
                | ProductsCommand::Export(_)
                | ProductsCommand::History(_)
        ),
        Command::Orders(cmd) => !matches!(
            cmd,
            OrdersCommand::Get(_)
                | OrdersCommand::List(_)
                | OrdersCommand::Export(_)
                | OrdersCommand::Watch(_)
                | OrdersCommand::History(_)
        ),
        Command::Index(cmd) => {
            matches!(cmd, IndexCommand::Setup)
                || matches!(cmd, IndexCommand::Check(args) if args.repair)
        }
        Command::Sync(_) | Command::Reindex(_) | Command::Demo(_) => true,
        // The console asks in a protected context before each move instead.
        Command::Search(_)
        | Command::Console
        | Command::Doctor
        | Command::Config(_)
        | Command::Completions(_)
        | Command::Man
        | Command::Options => false,
    }
}
