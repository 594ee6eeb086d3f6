package com.wbassist.application.contract;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.DailySummaries;
import com.wbassist.application.port.out.DueSummary;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.summary.DailySummaryRound;
import com.wbassist.domain.summary.DailySummarySettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the daily summaries' store owes (decision 0624): it plans by {@link
 * DailySummaryRound#isDueFor}, once per seller and day, and hands out claims with a lease. Kept by
 * the in-memory fake and the database alike.
 */
public abstract class DailySummariesContract {
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000000e1");
  private static final CabinetId LOADING = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000000e2");
  private static final LocalDate NOV_18 = LocalDate.parse("2026-11-18");
  private static final Instant JOINED = moscow("2026-11-17T12:00:00");
  private static final Duration LEASE = Duration.ofMinutes(2);

  /** The stores the contract needs, over empty storage. */
  public record Stores(SellerStore sellers, CabinetStore cabinets, DailySummaries summaries) {}

  protected abstract Stores emptyStores();

  private Stores stores;
  private DailySummaries summaries;

  @BeforeEach
  void open() {
    stores = emptyStores();
    summaries = stores.summaries();
    stores
        .cabinets()
        .save(
            Cabinet.connect(
                    SHOP, "Лето", new ApiToken("eyJ.t.s"), JOINED.plus(Duration.ofDays(90)), JOINED)
                .primarySyncFinished(JOINED));
    stores
        .cabinets()
        .save(
            Cabinet.connect(
                LOADING,
                "Зима",
                new ApiToken("eyJ.u.s"),
                JOINED.plus(Duration.ofDays(90)),
                JOINED));
  }

  private Seller seller(long telegramId, CabinetId cabinet, Instant joined) {
    Seller seller = Seller.newcomer(telegramId, telegramId, "").linkedTo(cabinet, true, joined);
    stores.sellers().save(seller);
    return seller;
  }

  private void summary(long telegramId, DailySummarySettings settings) {
    Seller seller = stores.sellers().find(telegramId).orElseThrow();
    stores.sellers().save(seller.withSettings(seller.settings().withDailySummary(settings)));
  }

  private List<Long> claimAll(Instant now) {
    return summaries.claim(100, LocalDate.of(2000, 1, 1), now, LEASE).stream()
        .map(DueSummary::telegramId)
        .sorted()
        .toList();
  }

  @Test
  @DisplayName(
      "planning follows the rule: ready cabinet, joined before the day ended, time come, on,"
          + " reachable; once a day")
  void whoIsPlanned() {
    seller(1, SHOP, JOINED); // due
    seller(2, SHOP, moscow("2026-11-19T00:10:00")); // joined after the 18th ended in Moscow
    seller(3, SHOP, JOINED);
    summary(3, DailySummarySettings.DEFAULT.toggled()); // switched off
    seller(4, SHOP, JOINED);
    summary(4, DailySummarySettings.DEFAULT.at(LocalTime.of(18, 0))); // not yet
    seller(5, LOADING, JOINED); // cabinet still loading
    stores.sellers().save(seller(6, SHOP, JOINED).unreachable()); // blocked the bot
    Seller allOff = seller(7, SHOP, JOINED);
    stores.sellers().save(allOff.withSettings(allOff.settings().withAll(false)));
    seller(8, SHOP, moscow("2026-11-18T23:59:00")); // joined on the 18th itself

    Instant now = moscow("2026-11-19T09:00:30");
    assertEquals(2, summaries.planDue(DailySummaryRound.at(now), now));
    assertEquals(List.of(1L, 8L), claimAll(now));
    assertEquals(0, summaries.planDue(DailySummaryRound.at(now), now), "once a day");
    Instant evening = moscow("2026-11-19T18:00:00");
    assertEquals(1, summaries.planDue(DailySummaryRound.at(evening), evening), "seller 4 at 18:00");
  }

  @Test
  @DisplayName(
      "at 00:00 МСК (21:00 UTC, the UTC date a day behind) the Moscow day just ended is planned")
  void moscowMidnight() {
    seller(1, SHOP, moscow("2026-11-18T23:30:00"));
    summary(1, DailySummarySettings.DEFAULT.at(LocalTime.MIDNIGHT));
    Instant before = Instant.parse("2026-11-18T20:59:59Z");
    assertEquals(0, summaries.planDue(DailySummaryRound.at(before), before));
    Instant midnight = Instant.parse("2026-11-18T21:00:00Z");
    assertEquals(1, summaries.planDue(DailySummaryRound.at(midnight), midnight));
    assertEquals(NOV_18, summaries.claim(5, NOV_18, midnight, LEASE).get(0).day());
  }

  @Test
  @DisplayName(
      "a claim is leased, handed back, retried after a failure, given up, and names the summary to"
          + " unpin")
  void claims() {
    Instant now = moscow("2026-11-19T09:00:00");
    LocalDate nov17 = NOV_18.minusDays(1);
    Instant dayBefore = now.minus(Duration.ofDays(1));
    summaries.plan(1, nov17, dayBefore);
    DueSummary older = summaries.claim(5, nov17, dayBefore, LEASE).get(0);
    summaries.markSent(1, older.day(), 555, dayBefore);
    assertTrue(summaries.plan(1, NOV_18, now));
    assertFalse(summaries.plan(1, NOV_18, now), "one per seller and day");
    assertTrue(summaries.plan(2, NOV_18, now));

    List<DueSummary> claimed = summaries.claim(5, NOV_18, now, LEASE);
    assertEquals(List.of(1L, 2L), claimed.stream().map(DueSummary::telegramId).toList());
    assertEquals(555L, claimed.get(0).previousMessageId(), "yesterday's summary, to unpin");
    assertNull(claimed.get(1).previousMessageId());
    assertEquals(List.of(), summaries.claim(5, NOV_18, now.plusSeconds(60), LEASE), "leased");

    summaries.unclaim(List.of(claimed.get(0)));
    assertEquals(1, summaries.claim(5, NOV_18, now.plusSeconds(60), LEASE).size(), "handed back");
    assertEquals(
        1,
        summaries.claim(5, NOV_18, now.plus(LEASE).plusSeconds(1), LEASE).size(),
        "the other one, once its lease ran out");

    summaries.markFailed(2, NOV_18, "Telegram answered 502", now.plusSeconds(300), now);
    summaries.markFailed(1, NOV_18, "Forbidden: bot was blocked by the user", null, now);
    assertEquals(List.of(), summaries.claim(5, NOV_18, now.plusSeconds(299), LEASE));
    List<DueSummary> retried = summaries.claim(5, NOV_18, now.plusSeconds(300), LEASE);
    assertEquals(List.of(2L), retried.stream().map(DueSummary::telegramId).toList());
    assertEquals(1, retried.get(0).attempts());
    summaries.unclaim(retried);
    assertEquals(
        List.of(),
        summaries.claim(5, NOV_18.plusDays(1), now.plus(Duration.ofDays(1)), LEASE),
        "older days are never sent");
    assertEquals(List.of(2L), claimAll(now.plus(Duration.ofHours(1))), "given up: never again");
  }
}
