//! `ecomctl console`: runs the terminal UI (`crate::console`) with this
//! command's context. The console reads through the same pool and
//! Meilisearch client as every command; its one write, a move, is
//! `orders set-state`'s own code path, pushed to search the same way.

use color_eyre::eyre::Result;
use deadpool_postgres::Object;

use super::Context;
use super::orders::change_state;
use crate::config::Config;
use crate::console::{Backend, Moved};
use crate::domain::OrderState;
use crate::error::AppError;
use crate::output::Messages;
use crate::requests::orders::SetState;
use crate::search::Meili;

pub(crate) async fn run(mut ctx: Context) -> Result<()> {
    // Lines on stderr would tear the screen: the console shows what the
    // command line would have said in its own message line.
    ctx.messages = Messages { quiet: true, verbose: 0, json: false };
    crate::console::run(&ctx).await
}

impl Backend for Context {
    fn config(&self) -> &Config {
        &self.config
    }

    async fn db(&self) -> Result<Object, AppError> {
        Context::db(self).await
    }

    fn meili(&self) -> Result<Meili, AppError> {
        Context::meili(self)
    }

    async fn set_state(&self, id: i64, next: OrderState) -> Result<Moved> {
        let client = Context::db(self).await?;
        let changed = change_state(self, &client, SetState { id, next }).await?;
        let mut notes: Vec<String> = changed.note.iter().cloned().collect();
        notes.extend(self.push_changes(&client, &[id], &changed.known()).await?);
        Ok(Moved { order: changed.order, notes })
    }
}
