package com.wbassist.domain.sync;

/** One kind of WB data synced for a cabinet, in the order a sync pass runs them. */
public enum SyncStream {
  /** First, so that every notification of the pass finds its product's title and photo. */
  CARDS,
  ORDERS,
  SALES,
  STOCKS,
  FEEDBACKS
}
