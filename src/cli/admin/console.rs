//! `ecomctl console`: runs the terminal UI (`crate::console`) over a
//! session of its own that says nothing on stderr (lines would tear the
//! screen; the console shows what the command line would have said in its
//! own message line).

use color_eyre::eyre::Result;

use crate::app::Session;
use crate::cli::run::Context;
use crate::report::Silent;

pub(crate) async fn run(ctx: Context) -> Result<()> {
    let session = Session::new(ctx.session.config, Box::new(Silent));
    crate::console::run(&session).await
}
