package com.wbassist.application.service;

import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.domain.detection.CriticalStockRule;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.detection.NegativeReviewRule;
import com.wbassist.domain.detection.OrderEventRule;
import com.wbassist.domain.detection.SaleEventRule;
import com.wbassist.domain.sync.SyncPolicy;
import com.wbassist.domain.sync.SyncStream;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** The five streams of a pass, in the order a pass runs them. */
final class PassStreams {
  private PassStreams() {}

  /**
   * @param policy read at the start of every pass, so a changed configuration applies from the next
   *     pass on
   */
  static List<StreamSync> of(
      WbMarketData wb,
      MarketStores stores,
      Supplier<SyncPolicy> policy,
      DetectionPolicy detection,
      Clock clock) {
    UnreadableWbRows unreadable = new UnreadableWbRows(stores.setAside(), clock);
    return List.of(
        new LazyStream(
            SyncStream.CARDS,
            () -> new CardStreamSync(wb, stores.cards(), policy.get().cardPageSize(), unreadable)),
        new LazyStream(
            SyncStream.ORDERS,
            () ->
                new StatisticsStreamSync<>(
                    SyncStream.ORDERS,
                    new OrderStreamSync(wb, stores.orders(), new OrderEventRule(detection)),
                    policy.get(),
                    clock,
                    unreadable)),
        new LazyStream(
            SyncStream.SALES,
            () ->
                new StatisticsStreamSync<>(
                    SyncStream.SALES,
                    new SaleStreamSync(wb, stores.sales(), new SaleEventRule(detection)),
                    policy.get(),
                    clock,
                    unreadable)),
        new LazyStream(
            SyncStream.STOCKS,
            () ->
                new StockStreamSync(
                    wb, stores.stocks(), new CriticalStockRule(detection), clock, unreadable)),
        new LazyStream(
            SyncStream.FEEDBACKS,
            () ->
                new FeedbackStreamSync(
                    wb,
                    stores.feedbacks(),
                    new NegativeReviewRule(detection),
                    policy.get(),
                    clock,
                    unreadable)));
  }

  /** Builds a stream's sync at the start of each pass, so the current policy applies. */
  private record LazyStream(SyncStream stream, Supplier<StreamSync> factory) implements StreamSync {
    @Override
    public StreamResult sync(StreamSyncContext context) {
      return factory.get().sync(context);
    }
  }
}
