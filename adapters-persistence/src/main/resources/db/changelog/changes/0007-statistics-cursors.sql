--liquibase formatted sql

--changeset wbassist:0007-statistics-cursors
-- ORDERS and SALES keep a cursor instead of a watermark: date_from, the dateFrom of the stream's next request in
-- whole seconds as sent to WB, stored with each page's rows and only ever moved forward (docs/decisions/0606). The
-- watermark (the highest lastChangeDate stored) stalled a stream for good at a second with more rows than a page.
-- Existing cabinets go on where they were: the cursor starts at the dateFrom their watermark gave, cut to the second.
-- The watermark column stays for CARDS (the card cursor's updatedAt).
alter table stream_positions add column date_from timestamptz;
alter table stream_positions alter column watermark drop not null;
update stream_positions
   set date_from = date_trunc('second', watermark), watermark = null
 where stream in ('ORDERS', 'SALES');
alter table stream_positions add constraint stream_positions_kind check (
    case when stream in ('ORDERS', 'SALES') then date_from is not null and watermark is null
         else date_from is null and watermark is not null end);
--rollback alter table stream_positions drop constraint stream_positions_kind;
--rollback update stream_positions set watermark = date_from where stream in ('ORDERS', 'SALES');
--rollback alter table stream_positions alter column watermark set not null;
--rollback alter table stream_positions drop column date_from;

--changeset wbassist:0007-possibly-missed
-- Per stream of a run: the seconds (Moscow time, comma-separated) at which WB changed more orders or sales rows than
-- fit in a page, so the cursor stepped past rows it never fetched. Never silent: operators read it here, and the
-- report's count reaches /metrics.
alter table sync_run_streams add column possibly_missed text;
--rollback alter table sync_run_streams drop column possibly_missed;
