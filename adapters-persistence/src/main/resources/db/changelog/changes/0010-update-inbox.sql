--liquibase formatted sql

--changeset wbassist:0010-update-inbox
-- Chat updates accepted from Telegram and not handled yet (UpdateInbox, docs/decisions/0608): a row is written before
-- Telegram gets its 200 and deleted once the update is handled, so a crash in between loses nothing. held_until is
-- the hold of whoever handles it - first the server that stored it, then a claim (FOR UPDATE SKIP LOCKED, under an
-- advisory lock) once that ran out; attempts counts the times it was taken, its storing included. sealed_update is
-- the whole update, AES-GCM sealed with the token key and bound to update_id: a message text may be a WB token.
create table update_inbox (
    update_id      bigint      primary key,
    telegram_id    bigint      not null,
    received_at    timestamptz not null,
    held_until     timestamptz not null,
    attempts       integer     not null,
    sealed_update  bytea       not null
);
-- claim: whether a person has an earlier update held by someone else.
create index update_inbox_person on update_inbox (telegram_id, update_id);
--rollback drop table update_inbox;
