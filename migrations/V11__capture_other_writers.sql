-- Every writer counts: changes that ecomctl did not make are captured too.
--
-- The design, what it costs and its limits: docs/history.md ("Other
-- writers") and docs/search.md.
--
-- Until now (V5, V6) only ecomctl's own statements enqueued search_outbox
-- entries, appended history events and sent the notifications; a change made
-- with psql, by the shop's own application, by COPY or by a migration script
-- reached Meilisearch only through `index check --repair`, left no history
-- and woke nobody. From this migration on, statement-level AFTER triggers on
-- orders, order_items and products do for those writers what ecomctl does
-- for itself:
--
--   * search_outbox: the same upsert ecomctl uses (INSERT … ON CONFLICT
--     (order_id) DO UPDATE SET seq = nextval('search_outbox_seq'), rows in
--     order_id order — the lock order of db/mod.rs), so V3's resend trigger
--     makes a sent entry unsent again, exactly as for ecomctl's writes;
--   * history: the same table and event shapes (V6): created / updated /
--     state / items / deleted with the changed fields old → new, or one
--     `imported` event for a large insert, as ecomctl's imports write;
--   * NOTIFY: ecomctl_search_outbox '' when entries were queued (wakes
--     `sync --watch`), ecomctl_orders {"event":"created"|"state","ids":[…]
--     or null,"count":n} for created orders and state changes (read by
--     `orders watch` and the console feed, db/order_feed.rs).
--
-- WHY statement-level triggers with transition tables: one trigger call per
-- statement whatever its size, and each call is a handful of set-based
-- INSERT … SELECT over the transition table, so a COPY of a million rows is
-- captured in one pass (a row-level trigger would run plpgsql a million
-- times). PostgreSQL allows transition tables only on single-event triggers
-- without a column list ("transition tables cannot be specified for
-- triggers with more than one event"), hence one trigger per table and event.
--
-- WHY a WHEN clause on a setting: ecomctl writes its own outbox entries,
-- events (with the operator's OS user, host and command, which the server
-- cannot know) and notifications in the statements that change the data; it
-- must not get them twice, nor pay for the capture. Its sessions connect with
--     options='-c ecomctl.writer=on'
-- (startup packet; or `SET ecomctl.writer = on` / `SET LOCAL` pipelined with
-- BEGIN behind a pooler that drops `options`). The WHEN clause is evaluated
-- once per statement, before any trigger call is queued: for ecomctl's
-- sessions the trigger function is never called, so never compiled (V5 and
-- V6 moved notifications and history out of triggers because every new
-- session compiles a plpgsql trigger it fires — ecomctl's sessions still
-- never do). What the WHEN cannot spare them: PostgreSQL fills a trigger's
-- transition tables whatever its WHEN says (disabled triggers too), so an
-- ecomctl import still copies its rows into tuplestores nobody reads
-- (measured 6-9 % of an import, docs/history.md). NOTE: the setting is a
-- convention, not a security boundary: any session can set it and write
-- without being captured.
--
-- WHY SECURITY DEFINER: the shop's application role may write orders
-- without any right on history or search_outbox; its writes must still be
-- captured, and it must not be able to forge or skip an event through these
-- functions. The functions run as the migration's owner with a pinned
-- search_path (set at the end of this file). The writer's role is therefore
-- not current_user inside them (that is the owner) but the role the session
-- acts as: the `role` setting after SET ROLE, else session_user.
--
-- WHY `SET jit = off` on the functions: the bulk statements here are
-- linear scans and aggregates whose cost can cross jit_above_cost; compiling
-- them costs 50–200 ms and gains nothing (the orders import made the same
-- choice).

-- What the server knows of the writer, in history's actor columns.
--   os_user: the server cannot know the operator's OS user: 'unknown' (the
--            word ecomctl itself records when it cannot name one);
--   host:    the client's address, 'local' for a Unix-domain socket;
--   db_role: the role the session acts as (see SECURITY DEFINER above);
--   command: 'sql: ' and the session's application_name ('psql', the shop
--            application's name, …), so that captured events are told apart
--            from ecomctl's own ("ecomctl orders create").
-- The time is history.at's default, now(): the transaction's time.
CREATE FUNCTION capture_writer(OUT os_user text, OUT host text, OUT db_role text, OUT command text)
LANGUAGE sql STABLE AS $$
    SELECT 'unknown'::text,
           COALESCE(host(inet_client_addr()), 'local'),
           COALESCE(NULLIF(current_setting('role'), 'none'), session_user)::text,
           'sql: ' || COALESCE(NULLIF(current_setting('application_name'), ''), 'unnamed client')
$$;

-- An order as a captured event shows it when an UPDATE changes its id (the
-- `deleted` old one, the `created` new one): history's fields of an order
-- (V6) and the other fields capture_order_diff compares. updated_at is left
-- out everywhere on purpose: bookkeeping, not a change anyone asked about.
CREATE FUNCTION capture_order(o orders) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT history_order(o) || jsonb_build_object(
        'created_at', o.created_at, 'closed_at', o.closed_at, 'holds_stock', o.holds_stock)
$$;

-- One line as history keeps it (the element of V6's history_lines).
-- STABLE, not IMMUTABLE, like every helper here: jsonb_build_object is
-- STABLE, and a SQL function declared more strictly than its body is not
-- inlined but called row by row (measured: 100,000 product updates took
-- 2.1 s instead of 1.0 s with the diff helper declared IMMUTABLE).
CREATE FUNCTION capture_line(i order_items) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('sku', i.product_sku, 'name', i.product_name,
                              'price', i.product_price::text, 'quantity', i.quantity)
$$;

-- The fields of `a` that differ in `b`, as history records them (the two
-- sides of an update are diff(old, new) and diff(new, old)). Built field by
-- field instead of diffing two whole snapshots (V6's history_changed):
-- formatting every field of every row, timestamps included, made a
-- 100,000-order UPDATE 5.5 times as long as without capture; field by
-- field, 2.2 times.
CREATE FUNCTION capture_order_diff(a orders, b orders) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN a.customer_email IS DISTINCT FROM b.customer_email
                THEN jsonb_build_object('customer_email', a.customer_email) ELSE '{}' END
        || CASE WHEN a.external_ref IS DISTINCT FROM b.external_ref
                THEN jsonb_build_object('external_ref', a.external_ref) ELSE '{}' END
        || CASE WHEN a.state IS DISTINCT FROM b.state
                THEN jsonb_build_object('state', a.state) ELSE '{}' END
        || CASE WHEN a.total_price IS DISTINCT FROM b.total_price
                THEN jsonb_build_object('total_price', a.total_price::text) ELSE '{}' END
        || CASE WHEN a.created_at IS DISTINCT FROM b.created_at
                THEN jsonb_build_object('created_at', a.created_at) ELSE '{}' END
        || CASE WHEN a.closed_at IS DISTINCT FROM b.closed_at
                THEN jsonb_build_object('closed_at', a.closed_at) ELSE '{}' END
        || CASE WHEN a.holds_stock IS DISTINCT FROM b.holds_stock
                THEN jsonb_build_object('holds_stock', a.holds_stock) ELSE '{}' END
$$;

-- The same for products, over history_product's fields (V6).
CREATE FUNCTION capture_product_diff(a products, b products) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN a.sku IS DISTINCT FROM b.sku THEN jsonb_build_object('sku', a.sku) ELSE '{}' END
        || CASE WHEN a.name IS DISTINCT FROM b.name THEN jsonb_build_object('name', a.name) ELSE '{}' END
        || CASE WHEN a.price IS DISTINCT FROM b.price
                THEN jsonb_build_object('price', a.price::text) ELSE '{}' END
        || CASE WHEN a.stock IS DISTINCT FROM b.stock THEN jsonb_build_object('stock', a.stock) ELSE '{}' END
        || CASE WHEN a.seller_email IS DISTINCT FROM b.seller_email
                THEN jsonb_build_object('seller_email', a.seller_email) ELSE '{}' END
        || CASE WHEN a.description IS DISTINCT FROM b.description
                THEN jsonb_build_object('description', a.description) ELSE '{}' END
        || CASE WHEN a.manufacturer IS DISTINCT FROM b.manufacturer
                THEN jsonb_build_object('manufacturer', a.manufacturer) ELSE '{}' END
        || CASE WHEN a.stocked_at IS DISTINCT FROM b.stocked_at
                THEN jsonb_build_object('stocked_at', a.stocked_at) ELSE '{}' END
$$;

-- ---------------------------------------------------------------------------
-- Shared rules of every function below:
--
-- * A statement of more than 500 rows is "bulk" (500: the number of ids
--   V4's feed lists). An insert in bulk writes one `imported` event listing
--   the ids (as ecomctl's imports do: a row per record doubled a million-
--   product import, docs/history.md); line changes in bulk write one
--   `items` event listing the orders. Updates and deletes of orders and
--   products always write one event per row: the old → new values are the
--   point of an audit trail.
-- * plpgsql caches each statement's plan for the session, made with the
--   transition table's size at its first run: a plan made for 3 rows must
--   never serve 300,000. So small and bulk work are separate statements
--   behind an IF, and no statement that can see a large transition table
--   depends on a nested loop over it: old and new rows are paired by GROUP
--   BY id (order_items in bulk) or by a join forced to hash (orders and
--   products, enable_nestloop = off on those two functions).
-- * Re-enqueueing an order whose entry this very transaction wrote does not
--   bump its seq again (`WHERE search_outbox.xmin <> current xid`): nobody
--   can see the entry before commit, so one version per transaction is
--   enough — ecomctl too enqueues once per command. Without it, an order
--   inserted and then given its lines in one transaction would update its
--   entry (and run V3's row trigger) once per statement. Inside a
--   subtransaction (a SAVEPOINT, psql's ON_ERROR_ROLLBACK) xmin is the
--   subtransaction's id: the bump then just happens again, harmlessly.
-- ---------------------------------------------------------------------------

-- orders, INSERT: enqueue, `created` events (or one `imported`), notify.
CREATE FUNCTION capture_orders_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
    ignored record;
BEGIN
    SELECT count(*) INTO n FROM new_rows;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    IF n <= 500 THEN
        WITH q AS (INSERT INTO search_outbox (order_id)
                   SELECT id FROM new_rows ORDER BY id
                   ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')
                   WHERE search_outbox.xmin <> pg_current_xact_id()::xid),
             h AS (INSERT INTO history (entity, entity_id, action, new, os_user, host, db_role, command)
                   SELECT 'order', r.id, 'created', history_order(r), w.os_user, w.host, w.db_role, w.command
                   FROM new_rows r CROSS JOIN capture_writer() w ORDER BY r.id)
        SELECT pg_notify('ecomctl_orders', json_build_object(
                   'event', 'created', 'ids', (SELECT array_agg(id ORDER BY id) FROM new_rows),
                   'count', n)::text),
               pg_notify('ecomctl_search_outbox', '')
        INTO ignored;
    ELSE
        WITH q AS (INSERT INTO search_outbox (order_id)
                   SELECT id FROM new_rows ORDER BY id
                   ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')
                   WHERE search_outbox.xmin <> pg_current_xact_id()::xid),
             h AS (INSERT INTO history (entity, entity_ids, action, new, os_user, host, db_role, command)
                   SELECT 'order', (SELECT array_agg(id ORDER BY id) FROM new_rows), 'imported',
                          jsonb_build_object('records', n, 'source', w.command),
                          w.os_user, w.host, w.db_role, w.command
                   FROM capture_writer() w)
        SELECT pg_notify('ecomctl_orders', json_build_object(
                   'event', 'created', 'ids', NULL::bigint[], 'count', n)::text),
               pg_notify('ecomctl_search_outbox', '')
        INTO ignored;
    END IF;
    RETURN NULL;
END;
$$;

-- orders, UPDATE: enqueue the orders whose fields changed (any field but
-- updated_at: a no-op UPDATE queues nothing), one event per changed order
-- (`state` when the state moved, else `updated`; only the changed fields),
-- and the `state` feed notification for the orders whose state moved.
-- An order whose id changed is the deletion of one document and the
-- creation of another: `deleted` for the old id, `created` for the new.
CREATE FUNCTION capture_orders_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ignored record;
BEGIN
    -- Old and new rows are paired by a join on id, planned as a hash join
    -- whatever the size (the function runs with enable_nestloop = off, set
    -- at the end of this file): plpgsql keeps the plan it made at the first
    -- call, and a nested loop made for one row would be quadratic for a
    -- 100,000-row UPDATE. Nothing here needs a nested loop.
    WITH changed AS MATERIALIZED (
             SELECT COALESCE(r.id, o.id) AS id,
                    CASE WHEN o.id IS NULL THEN 'created' WHEN r.id IS NULL THEN 'deleted'
                         WHEN o.state <> r.state THEN 'state' ELSE 'updated' END AS action,
                    CASE WHEN r.id IS NULL THEN capture_order(o)
                         WHEN o.id IS NOT NULL THEN capture_order_diff(o, r) END AS old_fields,
                    CASE WHEN o.id IS NULL THEN capture_order(r)
                         WHEN r.id IS NOT NULL THEN capture_order_diff(r, o) END AS new_fields
             FROM old_rows o FULL JOIN new_rows r ON r.id = o.id
             WHERE (o.id, o.customer_email, o.external_ref, o.state, o.total_price, o.created_at,
                    o.closed_at, o.holds_stock)
                   IS DISTINCT FROM
                   (r.id, r.customer_email, r.external_ref, r.state, r.total_price, r.created_at,
                    r.closed_at, r.holds_stock)),
         q AS (INSERT INTO search_outbox (order_id)
               SELECT id FROM changed ORDER BY id
               ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')
               WHERE search_outbox.xmin <> pg_current_xact_id()::xid),
         h AS (INSERT INTO history (entity, entity_id, action, old, new, os_user, host, db_role, command)
               SELECT 'order', c.id, c.action, c.old_fields, c.new_fields,
                      w.os_user, w.host, w.db_role, w.command
               FROM changed c CROSS JOIN capture_writer() w ORDER BY c.id),
         moved AS (SELECT count(*) AS n,
                          CASE WHEN count(*) <= 500 THEN array_agg(id ORDER BY id) END AS ids
                   FROM changed WHERE action = 'state')
    SELECT CASE WHEN moved.n > 0 THEN pg_notify('ecomctl_orders', json_build_object(
                    'event', 'state', 'ids', moved.ids, 'count', moved.n)::text) END,
           CASE WHEN EXISTS (SELECT 1 FROM changed) THEN pg_notify('ecomctl_search_outbox', '') END
    INTO ignored
    FROM moved;
    RETURN NULL;
END;
$$;

-- orders, DELETE: enqueue (sync deletes the documents) and one `deleted`
-- event per order with its last values; capture_items_delete, which the
-- ON DELETE CASCADE of the lines fires right after this, adds the lines to
-- the event as ecomctl's `deleted` has them (statements of up to 500
-- lines). No feed notification: ecomctl sends none for deletions either.
CREATE FUNCTION capture_orders_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
    ignored record;
BEGIN
    SELECT count(*) INTO n FROM old_rows;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    WITH q AS (INSERT INTO search_outbox (order_id)
               SELECT id FROM old_rows ORDER BY id
               ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')
               WHERE search_outbox.xmin <> pg_current_xact_id()::xid),
         h AS (INSERT INTO history (entity, entity_id, action, old, os_user, host, db_role, command)
               SELECT 'order', o.id, 'deleted', history_order(o), w.os_user, w.host, w.db_role, w.command
               FROM old_rows o CROSS JOIN capture_writer() w ORDER BY o.id)
    SELECT pg_notify('ecomctl_search_outbox', '') INTO ignored;
    RETURN NULL;
END;
$$;

-- order_items: the document of every order whose lines changed is stale.
--
-- History, small statements: for an order this transaction created (its
-- `created` event was written by this transaction), the lines go into that
-- event, as in ecomctl's `created`; for any other order still there, one
-- `items` event with its lines before and after (only when the lines as
-- history keeps them — SKU, name, price, quantity — changed: unlinking a
-- deleted product's lines, ON DELETE SET NULL, re-queues the orders, whose
-- documents carry product_id, and records no order event, as ecomctl's
-- `products delete` does). The lines before are rebuilt from the
-- transition tables: the lines now, minus the new versions, plus the old.
-- Bulk statements (more than 500 lines): one `items` event listing the
-- orders, with the number of lines.

CREATE FUNCTION capture_items_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
    ignored record;
BEGIN
    SELECT count(*) INTO n FROM new_rows;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    IF n <= 500 THEN
        WITH aff AS MATERIALIZED (SELECT DISTINCT order_id AS id FROM new_rows),
             q AS (INSERT INTO search_outbox (order_id)
                   SELECT id FROM aff ORDER BY id
                   ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')
                   WHERE search_outbox.xmin <> pg_current_xact_id()::xid),
             c AS (UPDATE history h
                   SET new = h.new || jsonb_build_object('items', history_lines(h.entity_id))
                   FROM aff
                   WHERE h.entity = 'order' AND h.entity_id = aff.id AND h.action = 'created'
                     AND h.xmin = pg_current_xact_id()::xid
                   RETURNING h.entity_id)
        SELECT (SELECT count(*) FROM aff) - (SELECT count(DISTINCT entity_id) FROM c) AS rest,
               pg_notify('ecomctl_search_outbox', '')
        INTO ignored;
        -- The usual case — an order and its lines written in one
        -- transaction — ends here: the lines went into the order's `created`
        -- event. Only lines added to other orders need their `items` event,
        -- a statement of its own so that a new session plans it only then
        -- (planning it cost ~0.7 ms of a fresh session's single order).
        IF ignored.rest > 0 THEN
            WITH aff AS MATERIALIZED (SELECT DISTINCT order_id AS id FROM new_rows),
                 lines AS (SELECT aff.id, history_lines(aff.id) AS new_lines,
                                  (SELECT COALESCE(jsonb_agg(capture_line(i) ORDER BY i.id), '[]')
                                   FROM order_items i
                                   WHERE i.order_id = aff.id
                                     AND NOT EXISTS (SELECT 1 FROM new_rows r WHERE r.id = i.id)) AS old_lines
                           FROM aff
                           WHERE EXISTS (SELECT 1 FROM orders o WHERE o.id = aff.id)
                             AND NOT EXISTS (SELECT 1 FROM history h
                                             WHERE h.entity = 'order' AND h.entity_id = aff.id
                                               AND h.action = 'created' AND h.xmin = pg_current_xact_id()::xid))
            INSERT INTO history (entity, entity_id, action, old, new, os_user, host, db_role, command)
            SELECT 'order', l.id, 'items', jsonb_build_object('items', l.old_lines),
                   jsonb_build_object('items', l.new_lines), w.os_user, w.host, w.db_role, w.command
            FROM lines l CROSS JOIN capture_writer() w
            WHERE l.old_lines IS DISTINCT FROM l.new_lines ORDER BY l.id;
        END IF;
    ELSE
        WITH aff AS MATERIALIZED (SELECT DISTINCT order_id AS id FROM new_rows),
             q AS (INSERT INTO search_outbox (order_id)
                   SELECT id FROM aff ORDER BY id
                   ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')
                   WHERE search_outbox.xmin <> pg_current_xact_id()::xid),
             e AS (INSERT INTO history (entity, entity_ids, action, new, os_user, host, db_role, command)
                   SELECT 'order', (SELECT array_agg(id ORDER BY id) FROM aff), 'items',
                          jsonb_build_object('lines_inserted', n),
                          w.os_user, w.host, w.db_role, w.command
                   FROM capture_writer() w)
        SELECT pg_notify('ecomctl_search_outbox', '') INTO ignored;
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION capture_items_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
    ignored record;
BEGIN
    SELECT count(*) INTO n FROM new_rows;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    IF n <= 500 THEN
        WITH changed AS MATERIALIZED (
                   SELECT o.order_id AS old_order, r.order_id AS new_order
                   FROM old_rows o FULL JOIN new_rows r ON r.id = o.id
                   WHERE o IS DISTINCT FROM r),
             aff AS MATERIALIZED (SELECT old_order AS id FROM changed WHERE old_order IS NOT NULL
                                  UNION SELECT new_order FROM changed WHERE new_order IS NOT NULL),
             q AS (INSERT INTO search_outbox (order_id)
                   SELECT id FROM aff ORDER BY id
                   ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')
                   WHERE search_outbox.xmin <> pg_current_xact_id()::xid),
             created AS MATERIALIZED (
                   SELECT h.id AS event_id, h.entity_id AS order_id
                   FROM aff JOIN history h ON h.entity = 'order' AND h.entity_id = aff.id
                   WHERE h.action = 'created' AND h.xmin = pg_current_xact_id()::xid),
             c AS (UPDATE history h
                   SET new = h.new || jsonb_build_object('items', history_lines(created.order_id))
                   FROM created WHERE h.id = created.event_id),
             lines AS (SELECT aff.id, history_lines(aff.id) AS new_lines,
                              (SELECT COALESCE(jsonb_agg(capture_line(x) ORDER BY x.id), '[]')
                               FROM (SELECT i.* FROM order_items i
                                     WHERE i.order_id = aff.id
                                       AND NOT EXISTS (SELECT 1 FROM new_rows r WHERE r.id = i.id)
                                     UNION ALL
                                     SELECT o.* FROM old_rows o WHERE o.order_id = aff.id) x) AS old_lines
                       FROM aff
                       WHERE EXISTS (SELECT 1 FROM orders o WHERE o.id = aff.id)
                         AND NOT EXISTS (SELECT 1 FROM created WHERE created.order_id = aff.id)),
             e AS (INSERT INTO history (entity, entity_id, action, old, new, os_user, host, db_role, command)
                   SELECT 'order', l.id, 'items', jsonb_build_object('items', l.old_lines),
                          jsonb_build_object('items', l.new_lines), w.os_user, w.host, w.db_role, w.command
                   FROM lines l CROSS JOIN capture_writer() w
                   WHERE l.old_lines IS DISTINCT FROM l.new_lines ORDER BY l.id)
        SELECT CASE WHEN EXISTS (SELECT 1 FROM changed) THEN pg_notify('ecomctl_search_outbox', '') END
        INTO ignored;
    ELSE
        -- Paired by GROUP BY, not joined: linear whatever the cached plan.
        WITH pairs AS (SELECT id,
                              (array_agg(order_id) FILTER (WHERE side = 'old'))[1] AS old_order,
                              (array_agg(order_id) FILTER (WHERE side = 'new'))[1] AS new_order,
                              (array_agg(snap) FILTER (WHERE side = 'old'))[1] AS old_snap,
                              (array_agg(snap) FILTER (WHERE side = 'new'))[1] AS new_snap,
                              (array_agg(line) FILTER (WHERE side = 'old'))[1] AS old_line,
                              (array_agg(line) FILTER (WHERE side = 'new'))[1] AS new_line
                       FROM (SELECT 'old' AS side, o.id, o.order_id, to_jsonb(o) AS snap,
                                    capture_line(o) AS line FROM old_rows o
                             UNION ALL
                             SELECT 'new', r.id, r.order_id, to_jsonb(r), capture_line(r) FROM new_rows r) s
                       GROUP BY id),
             changed AS MATERIALIZED (SELECT * FROM pairs WHERE old_snap IS DISTINCT FROM new_snap),
             aff AS MATERIALIZED (SELECT old_order AS id FROM changed WHERE old_order IS NOT NULL
                                  UNION SELECT new_order FROM changed WHERE new_order IS NOT NULL),
             q AS (INSERT INTO search_outbox (order_id)
                   SELECT id FROM aff ORDER BY id
                   ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')
                   WHERE search_outbox.xmin <> pg_current_xact_id()::xid),
             visible AS (SELECT count(*) AS n FROM changed
                         WHERE old_line IS DISTINCT FROM new_line OR old_order IS DISTINCT FROM new_order),
             e AS (INSERT INTO history (entity, entity_ids, action, new, os_user, host, db_role, command)
                   SELECT 'order', (SELECT array_agg(id ORDER BY id) FROM aff), 'items',
                          jsonb_build_object('lines_updated', visible.n),
                          w.os_user, w.host, w.db_role, w.command
                   FROM visible CROSS JOIN capture_writer() w WHERE visible.n > 0)
        SELECT CASE WHEN EXISTS (SELECT 1 FROM changed) THEN pg_notify('ecomctl_search_outbox', '') END
        INTO ignored;
    END IF;
    RETURN NULL;
END;
$$;

-- DELETE also receives ON DELETE CASCADE's deletions when orders are
-- deleted: PostgreSQL gathers every row the cascade deletes during one
-- DELETE FROM orders into one transition table and calls this trigger once,
-- after the orders' own trigger (measured: 3 orders, 15 lines, one call
-- each). The lines of an order that is gone are then the lines of its
-- `deleted` event, written by capture_orders_delete in this transaction:
-- they are added to it (small statements), as ecomctl's `deleted` carries
-- them; the order's outbox entry is that trigger's business. Only the
-- orders still there get an `items` event and an entry here.
CREATE FUNCTION capture_items_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
    ignored record;
BEGIN
    SELECT count(*) INTO n FROM old_rows;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    IF n <= 500 THEN
        WITH aff AS MATERIALIZED (SELECT d.id, EXISTS (SELECT 1 FROM orders o WHERE o.id = d.id) AS live
                                  FROM (SELECT DISTINCT order_id AS id FROM old_rows) d),
             q AS (INSERT INTO search_outbox (order_id)
                   SELECT id FROM aff WHERE live ORDER BY id
                   ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')
                   WHERE search_outbox.xmin <> pg_current_xact_id()::xid),
             events AS MATERIALIZED (
                   SELECT h.id AS event_id, h.entity_id AS order_id, h.action
                   FROM aff JOIN history h ON h.entity = 'order' AND h.entity_id = aff.id
                   WHERE h.action = CASE WHEN aff.live THEN 'created' ELSE 'deleted' END
                     AND h.xmin = pg_current_xact_id()::xid),
             c AS (UPDATE history h
                   SET new = h.new || jsonb_build_object('items', history_lines(events.order_id))
                   FROM events WHERE h.id = events.event_id AND events.action = 'created'),
             d AS (UPDATE history h
                   SET old = h.old || jsonb_build_object('items', (
                           SELECT jsonb_agg(capture_line(o) ORDER BY o.id) FROM old_rows o
                           WHERE o.order_id = events.order_id))
                   FROM events WHERE h.id = events.event_id AND events.action = 'deleted'),
             lines AS (SELECT aff.id, history_lines(aff.id) AS new_lines,
                              (SELECT COALESCE(jsonb_agg(capture_line(x) ORDER BY x.id), '[]')
                               FROM (SELECT i.* FROM order_items i WHERE i.order_id = aff.id
                                     UNION ALL
                                     SELECT o.* FROM old_rows o WHERE o.order_id = aff.id) x) AS old_lines
                       FROM aff
                       WHERE aff.live
                         AND NOT EXISTS (SELECT 1 FROM events WHERE events.order_id = aff.id)),
             e AS (INSERT INTO history (entity, entity_id, action, old, new, os_user, host, db_role, command)
                   SELECT 'order', l.id, 'items', jsonb_build_object('items', l.old_lines),
                          jsonb_build_object('items', l.new_lines), w.os_user, w.host, w.db_role, w.command
                   FROM lines l CROSS JOIN capture_writer() w
                   WHERE l.old_lines IS DISTINCT FROM l.new_lines ORDER BY l.id)
        SELECT CASE WHEN EXISTS (SELECT 1 FROM aff WHERE live) THEN pg_notify('ecomctl_search_outbox', '') END
        INTO ignored;
    ELSE
        -- In bulk (a large DELETE FROM orders, say) the gone orders' events
        -- stay without their lines: one update per event would double the
        -- cost of the delete.
        WITH aff AS MATERIALIZED (SELECT d.id FROM (SELECT DISTINCT order_id AS id FROM old_rows) d
                                  WHERE EXISTS (SELECT 1 FROM orders o WHERE o.id = d.id)),
             q AS (INSERT INTO search_outbox (order_id)
                   SELECT id FROM aff ORDER BY id
                   ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')
                   WHERE search_outbox.xmin <> pg_current_xact_id()::xid),
             e AS (INSERT INTO history (entity, entity_ids, action, new, os_user, host, db_role, command)
                   SELECT 'order', ids, 'items', jsonb_build_object('lines_deleted', n),
                          w.os_user, w.host, w.db_role, w.command
                   FROM (SELECT array_agg(id ORDER BY id) AS ids FROM aff) a CROSS JOIN capture_writer() w
                   WHERE a.ids IS NOT NULL)
        SELECT CASE WHEN EXISTS (SELECT 1 FROM aff) THEN pg_notify('ecomctl_search_outbox', '') END
        INTO ignored;
    END IF;
    RETURN NULL;
END;
$$;

-- products: history only. A product's change never touches an order's
-- document (lines keep their snapshot; ecomctl's `products update` queues
-- no order either); its deletion does, through the lines it unlinks, and
-- those are captured by order_items' UPDATE trigger, which the ON DELETE
-- SET NULL action fires. No notification: ecomctl sends none for products.

CREATE FUNCTION capture_products_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    SELECT count(*) INTO n FROM new_rows;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    IF n <= 500 THEN
        INSERT INTO history (entity, entity_id, product_sku, action, new, os_user, host, db_role, command)
        SELECT 'product', p.id, p.sku, 'created', history_product(p), w.os_user, w.host, w.db_role, w.command
        FROM new_rows p CROSS JOIN capture_writer() w ORDER BY p.id;
    ELSE
        INSERT INTO history (entity, entity_ids, action, new, os_user, host, db_role, command)
        SELECT 'product', (SELECT array_agg(id ORDER BY id) FROM new_rows), 'imported',
               jsonb_build_object('records', n, 'source', w.command), w.os_user, w.host, w.db_role, w.command
        FROM capture_writer() w;
    END IF;
    RETURN NULL;
END;
$$;

-- One `updated` event per product whose fields (as history keeps them)
-- changed, with only those fields — stock included, as for an
-- `--on-conflict update` import. updated_at alone is no event. Paired by a
-- hash join, as in capture_orders_update.
CREATE FUNCTION capture_products_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history (entity, entity_id, product_sku, action, old, new, os_user, host, db_role, command)
    SELECT 'product', COALESCE(r.id, o.id), COALESCE(r.sku, o.sku),
           CASE WHEN o.id IS NULL THEN 'created' WHEN r.id IS NULL THEN 'deleted' ELSE 'updated' END,
           CASE WHEN r.id IS NULL THEN history_product(o)
                WHEN o.id IS NOT NULL THEN capture_product_diff(o, r) END,
           CASE WHEN o.id IS NULL THEN history_product(r)
                WHEN r.id IS NOT NULL THEN capture_product_diff(r, o) END,
           w.os_user, w.host, w.db_role, w.command
    FROM old_rows o FULL JOIN new_rows r ON r.id = o.id CROSS JOIN capture_writer() w
    WHERE (o.id, o.sku, o.name, o.price, o.stock, o.seller_email, o.description, o.manufacturer, o.stocked_at)
          IS DISTINCT FROM
          (r.id, r.sku, r.name, r.price, r.stock, r.seller_email, r.description, r.manufacturer, r.stocked_at)
    ORDER BY 2;
    RETURN NULL;
END;
$$;

CREATE FUNCTION capture_products_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history (entity, entity_id, product_sku, action, old, os_user, host, db_role, command)
    SELECT 'product', p.id, p.sku, 'deleted', history_product(p), w.os_user, w.host, w.db_role, w.command
    FROM old_rows p CROSS JOIN capture_writer() w ORDER BY p.id;
    RETURN NULL;
END;
$$;

-- TRUNCATE has no transition table, but a BEFORE TRUNCATE trigger still
-- sees the rows (the table is locked, not yet emptied): it queues every
-- order concerned and records one bulk event. This makes a TRUNCATE cost a
-- scan of what it empties — the price of keeping the index in step (the
-- alternative is a silent index full of deleted orders).
CREATE FUNCTION capture_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ignored record;
BEGIN
    IF TG_TABLE_NAME = 'orders' THEN
        WITH gone AS MATERIALIZED (SELECT id FROM orders),
             q AS (INSERT INTO search_outbox (order_id)
                   SELECT id FROM gone ORDER BY id
                   ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')
                   WHERE search_outbox.xmin <> pg_current_xact_id()::xid),
             h AS (INSERT INTO history (entity, entity_ids, action, old, os_user, host, db_role, command)
                   SELECT 'order', ids, 'deleted', jsonb_build_object('truncated', cardinality(ids)),
                          w.os_user, w.host, w.db_role, w.command
                   FROM (SELECT array_agg(id ORDER BY id) AS ids FROM gone) g CROSS JOIN capture_writer() w
                   WHERE g.ids IS NOT NULL)
        SELECT CASE WHEN EXISTS (SELECT 1 FROM gone) THEN pg_notify('ecomctl_search_outbox', '') END
        INTO ignored;
    ELSIF TG_TABLE_NAME = 'order_items' THEN
        WITH aff AS MATERIALIZED (SELECT DISTINCT order_id AS id FROM order_items),
             q AS (INSERT INTO search_outbox (order_id)
                   SELECT id FROM aff ORDER BY id
                   ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')
                   WHERE search_outbox.xmin <> pg_current_xact_id()::xid),
             h AS (INSERT INTO history (entity, entity_ids, action, new, os_user, host, db_role, command)
                   SELECT 'order', ids, 'items', jsonb_build_object('lines_truncated', true),
                          w.os_user, w.host, w.db_role, w.command
                   FROM (SELECT array_agg(id ORDER BY id) AS ids FROM aff) a CROSS JOIN capture_writer() w
                   WHERE a.ids IS NOT NULL)
        SELECT CASE WHEN EXISTS (SELECT 1 FROM aff) THEN pg_notify('ecomctl_search_outbox', '') END
        INTO ignored;
    ELSIF TG_TABLE_NAME = 'products' THEN
        -- A products TRUNCATE needs CASCADE (order_items refers to it), which
        -- truncates order_items too: its own trigger queues the orders.
        INSERT INTO history (entity, entity_ids, action, old, os_user, host, db_role, command)
        SELECT 'product', ids, 'deleted', jsonb_build_object('truncated', cardinality(ids)),
               w.os_user, w.host, w.db_role, w.command
        FROM (SELECT array_agg(id ORDER BY id) AS ids FROM products) p CROSS JOIN capture_writer() w
        WHERE p.ids IS NOT NULL;
    END IF;
    RETURN NULL;
END;
$$;

-- The triggers. Every WHEN skips ecomctl's sessions before a call is even
-- queued. Foreign-key actions (ON DELETE CASCADE of an order's lines, ON
-- DELETE SET NULL of a deleted product's lines) run inside the statement
-- that caused them and fire the lines' triggers once for that statement,
-- with every row they touched: they are captured, and cost one call.

CREATE TRIGGER capture_orders_insert
    AFTER INSERT ON orders REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    WHEN (current_setting('ecomctl.writer', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION capture_orders_insert();
CREATE TRIGGER capture_orders_update
    AFTER UPDATE ON orders REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    WHEN (current_setting('ecomctl.writer', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION capture_orders_update();
CREATE TRIGGER capture_orders_delete
    AFTER DELETE ON orders REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    WHEN (current_setting('ecomctl.writer', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION capture_orders_delete();
CREATE TRIGGER capture_orders_truncate
    BEFORE TRUNCATE ON orders FOR EACH STATEMENT
    WHEN (current_setting('ecomctl.writer', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION capture_truncate();

CREATE TRIGGER capture_items_insert
    AFTER INSERT ON order_items REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    WHEN (current_setting('ecomctl.writer', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION capture_items_insert();
CREATE TRIGGER capture_items_update
    AFTER UPDATE ON order_items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    WHEN (current_setting('ecomctl.writer', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION capture_items_update();
CREATE TRIGGER capture_items_delete
    AFTER DELETE ON order_items REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    WHEN (current_setting('ecomctl.writer', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION capture_items_delete();
CREATE TRIGGER capture_items_truncate
    BEFORE TRUNCATE ON order_items FOR EACH STATEMENT
    WHEN (current_setting('ecomctl.writer', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION capture_truncate();

CREATE TRIGGER capture_products_insert
    AFTER INSERT ON products REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    WHEN (current_setting('ecomctl.writer', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION capture_products_insert();
CREATE TRIGGER capture_products_update
    AFTER UPDATE ON products REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    WHEN (current_setting('ecomctl.writer', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION capture_products_update();
CREATE TRIGGER capture_products_delete
    AFTER DELETE ON products REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    WHEN (current_setting('ecomctl.writer', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION capture_products_delete();
CREATE TRIGGER capture_products_truncate
    BEFORE TRUNCATE ON products FOR EACH STATEMENT
    WHEN (current_setting('ecomctl.writer', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION capture_truncate();

-- Run as the owner, with the search_path pinned to the schema the
-- migrations run in (then pg_temp, last, so no temporary object can stand
-- in for a table), and without JIT; the two update functions without
-- nested loops (see capture_orders_update).
DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['capture_orders_insert', 'capture_orders_update', 'capture_orders_delete',
                             'capture_items_insert', 'capture_items_update', 'capture_items_delete',
                             'capture_products_insert', 'capture_products_update',
                             'capture_products_delete', 'capture_truncate'] LOOP
        EXECUTE format('ALTER FUNCTION %I() SECURITY DEFINER SET search_path = %I, pg_temp SET jit = off',
                       f, current_schema());
        EXECUTE format('REVOKE ALL ON FUNCTION %I() FROM PUBLIC', f);
    END LOOP;
    ALTER FUNCTION capture_orders_update() SET enable_nestloop = off;
    ALTER FUNCTION capture_products_update() SET enable_nestloop = off;
END;
$$;
