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
