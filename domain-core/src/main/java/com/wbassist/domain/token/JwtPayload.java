package com.wbassist.domain.token;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the claims of a JWT's payload: the flat JSON object between the two dots. The core may not
 * depend on a JSON library, and a token's payload needs only strings, numbers, booleans and null at
 * the top level (nested values are skipped). The signature is not checked: WB checks it on every
 * call, and the ping at onboarding asks WB.
 */
final class JwtPayload {
  private final String json;
  private int pos;

  private JwtPayload(String json) {
    this.json = json;
  }

  /**
   * The payload's top-level claims, or empty when the text is not a JWT with a JSON object payload.
   */
  static Optional<Map<String, Object>> claims(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || parts[1].isEmpty()) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(stripPadding(parts[1]));
      JwtPayload parser = new JwtPayload(new String(bytes, StandardCharsets.UTF_8));
      Map<String, Object> claims = parser.object();
      parser.skipSpace();
      return parser.pos == parser.json.length() ? Optional.of(claims) : Optional.empty();
    } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
      return Optional.empty();
    }
  }

  private static String stripPadding(String part) {
    int end = part.length();
    while (end > 0 && part.charAt(end - 1) == '=') {
      end--;
    }
    return part.substring(0, end);
  }

  private Map<String, Object> object() {
    expect('{');
    Map<String, Object> values = new HashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return values;
    }
    while (true) {
      skipSpace();
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      values.put(key, value());
      skipSpace();
      char next = json.charAt(pos++);
      if (next == '}') {
        return values;
      }
      if (next != ',') {
        throw new IllegalArgumentException("expected , or } at " + (pos - 1));
      }
    }
  }

  private Object value() {
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (c == '{') {
      object();
      return null;
    }
    if (c == '[') {
      skipArray();
      return null;
    }
    if (json.startsWith("true", pos)) {
      pos += 4;
      return Boolean.TRUE;
    }
    if (json.startsWith("false", pos)) {
      pos += 5;
      return Boolean.FALSE;
    }
    if (json.startsWith("null", pos)) {
      pos += 4;
      return null;
    }
    return number();
  }

  private void skipArray() {
    expect('[');
    skipSpace();
    if (peek() == ']') {
      pos++;
      return;
    }
    while (true) {
      skipSpace();
      value();
      skipSpace();
      char next = json.charAt(pos++);
      if (next == ']') {
        return;
      }
      if (next != ',') {
        throw new IllegalArgumentException("expected , or ] at " + (pos - 1));
      }
    }
  }

  private Number number() {
    int start = pos;
    while (pos < json.length() && "+-0123456789.eE".indexOf(json.charAt(pos)) >= 0) {
      pos++;
    }
    String text = json.substring(start, pos);
    if (text.isEmpty()) {
      throw new IllegalArgumentException("unexpected character at " + start);
    }
    if (text.contains(".") || text.contains("e") || text.contains("E")) {
      return Double.parseDouble(text);
    }
    return Long.parseLong(text);
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = json.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\') {
        char escaped = json.charAt(pos++);
        switch (escaped) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(json.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> out.append(escaped);
        }
      } else {
        out.append(c);
      }
    }
  }

  private void expect(char c) {
    if (json.charAt(pos) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + pos);
    }
    pos++;
  }

  private char peek() {
    return json.charAt(pos);
  }

  private void skipSpace() {
    while (pos < json.length() && Character.isWhitespace(json.charAt(pos))) {
      pos++;
    }
  }
}
