package com.wbassist.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.adapter.persistence.PersistenceAdapters;
import com.wbassist.adapter.persistence.TokenCipher;
import com.wbassist.adapter.persistence.migration.SchemaMigration;
import com.wbassist.app.reports.ReportFormats;
import com.wbassist.application.port.out.ChatDocument;
import com.wbassist.application.port.out.ReportDocument;
import com.wbassist.application.port.out.ReportDocuments;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.service.BackgroundTaskService;
import com.wbassist.application.service.ReportTaskRunner;
import com.wbassist.application.service.TaskTiming;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.notification.Notification;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.ReportFormat;
import com.wbassist.domain.task.ReportRequest;
import com.wbassist.domain.task.ReportTotals;
import com.wbassist.domain.task.TaskLease;
import com.wbassist.domain.task.TaskState;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A 1,000,000-row report (700,000 orders, 250,000 buyouts, 50,000 returns of one shop in 90 days),
 * made through the real path — ShopRecords on PostgreSQL page by page, the XLSX or CSV writer, the
 * file stored in report_file_pieces — timed, with the heap watched: its peak (sampled every 10 ms,
 * garbage included) and its live size after a full GC every 200,000 rows, which is what "bounded
 * memory" means. Both are set against a baseline measured in the same run: the same report of a
 * 1,000-row shop. Run with a small heap to make the point: {@code -DargLine=-Xmx256m}
 * (docs/benchmarks.md).
 */
