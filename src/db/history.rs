//! History: who changed what, when (migration V6). The writers append their
//! events inside their own statements (see `products`, `orders` and the
//! imports); this module names the actor they record and reads the events
//! back for `products history` and `orders history`.

use serde::Serialize;
use serde_json::Value;
use time::OffsetDateTime;
use tokio_postgres::GenericClient;
use tokio_postgres::types::Type;

use super::decode::{self, DecodeError};
use super::error::DbResult;
use crate::domain::ProductRef;

/// The history columns every event fills from the actor, in the order of
/// `Actor::values` (the database role comes from the server: `current_user`).
pub(crate) const ACTOR_COLUMNS: &str = "os_user, host, command";

/// Who is changing things: the operator's OS user and host, as this process
/// sees them, and the command they ran ("ecomctl orders set-state").
#[derive(Debug, Clone)]
pub(crate) struct Actor {
    os_user: String,
    host: String,
    command: String,
}

impl Actor {
    /// The actor of this process running `command`. A user or host the
    /// system cannot name is recorded as "unknown" rather than failing the
    /// change.
    pub(crate) fn current(command: &str) -> Actor {
        let unknown = |_| "unknown".to_owned();
        Actor {
            os_user: whoami::username().unwrap_or_else(unknown),
            host: whoami::hostname().unwrap_or_else(unknown),
            command: command.to_owned(),
        }
    }

    /// What sent a Meilisearch task, for its `customMetadata`:
    /// "ecomctl sync on HOST".
    pub(crate) fn task_tag(&self) -> String {
        format!("{} on {}", self.command, self.host)
    }

    /// The values of `ACTOR_COLUMNS`, for a typed statement.
    pub(crate) fn typed_values(&self) -> [(&(dyn tokio_postgres::types::ToSql + Sync), Type); 3] {
        [(&self.os_user, Type::TEXT), (&self.host, Type::TEXT), (&self.command, Type::TEXT)]
    }

    /// The values of `ACTOR_COLUMNS`, for a statement with inferred types.
    pub(crate) fn values(&self) -> [&(dyn tokio_postgres::types::ToSql + Sync); 3] {
        [&self.os_user, &self.host, &self.command]
    }
}

/// The statement that records an import as one event listing the records it
/// created (`ids`: a query with an `id` column; none, no event).
/// Parameters: `$1` the source, `$2`–`$4` the actor.
pub(crate) fn import_event(entity: &str, ids: &str) -> String {
    format!(
        "INSERT INTO history (entity, entity_ids, action, new, {ACTOR_COLUMNS}) \
         SELECT '{entity}', array_agg(id ORDER BY id), 'imported', \
                jsonb_build_object('records', count(*), 'source', $1::text), $2, $3, $4 \
         FROM ({ids}) AS imported HAVING count(*) > 0"
    )
}

/// Records an import of the products `written` by this transaction: from
/// their runs, or — when there were too many runs to keep — read back from
/// the rows this transaction wrote.
pub(crate) async fn record_product_import(
    client: &impl GenericClient,
    written: &super::ids::WrittenIds,
    source: &str,
    actor: &Actor,
) -> DbResult<()> {
    let [os_user, host, command] = actor.values();
    match written.runs() {
        Some((first, last)) => {
            let sql = import_event(
                "product",
                "SELECT generate_series(f, l) AS id FROM unnest($5::bigint[], $6::bigint[]) AS r(f, l)",
            );
            client.execute(&sql, &[&source, os_user, host, command, &first, &last]).await?;
        }
        None => {
            // A sequential scan, paid only by a file whose ids have gaps
            // everywhere: the rows whose xmin is this transaction.
            let sql = import_event(
                "product",
                "SELECT id FROM products \
                 WHERE xmin::text = (pg_current_xact_id()::text::bigint % 4294967296)::text",
            );
            client.execute(&sql, &[&source, os_user, host, command]).await?;
        }
    }
    Ok(())
}

/// One event as `history` shows it; also its JSON output shape.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Entry {
    pub(crate) id: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub(crate) at: OffsetDateTime,
    pub(crate) entity: String,
    /// The product or order (for an import: the one asked about).
    pub(crate) entity_id: i64,
    pub(crate) action: String,
    /// For an import: how many records it created in all (other events
    /// about many orders at once — another writer's bulk change — list
    /// their changes instead).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) import_records: Option<i64>,
    /// Changed fields: `{"price": {"old": "10.00", "new": "12.50"}}`.
    pub(crate) changes: Changes,
    pub(crate) os_user: String,
    pub(crate) host: String,
    pub(crate) db_role: String,
    pub(crate) command: String,
}

/// The changed fields of an event in reading order, each with its value
/// before and after (`null` on the side where the field did not exist).
#[derive(Debug, Clone, Default)]
pub(crate) struct Changes(pub(crate) Vec<Change>);

#[derive(Debug, Clone)]
pub(crate) struct Change {
    pub(crate) field: String,
    pub(crate) old: Value,
    pub(crate) new: Value,
}

/// As a JSON object keyed by field, in reading order.
impl Serialize for Changes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        #[derive(Serialize)]
        struct OldNew<'a> {
            old: &'a Value,
            new: &'a Value,
        }
        for change in &self.0 {
            map.serialize_entry(&change.field, &OldNew { old: &change.old, new: &change.new })?;
        }
        map.end()
    }
}

fn changes(old: Option<Value>, new: Option<Value>) -> Changes {
    let (old, new) = (object(old), object(new));
    let mut fields: Vec<&String> = old.keys().chain(new.keys()).collect();
    fields.sort_by_key(|field| field_rank(field));
    fields.dedup();
    Changes(
        fields
            .into_iter()
            .map(|field| Change {
                field: field.clone(),
                old: old.get(field).cloned().unwrap_or(Value::Null),
                new: new.get(field).cloned().unwrap_or(Value::Null),
            })
            .collect(),
    )
}

