--liquibase formatted sql

--changeset wbassist:0011-fencing-leases
-- Leases that fence (issue 12, docs/decisions/0611): lease_epoch names the owner of a cabinet's sync lease. Every
-- claim raises it and hands it to the claimer; renew, release and every write of a pass (a page with its cursor and
-- events, the pass's progress, the cabinet's own record) act only where sid = ? and lease_epoch = ? and the lease is
-- held (lease_until is not null), in that write's own transaction. A pass that outlived its lease is refused once
-- another claim raised the epoch, whatever the clocks say. Existing rows start at 0; the first claim makes it 1.
alter table cabinets add column lease_epoch bigint not null default 0;
--rollback alter table cabinets drop column lease_epoch;
