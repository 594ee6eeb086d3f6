package com.wbassist.adapter.telegram;

import com.sun.net.httpserver.HttpServer;
import com.wbassist.application.fakes.InMemoryCabinetStore;
import com.wbassist.application.fakes.InMemoryFeedbackStore;
import com.wbassist.application.fakes.InMemoryOrderStore;
import com.wbassist.application.fakes.InMemoryOutbox;
import com.wbassist.application.fakes.InMemoryProcessedUpdates;
import com.wbassist.application.fakes.InMemoryProductCardStore;
import com.wbassist.application.fakes.InMemorySaleStore;
import com.wbassist.application.fakes.InMemorySellerStore;
import com.wbassist.application.fakes.InMemorySetAsideRows;
import com.wbassist.application.fakes.InMemoryStockStore;
import com.wbassist.application.fakes.InMemorySyncRunLog;
import com.wbassist.application.fakes.InMemoryTokenAttempts;
import com.wbassist.application.fakes.InMemoryUpdateInbox;
import com.wbassist.application.fakes.InMemoryWb;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.fakes.RecordingSyncRequests;
import com.wbassist.application.service.CabinetSyncService;
import com.wbassist.application.service.ChatConversationService;
import com.wbassist.application.service.MarketStores;
import com.wbassist.application.service.SellerMenus;
import com.wbassist.application.service.SyncAnnouncements;
import com.wbassist.application.service.SyncSchedule;
import com.wbassist.application.service.TokenOnboarding;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.sync.SyncPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The conversation as it runs in the app, on in-memory ports: Telegram's webhook calls go over HTTP
 * to the real resource (on a JAX-RS runtime), through the real webhook handling to the real
 * conversation service, whose answers go through the real Bot API client to the fake Bot API.
 * Updates are handled on the calling thread, so a POST returns when its answers have been sent.
 */
final class WebhookWorld implements AutoCloseable {
  static final String SECRET = "conversation_secret-1";
  static final String BOT_TOKEN = "777:conversation-token";

  final FakeBotApi telegram = FakeBotApi.start(BOT_TOKEN);
  final MutableClock clock;
  final InMemorySellerStore sellers = new InMemorySellerStore();
  final InMemoryCabinetStore cabinets = new InMemoryCabinetStore();
  final InMemorySyncRunLog runs = new InMemorySyncRunLog(cabinets);
  final RecordingSyncRequests syncRequests = new RecordingSyncRequests();
  final InMemoryWb wb = new InMemoryWb();
  final InMemoryUpdateInbox inbox = new InMemoryUpdateInbox();
  final TelegramSellerChat chat;
  final CabinetSyncService sync;
  private final HttpServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  WebhookWorld(Instant start) {
    clock = new MutableClock(start);
    BotApiSettings settings =
        BotApiSettings.defaults(telegram.url(), BOT_TOKEN).withRates(1000, 1000);
    chat = new TelegramSellerChat(settings, BotApiMethods.httpClient(settings), new FakeTicker());
    BotReplies replies = new BotReplies();
    SellerMenus menus = new SellerMenus(sellers, cabinets, runs, chat, replies);
    TokenOnboarding tokens =
        new TokenOnboarding(
            sellers,
            cabinets,
            runs,
            new InMemoryTokenAttempts(),
            wb,
            chat,
            syncRequests,
            replies,
            clock);
    ChatConversationService conversation =
        new ChatConversationService(
            sellers,
            new InMemoryProcessedUpdates(),
            chat,
            tokens,
            menus,
            new com.wbassist.application.service.TeamConversation(
                sellers,
                cabinets,
                runs,
                new com.wbassist.application.fakes.InMemoryTeamOwners(sellers),
                new com.wbassist.application.fakes.InMemoryTeamInvites(),
                chat,
                "wb_assist_test_bot",
                clock),
            clock);
    InMemoryOutbox outbox = new InMemoryOutbox();
    MarketStores stores =
        new MarketStores(
            new InMemoryProductCardStore(cabinets),
            new InMemoryOrderStore(outbox, cabinets),
            new InMemorySaleStore(outbox, cabinets),
            new InMemoryStockStore(outbox, cabinets),
            new InMemoryFeedbackStore(outbox, cabinets),
            new InMemorySetAsideRows());
    sync =
        new CabinetSyncService(
            cabinets,
            runs,
            wb,
            stores,
            SyncPolicy::defaults,
            DetectionPolicy.defaults(),
            SyncSchedule.defaults(),
            new SyncAnnouncements(sellers, chat, replies),
            new com.wbassist.application.fakes.InMemoryRequestTurns(),
            clock);
    TelegramWebhook webhook =
        new TelegramWebhook(
            SECRET, InboxedUpdates.around(conversation, inbox, clock), Runnable::run);
    server =
        JdkHttpServerFactory.createHttpServer(
            URI.create("http://127.0.0.1:0/"),
            new ResourceConfig().register(new TelegramWebhookResource(webhook)));
  }

  /** Telegram delivers an update; returns the HTTP status the webhook answered with. */
  int deliver(String update) {
    return post(update, SECRET);
  }

  int post(String body, String secret) {
    URI webhook =
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/telegram/webhook");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(webhook)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      request.header(TelegramWebhookResource.SECRET_HEADER, secret);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    telegram.close();
  }
}
