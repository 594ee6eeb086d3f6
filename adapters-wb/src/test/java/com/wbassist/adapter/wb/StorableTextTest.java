package com.wbassist.adapter.wb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.ProductCard;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL refuses U+0000 and lone surrogates in text; the readers clean them so one odd string
 * from WB cannot fail an insert. The bodies below carry JSON escapes, as WB would send them.
 */
class StorableTextTest {
  private static final String NUL = "\\u0000";
  private static final String LONE_HIGH = "\\ud800";
  private static final String LONE_LOW = "\\udc00";

  @Test
  @DisplayName("a review's text and product name lose their NULs, and a lone surrogate becomes �")
  void feedback() {
    Feedback review =
        Json.rows(
                FeedbacksReader::page,
                WbSamples.feedbacksEnvelope(
                    "{\"id\":\"f1\",\"text\":\"Хоро"
                        + NUL
                        + "шо "
                        + LONE_HIGH
                        + "!\",\"productValuation\":5,\"createdDate\":\"2024-09-26T10:20:48+03:00\","
                        + "\"productDetails\":{\"nmId\":1,\"productName\":\"Пла"
                        + NUL
                        + "тье"
                        + LONE_LOW
                        + "\"}}"))
            .get(0);

    assertEquals("Хорошо \uFFFD!", review.text());
    assertEquals("Платье\uFFFD", review.product().productName());
  }

  @Test
  @DisplayName("a card's title and brand are cleaned the same way")
  void card() {
    ProductCard card =
        Json.read(
                CardsReader::page,
                "{\"cards\":[{\"nmID\":1,\"updatedAt\":\"2026-10-01T09:00:00Z\",\"title\":\"Тест"
                    + NUL
                    + "-система"
                    + LONE_HIGH
                    + "\",\"brand\":\""
                    + NUL
                    + "\"}],\"cursor\":null}")
            .cards()
            .get(0);

    assertEquals("Тест-система\uFFFD", card.title());
    assertEquals("", card.brand());
  }

  @Test
  @DisplayName("pooled statistics text (brand, warehouse) is cleaned too, on every repeat")
  void pooledStatisticsText() {
    String row =
        "{\"date\":\"2026-11-18T09:00:00\",\"lastChangeDate\":\"2026-11-18T09:05:00\",\"srid\":\"a"
            + NUL
            + "\",\"nmId\":1,\"brand\":\"Те"
            + NUL
            + "ст\",\"warehouseName\":\"Склад"
            + LONE_HIGH
            + "\"}";
    for (Order order : Json.rows(StatisticsReader::orders, "[" + row + "," + row + "]")) {
      assertEquals("a", order.srid());
      assertEquals("Тест", order.product().brand());
      assertEquals("Склад\uFFFD", order.place().warehouseName());
    }
  }

  @Test
  @DisplayName("emoji (a surrogate pair) are kept, and clean text is not copied")
  void emojiKept() {
    assertEquals("Супер 😍", StorableText.of("Супер 😍"));
    assertEquals("😍\uFFFD", StorableText.of("😍\ud83d"));
    assertEquals("\uFFFD😍", StorableText.of("\ude0d😍"));
    String clean = "Подольск";
    assertSame(clean, StorableText.of(clean));
  }

  @Test
  @DisplayName("an error message cut inside an emoji does not end in half of it")
  void errorCutInsideEmoji() {
    String said = "x".repeat(299) + "😍" + "y";
    assertEquals("x".repeat(299) + "\uFFFD…", WbErrorBody.describe(Json.FACTORY, said));
  }
}
