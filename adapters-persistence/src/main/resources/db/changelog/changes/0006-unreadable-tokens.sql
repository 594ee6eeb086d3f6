--liquibase formatted sql

--changeset wbassist:0006-unreadable-tokens
-- A cabinet whose stored token does not open with the configured key is paused as TOKEN_UNREADABLE until a seller
-- sends the token again (docs/decisions/0604). Like TOKEN_REJECTED, it is never due for a sync.
alter table cabinets drop constraint cabinets_status_check;
alter table cabinets add constraint cabinets_status_check
    check (status in ('SYNCING', 'READY', 'TOKEN_REJECTED', 'TOKEN_UNREADABLE'));
drop index cabinets_due;
create index cabinets_due on cabinets (last_sync_at nulls first)
    where status not in ('TOKEN_REJECTED', 'TOKEN_UNREADABLE');
