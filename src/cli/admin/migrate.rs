//! `ecomctl migrate [--status]`

use color_eyre::eyre::Result;

use crate::cli::MigrateArgs;
use crate::cli::run::Context;
use crate::db::migrate;
use crate::output::print_list;

pub(crate) async fn run(ctx: &Context, args: MigrateArgs) -> Result<()> {
    let mut client = ctx.session.db().await?;
    let client: &mut tokio_postgres::Client = &mut client;
    if args.status {
        let all = migrate::status(client).await?;
        let pending = all.iter().filter(|m| m.applied_on.is_none()).count();
        print_list(ctx.session.config.output, &all)?;
        ctx.messages.info(match pending {
            0 => "schema is up to date".to_owned(),
            n => format!("{n} migration(s) pending: run `ecomctl migrate`"),
        });
        return Ok(());
    }
    let applied = migrate::apply(client).await?;
    print_list(ctx.session.config.output, &applied)?;
    ctx.messages.info(match applied.len() {
        0 => "schema is up to date; nothing to apply".to_owned(),
        n => format!("applied {n} migration(s)"),
    });
    Ok(())
}
