package com.wbassist.application.fakes;

import com.wbassist.application.port.out.HourOfOperations;
import com.wbassist.application.port.out.OperationsRecords;
import com.wbassist.application.port.out.SyncRunRecord;
import com.wbassist.domain.cabinet.CabinetId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The operations figures over the in-memory run log and outbox, counted as the database does. */
public final class InMemoryOperationsRecords implements OperationsRecords {
  private final InMemorySyncRunLog runs;
  private final InMemoryOutbox outbox;

  public InMemoryOperationsRecords(InMemorySyncRunLog runs, InMemoryOutbox outbox) {
    this.runs = runs;
    this.outbox = outbox;
  }

  @Override
  public List<HourOfOperations> hourly(Instant firstHour, int hours) {
    List<HourOfOperations> figures = new ArrayList<>();
    for (int i = 0; i < hours; i++) {
      Instant hour = firstHour.plus(Duration.ofHours(i));
      Instant end = hour.plus(Duration.ofHours(1));
      var ended = runs.runs().stream().filter(r -> within(r.finishedAt, hour, end)).toList();
      var finished =
          outbox.deliveryViews().stream().filter(d -> within(d.finishedAt(), hour, end)).toList();
      List<Long> lags =
          finished.stream()
              .filter(d -> d.status().equals("SENT"))
              .map(d -> Duration.between(d.detectedAt(), d.finishedAt()).toMillis())
              .toList();
      figures.add(
          new HourOfOperations(
              hour,
              ended.stream().filter(r -> r.error == null).count(),
              ended.stream().filter(r -> r.error != null).count(),
              outbox.allEvents().stream().filter(e -> within(e.detectedAt(), hour, end)).count(),
              lags.size(),
              finished.stream().filter(d -> d.status().equals("FAILED")).count(),
              Duration.ofMillis(
                  Math.round(lags.stream().mapToLong(Long::longValue).average().orElse(0))),
              Duration.ofMillis(lags.stream().mapToLong(Long::longValue).max().orElse(0))));
    }
    return figures;
  }

  private static boolean within(Instant at, Instant from, Instant to) {
    return at != null && !at.isBefore(from) && at.isBefore(to);
  }

  @Override
  public List<SyncRunRecord> runs(CabinetId cabinet, int limit) {
    return runs.runs().stream()
        .filter(r -> r.cabinet.equals(cabinet))
        .sorted(
            Comparator.comparing((InMemorySyncRunLog.Run r) -> r.startedAt)
                .thenComparingLong(r -> r.id)
                .reversed())
        .limit(limit)
        .map(
            r ->
                new SyncRunRecord(
                    r.id,
                    r.kind,
                    r.startedAt,
                    r.finishedAt,
                    r.error,
                    r.rows.values().stream().mapToLong(Long::longValue).sum(),
                    r.cancelRequested))
        .toList();
  }
}