class ReportExportBenchmark {
  private static final int ROWS = Integer.getInteger("bench.report.rows", 1_000_000);
  private static final LocalDate TODAY = LocalDate.now(com.wbassist.domain.market.MoscowTime.ZONE);
  private static final Period NINETY_DAYS = new Period(TODAY.minusDays(89), TODAY);
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  @Test
  void oneMillionRows() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      DataSource db = postgres.getPostgresDatabase();
      new SchemaMigration(db).migrate();
      seed(db, "bench-small", 1_000);
      long seedStart = System.nanoTime();
      seed(db, "bench-large", ROWS);
      System.out.printf("seeded %,d rows in %.1f s%n", ROWS, (System.nanoTime() - seedStart) / 1e9);
      try (PersistenceAdapters adapters =
          PersistenceAdapters.create(db, TokenCipher.fromBase64Key(TokenCipher.generateKey()))) {
        List<String> lines = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
          Run baseline = run(adapters, "bench-small", format, 1_000);
          Run large = run(adapters, "bench-large", format, ROWS);
          lines.add(baseline.line(format, "baseline"));
          lines.add(large.line(format, "1M"));
        }
        System.out.println();
        System.out.println(
            "| format | shop | rows | time | rows/s | file | peak heap (sampled) | live heap after GC, max |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        lines.forEach(System.out::println);
        System.out.printf(
            "%nJVM: %s, max heap %d MB%n",
            System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
      }
    }
  }

  private record Run(long rows, double seconds, long fileBytes, long peakHeap, long liveHeap) {
    String line(ReportFormat format, String shop) {
      return String.format(
          "| %s | %s | %,d | %.1f s | %,.0f | %.1f MB | %d MB | %d MB |",
          format,
          shop,
          rows,
          seconds,
          rows / seconds,
          fileBytes / 1e6,
          peakHeap >> 20,
          liveHeap >> 20);
    }
  }

  private static Run run(PersistenceAdapters adapters, String sid, ReportFormat format, int rows)
      throws Exception {
    Clock clock = Clock.systemUTC();
    CabinetId cabinet = new CabinetId(sid);
    LiveHeap live = new LiveHeap(new ReportFormats());
    BackgroundTaskService service =
        new BackgroundTaskService(adapters.backgroundTasks(), adapters.reportFiles(), null, clock);
    ReportTaskRunner runner =
        new ReportTaskRunner(
            adapters.backgroundTasks(),
            adapters.shopRecords(),
            live,
            adapters.reportFiles(),
            new NoChat(),
            clock,
            TaskTiming.defaults());
    ApiCaller caller = new ApiCaller("bench", cabinet);
    BackgroundTask task = service.requestReport(caller, NINETY_DAYS, format);
    System.gc();
    HeapSampler sampler = new HeapSampler();
    sampler.start();
    long start = System.nanoTime();
    TaskLease lease = runner.claim(1).get(0);
    runner.run(lease, () -> false);
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    sampler.join();
    BackgroundTask done = adapters.backgroundTasks().find(task.id()).orElseThrow();
    assertEquals(TaskState.SUCCEEDED, done.state(), String.valueOf(done.error()));
    assertEquals(rows, done.progress().rows());
    long size = service.file(caller, task.id()).orElseThrow().size();
    return new Run(rows, seconds, size, sampler.peak.get(), live.max);
  }

  /** Orders, buyouts (S) and returns (R) of one shop spread over the 90 days, made by SQL. */
  private static void seed(DataSource db, String sid, int rows) throws Exception {
    int orders = rows * 7 / 10;
    int buyouts = rows / 4;
    int returns = rows - orders - buyouts;
    String columns =
        "nm_id, supplier_article, tech_size, barcode, subject, category, brand, warehouse_name,"
            + " warehouse_type, region_name, oblast_okrug_name, country_name, total_price,"
            + " discount_percent, spp, finished_price, price_with_disc, for_pay";
    String values =
        "100000 + g %% 5000, 'ART-' || g %% 5000, '42', '46000' || g, 'Платья', 'Одежда', 'Лето',"
            + " 'Коледино', 'Склад WB', 'Москва', 'Центральный федеральный округ', 'Россия', 2500,"
            + " 20, 10, 1800, 1999.99, %s";
    // 89 days back from now, spread evenly.
    String date = "now() - (g::float8 / %d * 89 * 86400 || ' seconds')::interval";
    try (Connection connection = db.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          ("insert into orders (cabinet_sid, srid, g_number, order_date, last_change_date, "
                  + columns
                  + ", cancelled, cancel_date) select '%s', 'srid-' || g, 'g-' || g, %s, now(), "
                  + values
                  + ", g %% 20 = 0, null from generate_series(1, %d) g")
              .formatted(sid, date.formatted(orders), "0", orders));
      sql.execute(
          ("insert into sales (cabinet_sid, sale_id, srid, g_number, sale_date, last_change_date, "
                  + columns
                  + ") select '%s', 'S' || g, 'srid-' || g, 'g-' || g, %s, now(), "
                  + values
                  + " from generate_series(1, %d) g")
              .formatted(sid, date.formatted(buyouts), "1600.50", buyouts));
      sql.execute(
          ("insert into sales (cabinet_sid, sale_id, srid, g_number, sale_date, last_change_date, "
                  + columns
                  + ") select '%s', 'R' || g, 'srid-r' || g, 'g-' || g, %s, now(), "
                  + values
                  + " from generate_series(1, %d) g")
              .formatted(sid, date.formatted(returns), "-1600.50", returns));
      sql.execute("analyze orders; analyze sales");
    }
  }

  /** The heap in use, sampled every 10 ms (garbage included): its peak. */
  private static final class HeapSampler extends Thread {
    final AtomicLong peak = new AtomicLong();

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(10);
        } catch (InterruptedException done) {
          return;
        }
      }
    }
  }

  /**
   * The writers, watched: every 200,000 rows a full GC and the heap left, the live memory the
   * report holds at that point (what must not grow with the rows).
   */
  private static final class LiveHeap implements ReportDocuments {
    private final ReportDocuments writers;
    long rows;
    long max;

    LiveHeap(ReportDocuments writers) {
      this.writers = writers;
    }

    @Override
    public ReportDocument open(ReportRequest request, OutputStream out) throws IOException {
      ReportDocument document = writers.open(request, out);
      return new ReportDocument() {
        @Override
        public void order(Order order) throws IOException {
          document.order(order);
          counted();
        }

        @Override
        public void sale(Sale sale) throws IOException {
          document.sale(sale);
          counted();
        }

        @Override
        public void finish(ReportTotals totals) throws IOException {
          document.finish(totals);
        }

        @Override
        public void close() throws IOException {
          document.close();
        }
      };
    }

    private void counted() {
      if (++rows % 200_000 == 0) {
        System.gc();
        max = Math.max(max, MEMORY.getHeapMemoryUsage().getUsed());
      }
    }
  }

  /** No chat: the benchmark's reports are asked for over the API. */
  private static final class NoChat implements SellerChat {
    @Override
    public long send(long chatId, ChatMessage message) {
      return 0;
    }

    @Override
    public long sendNotification(long chatId, Notification notification) {
      return 0;
    }

    @Override
    public void edit(long chatId, long messageId, ChatMessage message) {}

    @Override
    public void answerButton(String callbackId, String text) {}

    @Override
    public void delete(long chatId, long messageId) {}

    @Override
    public void pin(long chatId, long messageId) {}

    @Override
    public void unpin(long chatId, long messageId) {}

    @Override
    public long sendDocument(long chatId, ChatDocument document) {
      return 0;
    }
  }
}
