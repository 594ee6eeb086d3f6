package com.wbassist.application.contract;

import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.feedback;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static com.wbassist.domain.testdata.MarketRows.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.wbassist.application.port.out.ShopFigures;
import com.wbassist.application.port.out.StockBatch;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.event.NegativeReviewPosted;
import com.wbassist.domain.event.OrderCancelled;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.event.ProductBoughtOut;
import com.wbassist.domain.event.ProductReturned;
import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.figures.CountAndSum;
import com.wbassist.domain.figures.EventFigures;
import com.wbassist.domain.figures.ShopSummary;
import com.wbassist.domain.market.CardSize;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.market.Product;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.SizeStock;
import com.wbassist.domain.sync.SyncLease;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link ShopFigures} must answer — the in-memory fake and the
 * database adapter alike — over the same stored rows: Moscow days and their midnights, "so far",
 * each kind's own date, sizes, windows (docs/domain.md, "Figures"). Extend it with fresh, empty
 * storage and the figures over it.
 */
public abstract class ShopFiguresContract {
  private static final CabinetId SHOP = new CabinetId("figures-shop");
  private static final CabinetId OTHER = new CabinetId("other-shop");
  private static final Instant NOW = moscow("2026-11-18T12:00:00");
  private static final long DRESS = 101001;
  private static final Product SIZE_44 =
      new Product(DRESS, "DRESS-01", "44", "2000000000302", "Платья", "Одежда", "Лето");

  private final Map<CabinetId, SyncLease> leases = new HashMap<>();
  private StoragePorts storage;
  private ShopFigures figures;

  /** Fresh ports on an empty storage. */
  protected abstract StoragePorts emptyStorage();

  /** The figures over that storage, judging reviews and stock by the policy. */
  protected abstract ShopFigures figuresOver(StoragePorts storage, DetectionPolicy policy);

  private SyncLease leaseOf(CabinetId cabinet) {
    return leases.computeIfAbsent(
        cabinet,
        id -> {
          storage
              .cabinets()
              .save(
                  Cabinet.connect(
                      id,
                      id.sid(),
                      new ApiToken("eyJ.figures.sig"),
                      NOW.plus(Duration.ofDays(180)),
                      NOW));
          return storage.cabinets().claim(id, NOW, Duration.ofDays(1)).orElseThrow();
        });
  }

  @BeforeEach
  void dressWithTwoSizes() {
    leases.clear();
    storage = emptyStorage();
    figures = figuresOver(storage, DetectionPolicy.defaults());
    storage
        .cards()
        .store(
            leaseOf(SHOP),
            List.of(
                card(
                    DRESS,
                    "Платье летнее",
                    null,
                    new CardSize(301, "42", "42", List.of("2000000000301")),
                    new CardSize(302, "44", "44", List.of("2000000000302")))),
            Optional.empty());
  }

  private void orders(CabinetId cabinet, Order... rows) {
    storage
        .orders()
        .store(
            new StreamBatch<>(leaseOf(cabinet), List.of(rows), Optional.empty(), List.of(), NOW));
  }

  private void sales(Sale... rows) {
    storage
        .sales()
        .store(new StreamBatch<>(leaseOf(SHOP), List.of(rows), Optional.empty(), List.of(), NOW));
  }

  private void reviews(Feedback... rows) {
    storage
        .feedbacks()
        .store(new StreamBatch<>(leaseOf(SHOP), List.of(rows), Optional.empty(), List.of(), NOW));
  }

  private void stockLeft(int size42, int size44) {
    storage
        .stocks()
        .store(
            new StockBatch(
                leaseOf(SHOP),
                List.of(
                    stock(DRESS, 301, 507, "Коледино", size42),
                    stock(DRESS, 302, 507, "Коледино", size44)),
                List.of(
                    new SizeStock(new SizeKey(DRESS, 301), size42, 0),
                    new SizeStock(new SizeKey(DRESS, 302), size44, 0)),
                List.of(),
                NOW));
  }

  private static CountAndSum of(int count, String sum) {
    return new CountAndSum(count, new BigDecimal(sum));
  }

  private static void assertCountAndSum(CountAndSum expected, CountAndSum actual) {
    assertEquals(expected.count(), actual.count(), "count");
    assertEquals(0, expected.sum().compareTo(actual.sum()), expected.sum() + " ≠ " + actual.sum());
  }

