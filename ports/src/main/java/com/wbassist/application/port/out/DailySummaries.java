package com.wbassist.application.port.out;

import com.wbassist.domain.summary.DailySummaryRound;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily summaries, one per seller and Moscow day, kept where every server sees them: planning
 * writes the due ones once whoever plans, and sending claims them with a lease, as deliveries are
 * claimed, so one is sent once however many servers run and restart.
 */
public interface DailySummaries {
  /**
   * Plans the summary of {@code round.day()} for every seller it is due for ({@link
   * DailySummaryRound#isDueFor}) who has none of that day yet, due at {@code now}; answers how many
   * were planned. Two servers planning at once plan each one once.
   */
  int planDue(DailySummaryRound round, Instant now);

  /**
   * Plans one seller's summary of {@code day}, whatever their settings — an operator's or the
   * sandbox's call; false when the seller has one of that day already.
   */
  boolean plan(long telegramId, LocalDate day, Instant now);

  /**
   * Leases up to {@code max} planned summaries due by {@code now}, of {@code oldestDay} or later,
   * that no live claim holds.
   */
  List<DueSummary> claim(int max, LocalDate oldestDay, Instant now, Duration lease);

  /** Records the summary sent as Telegram message {@code messageId}. */
  void markSent(long telegramId, LocalDate day, long messageId, Instant now);

  /**
   * Records a failed or skipped send.
   *
   * @param retryAt when to try again, {@code null} to give up for good
   */
  void markFailed(long telegramId, LocalDate day, String error, Instant retryAt, Instant now);

  /** Hands claimed summaries back unsent, due as they were and free to be claimed at once. */
  void unclaim(List<DueSummary> summaries);
}
