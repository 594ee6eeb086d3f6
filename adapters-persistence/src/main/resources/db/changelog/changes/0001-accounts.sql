--liquibase formatted sql

--changeset wbassist:0001-cabinets
-- One WB seller account. The token is AES-GCM ciphertext (12-byte IV followed by ciphertext and tag); the raw
-- token is never stored. lease_until is the sync lease: a server that claims the cabinet sets it, and a dead
-- server's lease simply expires. The JPA entity does not map the lease, so saving a cabinet never clobbers it.
create table cabinets (
    sid                text        primary key,
    shop_name          text        not null default '',
    token_ciphertext   bytea       not null,
    token_expires_at   timestamptz,
    status             text        not null check (status in ('SYNCING', 'READY', 'TOKEN_REJECTED')),
    created_at         timestamptz not null,
    primary_synced_at  timestamptz,
    last_sync_at       timestamptz,
    last_error         text,
    lease_until        timestamptz
);
-- claimDue: cabinets not refused by WB, oldest sync first (never synced first).
create index cabinets_due on cabinets (last_sync_at nulls first) where status <> 'TOKEN_REJECTED';

--changeset wbassist:0001-sellers
-- One row per Telegram user: onboarding state, the link to the one cabinet they watch (cabinet_sid, joined_at)
-- and their notification settings (a global switch and the muted event types). No foreign key to cabinets:
-- a seller may name a cabinet before its row is written (docs/decisions/0203).
create table sellers (
    telegram_id          bigint      primary key,
    chat_id              bigint      not null,
    name                 text        not null default '',
    state                text        not null check (state in ('NEW', 'AWAITING_TOKEN', 'SYNCING', 'READY')),
    cabinet_sid          text,
    joined_at            timestamptz,
    notifications_on     boolean     not null default true,
    muted_types          text        not null default '',
    active               boolean     not null default true,
    progress_message_id  bigint,
    check (state in ('NEW', 'AWAITING_TOKEN') or cabinet_sid is not null)
);
-- linkedTo(cabinet): every seller of a cabinet, for expansion and announcements.
create index sellers_cabinet on sellers (cabinet_sid) where cabinet_sid is not null;

--changeset wbassist:0001-processed-updates
-- Telegram update ids already handled (webhook retries are ignored). processed_at lets operations prune old ids.
create table processed_updates (
    update_id     bigint      primary key,
    processed_at  timestamptz not null
);
create index processed_updates_age on processed_updates (processed_at);
