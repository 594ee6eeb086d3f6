package com.wbassist.application.fakes;

import com.wbassist.application.port.out.NotifiedEvent;
import com.wbassist.application.port.out.RecordCursor;
import com.wbassist.application.port.out.RecordPage;
import com.wbassist.application.port.out.ShopRecords;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.StockLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One cabinet's orders and sales in memory, paged by (own date, key) like the real store. */
public final class InMemoryShopRecords implements ShopRecords {
  private final List<Order> orders = new ArrayList<>();
  private final List<Sale> sales = new ArrayList<>();
  private int pagesRead;

  public synchronized InMemoryShopRecords add(Order order) {
    orders.add(order);
    return this;
  }

  public synchronized InMemoryShopRecords add(Sale sale) {
    sales.add(sale);
    return this;
  }

  public synchronized int pagesRead() {
    return pagesRead;
  }

  @Override
  public synchronized RecordPage<Order> orders(
      CabinetId cabinet, Period period, Optional<RecordCursor> after, int limit) {
    return page(orders, Order::date, Order::srid, period, after, limit);
  }

  @Override
  public synchronized RecordPage<Sale> sales(
      CabinetId cabinet, Period period, Optional<RecordCursor> after, int limit) {
    return page(sales, Sale::date, Sale::saleId, period, after, limit);
  }

  @Override
  public RecordPage<Feedback> feedbacks(
      CabinetId cabinet, Period period, Optional<RecordCursor> after, int limit) {
    return new RecordPage<>(List.of(), Optional.empty());
  }

  @Override
  public List<StockLevel> stocks(CabinetId cabinet) {
    return List.of();
  }

  @Override
  public RecordPage<NotifiedEvent> notified(
      CabinetId cabinet, Period period, Optional<RecordCursor> after, int limit) {
    return new RecordPage<>(List.of(), Optional.empty());
  }

  private <T> RecordPage<T> page(
      List<T> rows,
      Function<T, Instant> date,
      Function<T, String> key,
      Period period,
      Optional<RecordCursor> after,
      int limit) {
    pagesRead++;
    Comparator<T> order = Comparator.comparing(date).thenComparing(key);
    List<T> page =
        rows.stream()
            .filter(r -> period.contains(date.apply(r)))
            .filter(
                r ->
                    after
                        .map(
                            c ->
                                date.apply(r).compareTo(c.at()) > 0
                                    || date.apply(r).equals(c.at())
                                        && key.apply(r).compareTo(c.key()) > 0)
                        .orElse(true))
            .sorted(order)
            .limit(limit)
            .toList();
    Optional<RecordCursor> next =
        page.size() < limit
            ? Optional.empty()
            : Optional.of(
                new RecordCursor(
                    date.apply(page.get(page.size() - 1)), key.apply(page.get(page.size() - 1))));
    return new RecordPage<>(page, next);
  }
}
