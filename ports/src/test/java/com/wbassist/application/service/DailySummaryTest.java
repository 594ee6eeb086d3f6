package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeShopFigures;
import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.application.fakes.RecordingSellerChat.Said;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.summary.DailySummarySettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DailySummaryTest {
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000024");
  private static final LocalDate NOV_18 = LocalDate.parse("2026-11-18");
  private static final LocalDate NOV_19 = LocalDate.parse("2026-11-19");

  private final InMemoryWorld world = new InMemoryWorld(moscow("2026-11-18T12:00:00"));

  /** The seller connects the shop at the clock's time; its primary sync finishes at once. */
  private void joins(long telegramId) {
    if (world.cabinets.find(SHOP).isEmpty()) {
      world.wb.account(SHOP, "ИП Тестов", "Лето");
      world.wb.holds(SHOP, CabinetData.empty());
    }
    world.text(telegramId, "/start");
    world.text(telegramId, FakeTokens.personal(SHOP.sid(), Instant.parse("2027-06-01T00:00:00Z")));
    world.sync.syncNow(SHOP);
    world.chat.clear();
  }

  private void at(String moscowTime) {
    world.clock.set(moscow(moscowTime));
  }

  /** What a planning tick and a dispatch run at the clock's time send. */
  private List<Said> tick() {
    int before = world.chat.log().size();
    world.summaryPlanning.planDailySummaries();
    world.dispatch.dispatch();
    List<Said> log = world.chat.log();
    return log.subList(before, log.size());
  }

  private List<Said> summaries(long chatId) {
    return world.chat.to(chatId).stream()
        .filter(s -> s.kind().equals("send") && s.text().contains("Итоги дня"))
        .toList();
  }

  private void settings(long telegramId, DailySummarySettings summary) {
    Seller seller = world.sellers.find(telegramId).orElseThrow();
    world.sellers.save(seller.withSettings(seller.settings().withDailySummary(summary)));
  }

  @Test
  @DisplayName(
      "at 09:00 МСК a ready seller gets yesterday's summary, pinned, once however often it is asked")
  void yesterdayAtNine() {
    joins(1001);
    world.summaryDays.day(SHOP, FakeShopFigures.ordersOn(NOV_18, 14));
    at("2026-11-19T08:59:59");
    assertEquals(List.of(), tick(), "not before the seller's time");
    at("2026-11-19T09:00:00");
    List<Said> sent = tick();
    assertEquals(List.of("send", "pin"), sent.stream().map(Said::kind).toList());
    assertTrue(sent.get(0).text().contains("Итоги дня 18.11.2026"), sent.get(0).text());
    assertTrue(sent.get(0).text().contains("Лето"), "the shop's name");
    assertTrue(sent.get(0).text().contains("14 заказов на 14 000 ₽"), sent.get(0).text());
    assertEquals(sent.get(0).messageId(), sent.get(1).messageId(), "the summary itself is pinned");
    world.clock.advance(Duration.ofMinutes(1));
    assertEquals(List.of(), tick());
    world.clock.advance(Duration.ofHours(10));
    assertEquals(List.of(), tick(), "once a day");
    assertEquals(List.of(SHOP.sid() + "/" + NOV_18), world.summaryDays.asked());
  }

  @Test
  @DisplayName("the next day's summary is pinned and the previous one unpinned")
  void previousUnpinned() {
    joins(1001);
    at("2026-11-19T09:00:00");
    long first = tick().get(0).messageId();
    at("2026-11-20T09:00:30");
    List<Said> second = tick();
    assertEquals(List.of("send", "pin", "unpin"), second.stream().map(Said::kind).toList());
    assertEquals(second.get(0).messageId(), second.get(1).messageId());
    assertEquals(first, second.get(2).messageId(), "yesterday's summary is unpinned");
  }

  @Test
  @DisplayName("a seller who joined today gets none for the days before; tomorrow, today's")
  void joinedToday() {
    at("2026-11-19T10:00:00");
    joins(1001);
    world.clock.advance(Duration.ofMinutes(5));
    assertEquals(List.of(), tick(), "no summary of the 18th: they were not there");
    at("2026-11-20T09:00:00");
    tick();
    assertEquals(1, summaries(1001).size(), "the 19th's, their first day");
    assertTrue(summaries(1001).get(0).text().contains("19.11.2026"));
  }

  @Test
  @DisplayName(
      "Moscow midnight on a UTC server: a 00:00 summary goes at 21:00 UTC, for the Moscow day just"
          + " ended, and a seller who joined after Moscow midnight gets none of it")
  void moscowMidnight() {
    at("2026-11-18T23:30:00"); // 20:30 UTC, the 18th everywhere
    joins(1001);
    settings(1001, DailySummarySettings.DEFAULT.at(LocalTime.MIDNIGHT));
    world.clock.set(Instant.parse("2026-11-18T21:10:00Z")); // 00:10 МСК on the 19th
    joins(1002);
    settings(1002, DailySummarySettings.DEFAULT.at(LocalTime.MIDNIGHT));
    world.clock.set(Instant.parse("2026-11-18T20:59:59Z")); // 23:59:59 МСК on the 18th
    assertEquals(List.of(), tick(), "the 18th is not over in Moscow");
    world.clock.set(Instant.parse("2026-11-18T21:00:00Z")); // 00:00 МСК, the UTC date still 18th
    tick();
    assertEquals(1, summaries(1001).size());
    assertTrue(summaries(1001).get(0).text().contains("Итоги дня 18.11.2026"));
    assertEquals(List.of(), summaries(1002), "joined at 00:10 МСК on the 19th");
    world.clock.set(Instant.parse("2026-11-19T20:59:59Z"));
    tick();
    assertEquals(1, summaries(1001).size(), "still the 19th in Moscow: nothing more");
    world.clock.set(Instant.parse("2026-11-19T21:00:00Z"));
    tick();
    assertEquals(2, summaries(1001).size());
    assertTrue(summaries(1002).get(0).text().contains("Итоги дня 19.11.2026"));
  }

  @Test
  @DisplayName(
      "servers down at the seller's time: today's summary comes late, older days' not at all")
  void lateButNotOlder() {
    joins(1001);
    at("2026-11-21T15:00:00"); // nothing ran on the 19th and 20th, nor this morning
    tick();
    assertEquals(1, summaries(1001).size());
    assertTrue(summaries(1001).get(0).text().contains("Итоги дня 20.11.2026"));
  }

  @Test
  @DisplayName("a planned summary not sent by the end of its send day is given up")
  void givenUpAtTheEndOfTheSendDay() {
    joins(1001);
    at("2026-11-19T09:00:00");
    world.summaryPlanning.planDailySummaries();
    at("2026-11-20T00:00:00");
    world.dispatch.dispatch();
    assertEquals(List.of(), summaries(1001), "the 18th's summary is old news on the 20th");
  }

  @Test
  @DisplayName(
      "switched off, all notifications off, or blocked: no summary; the chosen time is kept")
  void whoGetsNone() {
    joins(1001);
    joins(1002);
    joins(1003);
    joins(1004);
    settings(1001, DailySummarySettings.DEFAULT.toggled());
    Seller allOff = world.sellers.find(1002).orElseThrow();
    world.sellers.save(allOff.withSettings(allOff.settings().withAll(false)));
    world.sellers.save(world.sellers.find(1003).orElseThrow().unreachable());
    settings(1004, DailySummarySettings.DEFAULT.at(LocalTime.of(18, 0)));
    at("2026-11-19T17:59:00");
    assertEquals(List.of(), tick());
    at("2026-11-19T18:00:00");
    tick();
    assertEquals(List.of(), summaries(1001));
    assertEquals(List.of(), summaries(1002));
    assertEquals(List.of(), summaries(1003));
    assertEquals(1, summaries(1004).size());
  }

  @Test
  @DisplayName("live news pending at 09:00 goes out before any summary")
  void liveNewsFirst() {
    for (long seller = 1001; seller <= 1020; seller++) {
      joins(seller);
    }
    at("2026-11-19T09:00:00");
    world.summaryPlanning.planDailySummaries();
    news("A");
    world.dispatch.dispatch();
    List<String> kinds = kinds();
    assertEquals(20, kinds.stream().filter("news"::equals).count());
    assertEquals(20, kinds.stream().filter("summary"::equals).count());
    assertTrue(kinds.lastIndexOf("news") < kinds.indexOf("summary"), kinds.toString());
  }

  @Test
  @DisplayName(
      "news found while summaries go out waits for one small batch of them at most, not for all")
  void newsBetweenBatches() {
    for (long seller = 1001; seller <= 1030; seller++) {
      joins(seller);
    }
    at("2026-11-19T09:00:00");
    world.summaryPlanning.planDailySummaries();
    java.util.concurrent.atomic.AtomicInteger asked =
        new java.util.concurrent.atomic.AtomicInteger();
    world.summaryDays.whenAsked(
        () -> {
          if (asked.incrementAndGet() == 3) {
            news("B");
          }
        });
    world.dispatch.dispatch();
    List<String> kinds = kinds();
    int batch = DispatchPolicy.defaults().concurrency();
    assertEquals(30, kinds.stream().filter("news"::equals).count());
    assertEquals(30, kinds.stream().filter("summary"::equals).count());
    int summariesBeforeNews = kinds.indexOf("news");
    assertTrue(
        summariesBeforeNews <= batch,
        "news waited for " + summariesBeforeNews + " summaries, one batch is " + batch);
    assertEquals(
        kinds.indexOf("news") + 29, kinds.lastIndexOf("news"), "all of it before more summaries");
  }

  /** An order WB shows now, detected for the shop. */
  private void news(String srid) {
    world.outbox.append(
        List.of(
            new com.wbassist.domain.event.OrderPlaced(
                SHOP,
                com.wbassist.domain.testdata.MarketRows.order(srid)
                    .date("2026-11-19T08:59:00")
                    .build())),
        world.clock.instant());
  }

  private List<String> kinds() {
    return world.chat.log().stream()
        .filter(s -> s.kind().equals("notification") || s.kind().equals("send"))
        .map(s -> s.kind().equals("notification") ? "news" : "summary")
        .toList();
  }

  @Test
  @DisplayName("a seller who blocked the bot after planning is not sent the summary")
  void blockedAfterPlanning() {
    joins(1001);
    at("2026-11-19T09:00:00");
    world.summaryPlanning.planDailySummaries();
    world.chat.block(1001);
    world.dispatch.dispatch();
    world.chat.unblock(1001);
    world.dispatch.dispatch();
    assertEquals(List.of(), summaries(1001));
    assertEquals("FAILED", world.summaries.rows().get(0).state());
  }

  @Test
  @DisplayName(
      "a server that died holding summaries loses none: once its claim runs out they go, once")
  void deadServersClaimTakenOver() {
    joins(1001);
    joins(1002);
    at("2026-11-19T09:00:00");
    world.summaryPlanning.planDailySummaries();
    Duration lease = DispatchPolicy.defaults().lease();
    assertEquals(
        2, world.summaries.claim(10, NOV_18, world.clock.instant(), lease).size(), "then it died");
    world.dispatch.dispatch();
    assertEquals(List.of(), summaries(1001), "still claimed by the dead server");
    world.clock.advance(lease);
    world.dispatch.dispatch();
    world.dispatch.dispatch();
    assertEquals(1, summaries(1001).size());
    assertEquals(1, summaries(1002).size());
  }

  @Test
  @DisplayName("figures that cannot be read now: the summary waits and goes later, not lost")
  void figuresUnreadable() {
    joins(1001);
    at("2026-11-19T09:00:00");
    world.summaryDays.whenAsked(
        () -> {
          throw new IllegalStateException("the database did not answer");
        });
    tick();
    assertEquals(List.of(), summaries(1001));
    world.summaryDays.whenAsked(() -> {});
    world.clock.advance(Duration.ofSeconds(31));
    tick();
    assertEquals(1, summaries(1001).size());
  }

  @Test
  @DisplayName("Telegram failing: the summary is tried again after the backoff")
  void retried() {
    joins(1001);
    at("2026-11-19T09:00:00");
    world.chat.failNextSends(1);
    tick();
    assertEquals(List.of(), summaries(1001));
    world.clock.advance(Duration.ofSeconds(31));
    tick();
    assertEquals(1, summaries(1001).size());
  }
}
