package com.wbassist.application.port.in;

import com.wbassist.application.port.out.WebhookDelivery;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.webhook.WebhookSubscription;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A seller's systems manage the cabinet's webhook subscriptions with its API key: always of the
 * key's cabinet (no cabinet id is taken), so another cabinet's subscription is simply not found. A
 * URL or type that cannot be used is refused with {@link WebhookRefusedException}, saying why.
 */
public interface ManageWebhooks {
  /** The most deliveries a page of history holds. */
  int LONGEST_PAGE = 100;

  List<WebhookSubscription> list(ApiCaller caller);

  /**
   * A new active subscription, with its secret — shown this once.
   *
   * @throws WebhookRefusedException for a URL the destination rule refuses, an unknown or empty
   *     type list, or a cabinet at its {@link WebhookSubscription#MOST_PER_CABINET}
   */
  Created create(ApiCaller caller, String url, Set<String> types);

  Optional<WebhookSubscription> find(ApiCaller caller, long id);

  /**
   * Changes what is given: the URL, the types, on ({@code active} true, its failures forgotten) or
   * off.
   *
   * @throws WebhookRefusedException as {@link #create}
   */
  Optional<WebhookSubscription> change(ApiCaller caller, long id, Change change);

  boolean delete(ApiCaller caller, long id);

  /** The subscription's deliveries, newest first; empty when it is not the caller's. */
  Optional<List<WebhookDelivery>> deliveries(
      ApiCaller caller, long id, OptionalLong before, int limit);

  /** A delivery sent again soon, with a fresh day of retries. */
  Optional<WebhookDelivery> redeliver(ApiCaller caller, long id, long deliveryId);

  /** A signed test event ({@code PING}) sent to the subscription soon. */
  Optional<WebhookDelivery> ping(ApiCaller caller, long id);

  /** A subscription just made, and its secret, never shown again. */
  record Created(WebhookSubscription subscription, String secret) {
    @Override
    public String toString() {
      return "Created[" + subscription.id() + "]";
    }
  }

  /** What a change sets; what is empty stays. */
  record Change(Optional<String> url, Optional<Set<String>> types, Optional<Boolean> active) {}

  /** A request that cannot be done as asked, and why (said to the caller). */
  final class WebhookRefusedException extends RuntimeException {
    public WebhookRefusedException(String why) {
      super(why);
    }
  }
}
