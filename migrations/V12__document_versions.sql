-- Versioned documents (docs/search.md "The watcher proves the index").
--
-- Every search document carries the version of the change it reflects: the
-- outbox `seq` of the entry it was pushed for (a rebuild's documents carry
-- the sequence's value at its snapshot, which is at least the version of
-- every change the snapshot holds). search_versions keeps, per order, the
-- version Meilisearch has confirmed — written when a task is confirmed, off
-- every writer's path — so that a verifier can tell a document older than
-- what was confirmed (a request whose outcome was unknown landing late)
-- from one in step, in one query per page of documents.
CREATE TABLE search_versions (
    order_id bigint PRIMARY KEY,
    version  bigint NOT NULL
);

-- Which pusher sent an entry's task (its claim token): the task carries it
-- in its customMetadata (Meilisearch >= 1.26), so that a confirmation can
-- check the task with that uid is the one this entry was sent with — not a
-- task of another server answering at the same address, or of a server
-- that was wiped since.
ALTER TABLE search_outbox ADD COLUMN sent_by bigint;
