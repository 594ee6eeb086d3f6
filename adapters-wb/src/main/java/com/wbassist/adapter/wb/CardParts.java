package com.wbassist.adapter.wb;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;

import com.fasterxml.jackson.core.JsonParser;
import com.wbassist.domain.market.CardPhoto;
import com.wbassist.domain.market.CardSize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The photos and sizes of a content card. */
final class CardParts {
  private CardParts() {}

  static List<CardPhoto> photos(JsonParser parser) throws IOException {
    return JsonValues.objects(parser, "photos", "photo", CardParts::photo);
  }

  private static CardPhoto photo(JsonParser parser) throws IOException {
    String big = null;
    String c516x688 = null;
    String square = null;
    String tm = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "big" -> big = JsonValues.text(parser);
        case "c516x688" -> c516x688 = JsonValues.text(parser);
        case "square" -> square = JsonValues.text(parser);
        case "tm" -> tm = JsonValues.text(parser);
        default -> JsonValues.skip(parser);
      }
    }
    return new CardPhoto(big, c516x688, square, tm);
  }

  static List<CardSize> sizes(JsonParser parser) throws IOException {
    return JsonValues.objects(parser, "sizes", "size", CardParts::size);
  }

  private static CardSize size(JsonParser parser) throws IOException {
    long chrtId = 0;
    String techSize = null;
    String wbSize = null;
    List<String> skus = List.of();
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "chrtID", "chrtId" -> chrtId = JsonValues.wholeNumber(parser);
        case "techSize" -> techSize = JsonValues.text(parser);
        case "wbSize" -> wbSize = JsonValues.text(parser);
        case "skus" -> skus = texts(parser);
        default -> JsonValues.skip(parser);
      }
    }
    return new CardSize(chrtId, techSize, wbSize, skus);
  }

  private static List<String> texts(JsonParser parser) throws IOException {
    if (parser.currentToken() == VALUE_NULL) {
      return List.of();
    }
    JsonValues.expect(parser, START_ARRAY, "skus");
    List<String> texts = new ArrayList<>();
    while (parser.nextToken() != END_ARRAY) {
      String text = JsonValues.text(parser);
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }
}
