--liquibase formatted sql

--changeset wbassist:0003-outbox-events
-- The transactional outbox: events enter it in the same transaction as their stream's rows. The unique identity
-- makes "once means once" a database fact: INSERT ... ON CONFLICT DO NOTHING drops an event seen before.
-- payload is the domain event record as JSON; the other columns are there to be queried and indexed.
create table outbox_events (
    id            bigint      generated always as identity primary key,
    cabinet_sid   text        not null,
    event_type    text        not null check (event_type in
                      ('NEW_ORDER', 'ORDER_CANCELLED', 'BUYOUT', 'RETURN', 'NEGATIVE_REVIEW', 'CRITICAL_STOCK')),
    event_key     text        not null,
    episode       integer     not null default 0,
    nm_id         bigint      not null,
    occurred_at   timestamptz not null,
    detected_at   timestamptz not null,
    payload       jsonb       not null,
    expanded_at   timestamptz,
    lease_until   timestamptz,
    constraint outbox_events_identity unique (cabinet_sid, event_type, event_key, episode)
);
-- claimUnexpanded: the oldest events not yet expanded; the index holds only those, so it stays small.
create index outbox_events_unexpanded on outbox_events (id) where expanded_at is null;

--changeset wbassist:0003-notification-deliveries
-- One event for one seller. PENDING until sent (SENT, with Telegram's message id) or given up (FAILED).
-- due_at is when it may be tried (now on creation, the retry time after a failure); lease_until keeps two
-- dispatchers from sending it at once. No foreign key to sellers: the recipient list is the caller's.
create table notification_deliveries (
    id                    bigint      generated always as identity primary key,
    event_id              bigint      not null references outbox_events (id),
    telegram_id           bigint      not null,
    chat_id               bigint      not null,
    status                text        not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts              integer     not null default 0,
    due_at                timestamptz not null,
    lease_until           timestamptz,
    last_error            text,
    telegram_message_id   bigint,
    created_at            timestamptz not null,
    finished_at           timestamptz,
    constraint notification_deliveries_once unique (event_id, telegram_id)
);
-- claimPending: pending deliveries in event order; only PENDING rows are indexed.
create index notification_deliveries_pending on notification_deliveries (event_id, id) where status = 'PENDING';
-- A seller's delivery history (support questions: "did I get told?").
create index notification_deliveries_seller on notification_deliveries (telegram_id, id);
