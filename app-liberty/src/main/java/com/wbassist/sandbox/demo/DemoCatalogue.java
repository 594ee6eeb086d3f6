package com.wbassist.sandbox.demo;

import com.wbassist.domain.market.MoscowTime;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * What a demo shop sells: three articles in three sizes, their cards as WB's content API gives them
 * (photos drawn by the WB sandbox), and the statistics row WB writes for an order or a sale of one.
 */
final class DemoCatalogue {
  static final String[][] PRODUCTS = {
    // nmId, vendor code, title, subject, brand, price
    {"301001", "DRESS-01", "Платье летнее", "Платья", "Лето", "2490"},
    {"301002", "TEE-02", "Футболка базовая", "Футболки", "Basic & Co", "990"},
    {"301003", "MUG-3", "Кружка <большая>", "Кружки", "Дом", "590"},
  };
  static final String[] SIZES = {"S", "M", "L"};
  static final String[] WAREHOUSES = {"Коледино", "Казань", "Электросталь"};

  private DemoCatalogue() {}

  static long nmId(String[] product) {
    return Long.parseLong(product[0]);
  }

  static String title(String[] product) {
    return product[2];
  }

  static long chrtId(String[] product, int size) {
    return nmId(product) * 10 + size;
  }

  static JsonArray cards() {
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
              .add("nmID", nmId(product))
              .add("imtID", 900_000_000L + nmId(product))
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
    return cards.build();
  }

  /** The fields WB's orders and sales share, for one size of one article. */
  static JsonObjectBuilder statistics(String[] product, int size, Instant date, Instant changed) {
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
        .add("nmId", nmId(product))
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

  /** WB's statistics dates: naive Moscow time, to the second. */
  static String moscow(Instant instant) {
    return LocalDateTime.ofInstant(instant, MoscowTime.ZONE).withNano(0).toString();
  }
}
