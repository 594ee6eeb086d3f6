package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.fakes.RecordingSellerChat;
import com.wbassist.application.fakes.RecordingSyncRequests;
import com.wbassist.application.port.in.SyncReport;
import com.wbassist.application.port.in.TextReceived;
import com.wbassist.application.service.CabinetSyncService;
import com.wbassist.application.service.ChatConversationService;
import com.wbassist.application.service.MarketStores;
import com.wbassist.application.service.SellerMenus;
import com.wbassist.application.service.SyncAnnouncements;
import com.wbassist.application.service.SyncSchedule;
import com.wbassist.application.service.TokenOnboarding;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.sync.SyncPolicy;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One cabinet's token sealed with another key, on the real database: every cabinet is still listed
 * and found, the others sync, its sellers are asked for the token once, and the token sent again is
 * sealed with the current key.
 */
class UnreadableTokenOnPostgresTest extends DatabaseTest {
  private static final CabinetId SPOILED = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000000b1");
  private static final CabinetId SPRING = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000000b2");
  private static final CabinetId WINTER = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000000b3");
  private static final long ANNA = 4201;
  private static final long BORIS = 4202;

  private final MutableClock clock = new MutableClock(moscow("2026-11-18T10:00:00"));
  private final InMemoryWb wb = new InMemoryWb();
  private final RecordingSellerChat chat = new RecordingSellerChat();
  private final BotReplies replies = new BotReplies();
  private ChatConversationService conversation;
  private CabinetSyncService sync;
  private long updates = 1;

  @BeforeEach
  void threeReadyShops() {
    conversation =
        new ChatConversationService(
            adapters.sellers(),
            adapters.processedUpdates(),
            chat,
            new TokenOnboarding(
                adapters.sellers(),
                adapters.cabinets(),
                adapters.syncRuns(),
                adapters.tokenAttempts(),
                wb,
                chat,
                new RecordingSyncRequests(),
                replies,
                clock),
            new SellerMenus(
                adapters.sellers(), adapters.cabinets(), adapters.syncRuns(), chat, replies),
            new com.wbassist.application.service.TeamConversation(
                adapters.sellers(),
                adapters.cabinets(),
                adapters.syncRuns(),
                adapters.teamOwners(),
                adapters.teamInvites(),
                chat,
                "wb_assist_test_bot",
                clock),
            clock);
    sync =
        new CabinetSyncService(
            adapters.cabinets(),
            adapters.syncRuns(),
            wb,
            new MarketStores(
                adapters.productCards(),
                adapters.orders(),
                adapters.sales(),
                adapters.stocks(),
                adapters.feedbacks(),
                adapters.setAsideRows()),
            SyncPolicy::defaults,
            DetectionPolicy.defaults(),
            SyncSchedule.defaults(),
            new SyncAnnouncements(adapters.sellers(), chat, replies),
            adapters.requestTurns(),
            clock);
    for (CabinetId shop : List.of(SPOILED, SPRING, WINTER)) {
      wb.account(shop, "ИП " + shop.sid(), "");
    }
    say(ANNA, tokenOf(SPOILED));
    say(BORIS, tokenOf(SPRING));
    say(BORIS + 1, tokenOf(WINTER));
    assertEquals(3, sync.syncDue().size(), "the primary syncs");
    clock.advance(Duration.ofMinutes(5));
    SealedElsewhere.seal(SPOILED, new ApiToken(tokenOf(SPOILED)));
  }

  private String tokenOf(CabinetId shop) {
    return FakeTokens.personal(shop.sid(), clock.instant().plus(Duration.ofDays(180)));
  }

  private void say(long telegramId, String text) {
    conversation.handle(
        new TextReceived(updates++, telegramId, telegramId, 1000 + updates, text, "Продавец"));
  }

  private Map<CabinetId, SyncReport> syncDue() {
    return sync.syncDue().stream()
        .collect(Collectors.toMap(SyncReport::cabinet, Function.identity()));
  }

  private long askedForToken(long telegramId) {
    return chat.to(telegramId).stream()
        .filter(s -> s.text().contains("не могу прочитать сохранённый токен"))
        .count();
  }

  @Test
  @DisplayName("all() lists every cabinet, the spoiled one marked; find() reads it")
  void listedAndFound() {
    List<Cabinet> all = adapters.cabinets().all();
    assertEquals(List.of(SPOILED, SPRING, WINTER), all.stream().map(Cabinet::id).toList());
    assertEquals(CabinetStatus.TOKEN_UNREADABLE, all.get(0).status());
    assertNull(all.get(0).token());
    assertEquals(CabinetStatus.READY, all.get(1).status());
    assertNotNull(all.get(1).token());
    Cabinet found = adapters.cabinets().find(SPOILED).orElseThrow();
    assertEquals(CabinetStatus.TOKEN_UNREADABLE, found.status());
    assertEquals("ИП " + SPOILED.sid(), found.shopName());
  }

  @Test
  @DisplayName("the others sync; the spoiled one is paused and its seller asked for the token once")
  void othersSync() {
    wb.holds(
        SPRING,
        new InMemoryWb.CabinetData(
            List.of(order("S-1").date("2026-11-18T10:02:00").build()),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of()));
    Map<CabinetId, SyncReport> reports = syncDue();
    assertTrue(reports.get(SPRING).succeeded());
    assertEquals(1, reports.get(SPRING).events());
    assertTrue(reports.get(WINTER).succeeded());
    assertTrue(reports.get(SPOILED).tokenRejected());
    assertEquals(
        "TOKEN_UNREADABLE", query("select status from cabinets where sid = '" + SPOILED + "'"));
    assertEquals(1, askedForToken(ANNA));
    assertEquals(0, askedForToken(BORIS));

    clock.advance(Duration.ofMinutes(5));
    assertEquals(
        List.of(SPRING, WINTER),
        syncDue().keySet().stream().sorted(Comparator.comparing(CabinetId::sid)).toList(),
        "the paused one is no longer due");
    assertEquals(1, askedForToken(ANNA));
  }

  @Test
  @DisplayName("the token sent again is sealed with the current key, and the cabinet syncs again")
  void resentTokenResealed() {
    syncDue();
    clock.advance(Duration.ofMinutes(5));
    say(ANNA, tokenOf(SPOILED));
    assertTrue(chat.last(ANNA).text().contains("Токен принят"), chat.last(ANNA).text());
    byte[] stored =
        (byte[]) query("select token_ciphertext from cabinets where sid = '" + SPOILED + "'");
    assertEquals(
        tokenOf(SPOILED), TokenCipher.fromBase64Key(KEY).open(stored, SPOILED.sid()).reveal());
    assertEquals(CabinetStatus.READY, adapters.cabinets().find(SPOILED).orElseThrow().status());
    assertTrue(syncDue().get(SPOILED).succeeded());
  }
}
