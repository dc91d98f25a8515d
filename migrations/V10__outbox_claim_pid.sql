-- A claim names the backend that holds it (`claimed_pid`, pg_backend_pid()
-- of the pusher's session). A pusher killed mid-push (kill -9, a crash, a
-- lost machine) leaves its claims behind; PostgreSQL ends its backend at
-- once, so a claim whose backend no longer exists in pg_stat_activity is
-- taken over straight away instead of after the two-minute lease. The lease
-- still applies where the backend outlives the pusher (a pooler in between).
ALTER TABLE search_outbox ADD COLUMN claimed_pid integer;
