-- An order whose search document Meilisearch cannot take must not block the
-- outbox. An entry whose task failed is sent alone from then on
-- (`failures`), so one bad document cannot fail a batch of good ones again;
-- an entry refused for good (`refused`: a document larger than a request may
-- carry, a 413 for it alone, or its own task failing three times) is no
-- longer claimed and is reported by `sync`, `index status`, `index check`
-- and `doctor`. A new change to the order (a new seq) makes it a normal
-- entry again, as it makes a sent one unsent.
ALTER TABLE search_outbox
    ADD COLUMN failures integer NOT NULL DEFAULT 0,
    ADD COLUMN refused  text;

CREATE OR REPLACE FUNCTION search_outbox_resend() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.seq IS DISTINCT FROM OLD.seq THEN
        NEW.task_uid := NULL;
        NEW.sent_at := NULL;
        NEW.failures := 0;
        NEW.refused := NULL;
    END IF;
    RETURN NEW;
END;
$$;
