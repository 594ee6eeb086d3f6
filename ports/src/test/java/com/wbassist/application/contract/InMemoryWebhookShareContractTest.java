package com.wbassist.application.contract;

import com.wbassist.application.fakes.InMemoryWebhooks;

/** The in-memory webhook queue gives each subscription its share as the database does. */
class InMemoryWebhookShareContractTest extends WebhookShareContract {
  @Override
  protected WebhookPorts emptyWebhooks() {
    InMemoryWebhooks webhooks = new InMemoryWebhooks();
    return new WebhookPorts(webhooks, webhooks);
  }
}
