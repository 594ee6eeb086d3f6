--liquibase formatted sql

--changeset wbassist:0004-sync-runs
-- One sync pass of a cabinet: when it ran, how it ended, and - while it runs - how far it is (the progress a
-- seller waiting for the primary sync is shown). cancel_requested is set by an operator; the pass stops between
-- pages.
create table sync_runs (
    id                 bigint      generated always as identity primary key,
    cabinet_sid        text        not null,
    kind               text        not null check (kind in ('PRIMARY', 'INCREMENTAL')),
    started_at         timestamptz not null,
    finished_at        timestamptz,
    error              text,
    current_stream     text,
    streams_done       integer     not null default 0,
    current_fraction   double precision not null default 0,
    rows_so_far        bigint      not null default 0,
    cancel_requested   boolean     not null default false
);
-- currentProgress(cabinet): the newest unfinished run of a cabinet.
create index sync_runs_unfinished on sync_runs (cabinet_sid, id desc) where finished_at is null;
-- Operations: a cabinet's run history, newest first.
create index sync_runs_cabinet on sync_runs (cabinet_sid, started_at desc);

-- Per stream of a run: rows stored, or the error that stopped the stream.
create table sync_run_streams (
    run_id   bigint not null references sync_runs (id) on delete cascade,
    stream   text   not null check (stream in ('CARDS', 'ORDERS', 'SALES', 'STOCKS', 'FEEDBACKS')),
    rows     bigint,
    error    text,
    primary key (run_id, stream)
);
