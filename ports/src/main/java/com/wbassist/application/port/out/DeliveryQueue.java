package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Per-seller deliveries waiting to be sent, leased so two dispatchers never send one twice. */
public interface DeliveryQueue {
  /**
   * Leases up to {@code max} pending deliveries due by {@code now}, in event order — for each
   * seller only the oldest still pending, so a seller whose messages were held up gets them in
   * order, oldest first.
   */
  List<PendingDelivery> claimPending(int max, Instant now, Duration lease);

  void markSent(long deliveryId, long telegramMessageId, Instant now);

  /**
   * Hands claimed deliveries back unsent, due as they were and free to be claimed at once: the
   * dispatcher could not start them before its claim or its turn ran short.
   */
  void unclaim(List<Long> deliveryIds);

  /**
   * Records a failed send.
   *
   * @param retryAt when to try again, {@code null} to give up for good
   */
  void markFailed(long deliveryId, String error, Instant retryAt, Instant now);

  /**
   * Puts the given-up deliveries of a cabinet back in the queue, due now (an operator's call once
   * the cause is fixed); answers how many.
   */
  int requeueFailed(CabinetId cabinet, Instant now);

  /**
   * Puts one given-up delivery of the cabinet back in the queue, due now; a delivery that is not
   * {@code FAILED}, or belongs to another cabinet, is left as it is.
   *
   * @return whether it did
   */
  boolean requeueFailed(CabinetId cabinet, long deliveryId, Instant now);
}
