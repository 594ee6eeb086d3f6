--liquibase formatted sql

--changeset wbassist:0019-daily-summary-settings
-- The daily summary's settings per seller (docs/decisions/0624): on, at 09:00 Moscow time, unless the seller chose
-- otherwise. Adding a column with a constant default rewrites nothing in PostgreSQL 11 and later.
alter table sellers add column daily_summary_on boolean not null default true;
alter table sellers add column daily_summary_at time    not null default '09:00';
--rollback alter table sellers drop column daily_summary_at; alter table sellers drop column daily_summary_on;

--changeset wbassist:0019-daily-summaries
-- One row per seller and Moscow day summarized: the primary key is what makes a summary once per seller per day
-- whichever server plans it (insert ... on conflict do nothing) and across restarts. Sending claims PLANNED rows
-- with a lease (claimed_until) as deliveries are claimed; message_id is the summary as sent, unpinned when the next
-- one is pinned. finished_at: when it was sent or given up.
create table daily_summaries (
    telegram_id    bigint      not null,
    day            date        not null,
    state          text        not null check (state in ('PLANNED', 'SENT', 'FAILED')),
    planned_at     timestamptz not null,
    due_at         timestamptz not null,
    claimed_until  timestamptz,
    attempts       int         not null default 0,
    last_error     text,
    message_id     bigint,
    finished_at    timestamptz,
    primary key (telegram_id, day)
);
-- claim: the planned ones due, oldest first.
create index daily_summaries_due on daily_summaries (due_at) where state = 'PLANNED';
-- housekeeping: planned long ago (never a seller's newest summary sent).
create index daily_summaries_planned on daily_summaries (planned_at);
--rollback drop table daily_summaries;
