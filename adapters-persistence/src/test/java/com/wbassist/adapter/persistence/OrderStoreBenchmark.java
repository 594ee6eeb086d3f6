package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.OrderStore;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.sync.SyncLease;
import java.io.StringReader;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * The port against COPY (mvn -Pbench, never in the normal test run): stores {@code bench.rows}
 * orders the way a primary sync does — pages of {@code bench.page} rows, each page's keys looked
 * up, then stored with its cursor — then COPYs the same rows into a table of the same shape, then
 * runs the incremental case: every row again, 1% of them changed. Prints rows per second and the
 * ratio; docs/benchmarks/persistence.md keeps the figures.
 */
class OrderStoreBenchmark {
  private static final CabinetId CABINET = new CabinetId("bench-cabinet");
  private static final int ROWS = Integer.getInteger("bench.rows", 100_000);
  private static final int PAGE = Integer.getInteger("bench.page", 80_000);
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  private static final Instant LEASED_AT = Instant.parse("2026-01-01T00:00:00Z");

  private CabinetStore cabinets;

  @Test
  void portAgainstCopy() throws Exception {
    EmbeddedDatabase db = EmbeddedDatabase.shared();
    db.truncate();
    db.execute("drop table if exists orders_copy");
    db.execute("create table orders_copy (like orders including all)");
    List<Order> rows = BenchmarkOrders.generate(ROWS, 0);
    try (PersistenceAdapters adapters =
        PersistenceAdapters.create(
            db.dataSource(), TokenCipher.fromBase64Key(TokenCipher.generateKey()))) {
      OrderStore store = adapters.orders();
      this.cabinets = adapters.cabinets();
      // Warm-up of both paths on a small slice, then empty tables again.
      sync(store, new CabinetId("warm-up"), BenchmarkOrders.generate(20_000, 0));
      copy(db, BenchmarkOrders.generate(20_000, 0));
      db.truncate();
      db.execute("truncate orders_copy");
      db.execute("vacuum analyze orders");
      db.execute("vacuum analyze orders_copy");

      List<Order> again = BenchmarkOrders.changeEvery(rows, 100);
      double[] port = new double[ROUNDS];
      double[] copy = new double[ROUNDS];
      double[] second = new double[ROUNDS];
      double[] ratio = new double[ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        db.truncate();
        db.execute("truncate orders_copy");
        port[round] = rate(ROWS, () -> sync(store, CABINET, rows));
        copy[round] = rate(ROWS, () -> copy(db, rows));
        second[round] = rate(ROWS, () -> sync(store, CABINET, again));
        ratio[round] = port[round] / copy[round];
      }
      String report =
          String.format(
              "rows=%d page=%d rounds=%d (medians; every round: port %s, COPY %s, second %s)%n"
                  + "port (knownOrders + store, primary): %,.0f rows/s%n"
                  + "COPY into same-shape table: %,.0f rows/s%n"
                  + "ratio port/COPY (median of the rounds' ratios): %.2f%n"
                  + "second pass (all stored, 1%% changed): %,.0f rows/s%n",
              ROWS,
              PAGE,
              ROUNDS,
              list(port),
              list(copy),
              list(second),
              median(port),
              median(copy),
              median(port) / median(copy),
              median(second));
      System.out.println("=== persistence benchmark ===");
      System.out.print(report);
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("target", "persistence-benchmark.txt"), report);
    } finally {
      db.execute("drop table if exists orders_copy");
      db.truncate();
    }
  }

  /**
   * One stream pass as the sync service runs it: the cabinet claimed, per page the keys' stored
   * state, then rows + cursor under the lease, and the lease released.
   */
  private void sync(OrderStore store, CabinetId cabinet, List<Order> rows) {
    if (cabinets.find(cabinet).isEmpty()) {
      cabinets.save(
          Cabinet.connect(
              cabinet,
              "bench",
              new ApiToken("eyJ.bench.sig"),
              LEASED_AT.plusSeconds(86_400),
              LEASED_AT));
    }
    SyncLease lease = cabinets.claim(cabinet, LEASED_AT, Duration.ofHours(1)).orElseThrow();
    for (int from = 0; from < rows.size(); from += PAGE) {
      List<Order> page = rows.subList(from, Math.min(rows.size(), from + PAGE));
      store.knownOrders(cabinet, page.stream().map(Order::srid).toList());
      store.store(
          new StreamBatch<>(
              lease,
              page,
              Optional.of(page.get(page.size() - 1).lastChangeDate()),
              List.of(),
              page.get(0).lastChangeDate()));
    }
    cabinets.release(lease);
  }

  private static void copy(EmbeddedDatabase db, List<Order> rows) {
    try (Connection connection = db.dataSource().getConnection()) {
      String text = BenchmarkOrders.copyText(CABINET.sid(), rows);
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy orders_copy (cabinet_sid, " + BenchmarkOrders.COLUMN_NAMES + ") from stdin",
              new StringReader(text));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static double rate(int rows, Runnable run) {
    long start = System.nanoTime();
    run.run();
    return rows / ((System.nanoTime() - start) / 1e9);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String list(double[] values) {
    return java.util.Arrays.stream(values)
        .mapToObj(v -> String.format("%,.0f", v))
        .collect(java.util.stream.Collectors.joining(" / "));
  }
}
