package com.wbassist.sandbox.demo;

import static com.wbassist.sandbox.demo.DemoCatalogue.PRODUCTS;
import static com.wbassist.sandbox.demo.DemoCatalogue.SIZES;
import static com.wbassist.sandbox.demo.DemoCatalogue.WAREHOUSES;
import static com.wbassist.sandbox.demo.DemoCatalogue.chrtId;
import static com.wbassist.sandbox.demo.DemoCatalogue.moscow;

import com.wbassist.domain.market.MoscowTime;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A simulated shop that lives: every step brings what a small WB shop sees in a minute or so — new
 * orders, now and then a cancellation, a buyout, a return, a review, stock running down and being
 * refilled — and a person can make one thing happen at once ({@link #happen}). It produces WB's own
 * JSON (the scenario format's {@code wb} object), which the WB sandbox serves. Deterministic for a
 * given seed.
 */
public final class DemoShopActivity {
  private static final String[] REVIEWS = {
    "Не подошёл размер",
    "Цвет не как на фото",
    "Отлично, спасибо!",
    "Нормально",
    "Брак — шов разошёлся"
  };
  private static final String[] BAD_REVIEWS = {
    "Не подошёл размер", "Цвет не как на фото", "Брак — шов разошёлся"
  };

  private final Random random;
  private final List<JsonObject> orders = new ArrayList<>();
  private final List<JsonObject> sales = new ArrayList<>();
  private final List<JsonObject> feedbacks = new ArrayList<>();
  private final List<JsonObject> archive = new ArrayList<>();
  private final Map<String, Integer> stock = new LinkedHashMap<>();
  private final int criticalStock;
  private long serial;

  public DemoShopActivity(long seed) {
    this(seed, 2);
  }

  /**
   * @param criticalStock the product's {@code WB_ASSIST_CRITICAL_STOCK}: "stock running out" takes
   *     a size from above it to at or below it
   */
  public DemoShopActivity(long seed, int criticalStock) {
    this.random = new Random(seed);
    this.criticalStock = criticalStock;
    for (String[] product : PRODUCTS) {
      for (int size = 0; size < SIZES.length; size++) {
        stock.put(product[0] + ":" + chrtId(product, size), 5 + random.nextInt(6));
      }
    }
  }

  /** One step of the shop's life at {@code now}; returns everything WB holds afterwards. */
  public synchronized JsonObject step(Instant now) {
    int newOrders = 1 + random.nextInt(2);
    for (int i = 0; i < newOrders; i++) {
      order(now, now);
    }
    if (!orders.isEmpty() && random.nextInt(6) == 0) {
      cancel(orders.get(random.nextInt(orders.size())), now);
    }
    if (!orders.isEmpty() && random.nextInt(3) == 0) {
      sale(orders.get(random.nextInt(orders.size())), now, random.nextInt(5) == 0 ? 'R' : 'S');
    }
    if (random.nextInt(4) == 0) {
      review(now, 1 + random.nextInt(5), random.nextInt(3) == 0);
    }
    return state();
  }

  /**
   * Makes one thing happen now, as a person asks from the shop panel; the next sync finds it.
   *
   * @return what happened, in the seller's words
   */
  public synchronized String happen(DemoHappening what, Instant now) {
    return switch (what) {
      case ORDER -> "новый заказ: " + describe(order(now, now));
      case CANCELLATION -> "отмена: " + describe(cancel(uncancelledOrder(now), now));
      case BUYOUT -> "выкуп: " + describe(sale(uncancelledOrder(now), now, 'S'));
      case RETURN -> "возврат: " + describe(sale(uncancelledOrder(now), now, 'R'));
      case BAD_REVIEW -> badReview(now);
      case STOCK_OUT -> "заканчивается: " + stockRunsOut();
    };
  }

  /**
   * A long past: {@code orders} orders spread over the {@code window} before {@code now}, most of
   * them bought out three days later, and {@code reviews} reviews (a quarter of them rating-only,
   * in the archive) — what a primary sync of a busy shop reads.
   */
  public synchronized void history(Instant now, Duration window, int orders, int reviews) {
    Instant first = now.minus(window);
    Duration gap = window.dividedBy(Math.max(1, orders));
    for (int i = 0; i < orders; i++) {
      Instant at = first.plus(gap.multipliedBy(i));
      JsonObject order = order(at, at);
      Instant bought = at.plus(Duration.ofDays(3));
      if (random.nextInt(10) < 6 && bought.isBefore(now)) {
        sale(order, bought, 'S');
      }
    }
    Duration reviewGap = window.dividedBy(Math.max(1, reviews));
    for (int i = 0; i < reviews; i++) {
      review(first.plus(reviewGap.multipliedBy(i)), 1 + random.nextInt(5), i % 4 == 0);
    }
  }

  public synchronized JsonObject state() {
    JsonArrayBuilder stocks = Json.createArrayBuilder();
    stock.forEach(
        (key, quantity) -> {
          String[] parts = key.split(":");
          stocks.add(
              Json.createObjectBuilder()
                  .add("nmId", Long.parseLong(parts[0]))
                  .add("chrtId", Long.parseLong(parts[1]))
                  .add("warehouseId", 507)
                  .add("warehouseName", WAREHOUSES[0])
                  .add("regionName", "Центральный")
                  .add("quantity", quantity)
                  .add("inWayToClient", 0)
                  .add("inWayFromClient", 0));
        });
    return Json.createObjectBuilder()
        .add("orders", array(orders))
        .add("sales", array(sales))
        .add("stocks", stocks)
        .add("feedbacks", array(feedbacks))
        .add("archive", array(archive))
        .add("cards", DemoCatalogue.cards())
        .build();
  }

  private JsonObject order(Instant date, Instant changed) {
    String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
    int size = random.nextInt(SIZES.length);
    String key = product[0] + ":" + chrtId(product, size);
    int left = stock.get(key);
    // Refill a size that ran out, as a seller would after the bot told them.
    stock.put(key, left <= 0 ? 8 + random.nextInt(5) : left - 1);
    long id = ++serial;
    JsonObject order =
        DemoCatalogue.statistics(product, size, date, changed)
            .add("isCancel", false)
            .add("cancelDate", "0001-01-01T00:00:00")
            .add("srid", "demo." + id + ".r" + Long.toHexString(random.nextLong()) + ".0")
            .add("gNumber", "demo-g" + id)
            .build();
    orders.add(order);
    return order;
  }

  /** The newest order still standing; a new one when every order was cancelled. */
  private JsonObject uncancelledOrder(Instant now) {
    for (int i = orders.size() - 1; i >= 0; i--) {
      if (!orders.get(i).getBoolean("isCancel")) {
        return orders.get(i);
      }
    }
    return order(now, now);
  }

  private JsonObject cancel(JsonObject order, Instant now) {
    int index = orders.indexOf(order);
    if (order.getBoolean("isCancel")) {
      return order;
    }
    JsonObject cancelled =
        Json.createObjectBuilder(order)
            .add("isCancel", true)
            .add("cancelDate", moscow(now.truncatedTo(ChronoUnit.DAYS)))
            .add("lastChangeDate", moscow(now))
            .build();
    orders.set(index, cancelled);
    return cancelled;
  }

  private JsonObject sale(JsonObject order, Instant now, char kind) {
    int sign = kind == 'R' ? -1 : 1;
    int price = Math.abs(order.getInt("priceWithDisc")) * sign;
    JsonObject sale =
        Json.createObjectBuilder(order)
            .remove("isCancel")
            .remove("cancelDate")
            .add("date", moscow(now))
            .add("lastChangeDate", moscow(now))
            .add("saleID", kind + String.format("%010d", ++serial))
            .add("priceWithDisc", price)
            .add("forPay", Math.round(price * 0.8 * 100) / 100.0)
            .add("paymentSaleAmount", 0)
            .build();
    sales.add(sale);
    return sale;
  }

  private String badReview(Instant now) {
    int stars = 1 + random.nextInt(3);
    return "отзыв на " + stars + "★: " + review(now, stars, false);
  }

  private String review(Instant now, int stars, boolean ratingOnly) {
    String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
    String[] texts = stars <= 3 ? BAD_REVIEWS : REVIEWS;
    String text = ratingOnly ? "" : texts[random.nextInt(texts.length)];
    JsonObject review =
        Json.createObjectBuilder()
            .add("id", "DEMO" + (++serial))
            .add("productValuation", stars)
            .add("text", text)
            .add("pros", "")
            .add("cons", "")
            .add(
                "createdDate",
                OffsetDateTime.ofInstant(now, MoscowTime.ZONE).withNano(0).toString())
            .add(
                "productDetails",
                Json.createObjectBuilder()
                    .add("imtId", 900_000_000L + DemoCatalogue.nmId(product))
                    .add("nmId", DemoCatalogue.nmId(product))
                    .add("productName", DemoCatalogue.title(product))
                    .add("supplierArticle", product[1])
                    .add("supplierName", "ИП Демо")
                    .add("brandName", product[4])
                    .add("size", SIZES[random.nextInt(SIZES.length)]))
            .add("userName", "Покупатель")
            .build();
    (ratingOnly ? archive : feedbacks).add(review);
    return DemoCatalogue.title(product) + (text.isEmpty() ? "" : " — «" + text + "»");
  }

  /** A size well stocked drops to one below the threshold, as after a run of orders. */
  private String stockRunsOut() {
    List<String> stocked =
        stock.entrySet().stream()
            .filter(e -> e.getValue() > criticalStock)
            .map(Map.Entry::getKey)
            .toList();
    String key;
    if (stocked.isEmpty()) {
      // Every size is low already: refill one first, so the next sync sees it above the threshold.
      key = new ArrayList<>(stock.keySet()).get(random.nextInt(stock.size()));
      stock.put(key, criticalStock + 5);
      return describeSize(key) + " пополнен; нажмите ещё раз после синхронизации";
    }
    key = stocked.get(random.nextInt(stocked.size()));
    stock.put(key, Math.max(0, criticalStock - 1));
    return describeSize(key) + ", осталось " + stock.get(key) + " шт.";
  }

  private static String describe(JsonObject row) {
    return row.getString("subject")
        + " "
        + row.getString("supplierArticle")
        + ", размер "
        + row.getString("techSize");
  }

  private static String describeSize(String key) {
    String[] parts = key.split(":");
    for (String[] product : PRODUCTS) {
      if (product[0].equals(parts[0])) {
        int size = (int) (Long.parseLong(parts[1]) - DemoCatalogue.nmId(product) * 10);
        return DemoCatalogue.title(product) + ", размер " + SIZES[size];
      }
    }
    return key;
  }

  private static JsonArrayBuilder array(List<JsonObject> rows) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    rows.forEach(array::add);
    return array;
  }
}
