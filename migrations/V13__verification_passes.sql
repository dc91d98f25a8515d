-- What the watcher's last complete verification pass found, per index
-- (docs/search.md "The watcher proves the index"): `index status` and
-- `doctor` run in other processes than the watcher and read it here. One
-- row per index, replaced at the end of each pass — nothing grows.
CREATE TABLE search_verifications (
    index_name  text PRIMARY KEY,
    finished_at timestamptz NOT NULL,
    took_seconds double precision NOT NULL,
    compared    bigint NOT NULL,
    missing     bigint NOT NULL,
    extra       bigint NOT NULL,
    stale       bigint NOT NULL,
    differing   bigint NOT NULL
);
