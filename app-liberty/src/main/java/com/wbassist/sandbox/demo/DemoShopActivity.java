package com.wbassist.sandbox.demo;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A simulated shop that lives: every step brings what a small WB shop sees in a minute or so — new
 * orders, now and then a cancellation, a buyout, a return, a review, stock running down and being
 * refilled. It produces WB's own JSON (the scenario format's {@code wb} object), which the WB
 * sandbox serves. Deterministic for a given seed.
 */
public final class DemoShopActivity {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final String[][] PRODUCTS = {
    // nmId, vendor code, title, subject, brand, price
    {"301001", "DRESS-01", "Платье летнее", "Платья", "Лето", "2490"},
    {"301002", "TEE-02", "Футболка базовая", "Футболки", "Basic & Co", "990"},
    {"301003", "MUG-3", "Кружка <большая>", "Кружки", "Дом", "590"},
  };
  private static final String[] SIZES = {"S", "M", "L"};
  private static final String[] WAREHOUSES = {"Коледино", "Казань", "Электросталь"};
  private static final String[] REVIEWS = {
    "Не подошёл размер",
    "Цвет не как на фото",
    "Отлично, спасибо!",
    "Нормально",
    "Брак — шов разошёлся"
  };

  private final Random random;
  private final List<JsonObject> orders = new ArrayList<>();
  private final List<JsonObject> sales = new ArrayList<>();
  private final List<JsonObject> feedbacks = new ArrayList<>();
  private final List<JsonObject> archive = new ArrayList<>();
  private final Map<String, Integer> stock = new LinkedHashMap<>();
  private long serial;

  public DemoShopActivity(long seed) {
    this.random = new Random(seed);
    for (String[] product : PRODUCTS) {
      for (int size = 0; size < SIZES.length; size++) {
        stock.put(product[0] + ":" + chrtId(product, size), 5 + random.nextInt(6));
      }
    }
  }

  /** One step of the shop's life at {@code now}; returns everything WB holds afterwards. */
  public JsonObject step(Instant now) {
    int newOrders = 1 + random.nextInt(2);
    for (int i = 0; i < newOrders; i++) {
      order(now);
    }
    if (!orders.isEmpty() && random.nextInt(6) == 0) {
      cancel(now);
    }
    if (!orders.isEmpty() && random.nextInt(3) == 0) {
      sale(now, random.nextInt(5) == 0 ? 'R' : 'S');
    }
    if (random.nextInt(4) == 0) {
      review(now);
    }
    return state();
  }

