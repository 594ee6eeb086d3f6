package com.wbassist.application.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A seeded source of malformed and hostile JSON bodies, each made from a well-formed sample: cut
 * short, values of the wrong type, huge strings, NUL characters, unknown fields, deep nesting,
 * numbers out of any range, the wrong top-level shape, broken text encodings, garbage, and mixes of
 * these (docs/decisions/0615). The same seed gives the same inputs, in the same order, on every
 * machine.
 *
 * <p>Each input says whether it is still well-formed JSON within the parsers' limits with its
 * damage inside rows of the sample's list ({@link Input#rowLevel()}): such a body must be read, its
 * damaged rows set aside at worst, and every other row must come back. Every other input may be
 * refused whole — never answered with anything else.
 */
public final class HostileJson {
  /** What was done to the sample. */
  public enum Kind {
    TRUNCATED,
    WRONG_TYPE,
    HUGE_STRING,
    NUL,
    UNKNOWN_FIELDS,
    DEEP_NESTING,
    NUMBER_OUT_OF_RANGE,
    DUPLICATE_KEY,
    WRONG_SHAPE,
    BROKEN_TEXT,
    GARBAGE,
    MIXED
  }

  /**
   * One hostile body.
   *
   * @param index its place in the sequence, from 0
   * @param kind what was done
   * @param body the bytes to send
   * @param rowLevel well-formed, within the parsers' limits, damaged only inside rows of the
   *     sample's list: it must be read, not refused
   * @param touchedRows the rows of the sample's list that were damaged (positions from 0); every
   *     other row must come back when the body is read
   * @param what a short description, for a failure message
   */
  public record Input(
      int index, Kind kind, byte[] body, boolean rowLevel, Set<Integer> touchedRows, String what) {}

  /** Raw JSON text written as it is (numbers out of range, deep nesting). */
  private record Raw(String text) {}

  private static final String[] NAMES = {
    "x", "новоеПоле", "__proto__", "constructor", "$ref", "🙂", "a.b", "", " ", "nmId2", "null"
  };
  private static final String[] HUGE_NUMBERS = {
    "1e999999999",
    "-1e999999999",
    "1e-999999999",
    "123456789012345678901234567890",
    "9223372036854775808",
    "-9223372036854775809",
    "2147483648",
    "1.7976931348623157e309",
    "-0.0000000000000000000000000000001",
    "4.9e-325",
    "1" + "0".repeat(900),
    "0." + "0".repeat(900) + "1"
  };
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final String[] TOO_LONG_NUMBERS = {
    "1" + "0".repeat(5_000), "-" + "9".repeat(2_000)
  };

  private final Random random;
  private final Object sample;
  private final String sampleText;
  private final List<String> rowsPath;
  private final int rows;
  private int count;

  /**
   * @param seed the sequence's seed
   * @param sample a well-formed body the inputs are made from
   * @param rowsPath the field names leading from the body to its list of rows ({@code []} when the
   *     body is the list; {@code null} when the body has no list of rows, as a chat update)
   */
  public HostileJson(long seed, String sample, List<String> rowsPath) {
    this.random = new Random(seed);
    this.sample = new Reader(sample).value();
    this.sampleText = write(this.sample);
    this.rowsPath = rowsPath;
    this.rows = rowsPath == null ? 0 : rowsOf(this.sample).size();
  }

  /**
   * The seed a run uses: the system property when set ({@code -Dfuzz.seed=…}), else {@code
   * fallback}. Print it, so a failure can be repeated.
   */
  public static long seed(long fallback) {
    String given = System.getProperty("fuzz.seed");
    return given == null || given.isBlank() ? fallback : Long.parseLong(given.strip());
  }

  /** How many inputs a run makes: the system property {@code fuzz.inputs} when set. */
  public static int inputs(int fallback) {
    String given = System.getProperty("fuzz.inputs");
    return given == null || given.isBlank() ? fallback : Integer.parseInt(given.strip());
  }

  /** The sample as it is, well-formed. */
  public byte[] sampleBytes() {
    return sampleText.getBytes(StandardCharsets.UTF_8);
  }

  public Input next() {
    int index = count++;
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    return switch (kind) {
      case TRUNCATED -> truncated(index);
      case WRONG_SHAPE -> wrongShape(index);
      case BROKEN_TEXT -> brokenText(index);
      case GARBAGE -> garbage(index);
      case MIXED -> mixed(index);
      default -> inRows(index, kind);
    };
  }