  @Test
  @DisplayName(
      "today's orders: the Moscow day up to and including the event's row, not 23:59:59 yesterday, not later rows")
  void ordersSoFar() {
    orders(
        SHOP,
        order("Y").date("2026-11-17T23:59:59").price("100").build(),
        order("M").date("2026-11-18T00:00:00").price("200").build(),
        order("A").date("2026-11-18T09:00:00").price("300").build(),
        order("B").date("2026-11-18T09:00:00").price("400").build(),
        order("C").date("2026-11-18T09:00:00").price("500").build(),
        order("L").date("2026-11-18T11:00:00").price("600").build());
    orders(OTHER, order("A").date("2026-11-18T08:00:00").price("999").build());
    Order b = order("B").date("2026-11-18T09:00:00").price("400").build();
    assertCountAndSum(of(3, "900"), figures.ofEvent(new OrderPlaced(SHOP, b)).today());
    Order midnight = order("M").date("2026-11-18T00:00:00").price("200").build();
    assertCountAndSum(of(1, "200"), figures.ofEvent(new OrderPlaced(SHOP, midnight)).today());
    Order yesterday = order("Y").date("2026-11-17T23:59:59").price("100").build();
    assertCountAndSum(of(1, "100"), figures.ofEvent(new OrderPlaced(SHOP, yesterday)).today());
  }

  @Test
  @DisplayName("today's cancellations by their own date, a day-only cancelDate counting on its day")
  void cancellationsSoFar() {
    Order dayOnly =
        order("D")
            .date("2026-11-15T10:00:00")
            .cancelled("2026-11-18T00:00:00")
            .price("700")
            .build();
    Order timed =
        order("T")
            .date("2026-11-18T08:00:00")
            .cancelled("2026-11-18T09:30:00")
            .price("300")
            .build();
    orders(
        SHOP,
        dayOnly,
        timed,
        order("E").date("2026-11-17T10:00:00").cancelled("2026-11-17T23:59:59").build(),
        order("N").date("2026-11-18T08:00:00").price("5000").build());
    assertCountAndSum(of(2, "1000"), figures.ofEvent(new OrderCancelled(SHOP, timed)).today());
    assertCountAndSum(of(1, "700"), figures.ofEvent(new OrderCancelled(SHOP, dayOnly)).today());
  }

  @Test
  @DisplayName("buyouts and returns are counted apart, returns' negative money as amounts")
  void salesSoFar() {
    Sale first = sale("S1").date("2026-11-18T09:00:00").money("1500", "1200").build();
    Sale second = sale("S2").date("2026-11-18T10:00:00").money("1000", "800").build();
    Sale back = sale("R1").date("2026-11-18T10:30:00").money("-1500", "-1284.01").build();
    sales(first, second, back, sale("D1").date("2026-11-18T09:00:00").build());
    assertCountAndSum(of(2, "2500"), figures.ofEvent(new ProductBoughtOut(SHOP, second)).today());
    assertCountAndSum(of(1, "1500"), figures.ofEvent(new ProductReturned(SHOP, back)).today());
  }

  @Test
  @DisplayName("today's negative reviews: at most three stars, up to this one")
  void negativeReviews() {
    Feedback now = feedback("F2").stars(1).created("2026-11-18T10:00:00").build();
    reviews(
        feedback("F1").stars(2).created("2026-11-18T09:00:00").build(),
        now,
        feedback("F3").stars(5).created("2026-11-18T09:30:00").build(),
        feedback("F4").stars(3).created("2026-11-18T11:00:00").build());
    assertEquals(2, figures.ofEvent(new NegativeReviewPosted(SHOP, now)).today().count());
  }

  @Test
  @DisplayName(
      "the size's stock and days: 3 left of size 42, 7 orders of it in 14 days (not the cancelled, older or other size) → 6 days")
  void stockAndDays() {
    stockLeft(3, 9);
    orders(
        SHOP,
        order("1").date("2026-11-05T12:00:01").build(),
        order("2").date("2026-11-08T10:00:00").build(),
        order("3").date("2026-11-10T10:00:00").build(),
        order("4").date("2026-11-12T10:00:00").build(),
        order("5").date("2026-11-14T10:00:00").build(),
        order("6").date("2026-11-16T10:00:00").build(),
        order("7").date("2026-11-18T11:00:00").build(),
        order("old").date("2026-11-04T11:00:00").build(),
        order("x").date("2026-11-10T10:00:00").cancelled("2026-11-10T11:00:00").build(),
        order("44").date("2026-11-10T10:00:00").product(SIZE_44).build(),
        order("later").date("2026-11-18T12:30:00").build());
    Order seven = order("7").date("2026-11-18T11:00:00").build();
    EventFigures shown = figures.ofEvent(new OrderPlaced(SHOP, seven));
    assertEquals(3, shown.stockLeft());
    assertEquals(new BigDecimal("6.0"), shown.daysOfStock());
    Order ofSize44 = order("44").date("2026-11-10T10:00:00").product(SIZE_44).build();
    EventFigures other = figures.ofEvent(new OrderPlaced(SHOP, ofSize44));
    assertEquals(9, other.stockLeft());
    assertEquals(new BigDecimal("126.0"), other.daysOfStock(), "9 ÷ (1 ÷ 14)");
  }