  public JsonObject state() {
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
    JsonArrayBuilder cards = Json.createArrayBuilder();
    for (String[] product : PRODUCTS) {
      JsonArrayBuilder sizes = Json.createArrayBuilder();
      for (int size = 0; size < SIZES.length; size++) {
        sizes.add(
            Json.createObjectBuilder()
                .add("chrtID", chrtId(product, size))
                .add("techSize", SIZES[size])
                .add("wbSize", SIZES[size])
                .add("skus", Json.createArrayBuilder().add("20" + product[0] + size)));
      }
      String photo = "sandbox:/images/" + product[0];
      cards.add(
          Json.createObjectBuilder()
              .add("nmID", Long.parseLong(product[0]))
              .add("imtID", 900_000_000L + Long.parseLong(product[0]))
              .add("subjectName", product[3])
              .add("vendorCode", product[1])
              .add("brand", product[4])
              .add("title", product[2])
              .add(
                  "photos",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("big", photo + "/big/1.webp")
                              .add("c516x688", photo + "/c516x688/1.webp")
                              .add("square", photo + "/square/1.webp")
                              .add("tm", photo + "/tm/1.webp")))
              .add("sizes", sizes)
              .add("updatedAt", "2026-10-01T09:00:00Z"));
    }
    return Json.createObjectBuilder()
        .add("orders", array(orders))
        .add("sales", array(sales))
        .add("stocks", stocks)
        .add("feedbacks", array(feedbacks))
        .add("archive", array(archive))
        .add("cards", cards)
        .build();
  }

  private void order(Instant now) {
    String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
    int size = random.nextInt(SIZES.length);
    String key = product[0] + ":" + chrtId(product, size);
    int left = stock.get(key);
    // Refill a size that ran out, as a seller would after the bot told them.
    stock.put(key, left <= 0 ? 8 + random.nextInt(5) : left - 1);
    long id = ++serial;
    orders.add(
        statistics(product, size, now, now)
            .add("isCancel", false)
            .add("cancelDate", "0001-01-01T00:00:00")
            .add("srid", "demo." + id + ".r" + Long.toHexString(random.nextLong()) + ".0")
            .add("gNumber", "demo-g" + id)
            .build());
  }

  private void cancel(Instant now) {
    int index = random.nextInt(orders.size());
    JsonObject order = orders.get(index);
    if (!order.getBoolean("isCancel")) {
      orders.set(
          index,
          Json.createObjectBuilder(order)
              .add("isCancel", true)
              .add("cancelDate", moscow(now.truncatedTo(ChronoUnit.DAYS)))
              .add("lastChangeDate", moscow(now))
              .build());
    }
  }

  private void sale(Instant now, char kind) {
    JsonObject order = orders.get(random.nextInt(orders.size()));
    int sign = kind == 'R' ? -1 : 1;
    int price = order.getInt("priceWithDisc") * sign;
    sales.add(
        Json.createObjectBuilder(order)
            .remove("isCancel")
            .remove("cancelDate")
            .add("date", moscow(now))
            .add("lastChangeDate", moscow(now))
            .add("saleID", kind + String.format("%010d", ++serial))
            .add("priceWithDisc", price)
            .add("forPay", Math.round(price * 0.8 * 100) / 100.0)
            .add("paymentSaleAmount", 0)
            .build());
  }

  private void review(Instant now) {
    String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
    int stars = 1 + random.nextInt(5);
    boolean ratingOnly = random.nextInt(3) == 0;
    JsonObject review =
        Json.createObjectBuilder()
            .add("id", "DEMO" + (++serial))
            .add("productValuation", stars)
            .add("text", ratingOnly ? "" : REVIEWS[random.nextInt(REVIEWS.length)])
            .add("pros", "")
            .add("cons", "")
            .add("createdDate", OffsetDateTime.ofInstant(now, MOSCOW).withNano(0).toString())
            .add(
                "productDetails",
                Json.createObjectBuilder()
                    .add("imtId", 900_000_000L + Long.parseLong(product[0]))
                    .add("nmId", Long.parseLong(product[0]))
                    .add("productName", product[2])
                    .add("supplierArticle", product[1])
                    .add("supplierName", "ИП Демо")
                    .add("brandName", product[4])
                    .add("size", SIZES[random.nextInt(SIZES.length)]))
            .add("userName", "Покупатель")
            .build();
    (ratingOnly ? archive : feedbacks).add(review);
  }

  private static JsonObjectBuilder statistics(
      String[] product, int size, Instant date, Instant changed) {
    int price = Integer.parseInt(product[5]);
    return Json.createObjectBuilder()
        .add("date", moscow(date))
        .add("lastChangeDate", moscow(changed))
        .add("warehouseName", WAREHOUSES[size % WAREHOUSES.length])
        .add("warehouseType", "Склад WB")
        .add("countryName", "Россия")
        .add("oblastOkrugName", "Центральный федеральный округ")
        .add("regionName", "Московская")
        .add("supplierArticle", product[1])
        .add("nmId", Long.parseLong(product[0]))
        .add("barcode", "20" + product[0] + size)
        .add("category", "Одежда")
        .add("subject", product[3])
        .add("brand", product[4])
        .add("techSize", SIZES[size])
        .add("incomeID", 1)
        .add("isSupply", false)
        .add("isRealization", true)
        .add("totalPrice", price * 2)
        .add("discountPercent", 50)
        .add("spp", 10)
        .add("finishedPrice", price - price / 10)
        .add("priceWithDisc", price)
        .add("sticker", "");
  }

  private static long chrtId(String[] product, int size) {
    return Long.parseLong(product[0]) * 10 + size;
  }

  private static String moscow(Instant instant) {
    return LocalDateTime.ofInstant(instant, MOSCOW).withNano(0).toString();
  }

  private static JsonArrayBuilder array(List<JsonObject> rows) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    rows.forEach(array::add);
    return array;
  }
}
