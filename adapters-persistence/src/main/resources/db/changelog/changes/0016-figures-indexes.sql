--liquibase formatted sql

-- The shop's figures (docs/decisions/0620) count a cabinet's rows over a Moscow day or a recent window: by order date,
-- by a cancellation's own date, by sale date, by review date, and for one article over 14 or 30 days. Without these
-- each notification would read all of the cabinet's rows. Built CONCURRENTLY, one per changeset, like 0012: an upgrade
-- does not stop the writes of the passes; a build that failed halfway is dropped and built again.

--changeset wbassist:0016-orders-cabinet-date runInTransaction:false
drop index concurrently if exists orders_cabinet_date;
create index concurrently orders_cabinet_date on orders (cabinet_sid, order_date);
--rollback drop index concurrently if exists orders_cabinet_date;

--changeset wbassist:0016-orders-article-date runInTransaction:false
-- Recent orders of a size (days of stock) and the article's cancellations (buyout rate).
drop index concurrently if exists orders_article_date;
create index concurrently orders_article_date on orders (cabinet_sid, nm_id, order_date);
--rollback drop index concurrently if exists orders_article_date;

--changeset wbassist:0016-orders-cancelled-date runInTransaction:false
-- Cancellations by their own date (decision 0402): cancelDate, else when WB changed the row.
drop index concurrently if exists orders_cancelled_date;
create index concurrently orders_cancelled_date on orders (cabinet_sid, (coalesce(cancel_date, last_change_date)))
    where cancelled;
--rollback drop index concurrently if exists orders_cancelled_date;

--changeset wbassist:0016-sales-cabinet-date runInTransaction:false
drop index concurrently if exists sales_cabinet_date;
create index concurrently sales_cabinet_date on sales (cabinet_sid, sale_date);
--rollback drop index concurrently if exists sales_cabinet_date;

--changeset wbassist:0016-sales-article-date runInTransaction:false
drop index concurrently if exists sales_article_date;
create index concurrently sales_article_date on sales (cabinet_sid, nm_id, sale_date);
--rollback drop index concurrently if exists sales_article_date;

--changeset wbassist:0016-feedbacks-cabinet-created runInTransaction:false
drop index concurrently if exists feedbacks_cabinet_created;
create index concurrently feedbacks_cabinet_created on feedbacks (cabinet_sid, created_date);
--rollback drop index concurrently if exists feedbacks_cabinet_created;
