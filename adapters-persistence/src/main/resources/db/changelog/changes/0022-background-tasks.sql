--liquibase formatted sql

--changeset wbassist:0022-background-tasks
-- Background tasks (reports): claimed by one server at a time with a fencing lease like a cabinet's sync (decision
-- 0611): every claim raises lease_epoch, every write of the running server checks it; a lapsed lease is settled by the
-- next claim (queued again or interrupted, decision 0627). progress_seq rises with every change: the id of the live
-- event that shows it. Finished tasks are pruned after 7 days.
create table background_tasks (
    id                text        primary key,
    cabinet_sid       text        not null,
    kind              text        not null,
    period_first      date        not null,
    period_last       date        not null,
    format            text        not null,
    chat_id           bigint      not null,
    state             text        not null,
    percent           integer     not null,
    rows_done         bigint      not null,
    stage             text        not null,
    progress_seq      bigint      not null,
    created_at        timestamptz not null,
    started_at        timestamptz,
    finished_at       timestamptz,
    attempts          integer     not null,
    cancel_requested  boolean     not null,
    error             text,
    file_until        timestamptz,
    lease_epoch       bigint      not null,
    lease_until       timestamptz
);
create index background_tasks_cabinet on background_tasks (cabinet_sid, created_at desc);
create index background_tasks_queued on background_tasks (created_at) where state = 'QUEUED';
create index background_tasks_running on background_tasks (lease_until) where state = 'RUNNING';
create index background_tasks_finished on background_tasks (finished_at) where finished_at is not null;

--changeset wbassist:0022-report-files
-- Finished report files, in PostgreSQL so that any server hands out a file any other made (decision 0628), as pieces
-- of at most 1 MiB: written and read a piece at a time, so a file of any size passes through bounded memory. A file
-- goes, with its pieces, when it expires (24 hours) or its task is pruned.
create table report_files (
    task_id       text        primary key,
    cabinet_sid   text        not null,
    file_name     text        not null,
    content_type  text        not null,
    size_bytes    bigint      not null,
    created_at    timestamptz not null,
    expires_at    timestamptz not null
);
create index report_files_expiry on report_files (expires_at);
create table report_file_pieces (
    task_id  text    not null references report_files (task_id) on delete cascade,
    piece    integer not null,
    content  bytea   not null,
    primary key (task_id, piece)
);
