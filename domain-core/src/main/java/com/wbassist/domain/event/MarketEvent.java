package com.wbassist.domain.event;

import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;

/**
 * Something that happened in a cabinet and that its sellers are told about. An event is identified
 * by (cabinet, type, key, episode) and is never created twice for the same identity.
 */
public sealed interface MarketEvent
    permits OrderPlaced,
        OrderCancelled,
        ProductBoughtOut,
        ProductReturned,
        NegativeReviewPosted,
        StockRanLow {

  CabinetId cabinet();

  EventType type();

  /** The WB key: {@code srid}, {@code saleID}, feedback id, or {@code nmId:chrtId}. */
  String key();

  /** Which time a size ran low; always 0 for the other types, whose key never repeats. */
  default int episode() {
    return 0;
  }

  /** The WB article the event is about, to find its card. */
  long nmId();

  /** When it happened, by WB's account (or when it was seen, for stock). */
  Instant occurredAt();
}
