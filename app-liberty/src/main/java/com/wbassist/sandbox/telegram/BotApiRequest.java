package com.wbassist.sandbox.telegram;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one Bot API call, whichever way they came: a JSON body, a urlencoded form, or
 * multipart (a photo upload). Values are kept as JSON so {@code reply_markup} reads the same from
 * all three.
 */
final class BotApiRequest {
  private final Map<String, JsonValue> fields;
  private final Map<String, Upload> files;

  /** A file sent in a multipart part: its name as sent, its type, and its bytes. */
  record Upload(String fileName, String contentType, byte[] bytes) {}

  private BotApiRequest(Map<String, JsonValue> fields, Map<String, Upload> files) {
    this.fields = fields;
    this.files = files;
  }

  static BotApiRequest parse(String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
    if (type.startsWith("multipart/form-data")) {
      return multipart(contentType, body);
    }
    if (type.startsWith("application/x-www-form-urlencoded")) {
      Map<String, JsonValue> fields = new HashMap<>();
      for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          fields.put(decode(pair.substring(0, eq)), text(decode(pair.substring(eq + 1))));
        }
      }
      return new BotApiRequest(fields, Map.of());
    }
    if (body.length == 0) {
      return new BotApiRequest(Map.of(), Map.of());
    }
    JsonObject json =
        Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
    return new BotApiRequest(new HashMap<>(json), Map.of());
  }

  private static String decode(String value) {
    return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  /** A text field that holds JSON ({@code reply_markup} in a form) is read as JSON. */
  private static JsonValue text(String value) {
    String trimmed = value.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        return Json.createReader(new StringReader(trimmed)).readValue();
      } catch (RuntimeException notJson) {
        return Json.createValue(value);
      }
    }
    return Json.createValue(value);
  }

  private static BotApiRequest multipart(String contentType, byte[] body) {
    String boundary = contentType.replaceAll("(?i).*boundary=\"?([^\";]+)\"?.*", "$1");
    String raw = new String(body, StandardCharsets.ISO_8859_1);
    Map<String, JsonValue> fields = new HashMap<>();
    Map<String, Upload> files = new HashMap<>();
    for (String part : raw.split("--" + java.util.regex.Pattern.quote(boundary))) {
      int headerEnd = part.indexOf("\r\n\r\n");
      if (headerEnd < 0) {
        continue;
      }
      String headers = part.substring(0, headerEnd);
      String content = part.substring(headerEnd + 4);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      }
      String name = headers.replaceAll("(?s).*?\\bname=\"([^\"]+)\".*", "$1");
      if (headers.contains("filename=")) {
        files.put(
            name,
            new Upload(
                utf8(headerValue(headers, "(?s).*?\\bfilename=\"([^\"]*)\".*", name)),
                headerValue(headers, "(?si).*?\\bContent-Type:\\s*([^\r\n;]+).*", ""),
                content.getBytes(StandardCharsets.ISO_8859_1)));
      } else {
        fields.put(
            name,
            text(
                new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)));
      }
    }
    return new BotApiRequest(fields, files);
  }

  /** The part's headers were read byte for byte; a file name is sent in UTF-8. */
  private static String utf8(String latin1) {
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  private static String headerValue(String headers, String pattern, String otherwise) {
    String value = headers.replaceAll(pattern, "$1");
    return value.equals(headers) ? otherwise : value.strip();
  }

  Optional<String> string(String name) {
    JsonValue value = fields.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    return Optional.of(
        value.getValueType() == JsonValue.ValueType.STRING
            ? ((jakarta.json.JsonString) value).getString()
            : value.toString());
  }

  Optional<Long> number(String name) {
    return string(name).map(v -> Long.parseLong(v.strip()));
  }

  Optional<JsonObject> object(String name) {
    JsonValue value = fields.get(name);
    return value != null && value.getValueType() == JsonValue.ValueType.OBJECT
        ? Optional.of(value.asJsonObject())
        : Optional.empty();
  }

  /** Whether a file was uploaded under that name, and how large. */
  Optional<Integer> upload(String name) {
    return file(name).map(upload -> upload.bytes().length);
  }

  /** The file uploaded under that name. */
  Optional<Upload> file(String name) {
    return Optional.ofNullable(files.get(name));
  }
}
