package com.wbassist.application.service;

import com.wbassist.application.port.in.DeliverWebhooks;
import com.wbassist.application.port.out.ClaimedWebhook;
import com.wbassist.application.port.out.HostResolver;
import com.wbassist.application.port.out.WebhookAttempt;
import com.wbassist.application.port.out.WebhookDeliveries;
import com.wbassist.application.port.out.WebhookSubscriptions;
import com.wbassist.application.port.out.WebhookTransport;
import com.wbassist.application.port.out.WebhookTransport.Answer;
import com.wbassist.domain.webhook.WebhookDestination;
import com.wbassist.domain.webhook.WebhookSignature;
import com.wbassist.domain.webhook.WebhookSubscription;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;

/**
 * Sends due webhook deliveries, {@link WebhookPolicy#concurrency()} at a time on an executor of
 * their own — never Telegram dispatch's or sync's, so a slow receiver slows only webhooks. Each
 * attempt checks the URL again, resolves its host again and checks every address, then sends to
 * those checked addresses only; a refused destination is a failed attempt like any other. A
 * delivery that fails is retried on the policy's schedule and given up a day after its first
 * attempt; a subscription failing for a day is paused and its owner told once ({@link
 * PausedWebhookNotice}).
 */
public final class WebhookDeliveryService implements DeliverWebhooks {
  static final String USER_AGENT = "WB-Assist-Webhooks/1";

  private final WebhookDeliveries deliveries;
  private final WebhookSubscriptions subscriptions;
  private final HostResolver resolver;
  private final WebhookTransport transport;
  private final WebhookDestination destination;
  private final PausedWebhookNotice notice;
  private final WebhookPolicy policy;
  private final RandomGenerator random;
  private final Clock clock;
  private final Executor sends;
  private final BooleanSupplier running;

  /**
   * @param random the retries' jitter (any generator; used under a lock)
   * @param sends the deliveries' own threads, at least {@link WebhookPolicy#concurrency()}
   * @param running false once the application stops: no more attempts start
   */
  public WebhookDeliveryService(
      WebhookDeliveries deliveries,
      WebhookSubscriptions subscriptions,
      HostResolver resolver,
      WebhookTransport transport,
      WebhookDestination destination,
      PausedWebhookNotice notice,
      WebhookPolicy policy,
      RandomGenerator random,
      Clock clock,
      Executor sends,
      BooleanSupplier running) {
    this.deliveries = deliveries;
    this.subscriptions = subscriptions;
    this.resolver = resolver;
    this.transport = transport;
    this.destination = destination;
    this.notice = notice;
    this.policy = policy;
    this.random = random;
    this.clock = clock;
    this.sends = sends;
    this.running = running;
  }

  /**
   * Claims as many deliveries as there are free sending slots, whenever one frees: a slow receiver
   * holds only its own slots — at most its subscription's share ({@link
   * WebhookPolicy#perSubscription()}) — the others go on being claimed and sent. Each claimed
   * delivery starts at once, so no claim waits behind others and outlives its lease.
   */
  @Override
  public WebhookReport deliver() {
    Instant end = clock.instant().plus(policy.runFor());
    AtomicInteger delivered = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger paused = new AtomicInteger();
    int concurrency = policy.concurrency();
    Semaphore slots = new Semaphore(concurrency);
    try {
      while (running.getAsBoolean() && clock.instant().isBefore(end)) {
        if (!slots.tryAcquire(1, TimeUnit.SECONDS)) {
          continue; // every slot busy with a receiver
        }
        int free = 1 + slots.drainPermits();
        List<ClaimedWebhook> batch =
            deliveries.claim(
                Math.min(free, policy.batchSize()),
                policy.perSubscription(),
                clock.instant(),
                policy.lease());
        slots.release(free - batch.size());
        if (batch.isEmpty()) {
          if (slots.availablePermits() == concurrency) {
            break; // nothing due, nothing in flight
          }
          // Something is in flight, and what is due may wait only for its subscription's share:
          // look again as soon as one more slot frees, or in a second.
          int idle = slots.availablePermits();
          if (slots.tryAcquire(idle + 1, 1, TimeUnit.SECONDS)) {
            slots.release(idle + 1);
          }
          continue;
        }
        if (!start(batch, slots, delivered, failed, paused)) {
          break;
        }
      }
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    } finally {
      // The run ends when its attempts have: their outcomes are written before the next run.
      slots.acquireUninterruptibly(concurrency);
      slots.release(concurrency);
    }
    return new WebhookReport(delivered.get(), failed.get(), paused.get());
  }

