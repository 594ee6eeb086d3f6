package com.wbassist.app.wiring;

import com.wbassist.application.port.in.DeliverWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Starts a webhook run on the webhooks' own pool, at most one at a time on this server: the timer
 * that asks returns at once, whatever a receiver does.
 */
@ApplicationScoped
public class WebhookNudge {
  private static final Logger LOG = System.getLogger(WebhookNudge.class.getName());

  @Inject DeliverWebhooks webhooks;
  @Inject WebhookWiring wiring;
  @Inject OperationsMetrics metrics;

  private final SingleFlight flight = new SingleFlight(this::deliverOnce);

  public void deliverSoon() {
    try {
      flight.soon(wiring.pool());
    } catch (RuntimeException refused) {
      LOG.log(Level.WARNING, "webhooks not sent now; the next tick will: " + refused.getMessage());
    }
  }

  private void deliverOnce() {
    try {
      metrics.webhooks(webhooks.deliver());
    } catch (RuntimeException failed) {
      LOG.log(Level.ERROR, "webhook delivery failed; the next tick retries", failed);
    }
  }
}
