--liquibase formatted sql

--changeset wbassist:0005-token-attempts
-- The tokens a person sent that the bot took to check (each costs a call to WB), one row per attempt: TokenAttempts
-- counts a person's rows in a sliding window, under a transaction-scoped advisory lock per person, and each call
-- deletes that person's rows that left the window - so a person keeps at most the limit's number of rows
-- (docs/decisions/0605). Refused attempts are not stored.
create table token_attempts (
    id            bigint      generated always as identity primary key,
    telegram_id   bigint      not null,
    attempted_at  timestamptz not null
);
-- attempt(telegramId): the person's attempts in the window, and the delete of the older ones.
create index token_attempts_person on token_attempts (telegram_id, attempted_at);
