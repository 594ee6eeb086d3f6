package com.wbassist.domain.summary;

import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.seller.Seller;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Who gets which daily summary at one moment. The summary of a Moscow day D is sent on D + 1, from
 * the seller's chosen Moscow time on — later the same day when the servers were down at that time,
 * but never on D + 2: by then the summary of D + 1 is the news. It goes to a seller who is ready,
 * reachable, wants it, and whose cabinet is ready, and who joined on or before D (a seller who
 * joined today gets none for the days before).
 *
 * @param day the Moscow day summarized (yesterday in Moscow at {@code now})
 * @param dueBy the Moscow time of day now: the summaries chosen for this time or earlier are due
 * @param joinedBefore the start of the Moscow send day: only sellers who joined before it are told
 */
public record DailySummaryRound(LocalDate day, LocalTime dueBy, Instant joinedBefore) {

  public DailySummaryRound {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(dueBy, "dueBy");
    Objects.requireNonNull(joinedBefore, "joinedBefore");
  }

  /** The round at {@code now}, judged on the Moscow calendar whatever the server's time zone. */
  public static DailySummaryRound at(Instant now) {
    ZonedDateTime moscow = now.atZone(MoscowTime.ZONE);
    LocalDate sendDay = moscow.toLocalDate();
    return new DailySummaryRound(
        sendDay.minusDays(1),
        moscow.toLocalTime(),
        sendDay.atStartOfDay(MoscowTime.ZONE).toInstant());
  }

  /** Whether the seller gets the summary of {@link #day} now. */
  public boolean isDueFor(Seller seller, boolean cabinetReady) {
    return cabinetReady
        && joinedByTheDay(seller)
        && stillWanted(seller)
        && !seller.settings().dailySummary().at().isAfter(dueBy);
  }

  /**
   * Whether a summary planned for the seller is still to be sent: they have not blocked the bot,
   * left, or switched it off since.
   */
  public static boolean stillWanted(Seller seller) {
    return seller.isReady() && seller.active() && seller.settings().wantsDailySummary();
  }

  private boolean joinedByTheDay(Seller seller) {
    return seller.joinedAt() != null && seller.joinedAt().isBefore(joinedBefore);
  }

  /**
   * The summaries still worth sending at {@code now} are those of this day and later (a sandbox may
   * ask for today's); older ones are not sent any more.
   */
  public static LocalDate oldestSent(Instant now) {
    return at(now).day();
  }

  /** When a summary of {@code day} not sent yet is given up: the end of its send day. */
  public static Instant givenUpAt(LocalDate day) {
    return day.plusDays(2).atStartOfDay(MoscowTime.ZONE).toInstant();
  }
}
