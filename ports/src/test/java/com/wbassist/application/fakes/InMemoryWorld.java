package com.wbassist.application.fakes;

import com.wbassist.application.port.in.ButtonPressed;
import com.wbassist.application.port.in.TextReceived;
import com.wbassist.application.service.CabinetSyncService;
import com.wbassist.application.service.ChatConversationService;
import com.wbassist.application.service.ChatUpdateIntake;
import com.wbassist.application.service.DailySummaryPlanning;
import com.wbassist.application.service.DailySummarySending;
import com.wbassist.application.service.DispatchPolicy;
import com.wbassist.application.service.MarketStores;
import com.wbassist.application.service.NotificationDispatchService;
import com.wbassist.application.service.SellerApiKeyService;
import com.wbassist.application.service.SellerMenus;
import com.wbassist.application.service.SyncAnnouncements;
import com.wbassist.application.service.SyncSchedule;
import com.wbassist.application.service.TeamConversation;
import com.wbassist.application.service.TokenOnboarding;
import com.wbassist.application.service.UpdateInboxPolicy;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.sync.SyncPolicy;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whole application on in-memory fakes: every service wired the way the app wires it, every
 * port faked. Tests drive it through the inbound ports and look at what the fakes recorded.
 */
public final class InMemoryWorld {
  /** The bot's username in invite links. */
  public static final String BOT_USERNAME = "wb_assist_test_bot";

  public final MutableClock clock;
  public final InMemoryRequestTurns requestTurns = new InMemoryRequestTurns();
  public final InMemoryOutbox outbox = new InMemoryOutbox();
  public final InMemoryCabinetStore cabinets = new InMemoryCabinetStore();
  public final InMemoryOrderStore orders = new InMemoryOrderStore(outbox, cabinets);
  public final InMemorySaleStore sales = new InMemorySaleStore(outbox, cabinets);
  public final InMemoryFeedbackStore feedbacks = new InMemoryFeedbackStore(outbox, cabinets);
  public final InMemoryStockStore stocks = new InMemoryStockStore(outbox, cabinets);
  public final InMemoryProductCardStore cards = new InMemoryProductCardStore(cabinets);
  public final InMemoryTokenCare tokenCare = new InMemoryTokenCare(cabinets);
  public final InMemorySellerStore sellers = new InMemorySellerStore();
  public final InMemoryTeamOwners teamOwners = new InMemoryTeamOwners(sellers);
  public final InMemoryApiKeys apiKeys = new InMemoryApiKeys();
  public final InMemoryTeamInvites teamInvites = new InMemoryTeamInvites();
  public final InMemorySyncRunLog runs = new InMemorySyncRunLog(cabinets);
  public final InMemoryProcessedUpdates processed = new InMemoryProcessedUpdates();
  public final InMemoryTokenAttempts tokenAttempts = new InMemoryTokenAttempts();
  public final RecordingSellerChat chat = new RecordingSellerChat();
  public final RecordingSyncRequests syncRequests = new RecordingSyncRequests();
  public final InMemoryWb wb = new InMemoryWb();
  public final InMemorySetAsideRows setAside = new InMemorySetAsideRows();
  public final InMemoryUpdateInbox inbox = new InMemoryUpdateInbox(setAside);
  public final CannedShopFigures figures = new CannedShopFigures();
  public volatile SyncPolicy syncPolicy = SyncPolicy.defaults();

  /** The days the daily summaries tell, apart from the figures notifications show. */
  public final FakeShopFigures summaryDays = new FakeShopFigures();

  public final InMemoryDailySummaries summaries = new InMemoryDailySummaries(sellers, cabinets);
  public final DailySummaryPlanning summaryPlanning;

  public final ChatConversationService conversation;
  public final ChatUpdateIntake intake;
  public final CabinetSyncService sync;
  public final NotificationDispatchService dispatch;

  private final AtomicLong updateIds = new AtomicLong(1);
  private final AtomicLong incomingMessageIds = new AtomicLong(1);

  public InMemoryWorld(Instant start) {
    this(start, DetectionPolicy.defaults(), DispatchPolicy.defaults());
  }

  public InMemoryWorld(Instant start, DetectionPolicy detection, DispatchPolicy dispatchPolicy) {
    this.clock = new MutableClock(start);
    outbox.chatIds(sellers::chatOf);
    BotReplies replies = new BotReplies(detection);
    SellerMenus menus =
        new SellerMenus(
            sellers,
            cabinets,
            runs,
            chat,
            replies,
            cards,
            new SellerApiKeyService(apiKeys, teamOwners, new java.util.Random(20261202), clock));
    TokenOnboarding tokens =
        new TokenOnboarding(
            sellers, cabinets, runs, tokenAttempts, wb, chat, syncRequests, replies, clock);
    TeamConversation teams =
        new TeamConversation(
            sellers, cabinets, runs, teamOwners, teamInvites, chat, BOT_USERNAME, clock);
    this.conversation =
        new ChatConversationService(sellers, processed, chat, tokens, menus, teams, clock);
    this.intake = new ChatUpdateIntake(inbox, conversation, UpdateInboxPolicy.defaults(), clock);
    this.sync =
        new CabinetSyncService(
            cabinets,
            runs,
            wb,
            new MarketStores(cards, orders, sales, stocks, feedbacks, setAside),
            () -> syncPolicy,
            detection,
            SyncSchedule.defaults(),
            new SyncAnnouncements(sellers, chat, replies),
            requestTurns,
            clock,
            tokenCare);
    this.dispatch =
        new NotificationDispatchService(
            outbox,
            outbox,
            sellers,
            cards,
            chat,
            dispatchPolicy,
            clock,
            new InMemoryDispatchTurns(),
            "server-a",
            Runnable::run,
            () -> true,
            figures,
            new DailySummarySending(
                summaries, sellers, cabinets, summaryDays, chat, dispatchPolicy, clock));
    this.summaryPlanning = new DailySummaryPlanning(summaries, clock);
  }

  /** A seller writes to the bot in their private chat (chat id = Telegram id). */
  public void text(long telegramId, String text) {
    conversation.handle(
        new TextReceived(
            updateIds.getAndIncrement(),
            telegramId,
            telegramId,
            incomingMessageIds.getAndIncrement(),
            text,
            "Seller " + telegramId));
  }

  /** A seller presses a button under one of the bot's messages. */
  public void press(long telegramId, long messageId, String data) {
    conversation.handle(
        new ButtonPressed(
            updateIds.getAndIncrement(),
            telegramId,
            telegramId,
            messageId,
            "cb-" + updateIds.get(),
            data));
  }
}
