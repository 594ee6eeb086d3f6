package com.wbassist.adapter.persistence;

import com.wbassist.application.contract.WebhookShareContract;

/**
 * The database gives each webhook subscription its share of the senders — also to servers claiming
 * at the same moment, each on its own connection.
 */
class PostgresWebhookShareContractTest extends WebhookShareContract {
  @Override
  protected WebhookPorts emptyWebhooks() {
    PersistenceAdapters empty = ContractAdapters.emptied();
    return new WebhookPorts(empty.webhookSubscriptions(), empty.webhookDeliveries());
  }
}
