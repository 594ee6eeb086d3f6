package com.wbassist.domain.webhook;

import com.wbassist.domain.cabinet.CabinetId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A cabinet's standing order to be told of some events at one URL, by signed HTTP POSTs. A
 * subscription that has failed for {@link #PAUSE_AFTER} without one success in between is paused:
 * its deliveries wait (and are still given up a day after their first attempt), and the owner is
 * told once, until the seller turns it on again.
 *
 * @param failingSince the first failure since the last success; null while it succeeds
 */
public record WebhookSubscription(
    long id,
    CabinetId cabinet,
    URI url,
    Set<WebhookEventType> types,
    State state,
    Instant failingSince,
    Instant createdAt) {

  /** Failing continuously this long pauses a subscription. */
  public static final Duration PAUSE_AFTER = Duration.ofDays(1);

  /** The most subscriptions one cabinet may have: a CRM, a warehouse robot, a spare and some. */
  public static final int MOST_PER_CABINET = 10;

  public enum State {
    ACTIVE,
    PAUSED
  }

  public WebhookSubscription {
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    if (types == null || types.isEmpty()) {
      throw new IllegalArgumentException("a subscription asks for at least one event type");
    }
    types = Set.copyOf(EnumSet.copyOf(types));
  }

  public boolean active() {
    return state == State.ACTIVE;
  }

  public boolean wants(WebhookEventType type) {
    return types.contains(type);
  }

  /** After a delivery the receiver accepted: no longer failing. */
  public WebhookSubscription succeeded() {
    return failingSince == null ? this : withFailingSince(null, state);
  }

  /**
   * After a failed attempt at {@code now}: failing since the first failure after the last success,
   * and paused once that is {@link #PAUSE_AFTER} ago. {@link #pausedBy} tells whether this call
   * paused it (so the owner is told once).
   */
  public WebhookSubscription failed(Instant now) {
    Instant since = failingSince == null ? now : failingSince;
    State next =
        state == State.ACTIVE && !now.isBefore(since.plus(PAUSE_AFTER)) ? State.PAUSED : state;
    return withFailingSince(since, next);
  }

  /** Whether going from {@code before} to this state paused the subscription. */
  public boolean pausedBy(WebhookSubscription before) {
    return before.state == State.ACTIVE && state == State.PAUSED;
  }

  /** Turned on again by the seller: a fresh start, its failures forgotten. */
  public WebhookSubscription resumed() {
    return withFailingSince(null, State.ACTIVE);
  }

  /** Turned off by the seller. */
  public WebhookSubscription paused() {
    return withFailingSince(failingSince, State.PAUSED);
  }

  public WebhookSubscription withUrl(URI newUrl) {
    return new WebhookSubscription(id, cabinet, newUrl, types, state, failingSince, createdAt);
  }

  public WebhookSubscription withTypes(Set<WebhookEventType> newTypes) {
    return new WebhookSubscription(id, cabinet, url, newTypes, state, failingSince, createdAt);
  }

  private WebhookSubscription withFailingSince(Instant since, State newState) {
    return new WebhookSubscription(id, cabinet, url, types, newState, since, createdAt);
  }
}