  @Test
  @DisplayName("no stock snapshot, no stock figure; no recent order, no days")
  void noStock() {
    Order lone = order("A").date("2026-11-18T09:00:00").build();
    orders(SHOP, lone);
    EventFigures none = figures.ofEvent(new OrderPlaced(SHOP, lone));
    assertNull(none.stockLeft());
    assertNull(none.daysOfStock());
    var low = new StockRanLow(SHOP, new SizeKey(DRESS, 302), 1, 1, List.of(), NOW);
    EventFigures stockEvent = figures.ofEvent(low);
    assertEquals(1, stockEvent.stockLeft());
    assertNull(stockEvent.daysOfStock(), "size 44 had no order in 14 days");
    assertNull(stockEvent.today());
  }

  @Test
  @DisplayName("the article's buyout rate over 30 days: 3 buyouts, 1 cancellation → 75 %")
  void buyoutRate() {
    sales(
        sale("S1").date("2026-11-01T10:00:00").build(),
        sale("S2").date("2026-11-10T10:00:00").build(),
        sale("S3").date("2026-11-18T10:00:00").build(),
        sale("S0").date("2026-10-18T10:00:00").build(),
        sale("S9").date("2026-11-10T10:00:00").nmId(999).build(),
        sale("R1").date("2026-11-12T10:00:00").build());
    orders(
        SHOP,
        order("c1").date("2026-11-02T10:00:00").cancelled("2026-11-03T00:00:00").build(),
        order("c0").date("2026-10-02T10:00:00").cancelled("2026-10-03T00:00:00").build());
    Sale s3 = sale("S3").date("2026-11-18T10:00:00").build();
    assertEquals(
        new BigDecimal("75"), figures.ofEvent(new ProductBoughtOut(SHOP, s3)).buyoutRatePercent());
  }

  @Test
  @DisplayName(
      "a day's summary: counts and money of the Moscow day, its buyout rate, the top products and the sizes running out")
  void daySummary() {
    stockLeft(1, 0);
    orders(
        SHOP,
        order("y").date("2026-11-17T23:59:59").price("10000").build(),
        order("a").date("2026-11-18T00:00:00").price("1000").build(),
        order("b").date("2026-11-18T12:00:00").price("1000").build(),
        order("c").date("2026-11-18T23:59:59").nmId(202).price("500").build(),
        order("x")
            .date("2026-11-10T10:00:00")
            .cancelled("2026-11-18T00:00:00")
            .price("700")
            .build(),
        order("n").date("2026-11-19T00:00:00").price("10000").build());
    sales(
        sale("S1").date("2026-11-18T10:00:00").money("1500", "1200").build(),
        sale("R1").date("2026-11-18T11:00:00").money("-800", "-600").build());
    ShopSummary day = figures.summary(SHOP, Period.day(LocalDate.parse("2026-11-18")));
    assertCountAndSum(of(3, "2500"), day.orders());
    assertCountAndSum(of(1, "1500"), day.buyouts());
    assertCountAndSum(of(1, "700"), day.cancellations());
    assertCountAndSum(of(1, "800"), day.returns());
    assertEquals(new BigDecimal("50"), day.buyoutRatePercent());
    assertEquals(2, day.topProducts().size());
    assertEquals(DRESS, day.topProducts().get(0).nmId());
    assertEquals(2, day.topProducts().get(0).orders(), "placed that day; x was placed on the 10th");
    assertEquals("Платье летнее", day.topProducts().get(0).title());
    assertEquals("Платья", day.topProducts().get(1).title(), "no card: the WB subject");
    assertEquals(1, day.runningOut().size(), "size 44 is gone and sold nothing lately: not news");
    var size42 = day.runningOut().get(0);
    assertEquals("42", size42.techSize());
    assertEquals(1, size42.left());
    assertEquals(new BigDecimal("4.6"), size42.daysOfStock(), "1 ÷ (3 ÷ 14)");
  }