fn object(value: Option<Value>) -> serde_json::Map<String, Value> {
    match value {
        Some(Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    }
}

/// Fields in the order people read them, not alphabetically.
fn field_rank(field: &str) -> (usize, &str) {
    const ORDER: [&str; 14] = [
        "sku",
        "name",
        "price",
        "stock",
        "seller_email",
        "description",
        "manufacturer",
        "stocked_at",
        "customer_email",
        "external_ref",
        "state",
        "total_price",
        "items",
        "restocked",
    ];
    (ORDER.iter().position(|f| *f == field).unwrap_or(ORDER.len()), field)
}

const EVENT_COLUMNS: &str = "h.id, h.at, h.entity, h.action, \
     CASE WHEN h.action = 'imported' AND h.entity_ids IS NOT NULL \
         THEN cardinality(h.entity_ids)::bigint END \
         AS import_records, \
     h.old, h.new, h.os_user, h.host, h.db_role, h.command";

/// An event row, by column name (`at` may hold a time ecomctl cannot read
/// when plain SQL wrote it: an error naming the row, not a panic).
fn event_from_row(row: &tokio_postgres::Row) -> Result<Entry, DecodeError> {
    let get = |name| decode::column::<String>(row, "history", name);
    Ok(Entry {
        id: decode::column(row, "history", "id")?,
        at: decode::column(row, "history", "at")?,
        entity: get("entity")?,
        entity_id: decode::column(row, "history", "about")?,
        action: get("action")?,
        import_records: decode::column(row, "history", "import_records")?,
        changes: changes(
            decode::column(row, "history", "old")?,
            decode::column(row, "history", "new")?,
        ),
        os_user: get("os_user")?,
        host: get("host")?,
        db_role: get("db_role")?,
        command: get("command")?,
    })
}

/// The events of a product, oldest first, from `since` on. A SKU finds the
/// product it names now and any deleted product that had it, so history
/// outlives the product. `None` when no product with that reference exists
/// or ever had an event.
pub(crate) async fn of_product(
    client: &impl GenericClient,
    reference: &ProductRef,
    since: Option<OffsetDateTime>,
) -> DbResult<Option<Vec<Entry>>> {
    let (id, sku) = match reference {
        ProductRef::Id(id) => (Some(*id), None),
        ProductRef::Sku(sku) => (None, Some(sku.as_str())),
    };
    let rows = client
        .query(
            "SELECT id FROM products WHERE id = $1 OR sku = $2 \
             UNION SELECT entity_id FROM history \
             WHERE entity = 'product' AND entity_id IS NOT NULL \
               AND (entity_id = $1 OR product_sku = $2)",
            &[&id, &sku],
        )
        .await?;
    let ids: Vec<i64> = decode::column_of_each(&rows, "products", "id")?;
    if ids.is_empty() {
        return Ok(None);
    }
    events(client, "product", &ids, since).await.map(Some)
}

/// The events of an order, oldest first, from `since` on; `None` when the
/// order does not exist and never had an event.
pub(crate) async fn of_order(
    client: &impl GenericClient,
    id: i64,
    since: Option<OffsetDateTime>,
) -> DbResult<Option<Vec<Entry>>> {
    let events = events(client, "order", &[id], since).await?;
    if !events.is_empty() {
        return Ok(Some(events));
    }
    // Nothing in range: is there such an order, or was there (any event)?
    let row = client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM orders WHERE id = $1) \
                 OR EXISTS (SELECT 1 FROM history WHERE entity = 'order' AND entity_id = $1) \
                 AS known",
            &[&id],
        )
        .await?;
    let known: bool = decode::column(&row, "orders", "known")?;
    Ok(known.then_some(events))
}

/// The events about any of `ids`: their own, and the imports that created
/// them (found in the import's id list).
async fn events(
    client: &impl GenericClient,
    entity: &str,
    ids: &[i64],
    since: Option<OffsetDateTime>,
) -> DbResult<Vec<Entry>> {
    let sql = format!(
        "SELECT {EVENT_COLUMNS}, COALESCE(h.entity_id, \
                    (SELECT x FROM unnest(h.entity_ids) x WHERE x = ANY($2) LIMIT 1)) AS about \
         FROM history h \
         WHERE h.entity = $1 AND ($3::timestamptz IS NULL OR h.at >= $3) \
           AND (h.entity_id = ANY($2) OR (h.entity_ids IS NOT NULL AND h.entity_ids && $2)) \
         ORDER BY h.id"
    );
    let rows = client.query(&sql, &[&entity, &ids, &since]).await?;
    Ok(rows.iter().map(event_from_row).collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn changes_pair_old_and_new_values_in_reading_order() {
        let changes = changes(
            Some(json!({"stock": 3, "price": "10.00"})),
            Some(json!({"stock": 5, "price": "12.50", "description": "new"})),
        );
        let shown = serde_json::to_string(&changes).unwrap();
        assert_eq!(
            shown,
            r#"{"price":{"old":"10.00","new":"12.50"},"stock":{"old":3,"new":5},"description":{"old":null,"new":"new"}}"#
        );
    }

    #[test]
    fn a_creation_has_only_new_values() {
        let changes = changes(None, Some(json!({"sku": "A", "stock": 1})));
        let fields: Vec<(&str, &Value, &Value)> =
            changes.0.iter().map(|c| (c.field.as_str(), &c.old, &c.new)).collect();
        assert_eq!(
            fields,
            [("sku", &Value::Null, &json!("A")), ("stock", &Value::Null, &json!(1))]
        );
    }
}
