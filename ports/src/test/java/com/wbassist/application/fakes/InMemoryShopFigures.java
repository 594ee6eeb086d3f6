package com.wbassist.application.fakes;

import com.wbassist.application.port.out.ShopFigures;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.OrderCancelled;
import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.figures.BuyoutRate;
import com.wbassist.domain.figures.CardSizeOfRow;
import com.wbassist.domain.figures.CountAndSum;
import com.wbassist.domain.figures.DaysOfStock;
import com.wbassist.domain.figures.EventFigures;
import com.wbassist.domain.figures.ShopSummary;
import com.wbassist.domain.figures.SizeRunningOut;
import com.wbassist.domain.figures.TodaySoFar;
import com.wbassist.domain.figures.TopProduct;
import com.wbassist.domain.market.CardSize;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.SaleKind;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.SizeStock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The shop's figures over the in-memory stores, by the same formulas as the database adapter
 * (docs/domain.md, "Figures"); {@code ShopFiguresContract} holds both to the same answers.
 */
public final class InMemoryShopFigures implements ShopFigures {
  private final InMemoryOrderStore orders;
  private final InMemorySaleStore sales;
  private final InMemoryFeedbackStore feedbacks;
  private final InMemoryStockStore stocks;
  private final InMemoryProductCardStore cards;
  private final DetectionPolicy policy;

  public InMemoryShopFigures(
      InMemoryOrderStore orders,
      InMemorySaleStore sales,
      InMemoryFeedbackStore feedbacks,
      InMemoryStockStore stocks,
      InMemoryProductCardStore cards,
      DetectionPolicy policy) {
    this.orders = orders;
    this.sales = sales;
    this.feedbacks = feedbacks;
    this.stocks = stocks;
    this.cards = cards;
    this.policy = policy;
  }

  @Override
  public EventFigures ofEvent(MarketEvent event) {
    CabinetId cabinet = event.cabinet();
    Optional<ProductCard> card = cards.card(cabinet, event.nmId());
    Optional<CardSize> size = card.flatMap(c -> CardSizeOfRow.of(event, c));
    CountAndSum today = TodaySoFar.of(event).map(t -> today(event, t)).orElse(null);
    Integer left;
    if (event instanceof StockRanLow low) {
      left = low.totalLeft();
    } else {
      left =
          size.map(s -> stocks.sizeStocks(cabinet).get(new SizeKey(event.nmId(), s.chrtId())))
              .map(SizeStock::total)
              .orElse(null);
    }
    BigDecimal days = null;
    Instant to = event.occurredAt();
    if (left != null && size.isPresent()) {
      Instant from = to.minus(DaysOfStock.WINDOW);
      int recent =
          recentOrders(
              cabinet,
              card.get(),
              size.get(),
              o -> o.date().isAfter(from) && !o.date().isAfter(to));
      days = DaysOfStock.of(left, recent).orElse(null);
    }
    Instant from = to.minus(BuyoutRate.WINDOW);
    Predicate<Instant> inWindow = at -> at.isAfter(from) && !at.isAfter(to);
    int buyouts =
        (int)
            sales(cabinet, SaleKind.BUYOUT)
                .filter(s -> s.product().nmId() == event.nmId() && inWindow.test(s.date()))
                .count();
    int cancellations =
        (int)
            cancelled(cabinet)
                .filter(o -> o.product().nmId() == event.nmId() && inWindow.test(cancelledAt(o)))
                .count();
    return new EventFigures(today, left, days, BuyoutRate.of(buyouts, cancellations).orElse(null));
  }

  @Override
  public ShopSummary summary(CabinetId cabinet, Period day) {
    List<Order> placed =
        orders.stored(cabinet).stream().filter(o -> day.contains(o.date())).toList();
    CountAndSum buyouts =
        ordersOrSales(sales(cabinet, SaleKind.BUYOUT).filter(s -> day.contains(s.date())));
    CountAndSum cancellations =
        sum(
            cancelled(cabinet)
                .filter(o -> day.contains(cancelledAt(o)))
                .map(o -> o.prices().priceWithDisc()));
    CountAndSum returns =
        ordersOrSales(sales(cabinet, SaleKind.RETURN).filter(s -> day.contains(s.date())));
    return new ShopSummary(
        day,
        sum(placed.stream().map(o -> o.prices().priceWithDisc())),
        buyouts,
        cancellations,
        returns,
        BuyoutRate.of(buyouts.count(), cancellations.count()).orElse(null),
        top(cabinet, placed),
        runningOut(cabinet, day));
  }

