package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.fakes.RecordingSellerChat;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.application.service.DispatchPolicy;
import com.wbassist.application.service.NotificationDispatchService;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.seller.Seller;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two servers dispatching from one database at the same time: every notification is sent exactly
 * once, because events and deliveries are claimed with leases ({@code FOR UPDATE SKIP LOCKED}).
 */
class ConcurrentDispatchTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("two-dispatchers-shop");
  private static final Instant NOW = moscow("2026-11-18T10:00:00");

  @Test
  @DisplayName(
      "two dispatchers running at once never send one notification twice and never skip one")
  void twoDispatchers() throws Exception {
    adapters
        .cabinets()
        .save(
            Cabinet.connect(
                SHOP, "Магазин", new ApiToken("eyJ.t.s"), NOW.plus(Duration.ofDays(9)), NOW));
    for (long seller = 1; seller <= 3; seller++) {
      adapters
          .sellers()
          .save(Seller.newcomer(seller, seller, "").linkedTo(SHOP, true, NOW.minusSeconds(60)));
    }
    List<MarketEvent> events = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      events.add(new OrderPlaced(SHOP, order("O" + i).build()));
    }
    adapters
        .orders()
        .store(new StreamBatch<>(leaseOf(SHOP), List.of(), Optional.empty(), events, NOW));

    RecordingSellerChat chat = new RecordingSellerChat();
    MutableClock clock = new MutableClock(NOW);
    DispatchPolicy smallBatches =
        new DispatchPolicy(
            7,
            Duration.ofMinutes(2),
            Duration.ofHours(24),
            Duration.ofSeconds(30),
            Duration.ofMinutes(10));
    Callable<Integer> server =
        () ->
            new NotificationDispatchService(
                    adapters.outbox(),
                    adapters.deliveries(),
                    adapters.sellers(),
                    adapters.productCards(),
                    chat,
                    smallBatches,
                    clock,
                    adapters.dispatchTurns(),
                    "server-a",
                    Runnable::run,
                    () -> true)
                .dispatch()
                .sent();

    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> first = two.submit(server);
      Future<Integer> second = two.submit(server);
      int sent = first.get() + second.get();
      assertEquals(180, sent, "60 events × 3 sellers, between the two servers");
    } finally {
      two.shutdownNow();
    }
    assertEquals(180, chat.notifications().size(), "Telegram got each notification once");
    assertEquals(
        180L,
        ((Number) query("select count(*) from notification_deliveries where status = 'SENT'"))
            .longValue());
  }

  @Test
  @DisplayName(
      "a server that dies holding deliveries loses none: once its lease runs out another server sends them, once")
  void deadServersWorkIsTakenOver() {
    adapters
        .cabinets()
        .save(
            Cabinet.connect(
                SHOP, "Магазин", new ApiToken("eyJ.t.s"), NOW.plus(Duration.ofDays(9)), NOW));
    adapters.sellers().save(Seller.newcomer(1, 1, "").linkedTo(SHOP, true, NOW.minusSeconds(60)));
    List<MarketEvent> events = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      events.add(new OrderPlaced(SHOP, order("D" + i).build()));
    }
    adapters
        .orders()
        .store(new StreamBatch<>(leaseOf(SHOP), List.of(), Optional.empty(), events, NOW));
    Duration lease = Duration.ofMinutes(2);
    // The dying server expanded the events and claimed the deliveries, then crashed before sending
    // any.
    adapters
        .outbox()
        .claimUnexpanded(10, NOW, lease)
        .forEach(e -> adapters.outbox().expand(e.id(), List.of(1L), NOW));
    // A seller's deliveries are claimed one at a time: it held the oldest, the others wait behind.
    assertEquals(1, adapters.deliveries().claimPending(10, NOW, lease).size());

    RecordingSellerChat chat = new RecordingSellerChat();
    MutableClock clock = new MutableClock(NOW.plusSeconds(30));
    var survivor =
        new NotificationDispatchService(
            adapters.outbox(),
            adapters.deliveries(),
            adapters.sellers(),
            adapters.productCards(),
            chat,
            new DispatchPolicy(
                10, lease, Duration.ofHours(24), Duration.ofSeconds(30), Duration.ofMinutes(10)),
            clock,
            adapters.dispatchTurns(),
            "server-a",
            Runnable::run,
            () -> true);
    assertEquals(
        0,
        survivor.dispatch().sent(),
        "still leased by the dead server, and the rest waits for it");
    clock.set(NOW.plus(lease).plusSeconds(1));
    assertEquals(5, survivor.dispatch().sent());
    assertEquals(0, survivor.dispatch().sent());
    assertEquals(5, chat.notifications().size());
    var history = adapters.recentDeliveries(SHOP, 3);
    assertEquals(3, history.size(), "the newest three, for the admin API");
    assertEquals("SENT", history.get(0).status());
    assertEquals("NEW_ORDER", history.get(0).type());
    assertEquals(1L, history.get(0).telegramId());
    assertEquals(
        5L,
        ((Number) query("select count(*) from notification_deliveries where status = 'SENT'"))
            .longValue());
  }
}
