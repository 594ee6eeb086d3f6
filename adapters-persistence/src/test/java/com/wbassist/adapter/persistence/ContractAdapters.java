package com.wbassist.adapter.persistence;

import com.wbassist.application.contract.StoragePorts;

/**
 * The adapters the contract tests run against: one set over the shared embedded database, opened on
 * first use (and left to the test JVM's end), its tables emptied for every test.
 */
final class ContractAdapters {
  private static PersistenceAdapters adapters;

  private ContractAdapters() {}

  /** The adapters, over empty tables. */
  static synchronized PersistenceAdapters emptied() {
    if (adapters == null) {
      adapters =
          PersistenceAdapters.create(
              EmbeddedDatabase.shared().dataSource(),
              TokenCipher.fromBase64Key(TokenCipher.generateKey()));
    }
    EmbeddedDatabase.shared().truncate();
    return adapters;
  }

  /** The same adapters, their tables as the test left them. */
  static synchronized PersistenceAdapters current() {
    return adapters == null ? emptied() : adapters;
  }

  /** Every storage port, over empty tables. */
  static StoragePorts emptyStorage() {
    PersistenceAdapters empty = emptied();
    return new StoragePorts(
        empty.cabinets(),
        empty.sellers(),
        empty.orders(),
        empty.sales(),
        empty.feedbacks(),
        empty.stocks(),
        empty.productCards(),
        empty.outbox(),
        empty.deliveries(),
        empty.syncRuns(),
        empty.processedUpdates());
  }
}
