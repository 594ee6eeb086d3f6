package com.wbassist.adapter.persistence;

import com.wbassist.adapter.persistence.migration.SchemaMigration;
import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.port.in.ButtonPressed;
import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.port.in.HousekeepingReport;
import com.wbassist.application.port.in.TextReceived;
import com.wbassist.application.port.out.Prunable;
import com.wbassist.application.port.out.PruneReport;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.service.CabinetSyncService;
import com.wbassist.application.service.ChatConversationService;
import com.wbassist.application.service.ChatUpdateIntake;
import com.wbassist.application.service.DispatchPolicy;
import com.wbassist.application.service.HousekeepingPolicy;
import com.wbassist.application.service.HousekeepingService;
import com.wbassist.application.service.MarketStores;
import com.wbassist.application.service.NotificationDispatchService;
import com.wbassist.application.service.SellerMenus;
import com.wbassist.application.service.SyncAnnouncements;
import com.wbassist.application.service.SyncEngine;
import com.wbassist.application.service.SyncSchedule;
import com.wbassist.application.service.TokenOnboarding;
import com.wbassist.application.service.UpdateInboxPolicy;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.housekeeping.Retention;
import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.notification.Notification;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.onboarding.ButtonActions;
import com.wbassist.domain.sync.SyncPolicy;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.logging.core.NoOpLogService;
import liquibase.ui.LoggerUIService;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Table sizes over simulated days of a demo shop, housekeeping on and off (issue 11; {@code mvn
 * -Pbench verify -Dtest=TableSizeBenchmark}, never in the normal test run). The product's services
 * and PostgreSQL adapters, wired as the app wires them, run against a WB fake ({@link DemoShopWb})
 * and a chat that only counts, on a clock the simulation sets: the shop has {@code
 * bench.historyDays} (30) of WB history when its first seller joins (the primary sync); then every
 * {@code bench.syncStepMinutes} (30; the product's SYNC_INTERVAL is 3 minutes) the sync engine
 * claims the due cabinet and runs a pass, the stored chat updates are handled and dispatch sends
 * what the pass found; every {@code bench.housekeepingMinutes} (60, from 5 minutes after the start)
 * housekeeping prunes with the default retentions. The sellers write to the bot and press a button
 * a few times a day, and visitors who never finish (a token WB refuses) come by, all through the
 * durable update inbox; one update a day is stored by a "server that died" and handled by the inbox
 * timer. PostgreSQL's autovacuum is played on the simulated clock ({@link Simulation#autovacuum}).
 *
 * <p>Each variant runs twice, each time on a fresh database migrated by the product's changelog
 * (housekeeping on, then off), and the rows of every table of the schema are counted at the
 * checkpoints. Variant "month": {@code bench.days} (30) of a shop with {@code bench.ordersPerDay}
 * (200) orders a day and {@code bench.sizes} (100) sizes. Variant "long": {@code bench.longDays}
 * (120; 0 skips it) of a smaller shop ({@code bench.longOrdersPerDay} 50, {@code bench.longSizes}
 * 40, a sync every {@code bench.longSyncStepMinutes} 120), past WB's 90 days, to show where the
 * market tables level off. Prints a Markdown table per variant and writes them to {@code
 * target/table-size-benchmark.txt}; docs/benchmarks/table-sizes.md keeps the figures.
 */
class TableSizeBenchmark {
  /**
   * The order of the report; every other table the changelog creates (read from the database's
   * catalogue, so a new one is never left out) follows, by name.
   */
  private static final List<String> REPORT_ORDER =
      List.of(
          "orders",
          "sales",
          "feedbacks",
          "stock_levels",
          "size_stocks",
          "product_cards",
          "stream_positions",
          "outbox_events",
          "notification_deliveries",
          "sync_runs",
          "sync_run_streams",
          "processed_updates",
          "update_inbox",
          "token_attempts",
          "sellers",
          "cabinets");

  private static final CabinetId SHOP = new CabinetId("5f0c6a52-3a3e-4a55-9d41-00000000d3e0");
  private static final Instant START =
      MoscowTime.toInstant(LocalDateTime.parse("2026-03-02T00:00:00"));
  private static final long FIRST_SELLER = 7_001;
  private static final long FIRST_VISITOR = 90_001;

  /** One shape of shop and simulation. */
  record Variant(
      String name,
      int days,
      List<Integer> checkpoints,
      int ordersPerDay,
      int sizes,
      Duration syncStep,
      Duration housekeepingEvery,
      int historyDays,
      int sellers,
      int visitorsPerDay,
      long seed) {
    String describe() {
      return String.format(
          "%s: %d days, %d orders/day, %d sizes in 2 warehouses, a cabinet with %d sellers,"
              + " %d visitors/day, a sync every %d min, housekeeping every %d min,"
              + " %d days of WB history at the start",
          name,
          days,
          ordersPerDay,
          sizes,
          sellers,
          visitorsPerDay,
          syncStep.toMinutes(),
          housekeepingEvery.toMinutes(),
          historyDays);
    }
  }

  @Test
  void tableSizesOverSimulatedDays() throws Exception {
    List<Variant> variants = new ArrayList<>();
    int days = Integer.getInteger("bench.days", 30);
    Duration housekeepingEvery = Duration.ofMinutes(Long.getLong("bench.housekeepingMinutes", 60));
    int historyDays = Integer.getInteger("bench.historyDays", 30);
    int sellers = Integer.getInteger("bench.sellers", 3);
    int visitors = Integer.getInteger("bench.visitorsPerDay", 2);
    long seed = Long.getLong("bench.seed", 11);
    variants.add(
        new Variant(
            "month",
            days,
            checkpoints("bench.checkpoints", days, 3),
            Integer.getInteger("bench.ordersPerDay", 200),
            Integer.getInteger("bench.sizes", 100),
            Duration.ofMinutes(Long.getLong("bench.syncStepMinutes", 30)),
            housekeepingEvery,
            historyDays,
            sellers,
            visitors,
            seed));
    int longDays = Integer.getInteger("bench.longDays", 120);
    if (longDays > 0) {
      variants.add(
          new Variant(
              "long",
              longDays,
              checkpoints("bench.longCheckpoints", longDays, 4),
              Integer.getInteger("bench.longOrdersPerDay", 50),
              Integer.getInteger("bench.longSizes", 40),
              Duration.ofMinutes(Long.getLong("bench.longSyncStepMinutes", 120)),
              housekeepingEvery,
              historyDays,
              sellers,
              visitors,
              seed));
    }
    quietly(EmbeddedDatabase::shared);
    StringBuilder report = new StringBuilder();
    System.out.println("=== table size benchmark ===");
    for (Variant variant : variants) {
      Outcome on = new Simulation(variant, true).run();
      System.out.printf("%s, housekeeping on: %.0f s%n", variant.name(), on.wallSeconds());
      Outcome off = new Simulation(variant, false).run();
      System.out.printf("%s, housekeeping off: %.0f s%n", variant.name(), off.wallSeconds());
      String text = describe(variant, on, off);
      System.out.print(text);
      System.out.flush();
      report.append(text);
    }
    Files.writeString(Path.of("target", "table-size-benchmark.txt"), report.toString());
  }

  /** Liquibase's progress lines and log (five schemas are migrated) would bury the report. */
  private static void quietly(Runnable work) {
    try {
      Scope.child(
          Map.of(
              Scope.Attr.ui.name(),
              new LoggerUIService(),
              Scope.Attr.logService.name(),
              new NoOpLogService(),
              "liquibase.command.showSummaryOutput",
              "LOG"),
          work::run);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Integer> checkpoints(String property, int days, int parts) {
    String given = System.getProperty(property, "");
    if (!given.isBlank()) {
      List<Integer> asked =
          Arrays.stream(given.split(","))
              .map(String::strip)
              .map(Integer::parseInt)
              .filter(d -> d > 0 && d <= days)
              .sorted()
              .distinct()
              .toList();
      return asked.isEmpty() ? List.of(days) : asked;
    }
    List<Integer> at = new ArrayList<>();
    for (int part = 1; part <= parts; part++) {
      int day = (int) Math.round((double) days * part / parts);
      if (day > 0 && !at.contains(day)) {
        at.add(day);
      }
    }
    return at;
  }

  /** What one run left behind. */
  record Outcome(
      boolean housekeepingOn,
      Map<Integer, Map<String, Long>> rows,
      Map<Integer, Long> bytes,
      Map<EventType, Long> eventsByType,
      DemoShopWb.Activity activity,
      long notificationsSent,
      int syncTicks,
      int passes,
      double syncTickMillis,
      double passMillis,
      List<Double> housekeepingMillis,
      int housekeepingUnfinished,
      int housekeepingMostBatches,
      PruneReport pruned,
      int vacuums,
      int analyzes,
      double vacuumSeconds,
      double wallSeconds) {}

  /** A moment of the simulation and what happens then; same moment: lower rank first. */
  private record Tick(Instant at, int rank, long seq, Runnable action) {}

  /** One run of a variant on a fresh database. */
  private static final class Simulation {
    private static final int PLAN = 0;
    private static final int CHAT = 1;
    private static final int SYNC = 2;
    private static final int HOUSEKEEPING = 3;
    private static final int VACUUM = 4;
    private static final int CHECKPOINT = 9;

    private final Variant variant;
    private final boolean housekeepingOn;
    private final String database;
    private final Instant end;
    private final MutableClock clock = new MutableClock(START);
    private final DemoShopWb wb;
    private final CountingChat chat = new CountingChat();
    private final Random random;
    private final PriorityQueue<Tick> agenda =
        new PriorityQueue<>(
            Comparator.comparing(Tick::at)
                .thenComparingInt(Tick::rank)
                .thenComparingLong(Tick::seq));
    private final Deque<CabinetId> syncRequested = new ArrayDeque<>();
    private final Map<Integer, Map<String, Long>> rowsAt = new TreeMap<>();
    private final Map<Integer, Long> bytesAt = new TreeMap<>();
    private final List<Double> housekeepingMillis = new ArrayList<>();
    private PruneReport pruned = PruneReport.nothing();
    private int housekeepingUnfinished;
    private int housekeepingMostBatches;
    private int vacuums;
    private int analyzes;
    private long vacuumNanos;
    private int syncTicks;
    private int passes;
    private long syncNanos;
    private long passNanos;
    private long seq;
    private long nextUpdateId = 500_000_001L;
    private long nextIncomingMessageId = 1;
    private long nextVisitor = FIRST_VISITOR;

    private DataSource dataSource;
    private ChatUpdateIntake intake;
    private CabinetSyncService sync;
    private SyncEngine engine;
    private NotificationDispatchService dispatch;
    private HousekeepingService housekeeping;

    Simulation(Variant variant, boolean housekeepingOn) {
      this.variant = variant;
      this.housekeepingOn = housekeepingOn;
      this.database = "table_sizes_" + variant.name() + (housekeepingOn ? "_on" : "_off");
      this.end = START.plus(Duration.ofDays(variant.days()));
      this.random = new Random(variant.seed() * 31 + 7);
      this.wb =
          new DemoShopWb(
              SHOP,
              "ИП Лето",
              variant.ordersPerDay(),
              variant.sizes(),
              variant.seed(),
              START.minus(Duration.ofDays(variant.historyDays())));
    }

    Outcome run() throws SQLException {
      long wallStart = System.nanoTime();
      EmbeddedDatabase db = EmbeddedDatabase.shared();
      db.execute("drop database if exists " + database + " with (force)");
      db.execute("create database " + database);
      PGSimpleDataSource direct = new PGSimpleDataSource();
      direct.setURL(db.jdbcUrl().replace("/postgres?", "/" + database + "?"));
      migrateQuietly(direct);
      try (PooledDataSource pool = new PooledDataSource(direct);
          PersistenceAdapters adapters =
              PersistenceAdapters.create(
                  pool, TokenCipher.fromBase64Key(TokenCipher.generateKey()))) {
        this.dataSource = pool;
        autovacuumOnSimulatedTime();
        wire(adapters);
        wb.advanceTo(START);
        DemoShopWb.Activity before = wb.activity();
        onboard();
        schedule();
        while (!agenda.isEmpty() && !agenda.peek().at().isAfter(end)) {
          Tick tick = agenda.poll();
          clock.set(tick.at());
          wb.advanceTo(tick.at());
          tick.action().run();
        }
        Map<EventType, Long> events = eventsByType();
        return new Outcome(
            housekeepingOn,
            rowsAt,
            bytesAt,
            events,
            wb.activity().minus(before),
            chat.notifications,
            syncTicks,
            passes,
            syncNanos / 1e6 / Math.max(1, syncTicks),
            passNanos / 1e6 / Math.max(1, syncTicks),
            housekeepingMillis,
            housekeepingUnfinished,
            housekeepingMostBatches,
            pruned,
            vacuums,
            analyzes,
            vacuumNanos / 1e9,
            (System.nanoTime() - wallStart) / 1e9);
      } finally {
        db.execute("drop database if exists " + database + " with (force)");
      }
    }

    /** The product's changelog, applied as the application applies it, without its chatter. */
    private static void migrateQuietly(DataSource fresh) {
      quietly(() -> new SchemaMigration(fresh).migrate());
    }

    private void wire(PersistenceAdapters a) {
      BotReplies replies = new BotReplies();
      SellerMenus menus = new SellerMenus(a.sellers(), a.cabinets(), a.syncRuns(), chat, replies);
      TokenOnboarding tokens =
          new TokenOnboarding(
              a.sellers(),
              a.cabinets(),
              a.syncRuns(),
              a.tokenAttempts(),
              wb,
              chat,
              syncRequested::add,
              replies,
              clock);
      ChatConversationService conversation =
          new ChatConversationService(
              a.sellers(),
              a.processedUpdates(),
              chat,
              tokens,
              menus,
              new com.wbassist.application.service.TeamConversation(
                  a.sellers(),
                  a.cabinets(),
                  a.syncRuns(),
                  a.teamOwners(),
                  a.teamInvites(),
                  chat,
                  "wb_assist_test_bot",
                  clock),
              clock);
      intake =
          new ChatUpdateIntake(a.updateInbox(), conversation, UpdateInboxPolicy.defaults(), clock);
      sync =
          new CabinetSyncService(
              a.cabinets(),
              a.syncRuns(),
              wb,
              new MarketStores(
                  a.productCards(),
                  a.orders(),
                  a.sales(),
                  a.stocks(),
                  a.feedbacks(),
                  a.setAsideRows()),
              SyncPolicy::defaults,
              DetectionPolicy.defaults(),
              new SyncSchedule(variant.syncStep(), Duration.ofMinutes(30), 20),
              new SyncAnnouncements(a.sellers(), chat, replies),
              a.requestTurns(),
              clock);
      // Passes run on the calling thread: the simulation is one timeline.
      engine = new SyncEngine(sync, Runnable::run, 16, report -> passes++, () -> true, () -> {});
      dispatch =
          new NotificationDispatchService(
              a.outbox(),
              a.deliveries(),
              a.sellers(),
              a.productCards(),
              chat,
              DispatchPolicy.defaults(),
              clock,
              a.dispatchTurns(),
              "table-size-benchmark",
              Runnable::run,
              () -> true);
      housekeeping =
          new HousekeepingService(
              a.housekeeping(), HousekeepingPolicy.with(Retention.defaults()), clock, () -> true);
    }

    /** The sellers join at the start: the first one's token starts the primary sync. */
    private void onboard() {
      for (int i = 0; i < variant.sellers(); i++) {
        long seller = FIRST_SELLER + i;
        say(seller, "/start");
        say(seller, wb.token(START.plus(Duration.ofDays(400))));
      }
      if (variant.sellers() > 1) {
        // One of them wants no new-order messages, only the rest.
        press(FIRST_SELLER + 1, ButtonActions.toggle(EventType.NEW_ORDER));
      }
      dispatch.dispatch();
    }

    private void schedule() {
      for (int day = 0; day < variant.days(); day++) {
        Instant dayStart = START.plus(Duration.ofDays(day));
        at(dayStart, PLAN, () -> planChats(dayStart));
      }
      every(START.plus(variant.syncStep()), variant.syncStep(), SYNC, this::syncTick);
      if (housekeepingOn) {
        every(
            START.plus(Duration.ofMinutes(5)),
            variant.housekeepingEvery(),
            HOUSEKEEPING,
            this::housekeepingTick);
      }
      every(START.plus(Duration.ofMinutes(10)), Duration.ofHours(1), VACUUM, this::autovacuum);
      for (int day : variant.checkpoints()) {
        at(START.plus(Duration.ofDays(day)), CHECKPOINT, () -> count(day));
      }
    }

    /** A day of chat: each seller asks twice and presses a button; visitors come and go. */
    private void planChats(Instant day) {
      for (int i = 0; i < variant.sellers(); i++) {
        long seller = FIRST_SELLER + i;
        at(daytime(day), CHAT, () -> say(seller, "/status"));
        at(daytime(day), CHAT, () -> say(seller, "/settings"));
        at(daytime(day), CHAT, () -> press(seller, ButtonActions.STATUS));
      }
      for (int v = 0; v < variant.visitorsPerDay(); v++) {
        long visitor = nextVisitor++;
        Instant comes = daytime(day);
        at(comes, CHAT, () -> say(visitor, "/start"));
        // A token of an account WB does not know: refused, but the attempt counted.
        at(
            comes.plusSeconds(60 + random.nextInt(240)),
            CHAT,
            () ->
                say(
                    visitor,
                    FakeTokens.personal("visitor-" + visitor, START.plus(Duration.ofDays(400)))));
      }
      if (variant.sellers() > 0) {
        long seller = FIRST_SELLER + random.nextInt(variant.sellers());
        // Stored by a server that died before handling it: the inbox timer handles it later.
        at(daytime(day), CHAT, () -> intake.store(text(seller, "/help")));
      }
    }

    private void syncTick() {
      long started = System.nanoTime();
      engine.fill();
      intake.handlePending();
      long synced = System.nanoTime();
      dispatch.dispatch();
      passNanos += synced - started;
      syncNanos += System.nanoTime() - started;
      syncTicks++;
    }

    private void housekeepingTick() {
      long started = System.nanoTime();
      HousekeepingReport report = housekeeping.pruneOldRows();
      housekeepingMillis.add((System.nanoTime() - started) / 1e6);
      pruned = pruned.plus(report.pruned());
      if (!report.finished()) {
        housekeepingUnfinished++;
      }
      housekeepingMostBatches = Math.max(housekeepingMostBatches, report.batches());
    }

    private void say(long person, String words) {
      TextReceived update = text(person, words);
      if (intake.store(update)) {
        intake.handleStored(update);
      }
      CabinetId cabinet;
      while ((cabinet = syncRequested.poll()) != null) {
        // What BackgroundSyncRequests does in the app, on the simulation's one thread.
        sync.syncNow(cabinet);
      }
    }

    private void press(long person, String data) {
      ChatUpdate update =
          new ButtonPressed(
              nextUpdateId++, person, person, chat.lastMessageId, "cb-" + nextUpdateId, data);
      if (intake.store(update)) {
        intake.handleStored(update);
      }
    }

    private TextReceived text(long person, String words) {
      return new TextReceived(
          nextUpdateId++, person, person, nextIncomingMessageId++, words, "Person " + person);
    }

    /** A random moment between 08:00 and 23:00 of the day (Moscow). */
    private Instant daytime(Instant day) {
      return day.plusSeconds(8 * 3_600 + random.nextInt(15 * 3_600));
    }

    private void at(Instant moment, int rank, Runnable action) {
      agenda.add(new Tick(moment, rank, seq++, action));
    }

    private void every(Instant first, Duration period, int rank, Runnable action) {
      at(
          first,
          rank,
          () -> {
            action.run();
            Instant next = first.plus(period);
            if (!next.isAfter(end)) {
              every(next, period, rank, action);
            }
          });
    }

    /**
     * PostgreSQL's autovacuum works on wall time (it looks every minute), and a simulated month
     * takes a minute or two: it would hardly run, and the sizes on disk would be those of a
     * database never vacuumed. So it is switched off for the product's tables, and {@link
     * #autovacuum} plays it on the simulated clock instead.
     */
    private void autovacuumOnSimulatedTime() throws SQLException {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        for (String table : tables(statement)) {
          statement.execute("alter table " + table + " set (autovacuum_enabled = off)");
        }
      }
    }

    /**
     * Every simulated hour, in both runs: what autovacuum would have done by then with its default
     * thresholds — a table with more than 50 + 20 % dead rows (or 1,000 + 20 % rows inserted since
     * its last vacuum) is vacuumed and analysed, one with more than 50 + 10 % rows changed since
     * its last analysis is analysed.
     */
    private void autovacuum() {
      long started = System.nanoTime();
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        List<String> vacuum = new ArrayList<>();
        List<String> analyze = new ArrayList<>();
        try (ResultSet row =
            statement.executeQuery(
                "select s.relname, s.n_dead_tup, s.n_ins_since_vacuum, s.n_mod_since_analyze,"
                    + " greatest(c.reltuples, 0) from pg_stat_user_tables s"
                    + " join pg_class c on c.oid = s.relid where s.schemaname = 'public'"
                    + " and s.relname not like 'databasechangelog%'")) {
          while (row.next()) {
            double tuples = row.getDouble(5);
            if (row.getLong(2) > 50 + 0.2 * tuples || row.getLong(3) > 1_000 + 0.2 * tuples) {
              vacuum.add(row.getString(1));
            } else if (row.getLong(4) > 50 + 0.1 * tuples) {
              analyze.add(row.getString(1));
            }
          }
        }
        for (String table : vacuum) {
          statement.execute("vacuum (analyze) " + table);
        }
        for (String table : analyze) {
          statement.execute("analyze " + table);
        }
        vacuums += vacuum.size();
        analyzes += analyze.size();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      vacuumNanos += System.nanoTime() - started;
    }

    private void count(int day) {
      Map<String, Long> rows = new LinkedHashMap<>();
      long bytes = 0;
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        for (String table : tables(statement)) {
          rows.put(table, single(statement, "select count(*) from " + table));
          bytes += single(statement, "select pg_total_relation_size('" + table + "')");
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      rowsAt.put(day, rows);
      bytesAt.put(day, bytes);
    }

    private Map<EventType, Long> eventsByType() {
      Map<EventType, Long> events = new EnumMap<>(EventType.class);
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement();
          ResultSet row =
              statement.executeQuery(
                  "select event_type, count(*) from outbox_events group by event_type")) {
        while (row.next()) {
          events.put(EventType.valueOf(row.getString(1)), row.getLong(2));
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return events;
    }

    /** The product's tables: every table of the schema but Liquibase's own. */
    private static List<String> tables(Statement statement) throws SQLException {
      List<String> found = new ArrayList<>();
      try (ResultSet row =
          statement.executeQuery(
              "select table_name from information_schema.tables where table_schema = 'public'"
                  + " and table_type = 'BASE TABLE' and table_name not like 'databasechangelog%'"
                  + " order by table_name")) {
        while (row.next()) {
          found.add(row.getString(1));
        }
      }
      List<String> ordered = new ArrayList<>(REPORT_ORDER);
      ordered.retainAll(found);
      found.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
      return ordered;
    }

    private static long single(Statement statement, String sql) throws SQLException {
      try (ResultSet row = statement.executeQuery(sql)) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  // --- the report --------------------------------------------------------------------------

  private static String describe(Variant variant, Outcome on, Outcome off) {
    StringBuilder out = new StringBuilder();
    out.append("\n### ").append(variant.describe()).append("\n\n");
    List<Integer> days = new ArrayList<>(on.rows().keySet());
    int last = days.get(days.size() - 1);
    StringBuilder header = new StringBuilder("| table |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String run : List.of("on", "off")) {
      for (int day : days) {
        header.append(' ').append(run).append(" d").append(day).append(" |");
        rule.append("---:|");
      }
    }
    header.append(" on/off d").append(last).append(" |");
    rule.append("---:|");
    out.append(header).append('\n').append(rule).append('\n');
    for (String table : on.rows().get(last).keySet()) {
      out.append("| ").append(table).append(" |");
      for (Outcome run : List.of(on, off)) {
        for (int day : days) {
          out.append(' ').append(String.format("%,d", run.rows().get(day).get(table))).append(" |");
        }
      }
      out.append(' ')
          .append(ratio(on.rows().get(last).get(table), off.rows().get(last).get(table)))
          .append(" |\n");
    }
    out.append("| all rows |");
    for (Outcome run : List.of(on, off)) {
      for (int day : days) {
        out.append(' ').append(String.format("%,d", total(run.rows().get(day)))).append(" |");
      }
    }
    out.append(' ')
        .append(ratio(total(on.rows().get(last)), total(off.rows().get(last))))
        .append(" |\n");
    out.append("| MiB on disk (tables + indexes) |");
    for (Outcome run : List.of(on, off)) {
      for (int day : days) {
        out.append(' ')
            .append(String.format("%.1f", run.bytes().get(day) / 1048576.0))
            .append(" |");
      }
    }
    out.append(' ').append(ratio(on.bytes().get(last), off.bytes().get(last))).append(" |\n\n");

    DemoShopWb.Activity shop = off.activity();
    double d = variant.days();
    out.append(
        String.format(
            "shop per simulated day: %.0f orders, %.1f cancellations, %.0f buyouts, %.1f returns,"
                + " %.1f reviews (%.1f negative)%n",
            shop.orders() / d,
            shop.cancellations() / d,
            shop.buyouts() / d,
            shop.returns() / d,
            shop.reviews() / d,
            shop.negative() / d));
    out.append(
        "events per simulated day (off run): "
            + off.eventsByType().entrySet().stream()
                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue() / d))
                .collect(Collectors.joining(", "))
            + String.format(
                "; notifications sent per day: %.0f (on) / %.0f (off)%n",
                on.notificationsSent() / d, off.notificationsSent() / d));
    for (Outcome run : List.of(on, off)) {
      out.append(
          String.format(
              "run %s: %.0f s wall, %d sync ticks (%d passes), %.1f ms per tick: %.1f ms the pass"
                  + " and stored updates, %.1f ms dispatch; autovacuum stand-in: %d vacuums, %d"
                  + " analyses, %.1f s%n",
              run.housekeepingOn() ? "on" : "off",
              run.wallSeconds(),
              run.syncTicks(),
              run.passes(),
              run.syncTickMillis(),
              run.passMillis(),
              run.syncTickMillis() - run.passMillis(),
              run.vacuums(),
              run.analyzes(),
              run.vacuumSeconds()));
    }
    List<Double> millis = new ArrayList<>(on.housekeepingMillis());
    millis.sort(null);
    if (!millis.isEmpty()) {
      out.append(
          String.format(
              "housekeeping (on run): %d runs, median %.1f ms, p99 %.1f ms, max %.1f ms, at most %d"
                  + " batches a run, %d ran out of time; pruned in all: %s%n",
              millis.size(),
              millis.get(millis.size() / 2),
              millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.99) - 1)),
              millis.get(millis.size() - 1),
              on.housekeepingMostBatches(),
              on.housekeepingUnfinished(),
              Arrays.stream(Prunable.values())
                  .map(kind -> kind.name().toLowerCase() + " " + on.pruned().of(kind))
                  .collect(Collectors.joining(", "))));
    }
    out.append(
        String.format(
            "sync_runs and sync_run_streams scale with the sync step: at SYNC_INTERVAL=180 s"
                + " they would be %.0f× these.%n",
            variant.syncStep().toSeconds() / 180.0));
    return out.toString();
  }

  private static long total(Map<String, Long> rows) {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }

  private static String ratio(long on, long off) {
    return off == 0 ? (on == 0 ? "–" : "∞") : String.format("%.2f", (double) on / off);
  }

  // --- fakes -------------------------------------------------------------------------------

  /** The chat: every message accepted, only counted. */
  private static final class CountingChat implements SellerChat {
    long notifications;
    long messages;
    long lastMessageId = 1;

    @Override
    public long send(long chatId, ChatMessage message) {
      messages++;
      return ++lastMessageId;
    }

    @Override
    public long sendNotification(long chatId, Notification notification) {
      notifications++;
      return ++lastMessageId;
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
    public long sendDocument(long chatId, com.wbassist.application.port.out.ChatDocument document) {
      return ++lastMessageId;
    }
  }

  /**
   * A minimal connection pool, as the application server's: the adapters open a connection per
   * transaction, and a new PostgreSQL backend for each would be what the benchmark measures. A
   * connection given back is rolled back if a transaction was left open.
   */
  private static final class PooledDataSource implements DataSource, AutoCloseable {
    private final DataSource target;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final List<Connection> all = new ArrayList<>();

    PooledDataSource(DataSource target) {
      this.target = target;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection real;
      synchronized (this) {
        real = idle.pollFirst();
      }
      if (real == null) {
        real = target.getConnection();
        synchronized (this) {
          all.add(real);
        }
      }
      Connection borrowed = real;
      AtomicBoolean closed = new AtomicBoolean();
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "close" -> {
                      if (closed.compareAndSet(false, true)) {
                        giveBack(borrowed);
                      }
                      yield null;
                    }
                    case "isClosed" -> closed.get();
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> {
                      if (closed.get()) {
                        throw new SQLException("connection closed");
                      }
                      try {
                        yield method.invoke(borrowed, args);
                      } catch (InvocationTargetException e) {
                        throw e.getCause();
                      }
                    }
                  });
    }

    private void giveBack(Connection connection) throws SQLException {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      synchronized (this) {
        idle.addFirst(connection);
      }
    }

    @Override
    public synchronized void close() throws SQLException {
      for (Connection connection : all) {
        connection.close();
      }
      all.clear();
      idle.clear();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
