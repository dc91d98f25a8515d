-- Zero-downtime reindex support.
--
-- While `ecomctl reindex` builds a new index from a snapshot, changes committed
-- after the snapshot may be pushed to the old live index and cleared from the
-- outbox by `sync` or by the command that made them. A running rebuild is
-- registered here, and clearing an outbox entry during a rebuild records the
-- order in search_replay, so that the rebuild re-queues it after the swap.

CREATE TABLE search_rebuilds (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    index_name text NOT NULL,
    started_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE search_replay (
    rebuild_id bigint NOT NULL REFERENCES search_rebuilds (id) ON DELETE CASCADE,
    order_id   bigint NOT NULL,
    PRIMARY KEY (rebuild_id, order_id)
);
