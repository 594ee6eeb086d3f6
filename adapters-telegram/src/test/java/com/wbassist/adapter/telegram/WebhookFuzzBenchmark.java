package com.wbassist.adapter.telegram;

import com.wbassist.application.fuzz.HostileJson;

/**
 * The full fuzz run of the Telegram webhook (docs/benchmarks.md, docs/decisions/0615): 10,000
 * hostile bodies behind the right secret, counted — inputs, answers by status, updates stored and
 * handled, bodies acknowledged and dropped, exceptions by type, 5xx-equivalents (must be 0). Fails
 * the build on any 5xx-equivalent or violation. Not part of the tests ({@code WebhookFuzzTest} runs
 * a seeded sample); runs in the {@code bench} profile. The seed is printed first; {@code
 * -Dfuzz.seed=…} repeats a run, {@code -Dfuzz.inputs=…} changes its size.
 */
public final class WebhookFuzzBenchmark {
  private WebhookFuzzBenchmark() {}

  public static void main(String[] args) {
    long seed = HostileJson.seed(System.currentTimeMillis());
    int inputs = HostileJson.inputs(10_000);
    System.out.println(
        "Telegram webhook fuzz: seed "
            + seed
            + " (-Dfuzz.seed="
            + seed
            + "), "
            + inputs
            + " bodies");
    long start = System.nanoTime();
    WebhookFuzz.Tally tally = WebhookFuzz.run(seed, inputs);
    System.out.println(tally.summary());
    tally.violations.forEach(v -> System.out.println("  VIOLATION " + v));
    System.out.printf(
        "total: %d bodies in %.1f s, 5xx-equivalents %d, violations %d%n",
        inputs, (System.nanoTime() - start) / 1e9, tally.fiveHundreds(), tally.violations.size());
    if (tally.fiveHundreds() > 0 || !tally.violations.isEmpty()) {
      throw new IllegalStateException("the webhook failed the fuzz run: " + tally.summary());
    }
  }
}
