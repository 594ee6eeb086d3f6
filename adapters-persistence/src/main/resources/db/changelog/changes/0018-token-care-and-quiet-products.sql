--liquibase formatted sql

--changeset wbassist:0018-token-care
-- What the sync remembers of a cabinet's token between passes (TokenCareStore, docs/decisions/0622). A token is
-- named by its expiry (token_expires_at): what is kept for one token means nothing for the next, so a new token
-- resets it without a write. expiry_warned_for/expiry_warned_days: the last expiry warning given (7 or 1 days
-- before) and for which token; refused_for/refused_categories: the categories (bits of the token's s claim) WB
-- refused the token for on their hosts; token_dead_since: when WB first refused the token of a run of refusals,
-- kept until the first pass with a new token has caught up and summed up that time. Each is written by one
-- conditional update, so of two servers only one tells the members.
alter table cabinets
    add column expiry_warned_for  timestamptz,
    add column expiry_warned_days integer check (expiry_warned_days in (1, 7)),
    add column refused_for        timestamptz,
    add column refused_categories bigint      not null default 0,
    add column token_dead_since   timestamptz;
--rollback alter table cabinets drop column expiry_warned_for, drop column expiry_warned_days, drop column refused_for, drop column refused_categories, drop column token_dead_since;

--changeset wbassist:0018-quiet-products
-- The products whose running-out stock the seller silenced (docs/decisions/0623): comma-separated nmIds, empty when
-- none — like muted_types, read and written with the seller's other settings.
alter table sellers add column quiet_products text not null default '';
--rollback alter table sellers drop column quiet_products;
