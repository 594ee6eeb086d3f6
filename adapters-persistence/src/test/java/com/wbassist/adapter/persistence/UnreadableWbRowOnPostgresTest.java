package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.fakes.RecordingSellerChat;
import com.wbassist.application.fakes.RecordingSyncRequests;
import com.wbassist.application.port.in.TextReceived;
import com.wbassist.application.port.out.SetAsideEntry;
import com.wbassist.application.port.out.SetAsideKind;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.application.service.CabinetSyncService;
import com.wbassist.application.service.ChatConversationService;
import com.wbassist.application.service.MarketStores;
import com.wbassist.application.service.SellerMenus;
import com.wbassist.application.service.SyncAnnouncements;
import com.wbassist.application.service.SyncSchedule;
import com.wbassist.application.service.TokenOnboarding;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.sync.SyncPolicy;
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 on the real database: an orders page with a row that cannot be read in the middle stores
 * the others and their cursor, and the bad row is in {@code set_aside_rows} — once, however many
 * passes see it again.
 */
class UnreadableWbRowOnPostgresTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000000c1");

  private final MutableClock clock = new MutableClock(moscow("2026-11-18T10:00:00"));
  private final InMemoryWb wb = new InMemoryWb();
  private final RecordingSellerChat chat = new RecordingSellerChat();

  @Test
  @DisplayName(
      "a bad order in the middle of a page: the others and the cursor stored, the bad one set aside"
          + " with its key, reason and value, counted again when WB sends it again")
  void badOrderSetAside() {
    CabinetSyncService sync = joinedShop();
    wb.holds(
        SHOP,
        new CabinetData(
            List.of(
                order("K0").date("2026-11-18T09:05:00").build(),
                order("K2").date("2026-11-18T09:07:00").build()),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of()));
    Instant badChanged = moscow("2026-11-18T09:06:00");
    wb.holdsUnreadable(
        SHOP,
        SyncStream.ORDERS,
        badChanged,
        new UnreadableRow(
            0,
            "srid-\u0000bad",
            Optional.of(badChanged),
            "nmId should be a number but is an object",
            "nmId: {…}"));

    assertTrue(sync.syncNow(SHOP).orElseThrow().succeeded());

    assertEquals(
        List.of("K0", "K2"),
        adapters.orders().knownOrders(SHOP, List.of("K0", "K1", "K2")).keySet().stream()
            .sorted()
            .toList());
    assertEquals(Optional.of(moscow("2026-11-18T09:07:00")), adapters.orders().cursor(SHOP));
    List<SetAsideEntry> aside = adapters.setAsideRows().newest(10);
    assertEquals(1, aside.size());
    assertEquals(SetAsideKind.ORDER_ROW, aside.get(0).row().kind());
    assertEquals(SHOP.sid(), aside.get(0).row().owner());
    assertEquals("srid-bad", aside.get(0).row().key(), "NUL dropped: storable");
    assertEquals("nmId should be a number but is an object", aside.get(0).row().reason());
    assertEquals("nmId: {…}", aside.get(0).row().excerpt());

    clock.advance(Duration.ofMinutes(3));
    wb.holds(
        SHOP,
        new CabinetData(
            List.of(order("K0").date("2026-11-18T09:05:00").build()),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of()));
    wb.holdsUnreadable(
        SHOP,
        SyncStream.ORDERS,
        moscow("2026-11-18T09:07:00"),
        new UnreadableRow(
            0,
            "srid-\u0000bad",
            Optional.of(moscow("2026-11-18T09:07:00")),
            "nmId should be a number but is an object",
            "nmId: {…}"));
    assertTrue(sync.syncNow(SHOP).orElseThrow().succeeded());
    List<SetAsideEntry> again = adapters.setAsideRows().newest(10);
    assertEquals(1, again.size(), "the same row is one row");
    assertEquals(2, again.get(0).timesSeen());
    assertEquals(clock.instant(), again.get(0).lastSeenAt());
  }

  /** A seller joined the shop and its primary sync (on an empty WB) is done. */
  private CabinetSyncService joinedShop() {
    BotReplies replies = new BotReplies();
    ChatConversationService conversation =
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
    CabinetSyncService sync =
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
    wb.account(SHOP, "ИП Тестов", "");
    String token = FakeTokens.personal(SHOP.sid(), clock.instant().plus(Duration.ofDays(180)));
    conversation.handle(new TextReceived(1, 4301, 4301, 11, "/start", "Продавец"));
    conversation.handle(new TextReceived(2, 4301, 4301, 12, token, "Продавец"));
    assertTrue(sync.syncNow(SHOP).orElseThrow().succeeded(), "the primary sync");
    clock.advance(Duration.ofMinutes(5));
    return sync;
  }
}
