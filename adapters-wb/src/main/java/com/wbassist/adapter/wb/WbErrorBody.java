package com.wbassist.adapter.wb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What WB said went wrong, from any of its error bodies: statistics' {@code {"errors":[…]}} and
 * {@code {"errors":"…"}}, the feedbacks/content envelope's {@code errorText}, problem+json's {@code
 * title} and {@code detail}, or plain text. Bounded, so a huge or odd body cannot flood a log line.
 */
final class WbErrorBody {
  static final int MAX_BODY = 4_096;
  private static final int MAX_MESSAGE = 300;

  private WbErrorBody() {}

  static String describe(JsonFactory json, String body) {
    if (body == null || body.isBlank()) {
      return "no details";
    }
    List<String> said = new ArrayList<>();
    try (JsonParser parser = json.createParser(body)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        String field;
        while ((field = parser.nextFieldName()) != null) {
          parser.nextToken();
          switch (field) {
            case "errors", "errorText", "title", "detail", "message" -> collect(parser, said);
            default -> parser.skipChildren();
          }
        }
      }
    } catch (IOException | WbBodyProblem notJson) {
      said.clear();
    }
    String message = said.isEmpty() ? body.strip() : String.join("; ", said);
    // Cleaned after the cut, which may halve an emoji: the message ends up in the sync run log.
    return StorableText.of(
        message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…");
  }

  private static void collect(JsonParser parser, List<String> said) throws IOException {
    if (parser.currentToken() == JsonToken.START_ARRAY) {
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        collect(parser, said);
      }
      return;
    }
    if (parser.currentToken().isScalarValue() && parser.currentToken() != JsonToken.VALUE_NULL) {
      String text = parser.getText();
      if (!text.isBlank()) {
        said.add(text);
      }
      return;
    }
    parser.skipChildren();
  }
}
