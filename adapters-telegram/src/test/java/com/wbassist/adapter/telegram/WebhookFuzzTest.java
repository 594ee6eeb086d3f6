package com.wbassist.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fuzz.HostileJson;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A seeded sample of hostile webhook bodies (issue 11, docs/decisions/0615): truncated JSON, wrong
 * types, huge strings, NUL, unknown fields, deep nesting, numbers out of range, wrong shapes — all
 * behind the right secret. No 5xx, no exception; a body is stored whole and handled once, or
 * acknowledged and dropped. {@code -Dfuzz.seed=…} repeats a run, {@code -Dfuzz.inputs=…} changes
 * its size; the full 10,000 is {@link WebhookFuzzBenchmark}.
 */
class WebhookFuzzTest {
  private static final long SEED = HostileJson.seed(20261118L);
  private static final int INPUTS = HostileJson.inputs(300);

  @Test
  @DisplayName(
      "hostile bodies with the right secret: never a 5xx or an exception, never half-stored")
  void hostileBodies() {
    WebhookFuzz.Tally tally =
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> WebhookFuzz.run(SEED, INPUTS));
    System.out.println("fuzz " + tally.summary() + " (repeat with -Dfuzz.seed=" + SEED + ")");
    assertEquals(0, tally.fiveHundreds(), tally.summary() + "\n" + tally.violations);
    assertEquals(List.of(), tally.violations, "seed " + SEED + ": " + tally.summary());
    assertTrue(tally.accepted > 0, "some bodies still made updates");
    assertTrue(tally.acknowledged > tally.inputs / 4, "most hostile bodies are dropped");
  }
}
