-- The live order feed (`ecomctl orders watch`): one notification per
-- statement that creates orders or changes their state, carrying the ids
-- (up to 500; a larger statement, such as an import, says only how many).
-- Statement-level, with transition tables: an import of a million orders
-- costs one notification, not a million.

CREATE FUNCTION orders_feed_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed bigint[];
    n bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT count(*) INTO n FROM new_rows;
        IF n BETWEEN 1 AND 500 THEN
            SELECT array_agg(id ORDER BY id) INTO changed FROM new_rows;
        END IF;
    ELSE
        SELECT count(*) INTO n
        FROM new_rows nr JOIN old_rows o USING (id) WHERE nr.state IS DISTINCT FROM o.state;
        IF n BETWEEN 1 AND 500 THEN
            SELECT array_agg(nr.id ORDER BY nr.id) INTO changed
            FROM new_rows nr JOIN old_rows o USING (id) WHERE nr.state IS DISTINCT FROM o.state;
        END IF;
    END IF;
    IF n > 0 THEN
        PERFORM pg_notify('ecomctl_orders', json_build_object(
            'event', CASE TG_OP WHEN 'INSERT' THEN 'created' ELSE 'state' END,
            'ids', changed, 'count', n)::text);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER orders_feed_created
    AFTER INSERT ON orders REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION orders_feed_notify();

CREATE TRIGGER orders_feed_state
    AFTER UPDATE ON orders REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION orders_feed_notify();