  /**
   * Starts each claimed delivery on its own thread, one slot each (already taken); false when the
   * executor refuses (the application stops): what was not started is handed back.
   */
  private boolean start(
      List<ClaimedWebhook> batch,
      Semaphore slots,
      AtomicInteger delivered,
      AtomicInteger failed,
      AtomicInteger paused) {
    List<Long> notStarted = new ArrayList<>();
    for (ClaimedWebhook claimed : batch) {
      if (!notStarted.isEmpty() || !running.getAsBoolean()) {
        slots.release();
        notStarted.add(claimed.id());
        continue;
      }
      try {
        sends.execute(
            () -> {
              try {
                Outcome outcome = attempt(claimed);
                (outcome == Outcome.DELIVERED ? delivered : failed).incrementAndGet();
                if (outcome == Outcome.PAUSED) {
                  paused.incrementAndGet();
                }
              } finally {
                slots.release();
              }
            });
      } catch (RejectedExecutionException stopping) {
        slots.release();
        notStarted.add(claimed.id());
      }
    }
    if (!notStarted.isEmpty()) {
      deliveries.unclaim(notStarted);
      return false;
    }
    return true;
  }

  private enum Outcome {
    DELIVERED,
    FAILED,
    PAUSED
  }

  /** One attempt; never throws (a failure of this server's own is a failed attempt too). */
  private Outcome attempt(ClaimedWebhook claimed) {
    Instant now = clock.instant();
    Attempted attempted;
    try {
      attempted = send(claimed, now);
    } catch (RuntimeException unexpected) {
      attempted = new Attempted(null, "not sent: " + unexpected.getClass().getSimpleName());
    }
    WebhookAttempt attempt = new WebhookAttempt(now, attempted.status(), attempted.excerpt());
    if (attempted.accepted()) {
      deliveries.delivered(claimed.id(), attempt);
      subscriptions.succeeded(claimed.subscriptionId());
      return Outcome.DELIVERED;
    }
    Instant first = claimed.firstAttemptAt() == null ? now : claimed.firstAttemptAt();
    Optional<Instant> retryAt;
    synchronized (random) {
      retryAt = policy.retries().next(claimed.attempts() + 1, first, clock.instant(), random);
    }
    deliveries.failed(claimed.id(), attempt, retryAt.orElse(null));
    return pauseIfFailingForADay(claimed.subscriptionId(), now) ? Outcome.PAUSED : Outcome.FAILED;
  }

  private Attempted send(ClaimedWebhook claimed, Instant now) {
    WebhookDestination.Checked<URI> url = destination.url(claimed.url().toString());
    if (!url.isOk()) {
      return new Attempted(null, "not sent: " + url.refusal());
    }
    List<InetAddress> addresses;
    try {
      addresses = resolver.resolve(url.value().getHost());
    } catch (UnknownHostException unknown) {
      return new Attempted(null, "not sent: the host is not found in DNS");
    }
    Optional<String> refused = destination.refusal(addresses);
    if (refused.isPresent()) {
      return new Attempted(null, "not sent: " + refused.get());
    }
    long timestamp = now.getEpochSecond();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json; charset=utf-8");
    headers.put("User-Agent", USER_AGENT);
    headers.put(WebhookSignature.EVENT_HEADER, claimed.eventType());
    headers.put(WebhookSignature.DELIVERY_HEADER, Long.toString(claimed.id()));
    headers.put(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
    headers.put(
        WebhookSignature.SIGNATURE_HEADER,
        WebhookSignature.sign(claimed.secret(), timestamp, claimed.body()));
    try {
      Answer answer = transport.post(url.value(), addresses, headers, claimed.body());
      return new Attempted(answer.statusCode(), answer.excerpt());
    } catch (IOException noAnswer) {
      return new Attempted(null, "no answer: " + noAnswer.getMessage());
    }
  }

  /** Whether this failure paused the subscription (a day of failures, and no one else did). */
  private boolean pauseIfFailingForADay(long subscriptionId, Instant now) {
    Optional<WebhookSubscription> stored = subscriptions.failing(subscriptionId, now);
    if (stored.isEmpty() || !stored.get().failed(now).pausedBy(stored.get())) {
      return false;
    }
    if (!subscriptions.pauseIfActive(subscriptionId)) {
      return false;
    }
    notice.tellOwner(stored.get());
    return true;
  }

  /** What an attempt came to: the receiver's status (null when none) and what to keep of it. */
  private record Attempted(Integer status, String excerpt) {
    boolean accepted() {
      return status != null && status >= 200 && status < 300;
    }
  }
}
