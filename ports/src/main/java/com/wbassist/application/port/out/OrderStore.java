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

  /**
   * The {@code dateFrom} of the cabinet's next orders request, as the last stored page left it;
   * empty before the first page.
   */
  Optional<Instant> cursor(CabinetId cabinet);

  /**
   * Rows, cursor and events in one transaction, under the batch's lease (see {@link StreamBatch}).
   *
   * @throws LeaseLostException when the pass no longer holds the cabinet; nothing is stored
   */
  void store(StreamBatch<Order> batch);
}
