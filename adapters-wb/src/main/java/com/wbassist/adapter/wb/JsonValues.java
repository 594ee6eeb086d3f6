package com.wbassist.adapter.wb;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.application.port.out.WbPage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the value under the parser's current token the way WB's fields need it: {@code null} and a
 * missing field mean "not given", numbers may come as strings and text as numbers, and anything
 * else is a {@link WbBodyProblem} of the row it is in. Every text a reader hands to the model comes
 * from {@link #text} or {@link #pooledText}, so both make it storable ({@link StorableText}); every
 * number is checked against its range without expanding its exponent, so a value out of range —
 * {@code 1e999999999}, {@code 2^70} — is a problem of its row, never a silent wrap-around to
 * another number nor an amount PostgreSQL refuses. Which rows a page holds, and which it sets
 * aside, is {@link #rows}.
 */
final class JsonValues {
  /** Digits before the point a whole number may have: a long has 19. */
  private static final int WHOLE_DIGITS = 19;

  /** Digits before the point an amount may have: roubles up to a thousand trillion. */
  private static final int MONEY_DIGITS = 15;

  /** Digits after the point an amount keeps. */
  private static final int MONEY_SCALE = 10;

  /** A number written as text longer than this is not a number WB means. */
  private static final int NUMBER_TEXT = 100;

  private static final int EXCERPT_VALUE = 120;

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
      case VALUE_NUMBER_INT -> longValue(parser);
      case VALUE_NUMBER_FLOAT -> whole(parser, decimalValue(parser));
      case VALUE_NULL -> 0;
      case VALUE_STRING -> parseWhole(parser);
      default -> throw wrongType(parser, "a number");
    };
  }

  static int smallNumber(JsonParser parser) throws IOException {
    long value = wholeNumber(parser);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new WbBodyProblem(fieldName(parser) + " is out of range");
    }
    return (int) value;
  }

  /**
   * Roubles as WB sends them: whole or fractional, negative on returns; {@code null} when not
   * given.
   */
  static BigDecimal money(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_NUMBER_INT -> amount(parser, BigDecimal.valueOf(longValue(parser)));
      case VALUE_NUMBER_FLOAT -> amount(parser, decimalValue(parser));
      case VALUE_NULL -> null;
      case VALUE_STRING -> parseMoney(parser);
      default -> throw wrongType(parser, "an amount");
    };
  }

  static boolean flag(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_TRUE -> true;
      case VALUE_FALSE, VALUE_NULL -> false;
      case VALUE_NUMBER_INT -> parser.getText().chars().anyMatch(c -> c >= '1' && c <= '9');
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
   * An array of objects inside a row ({@code null} is empty), each read by {@code element}; a
   * problem in one is reported with its place, e.g. "photo 3: big should be text but is an object",
   * and makes the whole row unreadable.
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

  /**
   * The rows of a page: an array of objects ({@code null} is empty), each read by {@code reader}. A
   * row whose values cannot be read — a wrong type, a date that does not parse, a required field
   * missing, a number out of range, an element that is not an object — is stepped over to its end
   * and reported as an {@link UnreadableRow} (its key and date as far as they were read, the
   * problem, the offending value cut short); the page's other rows are read as usual. A body that
   * is not JSON or ends too soon is still the parser's error, for the whole page.
   *
   * @param where the array, for the message when it is not one ("the page", "items")
   */
  static <T> WbPage<T> rows(JsonParser parser, String where, RowReader<T> reader)
      throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return WbPage.empty();
    }
    expect(parser, JsonToken.START_ARRAY, where);
    JsonStreamContext array = parser.getParsingContext();
    List<T> rows = new ArrayList<>();
    List<UnreadableRow> unreadable = null;
    int position = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      position++;
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        String found = describe(parser.currentToken());
        String excerpt = excerpt(parser);
        parser.skipChildren();
        unreadable =
            add(unreadable, new UnreadableRow(position, "", "not an object but " + found, excerpt));
        continue;
      }
      reader.startRow();
      try {
        rows.add(reader.read(parser));
      } catch (WbBodyProblem problem) {
        String excerpt = excerpt(parser);
        stepOverRow(parser, array);
        unreadable =
            add(
                unreadable,
                new UnreadableRow(
                    position,
                    StorableText.of(reader.keyRead()),
                    reader.changeRead(),
                    problem.getMessage(),
                    excerpt));
      }
    }
    return new WbPage<>(rows, unreadable == null ? List.of() : unreadable);
  }

  private static List<UnreadableRow> add(List<UnreadableRow> list, UnreadableRow row) {
    List<UnreadableRow> to = list == null ? new ArrayList<>() : list;
    to.add(row);
    return to;
  }

  /**
   * Moves the parser to the {@code END_OBJECT} of the row it stands in, wherever inside the row it
   * stands: the row is over when an object closes back into the page's array.
   */
  private static void stepOverRow(JsonParser parser, JsonStreamContext array) throws IOException {
    while (!(parser.currentToken() == JsonToken.END_OBJECT
        && parser.getParsingContext() == array)) {
      if (parser.nextToken() == null) {
        throw new WbBodyProblem("the body ended inside a row");
      }
    }
  }

  /**
   * The value the parser stands on, as WB wrote it and cut short, with its field's name: what an
   * operator needs to see why a row was set aside. Nothing when it stands on no value (a row that
   * ended without a field it needs).
   */
  private static String excerpt(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
      return "";
    }
    String name = token.isStructStart() ? fieldName(parser) : parser.currentName();
    String value =
        switch (token) {
          case START_OBJECT -> "{…}";
          case START_ARRAY -> "[…]";
          case VALUE_STRING -> "\"" + cut(parser.getText(), EXCERPT_VALUE) + "\"";
          default -> cut(parser.getText(), EXCERPT_VALUE);
        };
    String excerpt =
        name == null || name.equals("the value") ? value : cut(name, 40) + ": " + value;
    return StorableText.of(excerpt);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
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
    return whole(parser, parseDecimal(parser, text, "a number"));
  }

  private static BigDecimal parseMoney(JsonParser parser) throws IOException {
    String text = parser.getText().strip();
    if (text.isEmpty()) {
      return null;
    }
    return amount(parser, parseDecimal(parser, text, "an amount"));
  }

  private static BigDecimal parseDecimal(JsonParser parser, String text, String expected)
      throws IOException {
    if (text.length() > NUMBER_TEXT) {
      throw wrongType(parser, expected);
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException notANumber) {
      throw wrongType(parser, expected);
    }
  }

  /** The parser's integer, or a problem of the row when it does not fit a long. */
  private static long longValue(JsonParser parser) throws IOException {
    try {
      return parser.getLongValue();
    } catch (InputCoercionException | StreamConstraintsException tooLarge) {
      throw outOfRange(parser);
    }
  }

  private static BigDecimal decimalValue(JsonParser parser) throws IOException {
    try {
      return parser.getDecimalValue();
    } catch (StreamConstraintsException | NumberFormatException tooLong) {
      throw outOfRange(parser);
    }
  }

  /**
   * The whole part of a number, never by expanding an exponent it does not need: {@code
   * 1e-999999999} is 0 at once, {@code 1e999999999} out of range at once.
   */
  private static long whole(JsonParser parser, BigDecimal number) throws IOException {
    int digits = number.precision() - number.scale();
    if (number.signum() == 0 || digits <= 0) {
      return 0;
    }
    if (digits > WHOLE_DIGITS) {
      throw outOfRange(parser);
    }
    BigInteger whole = number.toBigInteger();
    if (whole.bitLength() > 63) {
      throw outOfRange(parser);
    }
    return whole.longValue();
  }

  /** An amount PostgreSQL stores as it is: at most 15 digits before the point and 10 after. */
  private static BigDecimal amount(JsonParser parser, BigDecimal number) throws IOException {
    if (number.signum() == 0) {
      return BigDecimal.ZERO;
    }
    int digits = number.precision() - number.scale();
    if (digits > MONEY_DIGITS) {
      throw outOfRange(parser);
    }
    if (number.scale() <= MONEY_SCALE) {
      return number;
    }
    return digits < -MONEY_SCALE
        ? BigDecimal.ZERO
        : number.setScale(MONEY_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  private static WbBodyProblem outOfRange(JsonParser parser) throws IOException {
    return new WbBodyProblem(fieldName(parser) + " is out of range");
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
