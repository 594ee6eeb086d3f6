--liquibase formatted sql

--changeset wbassist:0021-webhook-subscriptions
-- A cabinet's webhook subscriptions. The secret must be at hand to sign every delivery, so it cannot be only
-- hashed: it is sealed with the token key (AES-256-GCM, bound to the cabinet, like WB tokens: decision 0204).
-- failing_since is the first failure after the last success; a day of it pauses the subscription.
create table webhook_subscriptions (
    id             bigint      generated always as identity primary key,
    cabinet_sid    text        not null,
    url            text        not null,
    event_types    text[]      not null,
    secret_sealed  bytea       not null,
    state          text        not null check (state in ('ACTIVE', 'PAUSED')),
    failing_since  timestamptz,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index webhook_subscriptions_cabinet on webhook_subscriptions (cabinet_sid, id);

--changeset wbassist:0021-webhook-deliveries
-- One event for one subscription, never two (the unique pair); the bot's six events are written in the outbox's
-- expansion transaction, the others only when a subscription asked for them. The body is written once, so every
-- attempt sends the same bytes. A queue of its own, apart from notification_deliveries: webhook senders claim
-- here with their own leases and threads. No foreign key to outbox_events: housekeeping prunes those on their own
-- schedule, and the body holds what the receiver needs.
create table webhook_deliveries (
    id                bigint      generated always as identity primary key,
    subscription_id   bigint      not null references webhook_subscriptions (id) on delete cascade,
    cabinet_sid       text        not null,
    event_type        text        not null,
    event_id          text        not null,
    body              text        not null,
    status            text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts          integer     not null default 0,
    due_at            timestamptz not null,
    lease_until       timestamptz,
    first_attempt_at  timestamptz,
    last_attempt_at   timestamptz,
    last_status_code  integer,
    last_excerpt      text,
    created_at        timestamptz not null,
    finished_at       timestamptz,
    constraint webhook_deliveries_once unique (subscription_id, event_id)
);
-- claim: pending deliveries by due time; only PENDING rows are indexed.
create index webhook_deliveries_due on webhook_deliveries (due_at, id) where status = 'PENDING';
-- A subscription's history, newest first.
create index webhook_deliveries_history on webhook_deliveries (subscription_id, id desc);
