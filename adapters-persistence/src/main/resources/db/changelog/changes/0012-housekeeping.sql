--liquibase formatted sql

-- Housekeeping (docs/decisions/0612) deletes old rows a batch at a time: each batch picks at most 1,000 rows older than
-- a cutoff, and without an index on the date each pick would read the whole table. The indexes are built CONCURRENTLY,
-- so an upgrade on a large database does not stop writes to orders or sales while they build; that cannot run in a
-- transaction, hence one index per changeset with runInTransaction:false. A build that failed halfway leaves an
-- invalid index behind and the changeset unrecorded: the drop before each create clears it when the changeset runs
-- again. processed_updates already has processed_updates_age (0001).

--changeset wbassist:0012-sync-runs-started runInTransaction:false
-- Runs started before the retention (the newest of each cabinet is found through sync_runs_cabinet).
drop index concurrently if exists sync_runs_started;
create index concurrently sync_runs_started on sync_runs (started_at);
--rollback drop index concurrently if exists sync_runs_started;

--changeset wbassist:0012-deliveries-finished runInTransaction:false
-- Deliveries sent or given up before the retention; pending ones are not in it.
drop index concurrently if exists notification_deliveries_finished;
create index concurrently notification_deliveries_finished on notification_deliveries (finished_at)
    where status <> 'PENDING';
--rollback drop index concurrently if exists notification_deliveries_finished;

--changeset wbassist:0012-events-detected runInTransaction:false
-- Events detected before the retention (whether a delivery is left is asked of notification_deliveries_once).
drop index concurrently if exists outbox_events_detected;
create index concurrently outbox_events_detected on outbox_events (detected_at);
--rollback drop index concurrently if exists outbox_events_detected;

--changeset wbassist:0012-orders-date runInTransaction:false
-- Orders by their own date, beyond WB's 90 days.
drop index concurrently if exists orders_date;
create index concurrently orders_date on orders (order_date);
--rollback drop index concurrently if exists orders_date;

--changeset wbassist:0012-sales-date runInTransaction:false
drop index concurrently if exists sales_date;
create index concurrently sales_date on sales (sale_date);
--rollback drop index concurrently if exists sales_date;

--changeset wbassist:0012-feedbacks-created runInTransaction:false
drop index concurrently if exists feedbacks_created;
create index concurrently feedbacks_created on feedbacks (created_date);
--rollback drop index concurrently if exists feedbacks_created;

--changeset wbassist:0012-token-attempts-age runInTransaction:false
-- Attempts of people who never came back (each person's own are pruned through token_attempts_person).
drop index concurrently if exists token_attempts_age;
create index concurrently token_attempts_age on token_attempts (attempted_at);
--rollback drop index concurrently if exists token_attempts_age;
