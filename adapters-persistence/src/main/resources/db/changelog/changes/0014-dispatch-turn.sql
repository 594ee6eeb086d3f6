--liquibase formatted sql

--changeset wbassist:0014-dispatch-turn
-- The cluster's one dispatching turn (DispatchTurns, docs/decisions/0617): Telegram's ~30 messages a second are the
-- bot's, so one server at a time sends. One row; every take raises epoch and names the holder; renew acts only where
-- holder = ? and epoch = ? and held_until > now; giving it back leaves held_until one second ahead (a quiet gap
-- between two holders' seconds), which only the last holder may skip.
create table dispatch_turn (
    name        text        primary key,
    holder      text        not null,
    epoch       bigint      not null,
    held_until  timestamptz not null
);
insert into dispatch_turn (name, holder, epoch, held_until) values ('telegram', '', 0, '1970-01-01T00:00:00Z');
--rollback drop table dispatch_turn;
