package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.ForwardingSellerChat;
import com.wbassist.application.fakes.InMemoryDispatchTurns;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.application.fakes.RecordingSellerChat;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.notification.Notification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The cluster's one dispatching turn: one server sends at a time, a dead holder's turn is taken
 * over once it runs out, and a holder that outlived its turn starts no more sends.
 */
class OneDispatcherAtATimeTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private static final int TEAM = 6;

  private final DispatchPolicy policy = DispatchPolicy.defaults();
  private final InMemoryWorld world = new InMemoryWorld(NOW, DetectionPolicy.defaults(), policy);
  private final InMemoryDispatchTurns turns = new InMemoryDispatchTurns();

  @BeforeEach
  void teamOfSix() {
    world.wb.account(SHOP, "ИП Тестов", "");
    world.wb.holds(SHOP, CabinetData.empty());
    String token = FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180)));
    for (long person = 1001; person < 1001 + TEAM; person++) {
      world.text(person, "/start");
      world.text(person, token);
    }
    world.sync.syncNow(SHOP);
    world.chat.clear();
    world.clock.advance(Duration.ofMinutes(5));
    Order order = order("A").date("2026-11-18T09:04:00").changed("2026-11-18T09:04:00").build();
    world.wb.holds(
        SHOP,
        new CabinetData(List.of(order), List.of(), List.of(), List.of(), List.of(), List.of()));
    world.sync.syncNow(SHOP);
  }

  private NotificationDispatchService server(String name, SellerChat chat) {
    return new NotificationDispatchService(
        world.outbox,
        world.outbox,
        world.sellers,
        world.cards,
        chat,
        policy,
        world.clock,
        turns,
        name,
        Runnable::run,
        () -> true);
  }

  @Test
  @DisplayName(
      "while one server holds the turn another sends nothing; a dead holder's turn is taken over once it runs out")
  void oneAtATime() {
    turns.take("dead-server", world.clock.instant(), policy.turn());
    RecordingSellerChat chat = new RecordingSellerChat();
    NotificationDispatchService b = server("server-b", chat);

    assertEquals(0, b.dispatch().sent(), "the turn is the dead server's");
    world.clock.advance(policy.turn());
    assertEquals(TEAM, b.dispatch().sent(), "run out: taken over");
    assertEquals(TEAM, chat.notifications().size());
  }

  @Test
  @DisplayName(
      "a holder that outlived its turn starts no more sends and hands back what it had claimed: the next holder sends it at once, each message once")
  void stalledHolderStops() {
    RecordingSellerChat bChat = new RecordingSellerChat();
    NotificationDispatchService b = server("server-b", bChat);
    RecordingSellerChat aChat = new RecordingSellerChat();
    // Server A's first send hangs past its turn; meanwhile server B takes the turn over and sends.
    AtomicInteger aSends = new AtomicInteger();
    SellerChat stallingChat =
        new DelegatingChat(
            aChat,
            chatId -> {
              if (aSends.incrementAndGet() == 1) {
                world.clock.advance(policy.turn().plusSeconds(1));
                assertEquals(0, b.dispatch().sent(), "what A claimed is A's while it may send");
              }
              return chatId;
            });

    assertEquals(1, server("server-a", stallingChat).dispatch().sent());
    assertEquals(1, aChat.notifications().size(), "A started nothing after its turn ran out");
    assertEquals(TEAM - 1, b.dispatch().sent(), "handed back by A: sent by B at once");
    assertEquals(TEAM, aChat.notifications().size() + bChat.notifications().size());
    assertEquals(TEAM, world.outbox.sent().size(), "each delivery sent once");
  }

  @Test
  @DisplayName(
      "the holder keeps several sends in flight, at most the policy's concurrency, and each seller's messages stay in order")
  void severalInFlight() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    RecordingSellerChat chat = new RecordingSellerChat();
    SellerChat slowChat =
        new DelegatingChat(
            chat,
            chatId -> {
              most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
              try {
                Thread.sleep(100);
              } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
              }
              inFlight.decrementAndGet();
              return chatId;
            });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      var dispatcher =
          new NotificationDispatchService(
              world.outbox,
              world.outbox,
              world.sellers,
              world.cards,
              slowChat,
              policy.withConcurrency(3),
              world.clock,
              turns,
              "server-a",
              pool,
              () -> true);
      assertEquals(TEAM, dispatcher.dispatch().sent());
    } finally {
      pool.shutdown();
      assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
    }
    assertEquals(3, most.get(), "three at once, never more");
    assertEquals(TEAM, chat.notifications().size());
  }

  /** A chat that runs a step before each notification it passes on. */
  private static final class DelegatingChat extends ForwardingSellerChat {
    private final LongUnaryOperator beforeSend;

    DelegatingChat(SellerChat chat, LongUnaryOperator beforeSend) {
      super(chat);
      this.beforeSend = beforeSend;
    }

    @Override
    public long sendNotification(long chatId, Notification notification) {
      return super.sendNotification(beforeSend.applyAsLong(chatId), notification);
    }
  }
}
