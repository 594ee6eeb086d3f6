package com.wbassist.domain.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs the detection benchmark and prints both figures, their ratio and the rows per second detection reaches. */
public final class DetectionBenchmarkMain {
  private DetectionBenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    Collection<RunResult> results = new Runner(new OptionsBuilder().include(DetectionBenchmark.class.getSimpleName()).build()).run();
    double baseline = score(results, "iterateRows");
    double detection = score(results, "detectOrderEvents");
    System.out.printf("%nrows per run:              %,d%n", DetectionBenchmark.ROWS);
    System.out.printf("baseline (iterate rows):   %.3f ms%n", baseline);
    System.out.printf("order event detection:     %.3f ms%n", detection);
    System.out.printf("ratio detection/baseline:  %.1fx%n", detection / baseline);
    System.out.printf("detection throughput:      %,.0f rows/s on one core%n", DetectionBenchmark.ROWS / (detection / 1000));
  }

  private static double score(Collection<RunResult> results, String method) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
        .findFirst()
        .orElseThrow()
        .getPrimaryResult()
        .getScore();
  }
}
