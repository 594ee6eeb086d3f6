--liquibase formatted sql

--changeset wbassist:0002-orders
-- WB order rows, one per (cabinet, srid), the newest lastChangeDate version kept. Written in bulk with
-- INSERT ... SELECT FROM unnest(...) ON CONFLICT; no foreign key to cabinets (docs/decisions/0203).
create table orders (
    cabinet_sid        text          not null,
    srid               text          not null,
    g_number           text          not null,
    order_date         timestamptz   not null,
    last_change_date   timestamptz   not null,
    nm_id              bigint        not null,
    supplier_article   text          not null,
    tech_size          text          not null,
    barcode            text          not null,
    subject            text          not null,
    category           text          not null,
    brand              text          not null,
    warehouse_name     text          not null,
    warehouse_type     text          not null,
    region_name        text          not null,
    oblast_okrug_name  text          not null,
    country_name       text          not null,
    total_price        numeric       not null,
    discount_percent   integer       not null,
    spp                numeric       not null,
    finished_price     numeric       not null,
    price_with_disc    numeric       not null,
    for_pay            numeric       not null,
    cancelled          boolean       not null,
    cancel_date        timestamptz,
    primary key (cabinet_sid, srid)
);

--changeset wbassist:0002-sales
-- WB sales report rows (buyouts S..., returns R..., corrections), one per (cabinet, saleID).
create table sales (
    cabinet_sid        text          not null,
    sale_id            text          not null,
    srid               text          not null,
    g_number           text          not null,
    sale_date          timestamptz   not null,
    last_change_date   timestamptz   not null,
    nm_id              bigint        not null,
    supplier_article   text          not null,
    tech_size          text          not null,
    barcode            text          not null,
    subject            text          not null,
    category           text          not null,
    brand              text          not null,
    warehouse_name     text          not null,
    warehouse_type     text          not null,
    region_name        text          not null,
    oblast_okrug_name  text          not null,
    country_name       text          not null,
    total_price        numeric       not null,
    discount_percent   integer       not null,
    spp                numeric       not null,
    finished_price     numeric       not null,
    price_with_disc    numeric       not null,
    for_pay            numeric       not null,
    primary key (cabinet_sid, sale_id)
);

--changeset wbassist:0002-feedbacks
-- Buyer reviews, one per (cabinet, feedback id), whichever list they came from.
create table feedbacks (
    cabinet_sid         text        not null,
    feedback_id         text        not null,
    product_valuation   integer     not null,
    body                text        not null,
    pros                text        not null,
    cons                text        not null,
    created_date        timestamptz not null,
    nm_id               bigint      not null,
    imt_id              bigint      not null,
    product_name        text        not null,
    supplier_article    text        not null,
    brand_name          text        not null,
    size_name           text        not null,
    user_name           text        not null,
    primary key (cabinet_sid, feedback_id)
);

--changeset wbassist:0002-stocks
-- The cabinet's last complete stock snapshot, replaced whole every sync. No unique key on purpose: WB may list
-- one size and warehouse twice, and a snapshot must never fail on that.
create table stock_levels (
    cabinet_sid          text    not null,
    nm_id                bigint  not null,
    chrt_id              bigint  not null,
    warehouse_id         bigint  not null,
    warehouse_name       text    not null,
    region_name          text    not null,
    quantity             integer not null,
    in_way_to_client     integer not null,
    in_way_from_client   integer not null
);
-- The snapshot is deleted and read per cabinet, and per size for "which warehouses still hold it".
create index stock_levels_size on stock_levels (cabinet_sid, nm_id, chrt_id);

-- What the critical-stock rule remembers per size: the last total and how many times it ran low.
create table size_stocks (
    cabinet_sid    text    not null,
    nm_id          bigint  not null,
    chrt_id        bigint  not null,
    total          integer not null,
    low_episodes   integer not null,
    primary key (cabinet_sid, nm_id, chrt_id)
);

--changeset wbassist:0002-product-cards
-- Product cards: what notifications show of a product. Photos and sizes are JSON arrays of the domain records.
create table product_cards (
    cabinet_sid    text        not null,
    nm_id          bigint      not null,
    imt_id         bigint      not null,
    subject_name   text        not null,
    vendor_code    text        not null,
    brand          text        not null,
    title          text        not null,
    photos         jsonb       not null,
    sizes          jsonb       not null,
    updated_at     timestamptz not null,
    primary key (cabinet_sid, nm_id)
);

--changeset wbassist:0002-stream-positions
-- Where each stream of each cabinet stands: the lastChangeDate watermark of ORDERS and SALES (only ever moves
-- forward), and the card list cursor (updatedAt + nmID) of CARDS.
create table stream_positions (
    cabinet_sid    text        not null,
    stream         text        not null check (stream in ('CARDS', 'ORDERS', 'SALES', 'STOCKS', 'FEEDBACKS')),
    watermark      timestamptz not null,
    cursor_nm_id   bigint,
    updated_at     timestamptz not null default now(),
    primary key (cabinet_sid, stream)
);
