package com.wbassist.adapter.wb;

import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;

import com.fasterxml.jackson.core.JsonParser;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.FeedbackProduct;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Reads WB's feedbacks envelope, {@code
 * {"data":{"countUnanswered":…,"feedbacks":[…]},"error":false,"errorText":""}}, the same for the
 * unanswered list and the archive. An envelope with {@code "error": true} is a refusal, not a page.
 */
final class FeedbacksReader {
  private FeedbacksReader() {}

  static List<Feedback> page(JsonParser parser) throws IOException {
    parser.nextToken();
    JsonValues.expect(parser, START_OBJECT, "the envelope");
    List<Feedback> feedbacks = List.of();
    boolean error = false;
    String errorText = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "data" -> feedbacks = data(parser);
        case "error" -> error = JsonValues.flag(parser);
        case "errorText" -> errorText = JsonValues.text(parser);
        default -> JsonValues.skip(parser);
      }
    }
    if (error) {
      throw new WbRequestRefusedException(
          WbEndpoint.FEEDBACKS, 200, errorText == null ? "error without a text" : errorText);
    }
    return feedbacks;
  }

  private static List<Feedback> data(JsonParser parser) throws IOException {
    if (parser.currentToken() == VALUE_NULL) {
      return List.of();
    }
    JsonValues.expect(parser, START_OBJECT, "data");
    List<Feedback> feedbacks = List.of();
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      if (field.equals("feedbacks")) {
        feedbacks = list(parser);
      } else {
        JsonValues.skip(parser);
      }
    }
    return feedbacks;
  }

  private static List<Feedback> list(JsonParser parser) throws IOException {
    return JsonValues.objects(parser, "data.feedbacks", "feedback", FeedbacksReader::feedback);
  }

  private static Feedback feedback(JsonParser parser) throws IOException {
    String id = null;
    String text = null;
    String pros = null;
    String cons = null;
    String userName = null;
    Integer valuation = null;
    Instant created = null;
    FeedbackProduct product = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "id" -> id = JsonValues.text(parser);
        case "text" -> text = JsonValues.text(parser);
        case "pros" -> pros = JsonValues.text(parser);
        case "cons" -> cons = JsonValues.text(parser);
        case "userName" -> userName = JsonValues.text(parser);
        case "productValuation" ->
            valuation = parser.currentToken() == VALUE_NULL ? null : JsonValues.smallNumber(parser);
        case "createdDate" -> created = JsonValues.isoTime(parser);
        case "productDetails" -> product = product(parser);
        default -> JsonValues.skip(parser);
      }
    }
    if (id == null || id.isEmpty()) {
      throw new WbBodyProblem("id is missing");
    }
    if (valuation == null) {
      // Without stars a review cannot be judged negative or not; guessing would mean a wrong alert.
      throw new WbBodyProblem("productValuation is missing");
    }
    if (created == null) {
      throw new WbBodyProblem("createdDate is missing");
    }
    FeedbackProduct about =
        product != null ? product : new FeedbackProduct(0, 0, null, null, null, null);
    return new Feedback(id, valuation, text, pros, cons, created, about, userName);
  }

  private static FeedbackProduct product(JsonParser parser) throws IOException {
    if (parser.currentToken() == VALUE_NULL) {
      return null;
    }
    JsonValues.expect(parser, START_OBJECT, "productDetails");
    long nmId = 0;
    long imtId = 0;
    String name = null;
    String article = null;
    String brand = null;
    String size = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "nmId", "nmID" -> nmId = JsonValues.wholeNumber(parser);
        case "imtId", "imtID" -> imtId = JsonValues.wholeNumber(parser);
        case "productName" -> name = JsonValues.text(parser);
        case "supplierArticle" -> article = JsonValues.text(parser);
        case "brandName" -> brand = JsonValues.text(parser);
        case "size" -> size = JsonValues.text(parser);
        default -> JsonValues.skip(parser);
      }
    }
    return new FeedbackProduct(nmId, imtId, name, article, brand, size);
  }
}
