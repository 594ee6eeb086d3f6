package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.application.port.in.SyncReport;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A cabinet whose stored token cannot be read (sealed with another key) waits for its sellers to
 * send it again; every other cabinet goes on as before.
 */
class UnreadableTokenTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SPOILED = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private static final CabinetId FINE = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000002");
  private static final long ANNA = 1001;
  private static final long BORIS = 1002;
  private static final long VERA = 1003;
  private final InMemoryWorld world = new InMemoryWorld(NOW);

  private String tokenOf(CabinetId shop) {
    return FakeTokens.personal(shop.sid(), NOW.plus(Duration.ofDays(180)));
  }

  @BeforeEach
  void twoReadyShopsOneSpoiled() {
    world.wb.account(SPOILED, "ИП Лето", "Лето");
    world.wb.account(FINE, "ИП Зима", "Зима");
    world.text(ANNA, tokenOf(SPOILED));
    world.text(BORIS, tokenOf(SPOILED));
    world.text(VERA, tokenOf(FINE));
    world.sync.syncDue();
    world.clock.advance(Duration.ofMinutes(5));
    world.cabinets.makeTokenUnreadable(SPOILED);
  }

  private Map<CabinetId, SyncReport> syncDue() {
    return world.sync.syncDue().stream()
        .collect(Collectors.toMap(SyncReport::cabinet, Function.identity()));
  }

  private long toldToResend(long telegramId) {
    return world.chat.to(telegramId).stream()
        .filter(s -> s.text().contains("не могу прочитать сохранённый токен"))
        .count();
  }

  @Test
  @DisplayName(
      "the sync never sends it to WB, pauses it, and tells each of its sellers once; the other shop syncs")
  void pausedAndToldOnce() {
    int ordersCalls = world.wb.calls(SyncStream.ORDERS);
    world.wb.holds(
        FINE,
        new CabinetData(
            List.of(order("Z-1").date("2026-11-18T09:03:00").build()),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of()));
    Map<CabinetId, SyncReport> reports = syncDue();
    assertTrue(reports.get(SPOILED).tokenRejected());
    assertTrue(reports.get(FINE).succeeded());
    assertEquals(1, reports.get(FINE).events());
    assertEquals(ordersCalls + 1, world.wb.calls(SyncStream.ORDERS), "only the fine shop asked WB");

    var spoiled = world.cabinets.find(SPOILED).orElseThrow();
    assertEquals(CabinetStatus.TOKEN_UNREADABLE, spoiled.status());
    assertTrue(spoiled.pausedForUnreadableToken());
    assertEquals(1, toldToResend(ANNA));
    assertEquals(1, toldToResend(BORIS));
    assertEquals(0, toldToResend(VERA));

    world.clock.advance(Duration.ofMinutes(5));
    assertEquals(List.of(FINE), List.copyOf(syncDue().keySet()), "paused: no longer due");
    world.sync.syncNow(SPOILED);
    assertEquals(1, toldToResend(ANNA), "a sync asked for by hand says nothing new");
  }

  @Test
  @DisplayName(
      "a seller sending the token again repairs the cabinet; it syncs again and nothing is lost")
  void resentTokenRepairs() {
    syncDue();
    world.clock.advance(Duration.ofMinutes(5));
    int requested = world.syncRequests.requested().size();
    world.text(BORIS, tokenOf(SPOILED));
    assertTrue(
        world.chat.last(BORIS).text().contains("Токен принят"), world.chat.last(BORIS).text());
    var repaired = world.cabinets.find(SPOILED).orElseThrow();
    assertEquals(CabinetStatus.READY, repaired.status());
    assertEquals(tokenOf(SPOILED), repaired.token().reveal());
    assertEquals(
        List.of(SPOILED),
        world.syncRequests.requested().subList(requested, requested + 1),
        "a sync is asked for at once");

    world.wb.holds(
        SPOILED,
        new CabinetData(
            List.of(order("L-1").date("2026-11-18T09:12:00").build()),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of()));
    SyncReport resumed = world.sync.syncNow(SPOILED).orElseThrow();
    assertTrue(resumed.succeeded());
    assertEquals(1, resumed.events(), "an incremental pass: the baseline was kept");
  }
}
