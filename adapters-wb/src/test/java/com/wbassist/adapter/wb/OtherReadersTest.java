package com.wbassist.adapter.wb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.CardsPage;
import com.wbassist.application.port.out.SellerAccount;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.StockLevel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OtherReadersTest {

  @Test
  @DisplayName(
      "the feedbacks envelope gives the reviews with stars, texts, product and the offset-aware date")
  void feedbacks() {
    List<Feedback> page =
        Json.rows(
            FeedbacksReader::page,
            WbSamples.feedbacksEnvelope(WbSamples.SPEC_FEEDBACK, WbSamples.RATING_ONLY_FEEDBACK));

    Feedback spec = page.get(0);
    assertEquals("YX52RZEBhH9mrcYdEJuD", spec.id());
    assertEquals(5, spec.productValuation());
    assertEquals("Удобный", spec.pros());
    assertEquals(Instant.parse("2024-09-26T07:20:48Z"), spec.createdDate());
    assertEquals(987654321, spec.product().nmId());
    assertEquals("Бест Трикотаж", spec.product().brandName());
    assertEquals("Николай", spec.userName());
    assertEquals(1, page.get(1).productValuation());
    assertEquals("", page.get(1).text());
  }

  @Test
  @DisplayName(
      "an envelope with error true is WB refusing, not an empty page; data null is an empty page")
  void feedbackEnvelopeError() {
    WbRequestRefusedException refused =
        assertThrows(
            WbRequestRefusedException.class,
            () -> Json.rows(FeedbacksReader::page, WbSamples.BAD_REQUEST_ENVELOPE));
    assertTrue(refused.getMessage().contains("Плохой формат isAnswered"));
    assertEquals(List.of(), Json.rows(FeedbacksReader::page, "{\"data\":null,\"error\":false}"));
  }

  @Test
  @DisplayName(
      "a review without stars or date is set aside with its id rather than guessed; the others are"
          + " read")
  void feedbackWithoutStars() {
    WbPage<Feedback> page =
        Json.read(
            FeedbacksReader::page,
            WbSamples.feedbacksEnvelope(
                "{\"id\":\"x\",\"createdDate\":\"2024-09-26T10:20:48+03:00\"}",
                WbSamples.SPEC_FEEDBACK,
                "{\"id\":\"y\",\"productValuation\":2}"));
    assertEquals(List.of("YX52RZEBhH9mrcYdEJuD"), page.rows().stream().map(Feedback::id).toList());
    assertEquals(
        List.of(
            new UnreadableRow(1, "x", "productValuation is missing", ""),
            new UnreadableRow(3, "y", "createdDate is missing", "")),
        page.unreadable());
  }

  @Test
  @DisplayName(
      "a card with a bad photo is set aside with its nmID; WB's cursor and total stay the page's")
  void cardWithABadPhoto() {
    CardsPage page =
        Json.read(
            CardsReader::page,
            """
        {"cards":[{"nmID":7,"updatedAt":"2026-10-01T09:00:00Z","photos":[{"big":{"x":1}}]},
                  {"nmID":8,"updatedAt":"2026-10-01T09:00:00Z"}],
         "cursor":{"updatedAt":"2026-10-01T09:00:00Z","nmID":8,"total":2}}""");
    assertEquals(List.of(8L), page.cards().stream().map(ProductCard::nmId).toList());
    assertEquals(
        List.of(
            new UnreadableRow(1, "7", "photo 1: big should be text but is an object", "big: {…}")),
        page.unreadable());
    assertEquals(
        Optional.of(new CardCursor(Instant.parse("2026-10-01T09:00:00Z"), 8)), page.next());
    assertEquals(2, page.total());
  }

  @Test
  @DisplayName(
      "a cards page gives cards with photos and sizes as sent, and WB's cursor for the next page")
  void cards() {
    CardsPage page = Json.read(CardsReader::page, WbSamples.SPEC_CARDS);

    ProductCard card = page.cards().get(0);
    assertEquals(12345678, card.nmId());
    assertEquals("wb7f6mumjr1", card.vendorCode());
    assertEquals(
        Optional.of(
            "https://basket-10.wbbasket.ru/vol1592/part159206/159206280/images/c516x688/1.webp"),
        card.mainPhotoUrl());
    assertEquals(316399238, card.sizes().get(0).chrtId());
    assertEquals(List.of("987456321654"), card.sizes().get(0).skus());
    assertEquals(Instant.parse("2023-12-06T11:17:00.96577Z"), card.updatedAt());
    assertEquals(
        Optional.of(new CardCursor(Instant.parse("2023-12-06T11:17:00.96577Z"), 12345678)),
        page.next());
    assertEquals(1, page.total());
  }

  @Test
  @DisplayName("photo URLs pass through untouched, whatever their shape")
  void photoUrlsUntouched() {
    CardsPage page =
        Json.read(
            CardsReader::page,
            """
        {"cards":[{"nmID":1,"updatedAt":"2026-10-01T09:00:00Z","photos":[{"big":"sandbox:/photos/1.webp"}]}],"cursor":null}""");
    assertEquals(Optional.of("sandbox:/photos/1.webp"), page.cards().get(0).mainPhotoUrl());
    assertEquals(Optional.empty(), page.next());
    assertEquals(1, page.total());
  }

  @Test
  @DisplayName("the stocks report is read whether wrapped in data, bare items, or a bare array")
  void stockShapes() {
    StockLevel expected =
        new StockLevel(
            new SizeKey(1439871458, 316399238), -999999, "Склад WB", "Склад WB", 33, 1, 0);
    assertEquals(
        List.of(expected),
        Json.rows(StocksReader::page, "{\"data\":{\"items\":[" + WbSamples.STOCK_ROW + "]}}"));
    assertEquals(
        List.of(expected),
        Json.rows(StocksReader::page, "{\"items\":[" + WbSamples.STOCK_ROW + "]}"));
    assertEquals(List.of(expected), Json.rows(StocksReader::page, "[" + WbSamples.STOCK_ROW + "]"));
    assertEquals(List.of(), Json.rows(StocksReader::page, "{\"data\":{\"items\":[]}}"));
    assertEquals(
        List.of(new UnreadableRow(1, "", "chrtId is missing", "")),
        Json.read(StocksReader::page, "{\"data\":{\"items\":[{\"nmId\":1}]}}").unreadable());
    assertEquals(
        List.of(
            new UnreadableRow(
                1, "1:2", "quantity should be a number but is text", "quantity: \"много\"")),
        Json.read(StocksReader::page, "[{\"nmId\":1,\"chrtId\":2,\"quantity\":\"много\"}]")
            .unreadable());
    assertThrows(WbBodyProblem.class, () -> Json.read(StocksReader::page, "\"items\""));
  }

  @Test
  @DisplayName("seller-info names the account; its sid is required")
  void sellerInfo() {
    assertEquals(
        new SellerAccount(
            "e8923014-e233-47q8-898e-3cc86d67ea61", "ИП Кружинин В. Р.", "Flax Store"),
        Json.read(SellerInfoReader::account, WbSamples.SELLER_INFO));
    assertThrows(
        WbBodyProblem.class, () -> Json.read(SellerInfoReader::account, "{\"name\":\"x\"}"));
  }

  @Test
  @DisplayName("every shape of WB's error bodies says what went wrong")
  void errorBodies() {
    assertEquals(
        "dateFrom: field required", WbErrorBody.describe(Json.FACTORY, WbSamples.BAD_REQUEST_LIST));
    assertEquals(
        "dateFrom: Value not validated",
        WbErrorBody.describe(Json.FACTORY, WbSamples.BAD_REQUEST_TEXT));
    assertEquals(
        "Плохой формат isAnswered",
        WbErrorBody.describe(Json.FACTORY, WbSamples.BAD_REQUEST_ENVELOPE));
    assertTrue(
        WbErrorBody.describe(Json.FACTORY, WbSamples.UNAUTHORIZED)
            .startsWith("unauthorized; token problem"));
    assertEquals("Bad Gateway", WbErrorBody.describe(Json.FACTORY, "Bad Gateway"));
    assertEquals("no details", WbErrorBody.describe(Json.FACTORY, ""));
    assertEquals(301, WbErrorBody.describe(Json.FACTORY, "x".repeat(10_000)).length());
  }
}
