package com.wbassist.adapter.wb;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the value under the parser's current token the way WB's fields need it: {@code null} and a
 * missing field mean "not given", numbers may come as strings and text as numbers, and anything
 * else is a malformed body. Every text a reader hands to the model comes from {@link #text} or
 * {@link #pooledText}, so both make it storable ({@link StorableText}).
 */
final class JsonValues {
  private JsonValues() {}

  static String text(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
          StorableText.of(parser.getText());
      case VALUE_NULL -> null;
      default -> throw wrongType(parser, "text");
    };
  }

  /** Text that repeats down a page, shared through the pool. */
  static String pooledText(JsonParser parser, TextPool pool) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return StorableText.of(
          pool.of(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()));
    }
    return text(parser);
  }

  static long wholeNumber(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_NUMBER_INT -> parser.getLongValue();
      case VALUE_NUMBER_FLOAT -> parser.getDecimalValue().longValue();
      case VALUE_NULL -> 0;
      case VALUE_STRING -> parseWhole(parser);
      default -> throw wrongType(parser, "a number");
    };
  }

  static int smallNumber(JsonParser parser) throws IOException {
    long value = wholeNumber(parser);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new WbBodyProblem(fieldName(parser) + " is out of range: " + value);
    }
    return (int) value;
  }

  /**
   * Roubles as WB sends them: whole or fractional, negative on returns; {@code null} when not
   * given.
   */
  static BigDecimal money(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_NUMBER_INT -> BigDecimal.valueOf(parser.getLongValue());
      case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
      case VALUE_NULL -> null;
      case VALUE_STRING -> parseMoney(parser);
      default -> throw wrongType(parser, "an amount");
    };
  }

  static boolean flag(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_TRUE -> true;
      case VALUE_FALSE, VALUE_NULL -> false;
      case VALUE_NUMBER_INT -> parser.getLongValue() != 0;
      case VALUE_STRING -> Boolean.parseBoolean(parser.getText().strip());
      default -> throw wrongType(parser, "true or false");
    };
  }

  /** A statistics timestamp (naive Moscow time); {@code null} when not given or WB's "never". */
  static Instant statisticsTime(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_STRING ->
          WbTimes.statistics(
              parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
      case VALUE_NULL -> null;
      default -> throw wrongType(parser, "a timestamp");
    };
  }

  /** A timestamp with an offset (feedbacks, content); {@code null} when not given. */
  static Instant isoTime(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_STRING -> parser.getTextLength() == 0 ? null : WbTimes.anyShape(parser.getText());
      case VALUE_NULL -> null;
      default -> throw wrongType(parser, "a timestamp");
    };
  }

  /** Reads one object of an array; the parser stands on its {@code START_OBJECT}. */
  @FunctionalInterface
  interface Element<T> {
    T read(JsonParser parser) throws IOException;
  }

  /**
   * An array of objects ({@code null} is empty), each read by {@code element}; a problem in one is
   * reported with its place, e.g. "card 3: nmID is missing", and refuses the whole array.
   */
  static <T> List<T> objects(JsonParser parser, String where, String item, Element<T> element)
      throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return List.of();
    }
    expect(parser, JsonToken.START_ARRAY, where);
    List<T> items = new ArrayList<>();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      index++;
      expect(parser, JsonToken.START_OBJECT, item + " " + index);
      try {
        items.add(element.read(parser));
      } catch (WbBodyProblem problem) {
        throw new WbBodyProblem(item + " " + index + ": " + problem.getMessage());
      }
    }
    return items;
  }

  /** Steps over a value this adapter does not use, however deep. */
  static void skip(JsonParser parser) throws IOException {
    parser.skipChildren();
  }

  /**
   * Checks that the current token opens what the reader expects, naming the place when it does not.
   */
  static void expect(JsonParser parser, JsonToken token, String where) {
    if (parser.currentToken() != token) {
      throw new WbBodyProblem(
          where + ": expected " + describe(token) + ", found " + describe(parser.currentToken()));
    }
  }

  private static long parseWhole(JsonParser parser) throws IOException {
    String text = parser.getText().strip();
    if (text.isEmpty()) {
      return 0;
    }
    try {
      return new BigDecimal(text).longValue();
    } catch (NumberFormatException notANumber) {
      throw wrongType(parser, "a number");
    }
  }

  private static BigDecimal parseMoney(JsonParser parser) throws IOException {
    String text = parser.getText().strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException notANumber) {
      throw wrongType(parser, "an amount");
    }
  }

  private static WbBodyProblem wrongType(JsonParser parser, String expected) {
    return new WbBodyProblem(
        fieldName(parser)
            + " should be "
            + expected
            + " but is "
            + describe(parser.currentToken()));
  }

  private static String fieldName(JsonParser parser) {
    var context = parser.getParsingContext();
    if (parser.currentToken() != null
        && parser.currentToken().isStructStart()
        && context.getParent() != null) {
      context = context.getParent();
    }
    String name = context.getCurrentName();
    return name == null ? "the value" : name;
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the body";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }
}
