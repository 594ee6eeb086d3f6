package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.webhook.WebhookSecret;
import com.wbassist.domain.webhook.WebhookSubscription;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Cabinets' webhook subscriptions. Every read and change a seller makes names the cabinet, so a
 * subscription of another cabinet is never found; the secret is sealed at rest and read back only
 * with a claimed delivery.
 */
public interface WebhookSubscriptions {
  /** Stores a new subscription (its id ignored) and answers it with the id it was given. */
  WebhookSubscription add(WebhookSubscription subscription, WebhookSecret secret);

  /** The cabinet's subscriptions, oldest first. */
  List<WebhookSubscription> of(CabinetId cabinet);

  Optional<WebhookSubscription> find(CabinetId cabinet, long id);

  /**
   * Writes a seller's change (URL, types, state, failing since) of a subscription of the cabinet.
   * Turned on again, its deliveries still pending start a fresh day of retries.
   *
   * @return false when the cabinet has no such subscription
   */
  boolean update(WebhookSubscription changed, Instant now);

  /** Deletes a subscription with its delivery history; false when the cabinet has none such. */
  boolean delete(CabinetId cabinet, long id);

  /**
   * A failed attempt at {@code now}: failing since then, unless it already was; answers the
   * subscription as it now stands.
   */
  Optional<WebhookSubscription> failing(long id, Instant now);

  /** A delivery accepted: not failing any more. */
  void succeeded(long id);

  /**
   * Pauses the subscription if it is active: one conditional write, so of two servers that see the
   * same day of failures only one pauses it (and tells its owner).
   */
  boolean pauseIfActive(long id);
}
