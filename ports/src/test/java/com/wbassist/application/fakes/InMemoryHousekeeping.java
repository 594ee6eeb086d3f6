package com.wbassist.application.fakes;

import com.wbassist.application.port.out.Housekeeping;
import com.wbassist.application.port.out.Prunable;
import com.wbassist.application.port.out.PruneReport;
import com.wbassist.domain.housekeeping.Retention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Stored rows as their dates only, pruned by each kind's retention a batch at a time. The
 * database's finer rules (a cabinet's newest run, rows a cursor still needs) are the persistence
 * adapter's and are tested there. Each prune may run a hook first — a test moves its clock there to
 * spend the run's time budget.
 */
public final class InMemoryHousekeeping implements Housekeeping {
  private final Map<Prunable, List<Instant>> rows = new EnumMap<>(Prunable.class);
  private final List<Instant> asked = new ArrayList<>();
  private Runnable beforeEachBatch = () -> {};

  /** Stores {@code count} rows of the kind, dated {@code at}. */
  public synchronized InMemoryHousekeeping stored(Prunable kind, Instant at, int count) {
    List<Instant> dates = rows.computeIfAbsent(kind, k -> new ArrayList<>());
    for (int i = 0; i < count; i++) {
      dates.add(at);
    }
    return this;
  }

  public synchronized void beforeEachBatch(Runnable hook) {
    this.beforeEachBatch = hook;
  }

  public synchronized int left(Prunable kind) {
    return rows.getOrDefault(kind, List.of()).size();
  }

  /** The {@code now} of every prune asked for, in order. */
  public synchronized List<Instant> asked() {
    return List.copyOf(asked);
  }

  @Override
  public synchronized PruneReport prune(Instant now, Retention retention, int batch) {
    beforeEachBatch.run();
    asked.add(now);
    Map<Prunable, Long> pruned = new EnumMap<>(Prunable.class);
    rows.forEach(
        (kind, dates) -> {
          long gone = 0;
          long bound = kind.batched() ? batch : Long.MAX_VALUE;
          for (Iterator<Instant> row = dates.iterator(); row.hasNext() && gone < bound; ) {
            if (old(kind, row.next(), now, retention)) {
              row.remove();
              gone++;
            }
          }
          if (gone > 0) {
            pruned.put(kind, gone);
          }
        });
    return new PruneReport(pruned);
  }

  private static boolean old(Prunable kind, Instant at, Instant now, Retention retention) {
    return switch (kind) {
      case PROCESSED_UPDATES -> at.isBefore(retention.handledUpdatesBefore(now));
      case SYNC_RUNS, SYNC_RUN_STREAMS -> at.isBefore(retention.syncRunsBefore(now));
      case NOTIFICATION_DELIVERIES,
          OUTBOX_EVENTS,
          SET_ASIDE_ROWS,
          DAILY_SUMMARIES,
          TEAM_INVITES,
          WEBHOOK_DELIVERIES ->
          at.isBefore(retention.notificationsBefore(now));
      case ORDERS, SALES, FEEDBACKS -> at.isBefore(retention.marketRowsBefore(now));
      case TOKEN_ATTEMPTS -> !at.isAfter(retention.tokenAttemptsUpTo(now));
      case API_KEY_REQUESTS -> at.isBefore(retention.apiRequestCountsBefore(now));
      case REPORT_FILES -> at.isBefore(now); // "at" is the file's expiry
      case BACKGROUND_TASKS -> at.isBefore(retention.finishedTasksBefore(now));
    };
  }
}
