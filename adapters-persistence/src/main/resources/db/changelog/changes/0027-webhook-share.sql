--liquibase formatted sql

-- Claiming webhook deliveries gives each subscription at most its share in flight (decision 0626): for every
-- active subscription the claim looks up its oldest due delivery and counts its deliveries under a live lease.
-- webhook_deliveries_due (0021) is ordered by due time across all subscriptions and the history index holds every
-- delivery ever made, so both lookups get an index of their own: pending deliveries by subscription and due time,
-- and the few leased ones by subscription. Built CONCURRENTLY, as 0012's are, so an upgrade does not stop the
-- outbox's expansion from writing deliveries.

--changeset wbassist:0027-webhook-deliveries-pending runInTransaction:false
drop index concurrently if exists webhook_deliveries_pending;
create index concurrently webhook_deliveries_pending on webhook_deliveries (subscription_id, due_at, id)
    where status = 'PENDING';
--rollback drop index concurrently if exists webhook_deliveries_pending;

--changeset wbassist:0027-webhook-deliveries-leased runInTransaction:false
drop index concurrently if exists webhook_deliveries_leased;
create index concurrently webhook_deliveries_leased on webhook_deliveries (subscription_id, lease_until)
    where status = 'PENDING' and lease_until is not null;
--rollback drop index concurrently if exists webhook_deliveries_leased;
