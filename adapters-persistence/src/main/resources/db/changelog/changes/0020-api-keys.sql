--liquibase formatted sql

--changeset wbassist:0020-api-keys
-- Sellers' API keys: one cabinet each. Only the SHA-256 digest of the key's text is stored (the text is shown once,
-- to the owner who created it), so a copy of this table opens nothing. A revoked key stays listed.
create table api_keys (
    key_id        text        primary key,
    cabinet_sid   text        not null,
    digest        text        not null,
    created_by    bigint      not null,
    created_at    timestamptz not null,
    revoked_at    timestamptz,
    last_used_at  timestamptz
);
create index api_keys_cabinet on api_keys (cabinet_sid, created_at desc);

--changeset wbassist:0020-api-key-requests
-- Requests per key and calendar minute, counted by one upsert per request so every server of the cluster counts
-- into the same window. Windows older than an hour are pruned by housekeeping.
create table api_key_requests (
    key_id        text        not null,
    window_start  timestamptz not null,
    requests      bigint      not null,
    primary key (key_id, window_start)
);

--changeset wbassist:0020-orders-by-date runInTransaction:false
-- The sellers' API pages a cabinet's rows by (own date, key): one index range per page, however deep the client
-- pages. Built concurrently: these tables are large in production.
drop index concurrently if exists orders_by_date;
create index concurrently orders_by_date on orders (cabinet_sid, order_date, srid);
--rollback drop index concurrently if exists orders_by_date;

--changeset wbassist:0020-sales-by-date runInTransaction:false
drop index concurrently if exists sales_by_date;
create index concurrently sales_by_date on sales (cabinet_sid, sale_date, sale_id);
--rollback drop index concurrently if exists sales_by_date;

--changeset wbassist:0020-feedbacks-by-date runInTransaction:false
drop index concurrently if exists feedbacks_by_date;
create index concurrently feedbacks_by_date on feedbacks (cabinet_sid, created_date, feedback_id);
--rollback drop index concurrently if exists feedbacks_by_date;

--changeset wbassist:0020-events-by-detection runInTransaction:false
drop index concurrently if exists outbox_events_by_detection;
create index concurrently outbox_events_by_detection on outbox_events (cabinet_sid, detected_at, id);
--rollback drop index concurrently if exists outbox_events_by_detection;
