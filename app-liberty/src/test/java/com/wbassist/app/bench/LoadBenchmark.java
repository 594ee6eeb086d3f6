package com.wbassist.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's load benchmark: N cabinets served by the WB simulator (its own process, a fixed
 * latency per request), measured over several sync intervals. Part 1: one server at the issue's
 * target (10,000 cabinets, SYNC_INTERVAL 180 s, 150 ms): cabinets synced per second, lateness (a
 * pass's start minus its due time) p50/p99/max, the server's CPU and heap, database connections.
 * Part 2: a server held back by its concurrency bound and WB's latency, then a second server on the
 * same database: throughput of each, syncs of one cabinet overlapping (must be 0), notifications
 * sent twice (must be 0), the busiest second of Telegram traffic (≤ 30). Every figure is printed;
 * docs/benchmarks.md keeps them. Sizes are system properties (bench.*), see the -Pbench profile.
 */
class LoadBenchmark {
  private static final int CABINETS = Integer.getInteger("bench.cabinets", 10_000);
  private static final int INTERVAL = Integer.getInteger("bench.interval", 180);
  private static final int LATENCY_MS = Integer.getInteger("bench.latency", 150);
  private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 96);
  private static final int INTERVALS = Integer.getInteger("bench.intervals", 3);
  private static final int BOUND_CABINETS = Integer.getInteger("bench.bound.cabinets", 1_000);
  private static final int BOUND_CONCURRENCY = Integer.getInteger("bench.bound.concurrency", 4);
  private static final int BOUND_INTERVAL = Integer.getInteger("bench.bound.interval", 60);
  private static final int BOUND_SECONDS = Integer.getInteger("bench.bound.seconds", 150);
  private static final int BOUND_LATENCY = Integer.getInteger("bench.bound.latency", 600);

  @Test
  void oneServerAtTheTarget() throws Exception {
    if (CABINETS == 0) {
      return;
    }
    try (BenchCluster cluster =
        new BenchCluster(
            new WbSimulator(
                CABINETS, Duration.ofMillis(LATENCY_MS), Duration.ofMinutes(15), 1_000))) {
      cluster.seedCabinets(CABINETS, Duration.ofSeconds(INTERVAL));
      var server =
          cluster.startServer(
              "bench-one",
              Map.of(
                  "SYNC_INTERVAL", Integer.toString(INTERVAL),
                  "WB_ASSIST_SYNC_CONCURRENCY", Integer.toString(CONCURRENCY),
                  "WB_ASSIST_DB_POOL_MAX", Integer.toString(Math.max(20, CONCURRENCY / 2))));
      // One interval to settle (the seeded cabinets become due evenly), then the measured ones.
      Thread.sleep(Duration.ofSeconds(INTERVAL).toMillis());
      Instant from = Instant.now();
      ServerSamples samples = new ServerSamples();
      long connections = 0;
      long requestsBefore = cluster.wb.requests();
      long end = System.nanoTime() + Duration.ofSeconds((long) INTERVAL * INTERVALS).toNanos();
      while (System.nanoTime() < end) {
        samples.sample(server.url("/metrics"));
        connections =
            Math.max(
                connections,
                cluster.queryLong(
                    "select count(*) from pg_stat_activity where backend_type = 'client backend'"));
        Thread.sleep(5_000);
      }
      Instant to = Instant.now();
      double seconds = Duration.between(from, to).toMillis() / 1000.0;
      long passes = passesBetween(cluster, from, to);
      List<Double> lateness = lateness(cluster, from, to);
      System.out.printf(
          "%nLOAD one server: %,d cabinets, SYNC_INTERVAL %d s, WB latency %d ms, concurrency %d,"
              + " measured %.0f s%n",
          CABINETS, INTERVAL, LATENCY_MS, CONCURRENCY, seconds);
      System.out.printf(
          "  cabinets synced per second: %.2f (due: %.2f)%n",
          passes / seconds, CABINETS / (double) INTERVAL);
      System.out.printf(
          "  lateness p50 %.1f s, p99 %.1f s, max %.1f s (%d passes)%n",
          percentile(lateness, 50),
          percentile(lateness, 99),
          percentile(lateness, 100),
          lateness.size());
      System.out.printf(
          "  server CPU (process, mean of samples) %.0f %%, heap used max %.0f MiB (-Xmx1g)%n",
          samples.meanCpuPercent(), samples.maxHeapMiB());
      System.out.printf("  database connections (all clients) max %d%n", connections);
      System.out.printf(
          "  WB requests per second %.1f; notifications sent %d, busiest Telegram second %d"
              + " (busiest ten seconds: %.1f a second)%n",
          (cluster.wb.requests() - requestsBefore) / seconds,
          cluster.queryLong("select count(*) from notification_deliveries where status = 'SENT'"),
          cluster.telegram.busiestSecond(),
          cluster.telegram.busiestTenSecondsPerSecond());
    }
  }

  @Test
  void twoServersOnOneDatabase() throws Exception {
    if (BOUND_CABINETS == 0) {
      return;
    }
    try (BenchCluster cluster =
        new BenchCluster(
            new WbSimulator(
                BOUND_CABINETS, Duration.ofMillis(BOUND_LATENCY), Duration.ofMinutes(5), 2_000))) {
      cluster.seedCabinets(BOUND_CABINETS, Duration.ofSeconds(BOUND_INTERVAL));
      Map<String, String> bound =
          Map.of(
              "SYNC_INTERVAL", Integer.toString(BOUND_INTERVAL),
              "WB_ASSIST_SYNC_CONCURRENCY", Integer.toString(BOUND_CONCURRENCY));
      var first = cluster.startServer("bench-a", bound);
      Thread.sleep(20_000);
      List<Double> alone = new ArrayList<>();
      List<ServerSamples> aloneCpu = List.of(new ServerSamples());
      double oneRate = rate(cluster, List.of(first), alone, aloneCpu);
      var second = cluster.startServer("bench-b", bound);
      Thread.sleep(20_000);
      List<Double> split = new ArrayList<>();
      List<ServerSamples> bothCpu = List.of(new ServerSamples(), new ServerSamples());
      double twoRate = rate(cluster, List.of(first, second), split, bothCpu);
      // Let dispatch drain what was detected, then count.
      Thread.sleep(30_000);
      long overlapping =
          cluster.queryLong(
              "select count(*) from sync_runs a join sync_runs b on a.cabinet_sid = b.cabinet_sid"
                  + " and a.id < b.id and b.started_at < coalesce(a.finished_at, now())"
                  + " and a.started_at < coalesce(b.finished_at, now())");
      long sent =
          cluster.queryLong("select count(*) from notification_deliveries where status = 'SENT'");
      int received = cluster.telegram.arrivals().size();
      System.out.printf(
          "%nLOAD two servers: %,d cabinets, SYNC_INTERVAL %d s, WB latency %d ms, concurrency %d"
              + " each, %d s each phase%n",
          BOUND_CABINETS, BOUND_INTERVAL, BOUND_LATENCY, BOUND_CONCURRENCY, BOUND_SECONDS);
      System.out.printf(
          "  one server:  %.2f cabinets synced per second, its CPU %.0f %%%n",
          oneRate, aloneCpu.get(0).meanCpuPercent());
      System.out.printf(
          "  two servers: %.2f cabinets synced per second (%.2f× one), split %.2f / %.2f,"
              + " their CPU %.0f %% / %.0f %%%n",
          twoRate,
          twoRate / oneRate,
          split.get(0),
          split.get(1),
          bothCpu.get(0).meanCpuPercent(),
          bothCpu.get(1).meanCpuPercent());
      System.out.printf(
          "  syncs of one cabinet overlapping: %d; notifications marked sent %d, received by"
              + " Telegram %d (sent twice: %d); busiest Telegram second %d (busiest ten"
              + " seconds: %.1f a second)%n",
          overlapping,
          sent,
          received,
          received - sent,
          cluster.telegram.busiestSecond(),
          cluster.telegram.busiestTenSecondsPerSecond());
      assertEquals(0, overlapping, "no cabinet synced by two servers at once");
    }
  }

  /**
   * Syncs per second of the servers over BOUND_SECONDS, from their own counters, their CPU sampled
   * meanwhile.
   */
  private static double rate(
      BenchCluster cluster,
      List<BenchCluster.Server> servers,
      List<Double> split,
      List<ServerSamples> cpu)
      throws InterruptedException {
    double[] before = new double[servers.size()];
    for (int i = 0; i < servers.size(); i++) {
      before[i] = ServerSamples.syncs(servers.get(i).url("/metrics"));
    }
    long start = System.nanoTime();
    long end = start + BOUND_SECONDS * 1_000_000_000L;
    while (System.nanoTime() < end) {
      for (int i = 0; i < servers.size(); i++) {
        cpu.get(i).sample(servers.get(i).url("/metrics"));
      }
      Thread.sleep(5_000);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double total = 0;
    for (int i = 0; i < servers.size(); i++) {
      double rate = (ServerSamples.syncs(servers.get(i).url("/metrics")) - before[i]) / seconds;
      split.add(rate);
      total += rate;
    }
    return total;
  }

  private static long passesBetween(BenchCluster cluster, Instant from, Instant to)
      throws Exception {
    return cluster.queryLong(
        "select count(*) from sync_runs where started_at >= timestamptz '"
            + from
            + "' and started_at < timestamptz '"
            + to
            + "'");
  }

  /**
   * For each pass started in the window: its start minus its due time — the cabinet's previous
   * pass's end plus the interval (a cabinet is due SYNC_INTERVAL after its last sync ended).
   */
  private static List<Double> lateness(BenchCluster cluster, Instant from, Instant to)
      throws Exception {
    List<Double> lateness = new ArrayList<>();
    for (double[] row :
        cluster.queryRows(
            "select extract(epoch from started_at - (previous_end + interval '"
                + INTERVAL
                + " seconds')) from (select started_at, lag(finished_at) over (partition by"
                + " cabinet_sid order by started_at) as previous_end from sync_runs) runs"
                + " where previous_end is not null and started_at >= '"
                + from
                + "' and started_at < '"
                + to
                + "'",
            1)) {
      lateness.add(row[0]);
    }
    lateness.sort(Double::compare);
    return lateness;
  }

  private static double percentile(List<Double> sorted, int percent) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
