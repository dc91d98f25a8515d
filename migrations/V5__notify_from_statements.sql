-- Notifications come from the statements that write, not from triggers.
--
-- A plpgsql trigger is compiled afresh by every session, and every ecomctl
-- command is a new session: measured, each of the two notify triggers cost
-- about 0.7 ms per `orders create` (1.5 ms for the feed trigger with its
-- transition tables), a quarter of the statement's time. The tool now calls
-- pg_notify itself, in the statement (or transaction) that enqueues outbox
-- entries (channel ecomctl_search_outbox) or creates orders or changes their
-- state (channel ecomctl_orders, same payload as V4's). Changes made with
-- plain SQL outside the tool no longer wake `sync --watch` at once (its
-- 60-second rescan still finds them) and do not appear in `orders watch`.

DROP TRIGGER search_outbox_notify ON search_outbox;
DROP FUNCTION search_outbox_notify();

DROP TRIGGER orders_feed_created ON orders;
DROP TRIGGER orders_feed_state ON orders;
DROP FUNCTION orders_feed_notify();
