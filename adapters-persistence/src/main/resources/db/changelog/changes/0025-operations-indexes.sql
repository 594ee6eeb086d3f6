--liquibase formatted sql

-- The operations console's hourly figures (OperationsRecordsAdapter) count runs by the hour they ended, events by the
-- hour they were detected and deliveries by the hour they were finished. The last two are range scans on indexes
-- housekeeping already has (0012: outbox_events_detected, notification_deliveries_finished); runs need one on their
-- end. Built CONCURRENTLY, as 0012's are, so an upgrade does not stop sync passes from recording their runs.

--changeset wbassist:0025-sync-runs-finished runInTransaction:false
drop index concurrently if exists sync_runs_finished;
create index concurrently sync_runs_finished on sync_runs (finished_at) where finished_at is not null;
--rollback drop index concurrently if exists sync_runs_finished;