  @Test
  @DisplayName("a quiet day is all zeros, no rate, no lists")
  void quietDay() {
    ShopSummary day = figures.summary(SHOP, Period.day(LocalDate.parse("2026-11-18")));
    assertEquals(0, day.orders().count());
    assertNull(day.buyoutRatePercent());
    assertEquals(List.of(), day.topProducts());
    assertEquals(List.of(), day.runningOut());
  }

  @Test
  @DisplayName(
      "a week's summary: from the first day's Moscow midnight to the last day's end, each kind by its own date")
  void weekSummary() {
    stockLeft(1, 9);
    orders(
        SHOP,
        order("before").date("2026-11-11T23:59:59").price("10000").build(),
        order("first").date("2026-11-12T00:00:00").price("1000").build(),
        order("mid").date("2026-11-15T12:00:00").nmId(202).price("500").build(),
        order("mid2").date("2026-11-15T13:00:00").nmId(202).price("500").build(),
        order("mid3").date("2026-11-16T13:00:00").nmId(202).price("500").build(),
        order("last").date("2026-11-18T23:59:59").price("1000").build(),
        order("late")
            .date("2026-11-01T10:00:00")
            .cancelled("2026-11-12T00:00:00")
            .price("700")
            .build(),
        order("after").date("2026-11-19T00:00:00").price("10000").build());
    orders(OTHER, order("theirs").date("2026-11-15T12:00:00").price("99999").build());
    sales(
        sale("S1").date("2026-11-12T10:00:00").money("1500", "1200").build(),
        sale("S2").date("2026-11-18T23:00:00").money("500", "400").build(),
        sale("S3").date("2026-11-19T00:00:01").money("900", "800").build(),
        sale("R1").date("2026-11-14T11:00:00").money("-800", "-600").build());
    Period week = new Period(LocalDate.parse("2026-11-12"), LocalDate.parse("2026-11-18"));
    ShopSummary summary = figures.summary(SHOP, week);
    assertEquals(week, summary.period());
    assertCountAndSum(of(5, "3500"), summary.orders());
    assertCountAndSum(of(2, "2000"), summary.buyouts());
    assertCountAndSum(of(1, "700"), summary.cancellations());
    assertCountAndSum(of(1, "800"), summary.returns());
    assertEquals(new BigDecimal("67"), summary.buyoutRatePercent(), "2 ÷ (2 + 1)");
    assertEquals(List.of(202L, DRESS), summary.topProducts().stream().map(p -> p.nmId()).toList());
    assertEquals(3, summary.topProducts().get(0).orders(), "three orders over two days beat two");
    assertEquals(1, summary.runningOut().size(), "size 44 has 9: not running out");
    assertEquals(
        new BigDecimal("4.6"),
        summary.runningOut().get(0).daysOfStock(),
        "1 ÷ (3 ÷ 14): the 14 days end with the period's last day; the cancelled one is not counted");
  }

  @Test
  @DisplayName("a period's counts and money are the sum of its days', so the bot and the API agree")
  void periodIsItsDays() {
    orders(
        SHOP,
        order("a").date("2026-11-16T00:00:00").price("100").build(),
        order("b").date("2026-11-16T23:59:59").price("200").build(),
        order("c").date("2026-11-17T00:00:00").price("300").build(),
        order("d")
            .date("2026-11-17T10:00:00")
            .cancelled("2026-11-18T09:00:00")
            .price("400")
            .build());
    sales(
        sale("S1").date("2026-11-16T10:00:00").money("100", "90").build(),
        sale("R1").date("2026-11-18T10:00:00").money("-50", "-45").build());
    LocalDate first = LocalDate.parse("2026-11-16");
    ShopSummary whole = figures.summary(SHOP, new Period(first, first.plusDays(2)));
    CountAndSum orders = CountAndSum.NONE;
    CountAndSum buyouts = CountAndSum.NONE;
    CountAndSum cancellations = CountAndSum.NONE;
    CountAndSum returns = CountAndSum.NONE;
    for (int day = 0; day < 3; day++) {
      ShopSummary one = figures.summary(SHOP, Period.day(first.plusDays(day)));
      orders = plus(orders, one.orders());
      buyouts = plus(buyouts, one.buyouts());
      cancellations = plus(cancellations, one.cancellations());
      returns = plus(returns, one.returns());
    }
    assertCountAndSum(orders, whole.orders());
    assertCountAndSum(buyouts, whole.buyouts());
    assertCountAndSum(cancellations, whole.cancellations());
    assertCountAndSum(returns, whole.returns());
    assertCountAndSum(of(4, "1000"), whole.orders());
  }

  private static CountAndSum plus(CountAndSum a, CountAndSum b) {
    return new CountAndSum(a.count() + b.count(), a.sum().add(b.sum()));
  }
}