  // -- damage inside rows ----------------------------------------------------------------------

  private Input inRows(int index, Kind kind) {
    Object body = copy(sample);
    Set<Integer> touched = new TreeSet<>();
    StringBuilder what = new StringBuilder();
    boolean withinLimits = damage(body, kind, touched, what);
    return input(index, kind, write(body), withinLimits && rows > 0, touched, what.toString());
  }

  private Input mixed(int index) {
    Object body = copy(sample);
    Set<Integer> touched = new TreeSet<>();
    StringBuilder what = new StringBuilder();
    boolean withinLimits = true;
    Kind[] rowKinds = {
      Kind.WRONG_TYPE, Kind.NUL, Kind.UNKNOWN_FIELDS, Kind.NUMBER_OUT_OF_RANGE, Kind.DUPLICATE_KEY
    };
    for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
      withinLimits &= damage(body, rowKinds[random.nextInt(rowKinds.length)], touched, what);
    }
    String text = write(body);
    if (random.nextInt(4) == 0) {
      text = text.substring(0, random.nextInt(Math.max(1, text.length())));
      what.append(" then cut short");
      return input(index, Kind.MIXED, text, false, touched, what.toString());
    }
    return input(index, Kind.MIXED, text, withinLimits && rows > 0, touched, what.toString());
  }

  /**
   * Damages one value of one row (or of the body, when it has no rows).
   *
   * @return whether the body stays within the parsers' limits
   */
  private boolean damage(Object body, Kind kind, Set<Integer> touched, StringBuilder what) {
    Object target = body;
    if (rows > 0) {
      List<Object> list = rowsOf(body);
      int row = random.nextInt(list.size());
      touched.add(row);
      what.append("row ").append(row).append(": ");
      if (kind == Kind.WRONG_TYPE && random.nextInt(8) == 0) {
        list.set(row, oddValue());
        what.append("not an object; ");
        return true;
      }
      target = list.get(row);
    }
    List<Slot> slots = new ArrayList<>();
    slots(target, slots);
    if (slots.isEmpty()) {
      return true;
    }
    Slot slot = slots.get(random.nextInt(slots.size()));
    switch (kind) {
      case WRONG_TYPE -> {
        slot.set(oddValue());
        what.append(slot.name()).append(" of the wrong type; ");
      }
      case HUGE_STRING -> {
        int length = new int[] {70_000, 300_000, 1_200_000}[random.nextInt(3)];
        slot.set(hugeString(length));
        what.append(slot.name()).append(" ").append(length).append(" characters; ");
      }
      case NUL -> {
        Object was = slot.get();
        String text = was instanceof String s ? s : String.valueOf(was);
        int at = random.nextInt(text.length() + 1);
        String odd =
            new String[] {"\u0000", "\u0000\u0000", "\ud800", "\udc00x"}[random.nextInt(4)];
        slot.set(text.substring(0, at) + odd + text.substring(at));
        what.append(slot.name()).append(" with NUL or a lone surrogate; ");
      }
      case UNKNOWN_FIELDS -> {
        if (slot.owner() instanceof Map<?, ?> object) {
          @SuppressWarnings("unchecked")
          Map<String, Object> fields = (Map<String, Object>) object;
          for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            fields.put(NAMES[random.nextInt(NAMES.length)] + random.nextInt(100), oddValue());
          }
        }
        what.append("unknown fields; ");
      }
      case DEEP_NESTING -> {
        int depth = new int[] {10, 200, 900, 5_000, 100_000}[random.nextInt(5)];
        slot.set(new Raw(nested(depth)));
        what.append(slot.name()).append(" nested ").append(depth).append(" deep; ");
        return depth <= 900;
      }
      case NUMBER_OUT_OF_RANGE -> {
        boolean tooLong = random.nextInt(6) == 0;
        String[] numbers = tooLong ? TOO_LONG_NUMBERS : HUGE_NUMBERS;
        String number = numbers[random.nextInt(numbers.length)];
        slot.set(random.nextInt(3) == 0 ? number : new Raw(number));
        what.append(slot.name()).append(" = ").append(abbreviate(number)).append("; ");
        return !tooLong || slot.get() instanceof String;
      }
      case DUPLICATE_KEY -> {
        if (slot.owner() instanceof Map<?, ?>) {
          slot.duplicate(oddValue());
        }
        what.append(slot.name()).append(" twice; ");
      }
      default -> throw new IllegalStateException(kind.name());
    }
    return true;
  }

  // -- damage to the body as a whole -------------------------------------------------------------

  private Input truncated(int index) {
    byte[] whole = sampleBytes();
    int length = random.nextInt(whole.length);
    byte[] cut = java.util.Arrays.copyOf(whole, length);
    return new Input(index, Kind.TRUNCATED, cut, false, Set.of(), "cut at byte " + length);
  }

  private Input wrongShape(int index) {
    String[] shapes = {
      "",
      " ",
      "null",
      "true",
      "0",
      "-1",
      "\"[]\"",
      "[]",
      "{}",
      "[[]]",
      "[null]",
      "{\"data\":[]}",
      "{\"data\":null}",
      "{\"cards\":{}}",
      "{\"data\":{\"feedbacks\":{}}}",
      "{\"items\":5}",
      "[" + sampleText + "]",
      "{\"rows\":" + sampleText + "}",
      sampleText + sampleText,
      sampleText + "x",
      "{\"update_id\":1}",
      "[{\"update_id\":1}]"
    };
    String shape = shapes[random.nextInt(shapes.length)];
    return input(index, Kind.WRONG_SHAPE, shape, false, Set.of(), abbreviate(shape));
  }

  /** Text that breaks JSON or its encoding: control characters, bad escapes, bad UTF-8. */
  private Input brokenText(int index) {
    String text = sampleText;
    int at = quoteAt(text);
    if (random.nextBoolean()) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      int cut = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
      byte[][] bad = {
        {(byte) 0xC3, 0x28},
        {(byte) 0xFF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}
      };
      byte[] chosen = bad[random.nextInt(bad.length)];
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(bytes, 0, cut);
      out.write(chosen, 0, chosen.length);
      out.write(bytes, cut, bytes.length - cut);
      return new Input(index, Kind.BROKEN_TEXT, out.toByteArray(), false, Set.of(), "bad UTF-8");
    }
    String[] inserts = {"\\q", "\\u12", "\u0001", "\t", "\\", "\uFEFF", "\\ud800"};
    String insert = inserts[random.nextInt(inserts.length)];
    String broken = text.substring(0, at) + insert + text.substring(at);
    return input(index, Kind.BROKEN_TEXT, broken, false, Set.of(), "text " + abbreviate(insert));
  }

  private Input garbage(int index) {
    byte[] bytes = new byte[random.nextInt(2_000)];
    random.nextBytes(bytes);
    if (bytes.length > 0 && random.nextBoolean()) {
      bytes[0] = (byte) (random.nextBoolean() ? '[' : '{');
    }
    return new Input(index, Kind.GARBAGE, bytes, false, Set.of(), bytes.length + " random bytes");
  }

  private Input input(
      int index, Kind kind, String body, boolean rowLevel, Set<Integer> touched, String what) {
    return new Input(
        index, kind, body.getBytes(StandardCharsets.UTF_8), rowLevel, Set.copyOf(touched), what);
  }

  // -- values -----------------------------------------------------------------------------------

  private Object oddValue() {
    return switch (random.nextInt(12)) {
      case 0 -> new LinkedHashMap<String, Object>();
      case 1 -> new ArrayList<>();
      case 2 -> new LinkedHashMap<>(Map.of("a", new ArrayList<>(List.of(1, "x"))));
      case 3 -> "текст";
      case 4 -> "";
      case 5 -> new Raw("123");
      case 6 -> new Raw("-1.5");
      case 7 -> true;
      case 8 -> false;
      case 9 -> null;
      case 10 -> "2026-13-45T99:00:00";
      default -> new Raw(HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)]);
    };
  }

  private String hugeString(int length) {
    String[] pieces = {"а", "Я", "x", "🙂", "\\\"", " ", "<b>", "&amp;"};
    StringBuilder text = new StringBuilder(length + 8);
    String piece = pieces[random.nextInt(pieces.length)];
    while (text.length() < length) {
      text.append(piece);
    }
    return text.toString();
  }

  private static String nested(int depth) {
    StringBuilder text = new StringBuilder(depth * 2 + 2);
    for (int i = 0; i < depth; i++) {
      text.append(i % 2 == 0 ? '[' : '{');
      if (i % 2 == 1) {
        text.append("\"k\":");
      }
    }
    for (int i = depth - 1; i >= 0; i--) {
      text.append(i % 2 == 0 ? ']' : '}');
    }
    // an object opened last needs a value before it closes
    return text.toString().replace("\"k\":}", "\"k\":0}");
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…(" + text.length() + ")";
  }

  private int quoteAt(String text) {
    List<Integer> quotes = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
        quotes.add(i + 1);
      }
    }
    return quotes.isEmpty() ? 0 : quotes.get(random.nextInt(quotes.size()));
  }

  // -- the tree -----------------------------------------------------------------------------------

  /** A place holding a value: a field of an object or an element of an array. */
  private record Slot(Object owner, Object key) {
    @SuppressWarnings("unchecked")
    void set(Object value) {
      if (owner instanceof Map<?, ?> map) {
        ((Map<String, Object>) map).put((String) key, value);
      } else {
        ((List<Object>) owner).set((Integer) key, value);
      }
    }

    Object get() {
      return owner instanceof Map<?, ?> map ? map.get(key) : ((List<?>) owner).get((Integer) key);
    }

    /** The same field once more, after the object's others, with another value. */
    @SuppressWarnings("unchecked")
    void duplicate(Object value) {
      ((Map<String, Object>) owner).put(key + "\u0000dup", new Duplicate((String) key, value));
    }

    String name() {
      return String.valueOf(key);
    }
  }

  /** A field written under another field's name, so the object holds the name twice. */
  private record Duplicate(String name, Object value) {}

  private static void slots(Object node, List<Slot> into) {
    if (node instanceof Map<?, ?> map) {
      for (Object key : map.keySet()) {
        into.add(new Slot(map, key));
        slots(map.get(key), into);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        into.add(new Slot(list, i));
        slots(list.get(i), into);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private List<Object> rowsOf(Object body) {
    Object node = body;
    for (String field : rowsPath) {
      node = ((Map<String, Object>) node).get(field);
    }
    return (List<Object>) node;
  }

  private static Object copy(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) k, copy(v)));
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(copy(v)));
      return copy;
    }
    return node;
  }

  static String write(Object node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(Object node, StringBuilder out) {
    if (node == null) {
      out.append("null");
    } else if (node instanceof Raw raw) {
      out.append(raw.text());
    } else if (node instanceof String text) {
      quote(text, out);
    } else if (node instanceof Boolean || node instanceof Number) {
      out.append(node);
    } else if (node instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> field : map.entrySet()) {
        out.append(first ? "" : ",");
        first = false;
        if (field.getValue() instanceof Duplicate duplicate) {
          quote(duplicate.name(), out);
          out.append(':');
          write(duplicate.value(), out);
        } else {
          quote((String) field.getKey(), out);
          out.append(':');
          write(field.getValue(), out);
        }
      }
      out.append('}');
    } else if (node instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException(node.getClass().getName());
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c)) {
            out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF]);
            out.append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Just enough of a JSON reader for the well-formed samples. */
  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    Object value() {
      space();
      char c = text.charAt(at);
      if (c == '{') {
        at++;
        Map<String, Object> object = new LinkedHashMap<>();
        space();
        if (text.charAt(at) == '}') {
          at++;
          return object;
        }
        while (true) {
          space();
          String name = string();
          space();
          at++; // ':'
          object.put(name, value());
          space();
          if (text.charAt(at++) == '}') {
            return object;
          }
        }
      }
      if (c == '[') {
        at++;
        List<Object> list = new ArrayList<>();
        space();
        if (text.charAt(at) == ']') {
          at++;
          return list;
        }
        while (true) {
          list.add(value());
          space();
          if (text.charAt(at++) == ']') {
            return list;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      int start = at;
      while (at < text.length() && ",]} \n\r\t".indexOf(text.charAt(at)) < 0) {
        at++;
      }
      String word = text.substring(start, at);
      return switch (word) {
        case "null" -> null;
        case "true" -> true;
        case "false" -> false;
        default -> new Raw(word);
      };
    }

    private String string() {
      StringBuilder out = new StringBuilder();
      at++; // opening quote
      while (true) {
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c == '\\') {
          char e = text.charAt(at++);
          switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
              out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
              at += 4;
            }
            default -> out.append(e);
          }
        } else {
          out.append(c);
        }
      }
    }

    private void space() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }
  }
}
