-- History: who changed what, when (`products history`, `orders history`).
--
-- Every ecomctl command that changes a product or an order appends an event
-- in the same statement or transaction as the change. Written by the tool's
-- own statements, not by triggers, for the reason V5 gives (a plpgsql
-- trigger is compiled afresh by every session, and every command is a new
-- session); changes made with plain SQL outside the tool are therefore not
-- recorded. No foreign keys: events outlive the products and orders they
-- describe.

CREATE TABLE history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The transaction's time: every event of one command has the same.
    at          timestamptz NOT NULL DEFAULT now(),
    entity      text NOT NULL CONSTRAINT history_entity_check CHECK (entity IN ('product', 'order')),
    -- One product or order …
    entity_id   bigint,
    -- … or, for an import, every record it created (one event per import
    -- instead of one per record: measured on a million products, a row per
    -- record takes 7.1 s, more than the 6.7 s of the whole import; the
    -- one event takes under a second).
    entity_ids  bigint[],
    -- A product's SKU (SKUs never change), so that its history is found by
    -- SKU after the product is gone.
    product_sku text,
    action      text NOT NULL CONSTRAINT history_action_check CHECK (action IN
                    ('created', 'updated', 'deleted', 'state', 'items', 'imported')),
    -- The changed fields before and after: `old` is NULL for a creation,
    -- `new` is NULL for a deletion (whose `old` is the last snapshot).
    old         jsonb,
    new         jsonb,
    -- Who: the operator's OS user and host (as the client reports them),
    -- the database role (as the server knows it) and the command run.
    os_user     text NOT NULL,
    host        text NOT NULL,
    db_role     text NOT NULL DEFAULT current_user,
    command     text NOT NULL,
    CONSTRAINT history_one_or_many_check CHECK ((entity_id IS NULL) <> (entity_ids IS NULL))
);

CREATE INDEX history_entity_idx ON history (entity, entity_id, id) WHERE entity_id IS NOT NULL;
CREATE INDEX history_imports_idx ON history (entity, id) WHERE entity_ids IS NOT NULL;
CREATE INDEX history_product_sku_idx ON history (product_sku) WHERE product_sku IS NOT NULL;

-- What history keeps of a product: its fields, the price as text so that
-- it reads back exactly ("12.50", not 12.5).
CREATE FUNCTION history_product(p products) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'sku', p.sku, 'name', p.name, 'price', p.price::text, 'stock', p.stock,
        'seller_email', p.seller_email, 'description', p.description,
        'manufacturer', p.manufacturer, 'stocked_at', p.stocked_at)
$$;

-- What history keeps of an order (without its lines).
CREATE FUNCTION history_order(o orders) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'customer_email', o.customer_email, 'external_ref', o.external_ref,
        'state', o.state, 'total_price', o.total_price::text)
$$;

-- An order's lines as history keeps them, read in the calling statement's
-- snapshot (so a statement that deletes them still sees them).
CREATE FUNCTION history_lines(order_id bigint) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT COALESCE(jsonb_agg(jsonb_build_object(
               'sku', i.product_sku, 'name', i.product_name,
               'price', i.product_price::text, 'quantity', i.quantity) ORDER BY i.id), '[]')
    FROM order_items i WHERE i.order_id = history_lines.order_id
$$;

-- The fields of `this` whose value differs in `other` (NULL when none do):
-- history_changed(old, new) and history_changed(new, old) are the two sides
-- of an update.
CREATE FUNCTION history_changed(this jsonb, other jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_object_agg(t.key, t.value)
    FROM jsonb_each(this) t
    WHERE t.value IS DISTINCT FROM other -> t.key
$$;
