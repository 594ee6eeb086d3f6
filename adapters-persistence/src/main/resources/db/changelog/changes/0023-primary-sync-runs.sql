--liquibase formatted sql

--changeset wbassist:0023-sync-runs-primary runInTransaction:false
-- A shop's primary sync is shown as a task read from its newest PRIMARY run (decision 0630), looked up at every
-- GET /api/v1/tasks and twice a second while a client follows it live. A ready cabinet's newest primary run lies
-- under weeks of incremental runs; this partial index finds it in one step. Built CONCURRENTLY (see 0012).
drop index concurrently if exists sync_runs_primary;
create index concurrently sync_runs_primary on sync_runs (cabinet_sid, id desc) where kind = 'PRIMARY';
--rollback drop index concurrently if exists sync_runs_primary;
