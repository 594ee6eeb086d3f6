package com.wbassist.adapter.wb;

import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;

import com.fasterxml.jackson.core.JsonParser;
import com.wbassist.application.port.out.CardsPage;
import com.wbassist.application.port.out.WbPage;
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
 * telegram.photo-hosts}). A card that cannot be read is set aside with its {@code nmID}, when it
 * was read; WB's cursor still leads past it.
 */
final class CardsReader {
  private CardsReader() {}

  static CardsPage page(JsonParser parser) throws IOException {
    parser.nextToken();
    JsonValues.expect(parser, START_OBJECT, "the page");
    WbPage<ProductCard> cards = WbPage.empty();
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
    return new CardsPage(
        cards.rows(), next, total == null ? cards.sent() : total, cards.unreadable());
  }

  private static WbPage<ProductCard> cards(JsonParser parser) throws IOException {
    return JsonValues.rows(parser, "cards", new Cards());
  }

  /** Reads cards one by one, remembering the nmID of the one being read. */
  private static final class Cards implements RowReader<ProductCard> {
    private Long nmId;

    @Override
    public void startRow() {
      nmId = null;
    }

    @Override
    public String keyRead() {
      return nmId == null ? "" : nmId.toString();
    }

    @Override
    public ProductCard read(JsonParser parser) throws IOException {
      return card(parser, this);
    }
  }

  private static ProductCard card(JsonParser parser, Cards row) throws IOException {
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
        case "nmID", "nmId" -> nmId = row.nmId = JsonValues.wholeNumber(parser);
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
