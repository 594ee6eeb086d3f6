package com.wbassist.adapter.wb;

import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;

import com.fasterxml.jackson.core.JsonParser;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.FeedbackProduct;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads WB's feedbacks envelope, {@code
 * {"data":{"countUnanswered":…,"feedbacks":[…]},"error":false,"errorText":""}}, the same for the
 * unanswered list and the archive. An envelope with {@code "error": true} is a refusal, not a page.
 * A review that cannot be read is set aside with its id, when it was read.
 */
final class FeedbacksReader {
  private FeedbacksReader() {}

  static WbPage<Feedback> page(JsonParser parser) throws IOException {
    parser.nextToken();
    JsonValues.expect(parser, START_OBJECT, "the envelope");
    WbPage<Feedback> feedbacks = WbPage.empty();
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

  private static WbPage<Feedback> data(JsonParser parser) throws IOException {
    if (parser.currentToken() == VALUE_NULL) {
      return WbPage.empty();
    }
    JsonValues.expect(parser, START_OBJECT, "data");
    WbPage<Feedback> feedbacks = WbPage.empty();
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

  private static WbPage<Feedback> list(JsonParser parser) throws IOException {
    return JsonValues.rows(parser, "data.feedbacks", new Reviews());
  }

  /** Reads reviews one by one, remembering the id of the one being read. */
  private static final class Reviews implements RowReader<Feedback> {
    private String id;

    @Override
    public void startRow() {
      id = null;
    }

    @Override
    public String keyRead() {
      return id == null ? "" : id;
    }

    @Override
    public Feedback read(JsonParser parser) throws IOException {
      return feedback(parser, this);
    }
  }

  private static Feedback feedback(JsonParser parser, Reviews row) throws IOException {
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
        case "id" -> id = row.id = JsonValues.text(parser);
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
