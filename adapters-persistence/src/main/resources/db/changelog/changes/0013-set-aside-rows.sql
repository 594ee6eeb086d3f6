--liquibase formatted sql

--changeset wbassist:0013-set-aside-rows
-- What could not be read or handled, set aside for operators (GET /api/admin/set-aside, docs/decisions/0614) instead of
-- stalling a stream for good or being dropped in silence (DOMAIN-RULES: nothing is skipped silently):
--   * a row of a WB page the WB adapter could not read (kind ORDER_ROW, SALE_ROW, STOCK_ROW, FEEDBACK_ROW, CARD_ROW):
--     owner is the cabinet's sid, row_key the row's key ('' when it was not read), reason the field and the problem,
--     excerpt the offending value cut short. The page's other rows are stored; this row is recorded before the
--     stream's cursor moves past it;
--   * a chat update the bot gave up on, or that no longer opens (kind CHAT_UPDATE): owner is the person's Telegram id,
--     row_key the update id. Never what it said: it may be a WB token.
-- WB sends an unreadable row again on every page that holds it: the same row (fingerprint, a SHA-256 of kind, owner,
-- key, reason and excerpt) raises times_seen and last_seen_at instead of adding a row.
create table set_aside_rows (
    id             bigint      generated always as identity primary key,
    kind           text        not null,
    owner          text        not null,
    row_key        text        not null,
    reason         text        not null,
    excerpt        text        not null,
    fingerprint    text        not null,
    first_seen_at  timestamptz not null,
    last_seen_at   timestamptz not null,
    times_seen     integer     not null,
    constraint set_aside_rows_once unique (fingerprint)
);
-- The admin API lists the newest first.
create index set_aside_rows_newest on set_aside_rows (last_seen_at);
-- Erasing a cabinet erases its rows (their excerpts are its data).
create index set_aside_rows_owner on set_aside_rows (owner, kind);
--rollback drop table set_aside_rows;
