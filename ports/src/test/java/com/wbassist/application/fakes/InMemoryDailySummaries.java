package com.wbassist.application.fakes;

import com.wbassist.application.port.out.DailySummaries;
import com.wbassist.application.port.out.DueSummary;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.summary.DailySummaryRound;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The daily summaries in memory, planned by the domain's own rule. */
public final class InMemoryDailySummaries implements DailySummaries {
  /** One seller's summary of one day, as stored. */
  public record Row(
      long telegramId,
      LocalDate day,
      String state,
      Instant dueAt,
      Instant claimedUntil,
      int attempts,
      String lastError,
      Long messageId) {
    Row with(String newState, Instant due, Instant claimed, int tries, String error, Long id) {
      return new Row(telegramId, day, newState, due, claimed, tries, error, id);
    }
  }

  private final InMemorySellerStore sellers;
  private final InMemoryCabinetStore cabinets;
  private final Map<String, Row> rows = new LinkedHashMap<>();

  public InMemoryDailySummaries(InMemorySellerStore sellers, InMemoryCabinetStore cabinets) {
    this.sellers = sellers;
    this.cabinets = cabinets;
  }

  @Override
  public synchronized int planDue(DailySummaryRound round, Instant now) {
    int planned = 0;
    for (Seller seller : sellers.all()) {
      boolean cabinetReady =
          seller.cabinet() != null
              && cabinets.find(seller.cabinet()).map(Cabinet::isReady).orElse(false);
      if (round.isDueFor(seller, cabinetReady) && plan(seller.telegramId(), round.day(), now)) {
        planned++;
      }
    }
    return planned;
  }

  @Override
  public synchronized boolean plan(long telegramId, LocalDate day, Instant now) {
    return rows.putIfAbsent(
            key(telegramId, day), new Row(telegramId, day, "PLANNED", now, null, 0, null, null))
        == null;
  }

  @Override
  public synchronized List<DueSummary> claim(
      int max, LocalDate oldestDay, Instant now, Duration lease) {
    List<DueSummary> claimed = new ArrayList<>();
    List<Row> due =
        rows.values().stream()
            .filter(r -> r.state().equals("PLANNED") && !r.day().isBefore(oldestDay))
            .filter(r -> !r.dueAt().isAfter(now))
            .filter(r -> r.claimedUntil() == null || !r.claimedUntil().isAfter(now))
            .sorted(Comparator.comparing(Row::dueAt).thenComparing(Row::telegramId))
            .limit(max)
            .toList();
    for (Row row : due) {
      rows.put(
          key(row.telegramId(), row.day()),
          row.with(
              row.state(),
              row.dueAt(),
              now.plus(lease),
              row.attempts(),
              row.lastError(),
              row.messageId()));
      claimed.add(
          new DueSummary(
              row.telegramId(), row.day(), row.attempts(), previous(row.telegramId(), row.day())));
    }
    return claimed;
  }

  private Long previous(long telegramId, LocalDate day) {
    return rows.values().stream()
        .filter(r -> r.telegramId() == telegramId && r.day().isBefore(day))
        .filter(r -> r.state().equals("SENT"))
        .max(Comparator.comparing(Row::day))
        .map(Row::messageId)
        .orElse(null);
  }

  @Override
  public synchronized void markSent(long telegramId, LocalDate day, long messageId, Instant now) {
    Row row = rows.get(key(telegramId, day));
    rows.put(
        key(telegramId, day),
        row.with("SENT", row.dueAt(), null, row.attempts() + 1, row.lastError(), messageId));
  }

  @Override
  public synchronized void markFailed(
      long telegramId, LocalDate day, String error, Instant retryAt, Instant now) {
    Row row = rows.get(key(telegramId, day));
    rows.put(
        key(telegramId, day),
        row.with(
            retryAt == null ? "FAILED" : "PLANNED",
            retryAt == null ? row.dueAt() : retryAt,
            null,
            row.attempts() + 1,
            error,
            null));
  }

  @Override
  public synchronized void unclaim(List<DueSummary> summaries) {
    for (DueSummary due : summaries) {
      Row row = rows.get(key(due.telegramId(), due.day()));
      if (row != null && row.state().equals("PLANNED")) {
        rows.put(
            key(due.telegramId(), due.day()),
            row.with(
                row.state(), row.dueAt(), null, row.attempts(), row.lastError(), row.messageId()));
      }
    }
  }

  public synchronized List<Row> rows() {
    return List.copyOf(rows.values());
  }

  private static String key(long telegramId, LocalDate day) {
    return telegramId + "/" + day;
  }
}
