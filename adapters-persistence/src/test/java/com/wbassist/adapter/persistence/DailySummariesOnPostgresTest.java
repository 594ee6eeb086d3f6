package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeShopFigures;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.fakes.RecordingSellerChat;
import com.wbassist.application.fakes.RecordingSellerChat.Said;
import com.wbassist.application.port.out.DailySummaries;
import com.wbassist.application.service.DailySummaryPlanning;
import com.wbassist.application.service.DailySummarySending;
import com.wbassist.application.service.DispatchPolicy;
import com.wbassist.application.service.NotificationDispatchService;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.summary.DailySummarySettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The daily summaries on PostgreSQL: planned once per seller and day whoever plans, claimed with a
 * lease, so two servers send each summary once (the port's own contract: {@code
 * PostgresDailySummariesContractTest}).
 */
class DailySummariesOnPostgresTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("daily-summary-shop");
  private static final CabinetId LOADING = new CabinetId("daily-summary-loading");
  private static final LocalDate NOV_18 = LocalDate.parse("2026-11-18");
  private static final Instant JOINED = moscow("2026-11-17T12:00:00");
  private static final Duration LEASE = Duration.ofMinutes(2);

  private final DailySummaries summaries = adapters.dailySummaries();

  private void shops() {
    adapters
        .cabinets()
        .save(
            Cabinet.connect(
                    SHOP, "Лето", new ApiToken("eyJ.t.s"), JOINED.plus(Duration.ofDays(90)), JOINED)
                .primarySyncFinished(JOINED));
    adapters
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
    adapters.sellers().save(seller);
    return seller;
  }

  private void summaryAt(long telegramId, DailySummarySettings settings) {
    Seller seller = adapters.sellers().find(telegramId).orElseThrow();
    adapters.sellers().save(seller.withSettings(seller.settings().withDailySummary(settings)));
  }

  @Test
  @DisplayName("the daily summary's settings are stored with the seller; 09:00 by default")
  void settingsStored() {
    shops();
    seller(1, SHOP, JOINED);
    assertEquals(
        DailySummarySettings.DEFAULT,
        adapters.sellers().find(1).orElseThrow().settings().dailySummary());
    summaryAt(1, new DailySummarySettings(false, LocalTime.of(7, 30)));
    assertEquals(
        new DailySummarySettings(false, LocalTime.of(7, 30)),
        adapters.sellers().find(1).orElseThrow().settings().dailySummary());
  }

  @Test
  @DisplayName(
      "two servers planning and dispatching the same morning at once: each seller gets one summary,"
          + " pinned")
  void twoServers() throws Exception {
    shops();
    int sellers = 60;
    for (long telegramId = 1; telegramId <= sellers; telegramId++) {
      seller(telegramId, SHOP, JOINED);
    }
    RecordingSellerChat chat = new RecordingSellerChat();
    MutableClock clock = new MutableClock(moscow("2026-11-19T09:00:05"));
    FakeShopFigures figures = new FakeShopFigures();
    figures.day(SHOP, FakeShopFigures.ordersOn(NOV_18, 3));
    DispatchPolicy policy = DispatchPolicy.defaults().withConcurrency(4);
    CyclicBarrier together = new CyclicBarrier(2);
    Callable<Integer> server =
        () -> {
          DailySummaryPlanning planning = new DailySummaryPlanning(summaries, clock);
          NotificationDispatchService dispatch =
              new NotificationDispatchService(
                  adapters.outbox(),
                  adapters.deliveries(),
                  adapters.sellers(),
                  adapters.productCards(),
                  chat,
                  policy,
                  clock,
                  adapters.dispatchTurns(),
                  "server-a", // both may hold the turn: the claims alone must keep sends once
                  Runnable::run,
                  () -> true,
                  null,
                  new DailySummarySending(
                      summaries,
                      adapters.sellers(),
                      adapters.cabinets(),
                      figures,
                      chat,
                      policy,
                      clock));
          together.await();
          int planned = planning.planDailySummaries();
          dispatch.dispatch();
          planning.planDailySummaries();
          dispatch.dispatch();
          return planned;
        };
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> a = two.submit(server);
      Future<Integer> b = two.submit(server);
      assertEquals(sellers, a.get() + b.get(), "each summary planned by one server");
    } finally {
      two.shutdownNow();
    }
    List<Said> sent = chat.log().stream().filter(s -> s.kind().equals("send")).toList();
    Map<Long, Long> perChat =
        sent.stream().collect(Collectors.groupingBy(Said::chatId, Collectors.counting()));
    assertEquals(sellers, perChat.size(), "every seller got one");
    assertTrue(perChat.values().stream().allMatch(n -> n == 1), "none got two: " + perChat);
    assertTrue(sent.get(0).text().contains("Итоги дня 18.11.2026"), sent.get(0).text());
    assertEquals(sellers, chat.log().stream().filter(s -> s.kind().equals("pin")).count());
    assertEquals(
        sellers,
        count(
            "select count(*) from daily_summaries where state = 'SENT' and message_id is not null"));
  }

  @Test
  @DisplayName("erasing a cabinet erases its sellers' summaries")
  void erased() {
    shops();
    seller(1, SHOP, JOINED);
    summaries.plan(1, NOV_18, JOINED);
    adapters.forget(SHOP, List.of(1L));
    assertEquals(0, count("select count(*) from daily_summaries"));
  }
}
