package com.wbassist.application.service;

import com.wbassist.application.port.in.DispatchNotifications;
import com.wbassist.application.port.in.DispatchReport;
import com.wbassist.application.port.out.ChatDeliveryException;
import com.wbassist.application.port.out.ChatMessageRefusedException;
import com.wbassist.application.port.out.ChatRateLimitedException;
import com.wbassist.application.port.out.ChatUnreachableException;
import com.wbassist.application.port.out.DeliveryQueue;
import com.wbassist.application.port.out.DispatchTurn;
import com.wbassist.application.port.out.DispatchTurns;
import com.wbassist.application.port.out.EventOutbox;
import com.wbassist.application.port.out.OutboxEvent;
import com.wbassist.application.port.out.PendingDelivery;
import com.wbassist.application.port.out.ProductCardStore;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.ShopFigures;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.figures.EventFigures;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.notification.Audience;
import com.wbassist.domain.notification.Notification;
import com.wbassist.domain.notification.NotificationRenderer;
import com.wbassist.domain.seller.Seller;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Drains the outbox in two steps. Expansion decides who is told of each event — with the settings
 * as they are at dispatch — and turns it into one delivery per seller in one transaction. Sending
 * renders each delivery and sends it, then marks it sent; only a crash between those two can repeat
 * a message — at most {@link DispatchPolicy#concurrency()} of them, the sends in flight. A send
 * that fails is tried again later, until the notification is older than the policy's give-up age;
 * while Telegram does not answer, the {@link BotApiBreaker} pauses sending (the deliveries wait,
 * none is failed for it).
 *
 * <p>One server of the cluster dispatches at a time: a run first takes the cluster's dispatching
 * turn ({@link DispatchTurns}) and does nothing when another server holds it, so however many
 * servers run, the bot's messages leave through one chat adapter and its pace of Telegram's 30 a
 * second. The holder renews the turn as it works and starts no send once the turn or the claim
 * holding the delivery could run out before the send ends; what it could not start it hands back.
 *
 * <p>Once no live delivery waits, the run sends one small batch of daily summaries ({@link
 * DailySummarySending}) and looks for news again before the next, so the 09:00 wave of summaries
 * holds news up by one batch at most (decision 0624).
 */
public final class NotificationDispatchService implements DispatchNotifications {
  private static final Logger LOG = System.getLogger(NotificationDispatchService.class.getName());

  private final EventOutbox outbox;
  private final DeliveryQueue deliveries;
  private final SellerStore sellers;
  private final ProductCardStore cards;
  private final SellerChat chat;
  private final DispatchPolicy policy;
  private final Clock clock;
  private final DispatchTurns turns;
  private final String server;
  private final Executor sends;
  private final BooleanSupplier running;
  private final Optional<DailySummarySending> summaries;

  /** The numbers beside each notification; {@code null}: notifications show none. */
  private final ShopFigures figures;

  /** Pauses sending while Telegram does not answer: one per dispatcher. */
  private final BotApiBreaker breaker = BotApiBreaker.defaults();

  private final Audience audience = new Audience();
  private final NotificationRenderer renderer = new NotificationRenderer();

  /**
   * @param turns the cluster's dispatching turn
   * @param server this server's name among the turn's holders, unique to its run
   * @param sends where sends run, {@link DispatchPolicy#concurrency()} at a time
   * @param running false once the application is stopping: dispatch then starts no more sends, and
   *     hands back what it had claimed
   */
  public NotificationDispatchService(
      EventOutbox outbox,
      DeliveryQueue deliveries,
      SellerStore sellers,
      ProductCardStore cards,
      SellerChat chat,
      DispatchPolicy policy,
      Clock clock,
      DispatchTurns turns,
      String server,
      Executor sends,
      BooleanSupplier running) {
    this(
        outbox,
        deliveries,
        sellers,
        cards,
        chat,
        policy,
        clock,
        turns,
        server,
        sends,
        running,
        null,
        null);
  }

  /**
   * @param figures the shop's numbers shown beside each notification, asked once per event a run
   * @param summaries sends the daily summaries while no live news waits, {@code null} for none
   */
  public NotificationDispatchService(
      EventOutbox outbox,
      DeliveryQueue deliveries,
      SellerStore sellers,
      ProductCardStore cards,
      SellerChat chat,
      DispatchPolicy policy,
      Clock clock,
      DispatchTurns turns,
      String server,
      Executor sends,
      BooleanSupplier running,
      ShopFigures figures,
      DailySummarySending summaries) {
    this.figures = figures;
    this.summaries = Optional.ofNullable(summaries);
    this.outbox = outbox;
    this.deliveries = deliveries;
    this.sellers = sellers;
    this.cards = cards;
    this.chat = chat;
    this.policy = policy;
    this.clock = clock;
    this.turns = turns;
    this.server = server;
    this.sends = sends;
    this.running = running;
  }

  @Override
  public DispatchReport dispatch() {
    Optional<DispatchTurn> taken = turns.take(server, clock.instant(), policy.turn());
    if (taken.isEmpty()) {
      // Another server dispatches now; what this one's syncs found goes out through it.
      return new DispatchReport(0, Map.of(), 0, 0, Duration.ZERO);
    }
    Turn turn = new Turn(taken.get());
    try {
      return dispatchUnder(turn);
    } finally {
      turn.giveBack();
    }
  }

  private DispatchReport dispatchUnder(Turn turn) {
    Map<EventType, Integer> expanded = new EnumMap<>(EventType.class);
    Tally tally = new Tally();
    Lookups lookups = new Lookups();
    List<PendingDelivery> batch;
    boolean goOn = true;
    do {
      expand(turn).forEach((type, count) -> expanded.merge(type, count, Integer::sum));
      // Deliveries that failed are rescheduled into the future, and those not started are handed
      // back only when the run stops, so every claim brings new work and the loop ends.
      while (goOn
          && running.getAsBoolean()
          && turn.holds()
          && breaker.allows(clock.instant())
          && !(batch = deliveries.claimPending(policy.batchSize(), clock.instant(), policy.lease()))
              .isEmpty()) {
        goOn = sendBatch(batch, clock.instant(), turn, tally, lookups);
      }
      // Live news is out: one small batch of daily summaries, then news again, so a summary
      // never holds news up for more than one batch.
    } while (goOn && running.getAsBoolean() && turn.holds() && sentSummaries(turn));
    int events = expanded.values().stream().mapToInt(Integer::intValue).sum();
    return new DispatchReport(events, expanded, tally.sent.get(), tally.failed.get(), tally.lag());
  }

  private boolean sentSummaries(Turn turn) {
    return breaker.allows(clock.instant())
        && summaries.isPresent()
        && summaries
            .get()
            .sendBatch(
                sends,
                claimedAt ->
                    running.getAsBoolean()
                        && turn.heldFor(clock.instant())
                        && clock.instant().isBefore(policy.lastStart(turn.until(), claimedAt)),
                breaker);
  }

  private Map<EventType, Integer> expand(Turn turn) {
    Map<EventType, Integer> expanded = new EnumMap<>(EventType.class);
    Map<CabinetId, List<Seller>> linked = new HashMap<>();
    List<OutboxEvent> events;
    while (turn.holds()
        && !(events = outbox.claimUnexpanded(policy.batchSize(), clock.instant(), policy.lease()))
            .isEmpty()) {
      for (OutboxEvent event : events) {
        List<Seller> candidates =
            linked.computeIfAbsent(event.event().cabinet(), sellers::linkedTo);
        List<Long> recipients =
            audience.of(event.event(), event.detectedAt(), candidates).stream()
                .map(Seller::telegramId)
                .toList();
        outbox.expand(event.id(), recipients, clock.instant());
        expanded.merge(event.event().type(), 1, Integer::sum);
      }
    }
    return expanded;
  }

  /**
   * Sends a claimed batch, up to the policy's concurrency at once. A batch holds at most one
   * delivery per seller (the queue's rule), so sends in flight together never reorder one seller's
   * messages.
   *
   * @return false when the run must stop: stopping, the turn lost, or Telegram paused
   */
  private boolean sendBatch(
      List<PendingDelivery> batch, Instant claimedAt, Turn turn, Tally tally, Lookups lookups) {
    Semaphore inFlight = new Semaphore(policy.concurrency());
    List<Long> notStarted = new ArrayList<>();
    boolean goOn = true;
    for (PendingDelivery delivery : batch) {
      Instant now = clock.instant();
      if (!goOn
          || !running.getAsBoolean()
          || !turn.heldFor(now)
          || !now.isBefore(policy.lastStart(turn.until(), claimedAt))) {
        goOn = false;
        notStarted.add(delivery.id());
        continue;
      }
      if (!breaker.allows(now)) {
        // Telegram is down: what this run had claimed waits for the end of the pause.
        deliveries.markFailed(
            delivery.id(), "Telegram unavailable: sending paused", breaker.pausedUntil(), now);
        continue;
      }
      Optional<Runnable> send = prepare(delivery, lookups, tally);
      if (send.isEmpty()) {
        continue;
      }
      inFlight.acquireUninterruptibly();
      try {
        sends.execute(
            () -> {
              try {
                send.get().run();
              } finally {
                inFlight.release();
              }
            });
      } catch (RejectedExecutionException stopping) {
        inFlight.release();
        goOn = false;
        notStarted.add(delivery.id());
      }
    }
    // Wait for the sends in flight: the next claim must see their outcome.
    inFlight.acquireUninterruptibly(policy.concurrency());
    inFlight.release(policy.concurrency());
    if (!notStarted.isEmpty()) {
      deliveries.unclaim(notStarted);
    }
    return goOn;
  }

  /**
   * Looks up the recipient and renders the message on the dispatching thread (the stores are asked
   * one at a time); empty when there is nothing to send.
   */
  private Optional<Runnable> prepare(PendingDelivery delivery, Lookups lookups, Tally tally) {
    Optional<Seller> seller = sellers.find(delivery.telegramId());
    if (seller.isEmpty() || !seller.get().active()) {
      // Blocked the bot after the event was expanded: never sent, unless they come back before the
      // next try.
      deliveries.markFailed(delivery.id(), "recipient blocked the bot", null, clock.instant());
      tally.failed.incrementAndGet();
      return Optional.empty();
    }
    var event = delivery.event().event();
    Optional<ProductCard> card =
        lookups.cards.computeIfAbsent(
            event.cabinet() + "/" + event.nmId(), key -> cards.card(event.cabinet(), event.nmId()));
    Notification notification =
        renderer.render(
            event,
            card,
            lookups.figures.computeIfAbsent(delivery.event().id(), id -> figuresOf(event)));
    return Optional.of(() -> send(delivery, seller.get(), notification, tally));
  }

  /**
   * The event's figures; none when they cannot be computed — the seller would rather have the news
   * without its numbers than wait for them.
   */
  private EventFigures figuresOf(MarketEvent event) {
    if (figures == null) {
      return EventFigures.none();
    }
    try {
      return figures.ofEvent(event);
    } catch (RuntimeException failed) {
      LOG.log(
          Level.WARNING,
          "figures of " + event.type() + " " + event.key() + " not computed, sent without them",
          failed);
      return EventFigures.none();
    }
  }

  private void send(
      PendingDelivery delivery, Seller seller, Notification notification, Tally tally) {
    try {
      long messageId = chat.sendNotification(seller.chatId(), notification);
      deliveries.markSent(delivery.id(), messageId, clock.instant());
      breaker.succeeded();
      tally.sent(Duration.between(delivery.event().detectedAt(), clock.instant()));
      return;
    } catch (ChatUnreachableException gone) {
      sellers.save(seller.unreachable());
      deliveries.markFailed(delivery.id(), gone.getMessage(), null, clock.instant());
    } catch (ChatMessageRefusedException refused) {
      deliveries.markFailed(delivery.id(), refused.getMessage(), null, clock.instant());
    } catch (ChatRateLimitedException wait) {
      // Telegram named the wait: exactly that, however long, and it is no sign of an outage.
      retryLater(delivery, wait.getMessage(), wait.retryAfter());
    } catch (ChatDeliveryException failed) {
      breaker.failed(clock.instant());
      retryLater(delivery, failed.getMessage(), policy.backoffAfter(delivery.attempts() + 1));
    }
    tally.failed.incrementAndGet();
  }

  /** Again after {@code wait}, unless by then the notification is past its give-up age. */
  private void retryLater(PendingDelivery delivery, String error, Duration wait) {
    Instant now = clock.instant();
    Instant retryAt = policy.retryAt(delivery.event().detectedAt(), now, wait).orElse(null);
    deliveries.markFailed(delivery.id(), error, retryAt, now);
  }

  /** The turn this run holds, renewed a third of a term after its last renewal. */
  private final class Turn {
    private DispatchTurn held;
    private Instant renewedAt;
    private boolean lost;

    Turn(DispatchTurn taken) {
      this.held = taken;
      this.renewedAt = clock.instant();
    }

    Instant until() {
      return held.until();
    }

    /** Whether the turn is still this run's, renewing it when it is due. */
    boolean holds() {
      return heldFor(clock.instant());
    }

    boolean heldFor(Instant now) {
      if (lost) {
        return false;
      }
      if (!now.isBefore(renewedAt.plus(policy.turn().dividedBy(3)))) {
        Optional<DispatchTurn> renewed = turns.renew(held, now, policy.turn());
        if (renewed.isEmpty()) {
          lost = true;
          return false;
        }
        held = renewed.get();
        renewedAt = now;
      }
      return true;
    }

    void giveBack() {
      if (!lost) {
        turns.giveBack(held, clock.instant(), DispatchPolicy.QUIET_GAP);
      }
    }
  }

  /**
   * What a run looked up once for all its deliveries: the cards by article, the figures by event
   * (every seller told of an event reads the same numbers).
   */
  private static final class Lookups {
    final Map<String, Optional<ProductCard>> cards = new HashMap<>();
    final Map<Long, EventFigures> figures = new HashMap<>();
  }

  /** What a run's sends did, counted from the threads they ran on. */
  private static final class Tally {
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicReference<Duration> longestLag = new AtomicReference<>(Duration.ZERO);

    void sent(Duration lag) {
      sent.incrementAndGet();
      longestLag.accumulateAndGet(lag, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    Duration lag() {
      return longestLag.get();
    }
  }
}
