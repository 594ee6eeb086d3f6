package com.wbassist.adapter.wb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fuzz.HostileJson;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A seeded sample of hostile WB answers against every reader (issue 11, docs/decisions/0615):
 * truncated JSON, wrong types, huge strings, NUL, unknown fields, deep nesting, numbers out of
 * range, wrong shapes. Each is read or refused whole — {@link WbMalformedResponseException}, or
 * WB's own refusal in an envelope — never another exception; a body damaged only inside rows is
 * read, every undamaged row returned; nothing returned is half-built. {@code -Dfuzz.seed=…} repeats
 * a run, {@code -Dfuzz.inputs=…} changes its size; the full 10,000 is {@link WbFuzzBenchmark}.
 */
class WbFuzzTest {
  private static final long SEED = HostileJson.seed(20261118L);
  private static final int INPUTS = HostileJson.inputs(300);

  @ParameterizedTest(name = "{0}")
  @EnumSource(WbFuzz.Target.class)
  @DisplayName(
      "hostile answers are read or refused whole, never thrown otherwise; no readable row is lost")
  void hostileAnswers(WbFuzz.Target target) {
    WbFuzz.Tally tally =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120), () -> WbFuzz.run(target, SEED, INPUTS), "a hang: " + target);
    System.out.println("fuzz " + tally.summary() + " (repeat with -Dfuzz.seed=" + SEED + ")");
    assertEquals(0, tally.unexpectedExceptions(), tally.summary() + "\n" + tally.violations);
    assertEquals(java.util.List.of(), tally.violations, "seed " + SEED + ": " + tally.summary());
    assertTrue(tally.rowLevelInputs > INPUTS / 4, "the sample damages rows often enough");
    assertTrue(tally.rowsSetAside > 0, "some rows were set aside");
    assertTrue(tally.refused > 0, "some bodies were refused whole");
  }
}
