package com.wbassist.sandbox.wb;

import jakarta.json.JsonValue;
import java.util.Map;

/** What the WB sandbox answers to one request: status, headers and a JSON body (or none). */
public record SandboxAnswer(int status, Map<String, String> headers, JsonValue body) {
  public SandboxAnswer {
    headers = Map.copyOf(headers);
  }

  static SandboxAnswer ok(JsonValue body, int remaining) {
    return new SandboxAnswer(
        200, Map.of("X-Ratelimit-Remaining", Integer.toString(remaining)), body);
  }

  static SandboxAnswer of(int status, JsonValue body) {
    return new SandboxAnswer(status, Map.of(), body);
  }
}
