package com.wbassist.adapter.telegram;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data request as the fake Bot API reads it: text fields, and one file. */
record MultipartBody(JsonObject fields, byte[] file) {
  static MultipartBody parse(String contentType, byte[] body) {
    String boundary =
        "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
    // ISO-8859-1 maps every byte to one char and back, so the file survives the string handling.
    String raw = new String(body, StandardCharsets.ISO_8859_1);
    JsonObjectBuilder fields = Json.createObjectBuilder();
    byte[] file = null;
    for (String part : raw.split(java.util.regex.Pattern.quote(boundary))) {
      int headersEnd = part.indexOf("\r\n\r\n");
      if (headersEnd < 0) {
        continue;
      }
      String headers = part.substring(0, headersEnd);
      String content =
          part.substring(headersEnd + 4, part.length() - 2); // the CRLF before the next boundary
      String name = between(headers, "name=\"", "\"");
      if (headers.contains("filename=")) {
        file = content.getBytes(StandardCharsets.ISO_8859_1);
      } else {
        fields.add(
            name,
            new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
      }
    }
    return new MultipartBody(fields.build(), file);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
