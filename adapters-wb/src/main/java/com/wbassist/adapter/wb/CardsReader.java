package com.wbassist.adapter.wb;

import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;

import com.fasterxml.jackson.core.JsonParser;
import com.wbassist.application.port.out.CardsPage;
import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.CardPhoto;
import com.wbassist.domain.market.CardSize;
import com.wbassist.domain.market.ProductCard;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code POST /content/v2/get/cards/list}: {@code
 * {"cards":[…],"cursor":{"updatedAt":…,"nmID":…,"total":…}}}. Photo URLs pass through untouched:
 * which hosts a photo may be fetched from is the chat adapter's decision ({@code
 * telegram.photo-hosts}).
 */
final class CardsReader {
  private CardsReader() {}

  static CardsPage page(JsonParser parser) throws IOException {
    parser.nextToken();
    JsonValues.expect(parser, START_OBJECT, "the page");
    List<ProductCard> cards = List.of();
    Instant cursorUpdatedAt = null;
    long cursorNmId = 0;
    Integer total = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "cards" -> cards = cards(parser);
        case "cursor" -> {
          if (parser.currentToken() != VALUE_NULL) {
            JsonValues.expect(parser, START_OBJECT, "cursor");
            String inCursor;
            while ((inCursor = parser.nextFieldName()) != null) {
              parser.nextToken();
              switch (inCursor) {
                case "updatedAt" -> cursorUpdatedAt = JsonValues.isoTime(parser);
                case "nmID", "nmId" -> cursorNmId = JsonValues.wholeNumber(parser);
                case "total" -> total = JsonValues.smallNumber(parser);
                default -> JsonValues.skip(parser);
              }
            }
          }
        }
        case "error" -> {
          if (JsonValues.flag(parser)) {
            throw new WbRequestRefusedException(WbEndpoint.CARDS, 200, "the answer says error");
          }
        }
        default -> JsonValues.skip(parser);
      }
    }
    Optional<CardCursor> next =
        cursorUpdatedAt == null
            ? Optional.empty()
            : Optional.of(new CardCursor(cursorUpdatedAt, cursorNmId));
    return new CardsPage(cards, next, total == null ? cards.size() : total);
  }

  private static List<ProductCard> cards(JsonParser parser) throws IOException {
    return JsonValues.objects(parser, "cards", "card", CardsReader::card);
  }

  private static ProductCard card(JsonParser parser) throws IOException {
    Long nmId = null;
    long imtId = 0;
    String subjectName = null;
    String vendorCode = null;
    String brand = null;
    String title = null;
    List<CardPhoto> photos = List.of();
    List<CardSize> sizes = List.of();
    Instant updatedAt = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "nmID", "nmId" -> nmId = JsonValues.wholeNumber(parser);
        case "imtID", "imtId" -> imtId = JsonValues.wholeNumber(parser);
        case "subjectName" -> subjectName = JsonValues.text(parser);
        case "vendorCode" -> vendorCode = JsonValues.text(parser);
        case "brand" -> brand = JsonValues.text(parser);
        case "title" -> title = JsonValues.text(parser);
        case "photos" -> photos = CardParts.photos(parser);
        case "sizes" -> sizes = CardParts.sizes(parser);
        case "updatedAt" -> updatedAt = JsonValues.isoTime(parser);
        default -> JsonValues.skip(parser);
      }
    }
    if (nmId == null) {
      throw new WbBodyProblem("nmID is missing");
    }
    if (updatedAt == null) {
      throw new WbBodyProblem("updatedAt is missing");
    }
    return new ProductCard(
        nmId, imtId, subjectName, vendorCode, brand, title, photos, sizes, updatedAt);
  }
}
