-- The outbox remembers what it sent (the write path no longer waits for Meilisearch).
--
-- An entry is
--   unsent:  task_uid IS NULL — its current document must be pushed;
--   sent:    task_uid IS NOT NULL — Meilisearch accepted a task carrying the
--            document of version `seq`; the entry is deleted once that task is
--            confirmed `succeeded`, and put back to unsent if it failed.
-- A pusher claims entries for a short while (claimed_by/claimed_at) so that no
-- two processes push the same order at once: the task uids then follow the
-- order of the reads, and Meilisearch applies them in uid order. The claim is
-- a column, not a row lock, so writers re-enqueuing an order never wait for a
-- push in progress.

ALTER TABLE search_outbox
    ADD COLUMN task_uid   bigint,
    ADD COLUMN sent_at    timestamptz,
    ADD COLUMN claimed_by bigint,
    ADD COLUMN claimed_at timestamptz;

CREATE INDEX search_outbox_unsent_idx ON search_outbox (seq) WHERE task_uid IS NULL;
CREATE INDEX search_outbox_task_uid_idx ON search_outbox (task_uid) WHERE task_uid IS NOT NULL;

-- Every re-enqueue (a new seq) makes the entry unsent again, whoever writes it:
-- the task sent earlier carries an older document.
CREATE FUNCTION search_outbox_resend() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.seq IS DISTINCT FROM OLD.seq THEN
        NEW.task_uid := NULL;
        NEW.sent_at := NULL;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER search_outbox_resend
    BEFORE UPDATE OF seq ON search_outbox
    FOR EACH ROW EXECUTE FUNCTION search_outbox_resend();

-- Wake `sync --watch` only for new work (a new or re-enqueued entry), not for
-- the bookkeeping of claims and task uids.
DROP TRIGGER search_outbox_notify ON search_outbox;
CREATE TRIGGER search_outbox_notify
    AFTER INSERT OR UPDATE OF seq ON search_outbox
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_notify();
