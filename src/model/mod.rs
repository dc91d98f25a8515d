//! The entities ecomctl manages — products, orders and their lines — in one
//! home. Each struct carries the one definition of its fields (`FIELDS`,
//! see `field.rs`): the database layer decodes rows by those names, and
//! tables, CSV and exports are derived from them.

pub(crate) mod field;
mod order;
mod product;

pub(crate) use field::{Field, SqlType, Value};
pub(crate) use order::{NewLine, Order, OrderItem};
pub(crate) use product::{NewProduct, Product, ProductChanges};
