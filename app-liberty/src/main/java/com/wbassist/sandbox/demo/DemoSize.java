package com.wbassist.sandbox.demo;

import com.wbassist.sandbox.wb.SandboxPace;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.Locale;

/**
 * How big a demo shop starts: {@code small} (a handful of orders, synced in a blink) or {@code
 * large} (thousands of orders over the primary window, served in small slow pages so a person can
 * watch its primary sync's progress for tens of seconds).
 */
public enum DemoSize {
  SMALL,
  LARGE;

  /** Orders a large shop had over the primary window, and reviews. */
  static final int LARGE_ORDERS = 6_000;

  static final int LARGE_REVIEWS = 4_000;

  /** Within the product's default primary window (30 days), so the primary sync reads them all. */
  static final Duration LARGE_WINDOW = Duration.ofDays(28);

  /**
   * How slowly a large shop's WB answers: 0.3 s a call and 2 ms a row, so its primary sync takes
   * about half a minute (orders 12 s, sales 7 s, reviews 10 s) and its later passes a few seconds.
   */
  static final SandboxPace LARGE_PACE =
      new SandboxPace(Duration.ofMillis(300), Duration.ofMillis(2));

  /**
   * The size a request asks for: an empty body or {@code {}} is small; {@code {"size": "large"}}.
   *
   * @throws IllegalArgumentException saying what is wrong with the body
   */
  public static DemoSize of(String body) {
    if (body == null || body.isBlank()) {
      return SMALL;
    }
    JsonObject request;
    try {
      request = Json.createReader(new StringReader(body)).readObject();
    } catch (RuntimeException notJson) {
      throw new IllegalArgumentException(
          "the body is not a JSON object; send {} or {\"size\": \"large\"}");
    }
    JsonValue size = request.get("size");
    if (size == null) {
      return SMALL;
    }
    String name =
        size.getValueType() == JsonValue.ValueType.STRING
            ? request.getString("size").toUpperCase(Locale.ROOT)
            : "";
    try {
      return valueOf(name);
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException(
          "size " + size + " is not a demo shop's size; \"small\" or \"large\"");
    }
  }
}
