package com.wbassist.adapter.wb;

import com.wbassist.application.fuzz.HostileJson;

/**
 * The full fuzz run of the WB readers (docs/benchmarks.md, docs/decisions/0615): 10,000 hostile
 * answers per reader, counted — inputs, pages read, pages refused whole, rows set aside, exceptions
 * by type, violations (a row-level body refused, a readable row lost, a row half-built). Exits 1 on
 * any unexpected exception or violation. Not part of the tests ({@code WbFuzzTest} runs a seeded
 * sample); run with {@code -Pbench … -Dbench.main=com.wbassist.adapter.wb.WbFuzzBenchmark}. The
 * seed is printed first; {@code -Dfuzz.seed=…} repeats a run, {@code -Dfuzz.inputs=…} changes its
 * size.
 */
public final class WbFuzzBenchmark {
  private WbFuzzBenchmark() {}

  public static void main(String[] args) throws Exception {
    long seed = HostileJson.seed(System.currentTimeMillis());
    int inputs = HostileJson.inputs(10_000);
    System.out.println(
        "WB readers fuzz: seed " + seed + " (-Dfuzz.seed=" + seed + "), " + inputs + " per reader");
    int failures = 0;
    long start = System.nanoTime();
    for (WbFuzz.Target target : WbFuzz.Target.values()) {
      WbFuzz.Tally tally = WbFuzz.run(target, seed, inputs);
      System.out.println(tally.summary());
      tally.violations.forEach(v -> System.out.println("  VIOLATION " + v));
      failures += tally.unexpectedExceptions() + tally.violations.size();
    }
    System.out.printf(
        "total: %d inputs in %.1f s, unexpected exceptions and violations: %d%n",
        inputs * WbFuzz.Target.values().length, (System.nanoTime() - start) / 1e9, failures);
    if (failures > 0) {
      System.exit(1);
    }
  }
}
