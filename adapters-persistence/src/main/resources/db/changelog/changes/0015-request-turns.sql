--liquibase formatted sql

--changeset wbassist:0015-request-turns
-- WB requests a token may make only now and then (a Base token: orders once in 3 h, sales once in 2 h, reviews one
-- per 12 min; RequestTurns, docs/decisions/0618): when a cabinet's stream may ask next, and how many turns it took. A
-- turn is taken by a conditional upsert (next_at <= now), so two servers never both take one. read_to_the_end: the
-- last turn's page was the stream's last, so a first sync waiting for the next turn is not behind.
create table request_turns (
    cabinet_sid  text        not null,
    stream       text        not null check (stream in ('CARDS', 'ORDERS', 'SALES', 'STOCKS', 'FEEDBACKS')),
    next_at      timestamptz not null,
    taken        bigint      not null,
    read_to_the_end boolean  not null,
    primary key (cabinet_sid, stream)
);
--rollback drop table request_turns;
