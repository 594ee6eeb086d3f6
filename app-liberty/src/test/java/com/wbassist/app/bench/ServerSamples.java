package com.wbassist.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What a server says of itself in {@code /metrics} (MicroProfile Metrics, Prometheus text), sampled
 * every few seconds while a benchmark measures: its process's CPU load, its used heap, the syncs it
 * completed.
 */
final class ServerSamples {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final List<Double> cpu = new ArrayList<>();
  private final List<Double> heap = new ArrayList<>();

  void sample(URI metrics) {
    String text = metrics(metrics);
    value(text, "cpu_processCpuLoad").ifPresent(cpu::add);
    value(text, "memory_usedHeap_bytes").ifPresent(heap::add);
  }

  /** The syncs this server completed so far, every kind. */
  static double syncs(URI metrics) {
    return sum(metrics(metrics), "wbassist_syncs_total");
  }

  double meanCpuPercent() {
    return cpu.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN) * 100;
  }

  double maxHeapMiB() {
    return heap.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN) / (1 << 20);
  }

  private static String metrics(URI metrics) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException unreachable) {
      return "";
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  private static OptionalDouble value(String text, String name) {
    return text.lines()
        .filter(line -> line.startsWith(name) && !line.startsWith("#"))
        .mapToDouble(ServerSamples::number)
        .findFirst();
  }

  private static double sum(String text, String name) {
    return text.lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .mapToDouble(ServerSamples::number)
        .sum();
  }

  private static double number(String line) {
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }
}
