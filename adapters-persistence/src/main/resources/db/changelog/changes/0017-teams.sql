--liquibase formatted sql

--changeset wbassist:0017-team-owners
-- Who owns each cabinet (TeamOwners, docs/decisions/0621): the member who invites and removes the others. One row per
-- owned cabinet, none while nobody owns it. A claim is an insert that does nothing on conflict; a hand-over is one
-- conditional update (where owner_telegram_id = the former owner), so two servers never make two owners.
create table team_owners (
    cabinet_sid        text        primary key,
    owner_telegram_id  bigint      not null,
    owner_since        timestamptz not null
);
--rollback drop table team_owners;

--changeset wbassist:0017-team-owners-of-existing-cabinets
-- Cabinets that have members today: the earliest linked seller (by joined_at, then Telegram id) owns each.
insert into team_owners (cabinet_sid, owner_telegram_id, owner_since)
select distinct on (cabinet_sid) cabinet_sid, telegram_id, coalesce(joined_at, now())
from sellers
where cabinet_sid is not null and state in ('SYNCING', 'READY')
order by cabinet_sid, joined_at nulls first, telegram_id;
--rollback delete from team_owners;

--changeset wbassist:0017-team-invites
-- Invites into a cabinet's team by deep link (TeamInvites). code_digest is the SHA-256 (hex) of the link's code; the
-- code itself is never stored. An invite is used by one conditional update (used_by is null and expires_at > now),
-- so of two people following one link at once exactly one joins.
create table team_invites (
    code_digest  text        primary key,
    cabinet_sid  text        not null,
    invited_by   bigint      not null,
    issued_at    timestamptz not null,
    expires_at   timestamptz not null,
    used_by      bigint,
    used_at      timestamptz
);
create index team_invites_cabinet on team_invites (cabinet_sid);
-- Housekeeping deletes invites expired as long ago as notifications are kept.
create index team_invites_expiry on team_invites (expires_at);
--rollback drop table team_invites;