  private CountAndSum today(MarketEvent event, TodaySoFar today) {
    CabinetId cabinet = event.cabinet();
    EventType type = event.type();
    return switch (type) {
      case NEW_ORDER ->
          sum(
              orders.stored(cabinet).stream()
                  .filter(o -> today.counts(o.date(), o.srid()))
                  .map(o -> o.prices().priceWithDisc()));
      case ORDER_CANCELLED ->
          sum(
              cancelled(cabinet)
                  .filter(o -> today.counts(cancelledAt(o), o.srid()))
                  .map(o -> o.prices().priceWithDisc()));
      case BUYOUT ->
          ordersOrSales(
              sales(cabinet, SaleKind.BUYOUT).filter(s -> today.counts(s.date(), s.saleId())));
      case RETURN ->
          ordersOrSales(
              sales(cabinet, SaleKind.RETURN).filter(s -> today.counts(s.date(), s.saleId())));
      case NEGATIVE_REVIEW ->
          new CountAndSum(
              (int)
                  feedbacks.stored(cabinet).stream()
                      .filter(f -> f.productValuation() <= policy.negativeMax())
                      .filter(f -> today.counts(f.createdDate(), f.id()))
                      .count(),
              BigDecimal.ZERO);
      case CRITICAL_STOCK -> throw new IllegalArgumentException("a stock event has no today");
    };
  }

  private List<TopProduct> top(CabinetId cabinet, List<Order> placed) {
    Map<Long, List<Order>> byArticle = new TreeMap<>();
    placed.forEach(
        o -> byArticle.computeIfAbsent(o.product().nmId(), k -> new ArrayList<>()).add(o));
    List<TopProduct> top = new ArrayList<>();
    byArticle.forEach(
        (nmId, rows) -> {
          String subject =
              rows.stream()
                  .map(o -> o.product().subject())
                  .max(Comparator.naturalOrder())
                  .orElse("");
          String title =
              cards
                  .card(cabinet, nmId)
                  .map(ProductCard::title)
                  .filter(t -> !t.isBlank())
                  .orElse(subject);
          String article =
              rows.stream()
                  .map(o -> o.product().supplierArticle())
                  .max(Comparator.naturalOrder())
                  .orElse("");
          top.add(
              new TopProduct(
                  nmId,
                  title,
                  article,
                  rows.size(),
                  sum(rows.stream().map(o -> o.prices().priceWithDisc())).sum()));
        });
    return top.stream()
        .sorted(
            Comparator.comparingInt(TopProduct::orders)
                .reversed()
                .thenComparing(TopProduct::sum, Comparator.reverseOrder())
                .thenComparingLong(TopProduct::nmId))
        .limit(5)
        .toList();
  }

  private List<SizeRunningOut> runningOut(CabinetId cabinet, Period day) {
    Instant from = day.end().minus(DaysOfStock.WINDOW);
    List<SizeRunningOut> sizes = new ArrayList<>();
    for (SizeStock stock : stocks.sizeStocks(cabinet).values()) {
      if (stock.total() > policy.criticalStock()) {
        continue;
      }
      Optional<ProductCard> card = cards.card(cabinet, stock.size().nmId());
      Optional<CardSize> size = card.flatMap(c -> c.size(stock.size().chrtId()));
      int recent =
          size.isEmpty()
              ? 0
              : recentOrders(
                  cabinet,
                  card.get(),
                  size.get(),
                  o -> !o.date().isBefore(from) && o.date().isBefore(day.end()));
      if (stock.total() == 0 && recent == 0) {
        continue;
      }
      sizes.add(
          new SizeRunningOut(
              stock.size().nmId(),
              card.map(ProductCard::title).orElse(""),
              size.map(CardSize::techSize).orElse(""),
              stock.total(),
              DaysOfStock.of(stock.total(), recent).orElse(null)));
    }
    sizes.sort(
        Comparator.comparing(
                SizeRunningOut::daysOfStock, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(SizeRunningOut::left)
            .thenComparingLong(SizeRunningOut::nmId));
    return sizes;
  }

  private int recentOrders(
      CabinetId cabinet, ProductCard card, CardSize size, Predicate<Order> inWindow) {
    return (int)
        orders.stored(cabinet).stream()
            .filter(o -> o.product().nmId() == card.nmId() && !o.cancelled() && inWindow.test(o))
            .filter(
                o ->
                    CardSizeOfRow.find(card, o.product().barcode(), o.product().techSize())
                        .filter(size::equals)
                        .isPresent())
            .count();
  }

  private Stream<Order> cancelled(CabinetId cabinet) {
    return orders.stored(cabinet).stream().filter(Order::cancelled);
  }

  private Stream<Sale> sales(CabinetId cabinet, SaleKind kind) {
    return sales.stored(cabinet).stream().filter(s -> s.kind() == kind);
  }

  private static Instant cancelledAt(Order order) {
    return new OrderCancelled(new CabinetId("-"), order).occurredAt();
  }

  private static CountAndSum ordersOrSales(Stream<Sale> rows) {
    return sum(rows.map(s -> s.prices().priceWithDisc()));
  }

  private static CountAndSum sum(Stream<BigDecimal> money) {
    List<BigDecimal> amounts = money.toList();
    return new CountAndSum(
        amounts.size(),
        amounts.stream().map(BigDecimal::abs).reduce(BigDecimal.ZERO, BigDecimal::add));
  }
}
