//! The administrative commands: `migrate`, `doctor`, `config`, `demo`,
//! `completions`, `man` and `console` — their flags (`args.rs`) and one
//! file each.

mod args;
pub(crate) mod completions;
pub(crate) mod console;
pub(crate) mod contexts;
pub(crate) mod demo;
pub(crate) mod doctor;
pub(crate) mod migrate;

pub(crate) use args::*;
