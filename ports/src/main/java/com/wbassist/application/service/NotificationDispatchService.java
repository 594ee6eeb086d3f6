package com.wbassist.application.service;

import com.wbassist.application.port.in.DispatchNotifications;
import com.wbassist.application.port.in.DispatchReport;
import com.wbassist.application.port.out.ChatDeliveryException;
import com.wbassist.application.port.out.ChatMessageRefusedException;
import com.wbassist.application.port.out.ChatRateLimitedException;
import com.wbassist.application.port.out.ChatUnreachableException;
import com.wbassist.application.port.out.DeliveryQueue;
import com.wbassist.application.port.out.EventOutbox;
import com.wbassist.application.port.out.OutboxEvent;
import com.wbassist.application.port.out.PendingDelivery;
import com.wbassist.application.port.out.ProductCardStore;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.notification.Audience;
import com.wbassist.domain.notification.Notification;
import com.wbassist.domain.notification.NotificationRenderer;
import com.wbassist.domain.seller.Seller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Drains the outbox in two steps. Expansion decides who is told of each event — with the settings
 * as they are at dispatch — and turns it into one delivery per seller in one transaction. Sending
 * renders each delivery and sends it, then marks it sent; only a crash between those two can repeat
 * a message. A send that fails is tried again later, until the notification is older than the
 * policy's give-up age; while Telegram does not answer, the {@link BotApiBreaker} pauses sending
 * (the deliveries wait, none is failed for it).
 */
public final class NotificationDispatchService implements DispatchNotifications {
  private final EventOutbox outbox;
  private final DeliveryQueue deliveries;
  private final SellerStore sellers;
  private final ProductCardStore cards;
  private final SellerChat chat;
  private final DispatchPolicy policy;
  private final Clock clock;
  private final BooleanSupplier running;

  /** Pauses sending while Telegram does not answer: one per dispatcher. */
  private final BotApiBreaker breaker = BotApiBreaker.defaults();

  private final Audience audience = new Audience();
  private final NotificationRenderer renderer = new NotificationRenderer();

  public NotificationDispatchService(
      EventOutbox outbox,
      DeliveryQueue deliveries,
      SellerStore sellers,
      ProductCardStore cards,
      SellerChat chat,
      DispatchPolicy policy,
      Clock clock) {
    this(outbox, deliveries, sellers, cards, chat, policy, clock, () -> true);
  }

  /**
   * @param running false once the application is stopping: dispatch then stops between two
   *     messages, and the deliveries it had claimed are taken over by the next dispatch once their
   *     lease runs out
   */
  public NotificationDispatchService(
      EventOutbox outbox,
      DeliveryQueue deliveries,
      SellerStore sellers,
      ProductCardStore cards,
      SellerChat chat,
      DispatchPolicy policy,
      Clock clock,
      BooleanSupplier running) {
    this.outbox = outbox;
    this.deliveries = deliveries;
    this.sellers = sellers;
    this.cards = cards;
    this.chat = chat;
    this.policy = policy;
    this.clock = clock;
    this.running = running;
  }

  @Override
  public DispatchReport dispatch() {
    Map<EventType, Integer> expanded = expand();
    int sent = 0;
    int failed = 0;
    Duration longestLag = Duration.ZERO;
    Map<String, Optional<ProductCard>> cardCache = new HashMap<>();
    List<PendingDelivery> batch;
    // Deliveries that failed are rescheduled into the future, so every claim brings new work and
    // the loop ends.
    while (running.getAsBoolean()
        && breaker.allows(clock.instant())
        && !(batch = deliveries.claimPending(policy.batchSize(), clock.instant(), policy.lease()))
            .isEmpty()) {
      for (PendingDelivery delivery : batch) {
        if (!running.getAsBoolean()) {
          break;
        }
        if (!breaker.allows(clock.instant())) {
          // Telegram is down: what this run had claimed waits for the end of the pause.
          deliveries.markFailed(
              delivery.id(),
              "Telegram unavailable: sending paused",
              breaker.pausedUntil(),
              clock.instant());
          continue;
        }
        if (send(delivery, cardCache)) {
          sent++;
          Duration lag = Duration.between(delivery.event().detectedAt(), clock.instant());
          longestLag = lag.compareTo(longestLag) > 0 ? lag : longestLag;
        } else {
          failed++;
        }
      }
    }
    int events = expanded.values().stream().mapToInt(Integer::intValue).sum();
    return new DispatchReport(events, expanded, sent, failed, longestLag);
  }

  private Map<EventType, Integer> expand() {
    Map<EventType, Integer> expanded = new EnumMap<>(EventType.class);
    Map<CabinetId, List<Seller>> linked = new HashMap<>();
    List<OutboxEvent> events;
    while (!(events = outbox.claimUnexpanded(policy.batchSize(), clock.instant(), policy.lease()))
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

  private boolean send(PendingDelivery delivery, Map<String, Optional<ProductCard>> cardCache) {
    Instant now = clock.instant();
    Optional<Seller> seller = sellers.find(delivery.telegramId());
    if (seller.isEmpty() || !seller.get().active()) {
      // Blocked the bot after the event was expanded: never sent, unless they come back before the
      // next try.
      deliveries.markFailed(delivery.id(), "recipient blocked the bot", null, now);
      return false;
    }
    var event = delivery.event().event();
    Optional<ProductCard> card =
        cardCache.computeIfAbsent(
            event.cabinet() + "/" + event.nmId(), key -> cards.card(event.cabinet(), event.nmId()));
    Notification notification = renderer.render(event, card);
    try {
      long messageId = chat.sendNotification(seller.get().chatId(), notification);
      deliveries.markSent(delivery.id(), messageId, clock.instant());
      breaker.succeeded();
      return true;
    } catch (ChatUnreachableException gone) {
      sellers.save(seller.get().unreachable());
      deliveries.markFailed(delivery.id(), gone.getMessage(), null, clock.instant());
      return false;
    } catch (ChatMessageRefusedException refused) {
      deliveries.markFailed(delivery.id(), refused.getMessage(), null, clock.instant());
      return false;
    } catch (ChatRateLimitedException wait) {
      // Telegram named the wait: exactly that, however long, and it is no sign of an outage.
      retryLater(delivery, wait.getMessage(), wait.retryAfter());
      return false;
    } catch (ChatDeliveryException failed) {
      breaker.failed(clock.instant());
      retryLater(delivery, failed.getMessage(), policy.backoffAfter(delivery.attempts() + 1));
      return false;
    }
  }

  /** Again after {@code wait}, unless by then the notification is past its give-up age. */
  private void retryLater(PendingDelivery delivery, String error, Duration wait) {
    Instant now = clock.instant();
    Instant retryAt = policy.retryAt(delivery.event().detectedAt(), now, wait).orElse(null);
    deliveries.markFailed(delivery.id(), error, retryAt, now);
  }
}
