package com.wbassist.sandbox.wb;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** WB's error bodies, in their several shapes. */
final class WbProblems {
  private WbProblems() {}

  /** The {@code application/problem+json} body of 401 and 429. */
  static JsonObject problem(int status, String title, String detail, String statusText) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("detail", detail)
        .add("code", UUID.randomUUID().toString())
        .add("requestId", UUID.randomUUID().toString().replace("-", ""))
        .add("origin", "s2s-api-auth-catalog")
        .add("status", status)
        .add("statusText", statusText)
        .add("timestamp", Instant.now().toString().substring(0, 19) + "Z")
        .build();
  }

  static SandboxAnswer unauthorized(String detail) {
    return SandboxAnswer.of(401, problem(401, "unauthorized", detail, "Unauthorized"));
  }

  static SandboxAnswer tooManyRequests(long retrySeconds, int limit, long resetSeconds) {
    return new SandboxAnswer(
        429,
        Map.of(
            "X-Ratelimit-Retry",
            Long.toString(retrySeconds),
            "X-Ratelimit-Limit",
            Integer.toString(limit),
            "X-Ratelimit-Reset",
            Long.toString(resetSeconds)),
        problem(429, "too many requests", "limited by sandbox", "Too Many Requests"));
  }

  static SandboxAnswer serverError(int status) {
    return SandboxAnswer.of(
        status,
        Json.createObjectBuilder()
            .add("title", "internal server error")
            .add("status", status)
            .build());
  }

  /**
   * Statistics' 400: {@code {"errors":[…]}} for a missing field, {@code {"errors":"…"}} for a bad
   * value.
   */
  static SandboxAnswer statisticsBadRequest(String message, boolean asList) {
    var body = Json.createObjectBuilder();
    if (asList) {
      body.add("errors", Json.createArrayBuilder().add(message));
    } else {
      body.add("errors", message);
    }
    return SandboxAnswer.of(400, body.build());
  }

  /** The feedbacks API's envelope around an error. */
  static SandboxAnswer feedbacksBadRequest(String errorText) {
    return SandboxAnswer.of(
        400,
        Json.createObjectBuilder()
            .addNull("data")
            .add("error", true)
            .add("errorText", errorText)
            .addNull("additionalErrors")
            .add("requestId", UUID.randomUUID().toString())
            .build());
  }
}
