package com.wbassist.adapter.wb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wbassist.domain.market.Order;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How long reading a 100,000-row orders page into the model takes, and how much heap it needs,
 * against a plain parse of the same bytes into maps (Jackson databind, {@code List<Map<String,
 * Object>>}) as the baseline. Not a test: run with {@code mvn -B -pl adapters-wb -Pbench
 * test-compile exec:exec} (docs/benchmarks/wb-adapter.md).
 */
public final class OrdersPageBenchmark {
  private static final int ROWS = 100_000;
  private static final int WARMUP = 8;
  private static final int MEASURED = 15;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory JSON = new JsonFactory();
  private static final TypeReference<List<Map<String, Object>>> MAPS = new TypeReference<>() {};

  private interface Parse {
    List<?> run(byte[] bytes) throws IOException;
  }

  private record Figures(
      String name,
      double medianMs,
      double minMs,
      long allocatedBytes,
      long retainedBytes,
      long peakBytes) {}

  public static void main(String[] args) throws Exception {
    byte[] bytes = OrdersPageFixture.json(ROWS);
    Parse baseline = b -> MAPPER.readValue(new ByteArrayInputStream(b), MAPS);
    Parse translation =
        b -> {
          try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(b))) {
            List<Order> orders = StatisticsReader.orders(parser).rows();
            return orders;
          }
        };
    check(baseline.run(bytes).size(), translation.run(bytes).size());
    for (int i = 0; i < WARMUP; i++) {
      baseline.run(bytes);
      translation.run(bytes);
    }
    // Interleaved, each run after a full GC: both see the same machine load, each pays only its own
    // garbage.
    double[] plainMs = new double[MEASURED];
    double[] modelMs = new double[MEASURED];
    double[] ratios = new double[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      plainMs[i] = timed(baseline, bytes);
      modelMs[i] = timed(translation, bytes);
      ratios[i] = modelMs[i] / plainMs[i];
    }
    Figures plain = heap("plain parse into maps (baseline)", baseline, bytes, plainMs);
    Figures model = heap("translation into Order", translation, bytes, modelMs);

    Runtime runtime = Runtime.getRuntime();
    System.out.printf(
        "WB orders page: %,d rows, %,d bytes of JSON; JDK %s, max heap %d MiB, %d CPUs%n",
        ROWS,
        bytes.length,
        System.getProperty("java.version"),
        runtime.maxMemory() >> 20,
        runtime.availableProcessors());
    System.out.printf(
        "%-34s %10s %10s %14s %14s %14s%n",
        "", "median ms", "min ms", "allocated MiB", "retained MiB", "peak MiB");
    for (Figures f : List.of(plain, model)) {
      System.out.printf(
          "%-34s %10.1f %10.1f %14.1f %14.1f %14.1f%n",
          f.name(),
          f.medianMs(),
          f.minMs(),
          mib(f.allocatedBytes()),
          mib(f.retainedBytes()),
          mib(f.peakBytes()));
    }
    Arrays.sort(ratios);
    System.out.printf(
        "ratio translation / baseline: time %.2f× (median of %d interleaved pairs), %.2f× (best runs), retained heap %.2f×, peak heap %.2f× (aim: time ≤ 1.5×)%n",
        ratios[MEASURED / 2],
        MEASURED,
        model.minMs() / plain.minMs(),
        (double) model.retainedBytes() / plain.retainedBytes(),
        (double) model.peakBytes() / plain.peakBytes());
  }

  private static double timed(Parse parse, byte[] bytes) throws Exception {
    settledHeap();
    long start = System.nanoTime();
    List<?> rows = parse.run(bytes);
    double millis = (System.nanoTime() - start) / 1e6;
    check(rows.size(), ROWS);
    return millis;
  }

  private static Figures heap(String name, Parse parse, byte[] bytes, double[] millis)
      throws Exception {
    Arrays.sort(millis);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = settledHeap();
    resetPeaks();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    List<?> kept = parse.run(bytes);
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    long peak = peaks() - before;
    long retained = settledHeap() - before;
    check(kept.size(), ROWS);
    return new Figures(name, millis[MEASURED / 2], millis[0], allocated, retained, peak);
  }

  private static long settledHeap() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /**
   * The sum of every heap pool's peak since the reset: an upper bound of the heap in use at any one
   * time.
   */
  private static long peaks() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }

  private static void check(int actual, int expected) {
    if (actual != expected) {
      throw new IllegalStateException("expected " + expected + " rows, read " + actual);
    }
  }

  private static double mib(long bytes) {
    return bytes / 1024.0 / 1024.0;
  }
}
