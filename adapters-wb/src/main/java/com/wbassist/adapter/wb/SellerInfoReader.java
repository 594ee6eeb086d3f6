package com.wbassist.adapter.wb;

import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;

import com.fasterxml.jackson.core.JsonParser;
import com.wbassist.application.port.out.SellerAccount;
import java.io.IOException;

/** Reads {@code /api/v1/seller-info}: {@code {"name":…,"sid":…,"tin":…,"tradeMark":…}}. */
final class SellerInfoReader {
  private SellerInfoReader() {}

  static SellerAccount account(JsonParser parser) throws IOException {
    parser.nextToken();
    JsonValues.expect(parser, START_OBJECT, "seller-info");
    String sid = null;
    String name = null;
    String tradeMark = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "sid" -> sid = JsonValues.text(parser);
        case "name" -> name = JsonValues.text(parser);
        case "tradeMark" -> tradeMark = JsonValues.text(parser);
        default -> JsonValues.skip(parser);
      }
    }
    if (sid == null || sid.isBlank()) {
      throw new WbBodyProblem("sid is missing");
    }
    return new SellerAccount(sid, name == null ? "" : name, tradeMark == null ? "" : tradeMark);
  }

  /** {@code /ping}: {@code {"TS":"…","Status":"OK"}}; any readable object counts as an answer. */
  static Boolean pong(JsonParser parser) throws IOException {
    parser.nextToken();
    JsonValues.expect(parser, START_OBJECT, "ping");
    parser.skipChildren();
    return Boolean.TRUE;
  }
}
