package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.fakes.RecordingSellerChat;
import com.wbassist.application.fakes.RecordingSyncRequests;
import com.wbassist.application.port.in.TextReceived;
import com.wbassist.application.service.CabinetSyncService;
import com.wbassist.application.service.ChatConversationService;
import com.wbassist.application.service.DispatchPolicy;
import com.wbassist.application.service.MarketStores;
import com.wbassist.application.service.NotificationDispatchService;
import com.wbassist.application.service.SellerMenus;
import com.wbassist.application.service.SyncAnnouncements;
import com.wbassist.application.service.SyncSchedule;
import com.wbassist.application.service.TeamConversation;
import com.wbassist.application.service.TokenOnboarding;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.sync.SyncPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Token care through the services wired as the app wires them, on the database adapter (WB and the
 * chat faked): the warning before exp, and a dead token's time summed up once, its events stored as
 * rows and never entering the outbox.
 */
class TokenCareOnPostgresTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000000cc");
  private static final long ANNA = 4343;
  private static final Instant START = moscow("2026-11-18T10:00:00");

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryWb wb = new InMemoryWb();
  private final RecordingSellerChat chat = new RecordingSellerChat();
  private ChatConversationService conversation;
  private CabinetSyncService sync;
  private NotificationDispatchService dispatch;
  private long updates = 1;

  @BeforeEach
  void wired() {
    BotReplies replies = new BotReplies();
    SellerMenus menus =
        new SellerMenus(
            adapters.sellers(), adapters.cabinets(), adapters.syncRuns(), chat, replies);
    TokenOnboarding tokens =
        new TokenOnboarding(
            adapters.sellers(),
            adapters.cabinets(),
            adapters.syncRuns(),
            adapters.tokenAttempts(),
            wb,
            chat,
            new RecordingSyncRequests(),
            replies,
            clock);
    conversation =
        new ChatConversationService(
            adapters.sellers(),
            adapters.processedUpdates(),
            chat,
            tokens,
            menus,
            new TeamConversation(
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
            clock,
            adapters.tokenCare());
    dispatch =
        new NotificationDispatchService(
            adapters.outbox(),
            adapters.deliveries(),
            adapters.sellers(),
            adapters.productCards(),
            chat,
            DispatchPolicy.defaults(),
            clock,
            adapters.dispatchTurns(),
            "server-a",
            Runnable::run,
            () -> true);
    wb.account(SHOP, "ИП Лето", "Лето");
    wbHolds(List.of(order("old-1").date("2026-11-18T08:00:00").build()));
  }

  private void wbHolds(List<Order> orders) {
    wb.holds(
        SHOP,
        new InMemoryWb.CabinetData(
            orders,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(card(101001, "Платье", null))));
  }

  private void say(String text) {
    conversation.handle(new TextReceived(updates++, ANNA, ANNA, 1000 + updates, text, "Анна"));
  }

  private long sent(String words) {
    return chat.log().stream()
        .filter(s -> s.kind().equals("send") && s.text().contains(words))
        .count();
  }

  @Test
  @DisplayName("a week before exp the seller is warned once, however many passes run")
  void weekWarning() {
    Instant exp = START.plus(Duration.ofDays(10));
    say("/start");
    say(FakeTokens.personal(SHOP.sid(), exp));
    sync.syncNow(SHOP);
    clock.set(exp.minus(Duration.ofDays(7)));
    sync.syncNow(SHOP);
    clock.advance(Duration.ofMinutes(3));
    sync.syncNow(SHOP);
    assertEquals(1, sent("перестанет работать через неделю"));
    assertEquals(
        7, count("select expiry_warned_days from cabinets where sid = '" + SHOP.sid() + "'"));
  }

  @Test
  @DisplayName(
      "after a dead token, the new one's first pass stores the rows, adds nothing to the outbox and sends one summary")
  void revival() {
    say("/start");
    say(FakeTokens.personal(SHOP.sid(), START.plus(Duration.ofDays(100))));
    sync.syncNow(SHOP);
    clock.set(moscow("2026-11-18T11:00:00"));
    wb.rejectToken(SHOP);
    sync.syncNow(SHOP);
    assertEquals(
        CabinetStatus.TOKEN_REJECTED, adapters.cabinets().find(SHOP).orElseThrow().status());

    wbHolds(
        List.of(
            order("old-1").date("2026-11-18T08:00:00").build(),
            order("dead-1").date("2026-11-18T12:00:00").build(),
            order("dead-2").date("2026-11-19T12:00:00").build()));
    clock.set(moscow("2026-11-20T09:00:00"));
    wb.acceptToken(SHOP);
    say(FakeTokens.personal(SHOP.sid(), START.plus(Duration.ofDays(200))));
    sync.syncNow(SHOP);
    dispatch.dispatch();

    assertEquals(3, count("select count(*) from orders where cabinet_sid = '" + SHOP.sid() + "'"));
    assertEquals(0, count("select count(*) from outbox_events"));
    assertEquals(0, chat.notifications().size());
    assertEquals(1, sent("2 новых заказа"));
    assertTrue(
        query("select token_dead_since from cabinets where sid = '" + SHOP.sid() + "'") == null,
        "the dead time is forgotten once summed up");

    clock.advance(Duration.ofMinutes(5));
    wbHolds(
        List.of(
            order("old-1").date("2026-11-18T08:00:00").build(),
            order("dead-1").date("2026-11-18T12:00:00").build(),
            order("dead-2").date("2026-11-19T12:00:00").build(),
            order("after").date("2026-11-20T09:02:00").build()));
    sync.syncNow(SHOP);
    dispatch.dispatch();
    assertEquals(1, chat.notifications().size(), "what comes after is told as usual");
    assertEquals(1, sent("Пока он не работал"), "the summary once");
  }
}
