package com.wbassist.application.service;

import com.wbassist.application.port.in.ManageWebhooks;
import com.wbassist.application.port.out.WebhookDeliveries;
import com.wbassist.application.port.out.WebhookDelivery;
import com.wbassist.application.port.out.WebhookSubscriptions;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.webhook.WebhookDestination;
import com.wbassist.domain.webhook.WebhookEventType;
import com.wbassist.domain.webhook.WebhookSecret;
import com.wbassist.domain.webhook.WebhookSubscription;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.random.RandomGenerator;

/** A cabinet's webhook subscriptions, managed with its API key: always the key's cabinet's. */
public final class WebhookSubscriptionService implements ManageWebhooks {
  private final WebhookSubscriptions subscriptions;
  private final WebhookDeliveries deliveries;
  private final WebhookDestination destination;
  private final RandomGenerator random;
  private final Clock clock;

  /**
   * @param random a cryptographically strong generator ({@code SecureRandom}): it makes the secrets
   */
  public WebhookSubscriptionService(
      WebhookSubscriptions subscriptions,
      WebhookDeliveries deliveries,
      WebhookDestination destination,
      RandomGenerator random,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.destination = destination;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public List<WebhookSubscription> list(ApiCaller caller) {
    return subscriptions.of(caller.cabinet());
  }

  @Override
  public Created create(ApiCaller caller, String url, Set<String> types) {
    URI checked = url(url);
    Set<WebhookEventType> wanted = types(types);
    if (subscriptions.of(caller.cabinet()).size() >= WebhookSubscription.MOST_PER_CABINET) {
      throw new WebhookRefusedException(
          "a cabinet has at most "
              + WebhookSubscription.MOST_PER_CABINET
              + " subscriptions: delete one first");
    }
    WebhookSecret secret = WebhookSecret.generate(random);
    WebhookSubscription stored =
        subscriptions.add(
            new WebhookSubscription(
                0,
                caller.cabinet(),
                checked,
                wanted,
                WebhookSubscription.State.ACTIVE,
                null,
                clock.instant()),
            secret);
    return new Created(stored, secret.reveal());
  }

  @Override
  public Optional<WebhookSubscription> find(ApiCaller caller, long id) {
    return subscriptions.find(caller.cabinet(), id);
  }

  @Override
  public Optional<WebhookSubscription> change(ApiCaller caller, long id, Change change) {
    Optional<WebhookSubscription> found = subscriptions.find(caller.cabinet(), id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    WebhookSubscription changed = found.get();
    if (change.url().isPresent()) {
      changed = changed.withUrl(url(change.url().get()));
    }
    if (change.types().isPresent()) {
      changed = changed.withTypes(types(change.types().get()));
    }
    if (change.active().isPresent()) {
      boolean on = change.active().get();
      if (on && !changed.active()) {
        changed = changed.resumed();
      } else if (!on && changed.active()) {
        changed = changed.paused();
      }
    }
    return subscriptions.update(changed, clock.instant()) ? Optional.of(changed) : Optional.empty();
  }

  @Override
  public boolean delete(ApiCaller caller, long id) {
    return subscriptions.delete(caller.cabinet(), id);
  }

  @Override
  public Optional<List<WebhookDelivery>> deliveries(
      ApiCaller caller, long id, OptionalLong before, int limit) {
    if (limit < 1 || limit > LONGEST_PAGE) {
      throw new WebhookRefusedException("limit must be between 1 and " + LONGEST_PAGE);
    }
    return deliveries.history(caller.cabinet(), id, before, limit);
  }

  @Override
  public Optional<WebhookDelivery> redeliver(ApiCaller caller, long id, long deliveryId) {
    return deliveries.redeliver(caller.cabinet(), id, deliveryId, clock.instant());
  }

  @Override
  public Optional<WebhookDelivery> ping(ApiCaller caller, long id) {
    return deliveries.ping(caller.cabinet(), id, clock.instant());
  }

  private URI url(String text) {
    WebhookDestination.Checked<URI> checked = destination.url(text);
    if (!checked.isOk()) {
      throw new WebhookRefusedException(checked.refusal());
    }
    return checked.value();
  }

  private static Set<WebhookEventType> types(Set<String> names) {
    if (names == null || names.isEmpty()) {
      throw new WebhookRefusedException("types must name at least one event type");
    }
    Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
    for (String name : names) {
      WebhookEventType type;
      try {
        type = WebhookEventType.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        type = WebhookEventType.PING;
      }
      if (!type.subscribable()) {
        throw new WebhookRefusedException(
            "unknown event type "
                + name
                + "; known: "
                + EnumSet.complementOf(EnumSet.of(WebhookEventType.PING)));
      }
      types.add(type);
    }
    return types;
  }
}
