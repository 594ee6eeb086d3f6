package com.wbassist.adapter.persistence;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.port.out.CardsPage;
import com.wbassist.application.port.out.FeedbackList;
import com.wbassist.application.port.out.SellerAccount;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.application.port.out.WbAccountCheck;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.application.port.out.WbTokenRejectedException;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.CardPhoto;
import com.wbassist.domain.market.CardSize;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.FeedbackProduct;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Place;
import com.wbassist.domain.market.Prices;
import com.wbassist.domain.market.Product;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.StockLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * WB for one simulated shop, living on simulated time (for {@link TableSizeBenchmark}). {@link
 * #advanceTo} plays what happens in the shop up to a moment; the {@link WbMarketData} methods
 * answer what WB holds then, paged as WB pages it (orders and sales by {@code lastChangeDate >=
 * dateFrom}, reviews newest first, cards by cursor, stocks as a complete snapshot).
 *
 * <p>A day of the shop: about {@code ordersPerDay} orders (±15 %) at random moments, each taking a
 * unit of one size from a warehouse that holds it; 5 % of orders cancelled within 10 minutes to 36
 * hours; 76 % bought out 2–8 days after the order, 8 % of buyouts returned 1–14 days later; 5 % of
 * buyouts reviewed 1–10 days later (stars 5/4/3/2/1 at 55/15/10/8/12 %, many rating-only ones
 * straight to the archive, the others answered — moved to the archive — within 2 hours to 3 days);
 * a size down to 2 units is refilled 1–3 days later; now and then a card is edited. WB keeps
 * reviews for good and answers statistics rows of the last 100 days (older ones are forgotten here,
 * to keep the fake small: no pass asks that far back). Deterministic for a seed.
 */
final class DemoShopWb implements WbMarketData, WbAccountCheck {
  private static final String[] TECH_SIZES = {"S", "M", "L", "XL"};
  private static final String[] WAREHOUSES = {"Коледино", "Казань"};
  private static final long[] WAREHOUSE_IDS = {507, 117_986};
  private static final String[][] SUBJECTS = {
    {"Платья", "Одежда"}, {"Футболки", "Одежда"}, {"Джинсы", "Одежда"}, {"Куртки", "Одежда"}
  };
  private static final String[][] REGIONS = {
    {"Московская", "Центральный федеральный округ"},
    {"Санкт-Петербург", "Северо-Западный федеральный округ"},
    {"Татарстан", "Приволжский федеральный округ"},
    {"Свердловская", "Уральский федеральный округ"},
    {"Краснодарский край", "Южный федеральный округ"}
  };
  private static final String[] REVIEW_TEXTS = {
    "Не подошёл размер", "Цвет не как на фото", "Отлично, спасибо!", "Нормально", "Шов разошёлся"
  };
  private static final Duration WB_FORGETS_AFTER = Duration.ofDays(100);
  private static final Comparator<Feedback> NEWEST_FIRST =
      Comparator.comparing(Feedback::createdDate).thenComparing(Feedback::id).reversed();

  /** What WB saw happen in the shop so far. */
  record Activity(
      long orders, long cancellations, long buyouts, long returns, long reviews, long negative) {
    Activity minus(Activity before) {
      return new Activity(
          orders - before.orders,
          cancellations - before.cancellations,
          buyouts - before.buyouts,
          returns - before.returns,
          reviews - before.reviews,
          negative - before.negative);
    }
  }

  /** One size of one product. */
  private record Item(Product product, String title, long imtId, int price) {}

  private record Happening(Instant at, long seq, Runnable action) {}

  private final CabinetId cabinet;
  private final String shopName;
  private final int ordersPerDay;
  private final Random random;
  private final List<Item> items = new ArrayList<>();
  private final int[][] stock;
  private final boolean[] refillPlanned;
  private final Map<Long, ProductCard> cards = new LinkedHashMap<>();
  private final PriorityQueue<Happening> agenda =
      new PriorityQueue<>(Comparator.comparing(Happening::at).thenComparingLong(Happening::seq));
  private final Map<String, Order> orders = new HashMap<>();
  private final TreeMap<Instant, Map<String, Order>> ordersByChange = new TreeMap<>();
  private final TreeMap<Instant, List<Sale>> salesByChange = new TreeMap<>();
  private final TreeSet<Feedback> unanswered = new TreeSet<>(NEWEST_FIRST);
  private final TreeSet<Feedback> archive = new TreeSet<>(NEWEST_FIRST);
  private final Map<String, Feedback> waitingForAnswer = new HashMap<>();
  private Instant now;
  private Instant plannedUntil;
  private long seq;
  private long serial;
  private long placed;
  private long cancellations;
  private long buyouts;
  private long returns;
  private long reviews;
  private long negative;

  /**
   * @param since the shop's first day: WB's history starts there
   */
  DemoShopWb(
      CabinetId cabinet, String shopName, int ordersPerDay, int sizes, long seed, Instant since) {
    this.cabinet = cabinet;
    this.shopName = shopName;
    this.ordersPerDay = ordersPerDay;
    this.random = new Random(seed);
    this.now = since;
    this.plannedUntil = since;
    this.stock = new int[sizes][WAREHOUSES.length];
    this.refillPlanned = new boolean[sizes];
    Instant cardsMade = since.minus(Duration.ofDays(60));
    for (int i = 0; i < sizes; i++) {
      long nmId = 400_000L + i / TECH_SIZES.length;
      String[] subject = SUBJECTS[(int) (nmId % SUBJECTS.length)];
      String techSize = TECH_SIZES[i % TECH_SIZES.length];
      long chrtId = nmId * 10 + i % TECH_SIZES.length;
      String title = subject[0] + " модель " + (nmId - 400_000L + 1);
      items.add(
          new Item(
              new Product(
                  nmId, "ART-" + nmId, techSize, "20" + chrtId, subject[0], subject[1], "Лето"),
              title,
              900_000_000L + nmId,
              490 + (int) (nmId % 20) * 150));
      for (int w = 0; w < WAREHOUSES.length; w++) {
        stock[i][w] = 5 + random.nextInt(21);
      }
    }
    for (int i = 0; i < sizes; i += TECH_SIZES.length) {
      cards.put(items.get(i).product().nmId(), card(i, cardsMade));
    }
  }

  /** Plays everything that happens in the shop up to {@code moment}. */
  synchronized void advanceTo(Instant moment) {
    // Strictly in time order, a day planned at its start: the shop's random draws then follow
    // its own timeline only, so runs that look at it at different moments see the same shop.
    while (true) {
      Instant next = agenda.isEmpty() ? null : agenda.peek().at();
      if (!plannedUntil.isAfter(moment) && (next == null || !next.isBefore(plannedUntil))) {
        now = plannedUntil;
        planDay(plannedUntil);
        plannedUntil = plannedUntil.plus(Duration.ofDays(1));
      } else if (next != null && !next.isAfter(moment)) {
        Happening happening = agenda.poll();
        now = happening.at();
        happening.action().run();
      } else {
        break;
      }
    }
    now = moment;
    forgetOlderThan(moment.minus(WB_FORGETS_AFTER));
  }

  synchronized Activity activity() {
    return new Activity(placed, cancellations, buyouts, returns, reviews, negative);
  }

  /** A token for this shop's account, valid until {@code expiresAt}. */
  String token(Instant expiresAt) {
    return FakeTokens.personal(cabinet.sid(), expiresAt);
  }

  // --- WB's account check and market data -------------------------------------------------

  @Override
  public synchronized SellerAccount verify(ApiToken token) {
    if (!FakeTokens.cabinetOf(token).equals(cabinet)) {
      throw new WbTokenRejectedException("401 unauthorized: token problem");
    }
    return new SellerAccount(cabinet.sid(), shopName, "Лето");
  }

  @Override
  public synchronized WbPage<Order> ordersPage(WbAccess access, Instant dateFrom) {
    check(access);
    List<Order> page = new ArrayList<>();
    for (Map<String, Order> changed : tail(ordersByChange, dateFrom).values()) {
      page.addAll(changed.values());
    }
    return WbPage.of(page);
  }

  @Override
  public synchronized WbPage<Sale> salesPage(WbAccess access, Instant dateFrom) {
    check(access);
    List<Sale> page = new ArrayList<>();
    for (List<Sale> changed : tail(salesByChange, dateFrom).values()) {
      page.addAll(changed);
    }
    return WbPage.of(page);
  }

  @Override
  public synchronized WbPage<StockLevel> stocks(WbAccess access) {
    check(access);
    List<StockLevel> snapshot = new ArrayList<>(items.size() * WAREHOUSES.length);
    for (int i = 0; i < items.size(); i++) {
      Product product = items.get(i).product();
      SizeKey size = new SizeKey(product.nmId(), chrtId(i));
      for (int w = 0; w < WAREHOUSES.length; w++) {
        snapshot.add(
            new StockLevel(
                size, WAREHOUSE_IDS[w], WAREHOUSES[w], "Центральный", stock[i][w], 0, 0));
      }
    }
    return WbPage.of(snapshot);
  }

  @Override
  public synchronized WbPage<Feedback> feedbacksPage(
      WbAccess access, FeedbackList list, int skip, int take) {
    check(access);
    return WbPage.of(
        (list == FeedbackList.UNANSWERED ? unanswered : archive)
            .stream().skip(skip).limit(take).toList());
  }

  @Override
  public synchronized CardsPage cardsPage(WbAccess access, Optional<CardCursor> after, int limit) {
    check(access);
    List<ProductCard> page =
        cards.values().stream()
            .sorted(
                Comparator.comparing(ProductCard::updatedAt).thenComparingLong(ProductCard::nmId))
            .filter(card -> after.isEmpty() || isAfter(card, after.get()))
            .limit(limit)
            .toList();
    Optional<CardCursor> next =
        page.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new CardCursor(
                    page.get(page.size() - 1).updatedAt(), page.get(page.size() - 1).nmId()));
    return new CardsPage(page, next, page.size());
  }

  // --- the shop's life ---------------------------------------------------------------------

  private void planDay(Instant day) {
    int count = (int) Math.round(ordersPerDay * (0.85 + 0.3 * random.nextDouble()));
    for (int i = 0; i < count; i++) {
      at(day.plusSeconds(random.nextInt(86_400)), this::place);
    }
    if (random.nextInt(10) == 0) {
      int item = random.nextInt(items.size()) / TECH_SIZES.length * TECH_SIZES.length;
      at(
          day.plusSeconds(random.nextInt(86_400)),
          () -> cards.put(items.get(item).product().nmId(), card(item, now)));
    }
  }

  private void place() {
    int item = -1;
    for (int tries = 0; tries < 10 && item < 0; tries++) {
      int candidate = random.nextInt(items.size());
      if (total(candidate) > 0) {
        item = candidate;
      }
    }
    if (item < 0) {
      return; // what the buyer wanted is out of stock
    }
    int warehouse = stock[item][0] > 0 ? 0 : 1;
    if (stock[item][1] > 0 && random.nextBoolean()) {
      warehouse = 1;
    }
    stock[item][warehouse]--;
    planRefill(item);
    int from = warehouse;
    long id = ++serial;
    String srid = id + ".r" + Long.toHexString(random.nextLong() & 0xffffffffffL) + "." + id % 7;
    Order order =
        new Order(
            srid,
            "g" + (90_000_000L + id),
            now,
            now,
            items.get(item).product(),
            place(warehouse),
            prices(items.get(item).price(), 1),
            false,
            null);
    orders.put(srid, order);
    indexOrder(order);
    placed++;
    double fate = random.nextDouble();
    if (fate < 0.05) {
      at(now.plusSeconds(600 + random.nextInt(35 * 3_600)), () -> cancel(srid, from));
    } else if (fate < 0.81) {
      at(now.plusSeconds(2 * 86_400 + random.nextInt(6 * 86_400)), () -> buyOut(srid));
    }
  }

  private void cancel(String srid, int warehouse) {
    Order placedOrder = orders.get(srid);
    if (placedOrder == null) {
      return;
    }
    unindexOrder(placedOrder);
    Order cancelled =
        new Order(
            placedOrder.srid(),
            placedOrder.gNumber(),
            placedOrder.date(),
            now,
            placedOrder.product(),
            placedOrder.place(),
            placedOrder.prices(),
            true,
            now);
    orders.put(srid, cancelled);
    indexOrder(cancelled);
    stock[itemOf(cancelled.product())][warehouse]++;
    cancellations++;
  }

  private void buyOut(String srid) {
    Order order = orders.get(srid);
    if (order == null) {
      return;
    }
    Sale sale = sale('S', order, 1);
    salesByChange.computeIfAbsent(now, t -> new ArrayList<>()).add(sale);
    buyouts++;
    if (random.nextDouble() < 0.08) {
      at(now.plusSeconds(86_400 + random.nextInt(13 * 86_400)), () -> giveBack(srid));
    }
    if (random.nextDouble() < 0.05) {
      at(now.plusSeconds(86_400 + random.nextInt(9 * 86_400)), () -> review(order));
    }
  }

  private void giveBack(String srid) {
    Order order = orders.get(srid);
    if (order == null) {
      return;
    }
    salesByChange.computeIfAbsent(now, t -> new ArrayList<>()).add(sale('R', order, -1));
    stock[itemOf(order.product())][random.nextInt(WAREHOUSES.length)]++;
    returns++;
  }

  private void review(Order order) {
    double roll = random.nextDouble();
    int stars = roll < 0.55 ? 5 : roll < 0.70 ? 4 : roll < 0.80 ? 3 : roll < 0.88 ? 2 : 1;
    boolean ratingOnly = random.nextDouble() < (stars >= 4 ? 0.5 : 0.1);
    Item item = items.get(itemOf(order.product()));
    Feedback feedback =
        new Feedback(
            "FB" + (++serial),
            stars,
            ratingOnly ? "" : REVIEW_TEXTS[random.nextInt(REVIEW_TEXTS.length)],
            "",
            "",
            now,
            new FeedbackProduct(
                item.product().nmId(),
                item.imtId(),
                item.title(),
                item.product().supplierArticle(),
                item.product().brand(),
                item.product().techSize()),
            "Покупатель");
    reviews++;
    negative += stars <= 3 ? 1 : 0;
    if (ratingOnly) {
      archive.add(feedback);
      return;
    }
    unanswered.add(feedback);
    waitingForAnswer.put(feedback.id(), feedback);
    at(
        now.plusSeconds(2 * 3_600 + random.nextInt(70 * 3_600)),
        () -> {
          Feedback answered = waitingForAnswer.remove(feedback.id());
          unanswered.remove(answered);
          archive.add(answered);
        });
  }

  private void planRefill(int item) {
    if (total(item) <= 2 && !refillPlanned[item]) {
      refillPlanned[item] = true;
      at(
          now.plusSeconds(86_400 + random.nextInt(2 * 86_400)),
          () -> {
            stock[item][random.nextInt(WAREHOUSES.length)] += 20 + random.nextInt(21);
            refillPlanned[item] = false;
          });
    }
  }

  private void forgetOlderThan(Instant cutoff) {
    NavigableMap<Instant, Map<String, Order>> old = ordersByChange.headMap(cutoff, false);
    for (Map<String, Order> changed : old.values()) {
      changed.keySet().forEach(orders::remove);
    }
    old.clear();
    salesByChange.headMap(cutoff, false).clear();
  }

  // --- helpers -----------------------------------------------------------------------------

  private void at(Instant moment, Runnable action) {
    agenda.add(new Happening(moment.truncatedTo(ChronoUnit.SECONDS), seq++, action));
  }

  private void indexOrder(Order order) {
    ordersByChange
        .computeIfAbsent(order.lastChangeDate(), t -> new LinkedHashMap<>())
        .put(order.srid(), order);
  }

  private void unindexOrder(Order order) {
    Map<String, Order> changed = ordersByChange.get(order.lastChangeDate());
    if (changed != null) {
      changed.remove(order.srid());
      if (changed.isEmpty()) {
        ordersByChange.remove(order.lastChangeDate());
      }
    }
  }

  private Sale sale(char kind, Order order, int sign) {
    long id = ++serial;
    return new Sale(
        kind + String.format("%010d", id),
        order.srid(),
        order.gNumber(),
        now,
        now,
        order.product(),
        order.place(),
        prices(items.get(itemOf(order.product())).price(), sign));
  }

  private Place place(int warehouse) {
    String[] region = REGIONS[random.nextInt(REGIONS.length)];
    return new Place(WAREHOUSES[warehouse], "Склад WB", region[0], region[1], "Россия");
  }

  private static Prices prices(int price, int sign) {
    BigDecimal withDiscount = BigDecimal.valueOf((long) price * sign);
    return new Prices(
        BigDecimal.valueOf(2L * price * sign),
        50,
        BigDecimal.TEN,
        BigDecimal.valueOf(price * 9L / 10 * sign),
        withDiscount,
        BigDecimal.valueOf(price * 8L / 10 * sign));
  }

  private ProductCard card(int firstItem, Instant updatedAt) {
    Item item = items.get(firstItem);
    long nmId = item.product().nmId();
    List<CardSize> sizes = new ArrayList<>();
    for (int i = firstItem; i < Math.min(items.size(), firstItem + TECH_SIZES.length); i++) {
      String techSize = items.get(i).product().techSize();
      sizes.add(
          new CardSize(chrtId(i), techSize, techSize, List.of(items.get(i).product().barcode())));
    }
    String photo = "https://basket-01.wbbasket.ru/vol" + nmId / 100_000 + "/part" + nmId / 1_000;
    return new ProductCard(
        nmId,
        item.imtId(),
        item.product().subject(),
        item.product().supplierArticle(),
        item.product().brand(),
        item.title(),
        List.of(
            new CardPhoto(
                photo + "/big/1.webp",
                photo + "/c516x688/1.webp",
                photo + "/square/1.webp",
                photo + "/tm/1.webp")),
        sizes,
        updatedAt.truncatedTo(ChronoUnit.SECONDS));
  }

  private long chrtId(int item) {
    return items.get(item).product().nmId() * 10 + item % TECH_SIZES.length;
  }

  private int itemOf(Product product) {
    long nmId = product.nmId();
    int base = (int) (nmId - 400_000L) * TECH_SIZES.length;
    for (int i = base; i < Math.min(items.size(), base + TECH_SIZES.length); i++) {
      if (items.get(i).product().techSize().equals(product.techSize())) {
        return i;
      }
    }
    throw new IllegalStateException("no such size: " + product);
  }

  private int total(int item) {
    int sum = 0;
    for (int quantity : stock[item]) {
      sum += quantity;
    }
    return sum;
  }

  private static <V> NavigableMap<Instant, V> tail(TreeMap<Instant, V> byChange, Instant from) {
    return byChange.tailMap(from.truncatedTo(ChronoUnit.SECONDS), true);
  }

  private static boolean isAfter(ProductCard card, CardCursor cursor) {
    int byTime = card.updatedAt().compareTo(cursor.updatedAt());
    return byTime > 0 || (byTime == 0 && card.nmId() > cursor.nmId());
  }

  private void check(WbAccess access) {
    if (!access.cabinet().equals(cabinet)) {
      throw new WbTokenRejectedException("401 unauthorized");
    }
  }
}
