package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.ForwardingSellerChat;
import com.wbassist.application.fakes.RecordingSellerChat;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.application.service.DispatchPolicy;
import com.wbassist.application.service.NotificationDispatchService;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.notification.Notification;
import com.wbassist.domain.seller.Seller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one database, each with its own chat adapter keeping Telegram's 30 messages a
 * second by itself — as two servers do. Without the cluster's one dispatching turn they would send
 * up to 60 a second together; with it they stay within 30 and send every notification once.
 */
class OneTelegramBudgetTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("one-budget-shop");
  private static final int PER_SECOND = 30;
  private static final int SELLERS = 180;
  private static final int ORDERS = 1;

  @Test
  @DisplayName(
      "two dispatching servers, several sends in flight each, never exceed the bot's 30 messages a second together and never send one notification twice")
  void twoServersShareOneBudget() throws Exception {
    Instant now = Instant.now();
    adapters
        .cabinets()
        .save(
            Cabinet.connect(
                SHOP, "Магазин", new ApiToken("eyJ.t.s"), now.plus(Duration.ofDays(9)), now));
    for (long seller = 1; seller <= SELLERS; seller++) {
      adapters
          .sellers()
          .save(Seller.newcomer(seller, seller, "").linkedTo(SHOP, true, now.minusSeconds(60)));
    }
    String moscowNow =
        LocalDateTime.ofInstant(now, ZoneId.of("Europe/Moscow")).withNano(0).toString();
    List<MarketEvent> events = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      events.add(new OrderPlaced(SHOP, order("B" + i).date(moscowNow).build()));
    }
    adapters
        .orders()
        .store(new StreamBatch<>(leaseOf(SHOP), List.of(), Optional.empty(), events, now));

    List<Departure> departures = Collections.synchronizedList(new ArrayList<>());
    ExecutorService sends = Executors.newFixedThreadPool(8);
    ExecutorService servers = Executors.newFixedThreadPool(2);
    try {
      Future<?> a = servers.submit(() -> dispatchUntilDone("server-a", departures, sends));
      Future<?> b = servers.submit(() -> dispatchUntilDone("server-b", departures, sends));
      a.get(60, TimeUnit.SECONDS);
      b.get(60, TimeUnit.SECONDS);
    } finally {
      servers.shutdownNow();
      sends.shutdownNow();
    }

    assertEquals(
        SELLERS * ORDERS,
        ((Number) query("select count(*) from notification_deliveries where status = 'SENT'"))
            .intValue(),
        "every notification sent");
    assertEquals(SELLERS * ORDERS, departures.size(), "none of them twice");
    List<Long> times = departures.stream().map(Departure::nanos).sorted().toList();
    int busiestSecond = 0;
    for (int first = 0, last = 0; last < times.size(); last++) {
      while (times.get(last) - times.get(first) >= 1_000_000_000L) {
        first++;
      }
      busiestSecond = Math.max(busiestSecond, last - first + 1);
    }
    assertTrue(
        busiestSecond <= PER_SECOND,
        "the busiest second of the cluster carried " + busiestSecond + " messages");
  }

  private void dispatchUntilDone(String server, List<Departure> departures, ExecutorService sends) {
    var dispatcher =
        new NotificationDispatchService(
            adapters.outbox(),
            adapters.deliveries(),
            adapters.sellers(),
            adapters.productCards(),
            new PacedChat(server, departures),
            new DispatchPolicy(
                20,
                Duration.ofMinutes(5),
                Duration.ofHours(24),
                Duration.ofSeconds(30),
                Duration.ofMinutes(10),
                4,
                Duration.ofSeconds(15),
                Duration.ofMinutes(2)),
            Clock.systemUTC(),
            adapters.dispatchTurns(),
            server,
            sends,
            () -> true);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(50);
    while (somethingLeft() && System.nanoTime() < deadline) {
      dispatcher.dispatch();
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }

  private boolean somethingLeft() {
    return ((Number)
                query(
                    "select (select count(*) from outbox_events where expanded_at is null)"
                        + " + (select count(*) from notification_deliveries where status = 'PENDING')"))
            .longValue()
        > 0;
  }

  private record Departure(String server, long nanos, String what) {}

  /**
   * A server's chat adapter: keeps 30 messages a second by itself (as the Telegram adapter's pacer
   * does, for its own server only) and takes 50 ms to answer.
   */
  private static final class PacedChat extends ForwardingSellerChat {
    private final String server;
    private final List<Departure> departures;
    private long nextSlot = System.nanoTime();

    PacedChat(String server, List<Departure> departures) {
      super(new RecordingSellerChat());
      this.server = server;
      this.departures = departures;
    }

    @Override
    public long sendNotification(long chatId, Notification notification) {
      long departure;
      synchronized (this) {
        departure = Math.max(System.nanoTime(), nextSlot);
        nextSlot = departure + 1_000_000_000L / PER_SECOND;
      }
      // The moment the pacer let it leave: a thread that wakes late from its sleep is Telegram's
      // concern no more than a slow network is.
      LockSupport.parkNanos(departure - System.nanoTime());
      departures.add(new Departure(server, departure, chatId + "/" + notification.toString()));
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
      return super.sendNotification(chatId, notification);
    }
  }
}
