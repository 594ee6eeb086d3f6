--liquibase formatted sql

--changeset wbassist:0009-outbox-set-aside
-- An outbox event whose payload cannot be read any more (a release that changed the event format, a row edited by
-- hand) used to fail every claim, stopping dispatch on every server. It is set aside instead, with its reason, for
-- operators to see (GET /api/admin/set-aside), and dispatch goes on with the rest (DOMAIN-RULES: nothing is skipped
-- silently; docs/decisions/0609).
alter table outbox_events add column set_aside_at timestamptz;
alter table outbox_events add column set_aside_reason text;
--rollback alter table outbox_events drop column set_aside_reason;
--rollback alter table outbox_events drop column set_aside_at;
