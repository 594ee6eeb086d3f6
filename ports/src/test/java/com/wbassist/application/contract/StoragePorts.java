package com.wbassist.application.contract;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.DeliveryQueue;
import com.wbassist.application.port.out.EventOutbox;
import com.wbassist.application.port.out.FeedbackStore;
import com.wbassist.application.port.out.OrderStore;
import com.wbassist.application.port.out.ProcessedUpdates;
import com.wbassist.application.port.out.ProductCardStore;
import com.wbassist.application.port.out.SaleStore;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.StockStore;
import com.wbassist.application.port.out.SyncRunLog;

/** Every storage port of one storage, empty, for the contract tests. */
public record StoragePorts(
    CabinetStore cabinets,
    SellerStore sellers,
    OrderStore orders,
    SaleStore sales,
    FeedbackStore feedbacks,
    StockStore stocks,
    ProductCardStore cards,
    EventOutbox outbox,
    DeliveryQueue deliveries,
    SyncRunLog runs,
    ProcessedUpdates processed) {}
