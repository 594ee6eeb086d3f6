package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.port.out.Prunable;
import com.wbassist.application.port.out.PruneReport;
import com.wbassist.domain.housekeeping.Retention;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Housekeeping on PostgreSQL: exactly the rows that served their purpose go, a batch at a time. */
class HousekeepingOnPostgresTest extends DatabaseTest {
  private static final Instant NOW = Instant.parse("2026-11-18T07:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);
  private static final Retention RETENTION = Retention.defaults();
  private static final int BATCH = 1_000;

  private StoredRows rows;

  @BeforeEach
  void rows() {
    rows = new StoredRows(db);
  }

  private static Instant ago(Duration age) {
    return NOW.minus(age);
  }

  private static Instant daysAgo(int days) {
    return ago(DAY.multipliedBy(days));
  }

  private static PruneReport prune() {
    return adapters.housekeeping().prune(NOW, RETENTION, BATCH);
  }

  private static String left(String sql) {
    return String.valueOf(
        query("select string_agg(x::text, ',' order by x::text) from (" + sql + ") t(x)"));
  }

  @Test
  @DisplayName("Telegram update ids handled more than a day ago go; the day's stay")
  void processedUpdates() {
    rows.processedUpdate(1, ago(DAY.plusSeconds(1)));
    rows.processedUpdate(2, ago(DAY.minusSeconds(1)));
    rows.processedUpdate(3, NOW);

    assertEquals(1, prune().of(Prunable.PROCESSED_UPDATES));
    assertEquals("2,3", left("select update_id from processed_updates"));
  }

  @Test
  @DisplayName(
      "sync runs older than 14 days go with their streams — never the newest run of a cabinet")
  void syncRuns() {
    long old = rows.syncRun("busy-shop", daysAgo(20));
    long older = rows.syncRun("busy-shop", daysAgo(30));
    long recent = rows.syncRun("busy-shop", daysAgo(1));
    long onlyRun = rows.syncRun("quiet-shop", daysAgo(40));
    long lastOfTwo = rows.syncRun("paused-shop", daysAgo(50));
    rows.syncRun("paused-shop", daysAgo(60));

    PruneReport report = prune();

    assertEquals(3, report.of(Prunable.SYNC_RUNS));
    assertEquals(3, report.of(Prunable.SYNC_RUN_STREAMS));
    assertEquals(
        List.of(recent, onlyRun, lastOfTwo).stream().map(String::valueOf).sorted().toList(),
        List.of(left("select id from sync_runs").split(",")));
    assertEquals(3L, count("select count(*) from sync_run_streams"));
    assertEquals(
        0L, count("select count(*) from sync_runs where id in (" + old + ", " + older + ")"));
  }

  @Test
  @DisplayName(
      "deliveries sent or given up over 30 days ago go, and the events they leave with none; pending ones and their events stay")
  void notifications() {
    long told = rows.event("shop", "told", daysAgo(40), true);
    rows.delivery(told, 1001, "SENT", daysAgo(40));
    rows.delivery(told, 1002, "FAILED", daysAgo(39));
    long stillPending = rows.event("shop", "pending", daysAgo(40), true);
    rows.delivery(stillPending, 1001, "PENDING", daysAgo(40));
    long toldLater = rows.event("shop", "told-later", daysAgo(40), true);
    rows.delivery(toldLater, 1001, "SENT", daysAgo(40));
    rows.delivery(toldLater, 1002, "SENT", daysAgo(10));
    long nobodyToTell = rows.event("shop", "nobody", daysAgo(31), true);
    long unexpanded = rows.event("shop", "unexpanded", daysAgo(40), false);
    long unreadable = rows.event("shop", "unreadable", daysAgo(40), false);
    rows.setAside(unreadable, daysAgo(40));
    long recent = rows.event("shop", "recent", daysAgo(29), true);
    rows.delivery(recent, 1001, "SENT", daysAgo(29));

    PruneReport report = prune();

    assertEquals(3, report.of(Prunable.NOTIFICATION_DELIVERIES));
    assertEquals(3, report.of(Prunable.OUTBOX_EVENTS), "told, nobody, unreadable");
    assertEquals(
        "pending,recent,told-later,unexpanded", left("select event_key from outbox_events"));
    assertEquals(
        "PENDING/pending,SENT/recent,SENT/told-later",
        left(
            "select d.status || '/' || e.event_key from notification_deliveries d"
                + " join outbox_events e on e.id = d.event_id"));
    assertEquals(
        0L,
        count(
            "select count(*) from outbox_events where id in (" + told + ", " + nobodyToTell + ")"));
    assertEquals(1L, count("select count(*) from outbox_events where id = " + unexpanded));
  }

  @Test
  @DisplayName(
      "orders and sales over 90 days old by their own date go once their stream's cursor is past them")
  void statistics() {
    rows.cursor("shop", "ORDERS", daysAgo(1));
    rows.cursor("shop", "SALES", daysAgo(1));
    rows.order("shop", "old", daysAgo(100), daysAgo(95));
    rows.order("shop", "old-changed-lately", daysAgo(100), daysAgo(2));
    rows.order("shop", "young", daysAgo(89), daysAgo(89));
    rows.order("shop", "old-at-the-cursor", daysAgo(100), daysAgo(1));
    rows.sale("shop", "S-old", daysAgo(91), daysAgo(91));
    rows.sale("shop", "S-young", daysAgo(30), daysAgo(30));
    rows.sale("shop", "R-old-beyond-the-cursor", daysAgo(120), NOW);
    rows.order("no-cursor-shop", "old", daysAgo(200), daysAgo(200));
    rows.cursor("stuck-shop", "ORDERS", daysAgo(150));
    rows.order("stuck-shop", "old-not-yet-past", daysAgo(140), daysAgo(140));

    PruneReport report = prune();

    assertEquals(2, report.of(Prunable.ORDERS));
    assertEquals(1, report.of(Prunable.SALES));
    assertEquals(
        "no-cursor-shop/old,shop/old-at-the-cursor,shop/young,stuck-shop/old-not-yet-past",
        left("select cabinet_sid || '/' || srid from orders"));
    assertEquals("R-old-beyond-the-cursor,S-young", left("select sale_id from sales"));
  }

  @Test
  @DisplayName("reviews over 90 days old go; younger ones stay")
  void feedbacks() {
    rows.feedback("shop", "old", daysAgo(91));
    rows.feedback("shop", "young", daysAgo(89));

    assertEquals(1, prune().of(Prunable.FEEDBACKS));
    assertEquals("young", left("select feedback_id from feedbacks"));
  }

  @Test
  @DisplayName("team invites expired over 30 days ago go; younger ones stay")
  void teamInvites() {
    rows.teamInvite("old", daysAgo(31));
    rows.teamInvite("young", daysAgo(29));

    assertEquals(1, prune().of(Prunable.TEAM_INVITES));
    assertEquals("young", left("select code_digest from team_invites"));
  }

  @Test
  @DisplayName("token attempts that left the ten-minute window go, of people who never came back")
  void tokenAttempts() {
    rows.tokenAttempt(1001, ago(Duration.ofDays(3)));
    rows.tokenAttempt(1001, ago(Duration.ofMinutes(10)));
    rows.tokenAttempt(1002, ago(Duration.ofMinutes(9)));

    assertEquals(2, prune().of(Prunable.TOKEN_ATTEMPTS));
    assertEquals("1002", left("select telegram_id from token_attempts"));
  }

  @Test
  @DisplayName("rows set aside and not seen again for as long as notifications are kept go")
  void setAside() {
    for (String[] row : new String[][] {{"seen-long-ago", "31"}, {"seen-lately", "29"}}) {
      db.execute(
          "insert into set_aside_rows (kind, owner, row_key, reason, excerpt, fingerprint,"
              + " first_seen_at, last_seen_at, times_seen) values ('ORDER_ROW', 'shop', '"
              + row[0]
              + "', 'unreadable', '{}', '"
              + row[0]
              + "', '"
              + daysAgo(40)
              + "', '"
              + daysAgo(Integer.parseInt(row[1]))
              + "', 3)");
    }

    assertEquals(1, prune().of(Prunable.SET_ASIDE_ROWS));
    assertEquals("seen-lately", left("select row_key from set_aside_rows"));
  }

  @Test
  @DisplayName(
      "daily summaries planned before the notifications' retention go, never a seller's newest sent")
  void dailySummaries() {
    String[][] summaries = {
      {"1", "2026-01-01", "SENT", "40"},
      {"1", "2026-01-02", "SENT", "39"},
      {"2", "2026-01-01", "SENT", "40"},
      {"2", "2026-01-02", "FAILED", "39"},
      {"3", "2026-01-20", "SENT", "29"},
      {"3", "2026-01-21", "SENT", "1"}
    };
    for (String[] row : summaries) {
      db.execute(
          "insert into daily_summaries (telegram_id, day, state, planned_at, due_at) values ("
              + row[0]
              + ", '"
              + row[1]
              + "', '"
              + row[2]
              + "', '"
              + daysAgo(Integer.parseInt(row[3]))
              + "', '"
              + daysAgo(Integer.parseInt(row[3]))
              + "')");
    }

    assertEquals(2, prune().of(Prunable.DAILY_SUMMARIES));
    assertEquals(
        "1/2026-01-02,2/2026-01-01,3/2026-01-20,3/2026-01-21",
        left(
            "select string_agg(telegram_id || '/' || day, ',' order by telegram_id, day)"
                + " from daily_summaries"));
  }

  @Test
  @DisplayName("one prune deletes at most a batch of each kind; the rest waits for the next")
  void batchesAreBounded() {
    db.execute(
        "insert into processed_updates select g, '"
            + daysAgo(2)
            + "'::timestamptz from generate_series(1, 2500) g");
    db.execute(
        "insert into feedbacks select 'shop', 'f' || g, 1, '', '', '', '"
            + daysAgo(100)
            + "'::timestamptz, 1, 1, '', '', '', '', '' from generate_series(1, 1200) g");

    PruneReport first = prune();
    assertEquals(BATCH, first.of(Prunable.PROCESSED_UPDATES));
    assertEquals(BATCH, first.of(Prunable.FEEDBACKS));
    assertEquals(1500L, count("select count(*) from processed_updates"));
    assertEquals(200L, count("select count(*) from feedbacks"));

    PruneReport second = prune();
    assertEquals(BATCH, second.of(Prunable.PROCESSED_UPDATES));
    assertEquals(200, second.of(Prunable.FEEDBACKS));
    assertEquals(500, prune().of(Prunable.PROCESSED_UPDATES));
    assertEquals(0L, prune().total());
  }

  @Test
  @DisplayName("servers pruning at the same moment delete each row once, between them all")
  void serversAtOnce() throws Exception {
    db.execute(
        "insert into processed_updates select g, '"
            + daysAgo(2)
            + "'::timestamptz from generate_series(1, 20000) g");
    ExecutorService servers = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Long>> prunes = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        prunes.add(
            () -> {
              long pruned = 0;
              for (long batch = -1; batch != 0; ) {
                batch =
                    adapters
                        .housekeeping()
                        .prune(NOW, RETENTION, 500)
                        .of(Prunable.PROCESSED_UPDATES);
                pruned += batch;
              }
              return pruned;
            });
      }
      long total = 0;
      for (Future<Long> pruned : servers.invokeAll(prunes)) {
        total += pruned.get();
      }
      assertEquals(20_000, total);
      assertEquals(0L, count("select count(*) from processed_updates"));
    } finally {
      servers.shutdownNow();
    }
  }
}
