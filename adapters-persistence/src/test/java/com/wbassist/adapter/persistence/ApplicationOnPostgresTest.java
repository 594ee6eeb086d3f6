package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static com.wbassist.domain.testdata.MarketRows.size;
import static com.wbassist.domain.testdata.MarketRows.stock;
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
import com.wbassist.application.service.TokenOnboarding;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.seller.OnboardingState;
import com.wbassist.domain.sync.SyncPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The application's services, wired as the app wires them, on the database adapter (WB and the chat
 * faked): a seller joins, the primary sync tells nothing, the next sync's news reach the chat.
 */
class ApplicationOnPostgresTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000000aa");
  private static final long ANNA = 4242;

  private final MutableClock clock = new MutableClock(moscow("2026-11-18T10:00:00"));
  private final InMemoryWb wb = new InMemoryWb();
  private final RecordingSellerChat chat = new RecordingSellerChat();
  private long updates = 1;

  @Test
  @DisplayName("join, primary sync (silent), then new orders and a buyout are told once each")
  void joinSyncDispatch() {
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
    ChatConversationService conversation =
        new ChatConversationService(
            adapters.sellers(),
            adapters.processedUpdates(),
            chat,
            tokens,
            menus,
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
    NotificationDispatchService dispatch =
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
    wbHolds(List.of(order("old-1").date("2026-11-18T08:00:00").build()), List.of());
    say(conversation, "/start");
    say(conversation, FakeTokens.personal(SHOP.sid(), clock.instant().plus(Duration.ofDays(180))));
    sync.syncNow(SHOP);
    dispatch.dispatch();
    assertEquals(OnboardingState.READY, adapters.sellers().find(ANNA).orElseThrow().state());
    assertEquals(0, chat.notifications().size(), "the primary sync tells nothing");

    clock.set(moscow("2026-11-18T10:30:00"));
    wbHolds(
        List.of(
            order("old-1").date("2026-11-18T08:00:00").build(),
            order("new-1").date("2026-11-18T10:10:00").build(),
            order("new-2")
                .date("2026-11-18T10:12:00")
                .changed("2026-11-18T10:20:00")
                .cancelled("2026-11-18T10:20:00")
                .build()),
        List.of(sale("S-new").date("2026-11-18T10:15:00").build()));
    sync.syncNow(SHOP);
    dispatch.dispatch();
    sync.syncNow(SHOP);
    dispatch.dispatch();

    assertEquals(4, chat.notifications().size(), "new-1, new-2 placed and cancelled, S-new");
    assertEquals(
        "NEW_ORDER:new-1,NEW_ORDER:new-2,ORDER_CANCELLED:new-2,BUYOUT:S-new",
        query(
            "select string_agg(event_type || ':' || event_key, ',' order by id) from outbox_events"));
    assertEquals(
        4,
        count(
            "select count(*) from notification_deliveries where status = 'SENT' and telegram_message_id is not null"));
    assertTrue(chat.notifications().stream().allMatch(n -> n.chatId() == ANNA));
  }

  /** WB holds these orders and sales, beside one size in stock and its card. */
  private void wbHolds(List<Order> orders, List<Sale> sales) {
    wb.holds(
        SHOP,
        new InMemoryWb.CabinetData(
            orders,
            sales,
            List.of(stock(101001, 302, 507, "Коледино", 10)),
            List.of(),
            List.of(),
            List.of(card(101001, "Платье летнее", "https://x/1.webp", size(302, "44")))));
  }

  private void say(ChatConversationService conversation, String text) {
    conversation.handle(new TextReceived(updates++, ANNA, ANNA, 1000 + updates, text, "Анна"));
  }
}
