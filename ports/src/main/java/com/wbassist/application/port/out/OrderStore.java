package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.KnownOrder;
import com.wbassist.domain.market.Order;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Stored orders of every cabinet. */
public interface OrderStore {
  /** The stored state of the given orders, in one round trip; keys never stored are absent. */
  Map<String, KnownOrder> knownOrders(CabinetId cabinet, Collection<String> srids);

  /** The highest {@code lastChangeDate} stored for the cabinet's orders. */
  Optional<Instant> watermark(CabinetId cabinet);

  /** Rows, watermark and events in one transaction. */
  void store(StreamBatch<Order> batch);
}
