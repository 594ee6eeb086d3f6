package com.wbassist.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Per-seller deliveries waiting to be sent, leased so two dispatchers never send one twice. */
public interface DeliveryQueue {
  /** Leases up to {@code max} pending deliveries due by {@code now}, in event order. */
  List<PendingDelivery> claimPending(int max, Instant now, Duration lease);

  void markSent(long deliveryId, long telegramMessageId, Instant now);

  /**
   * Records a failed send.
   *
   * @param retryAt when to try again, {@code null} to give up for good
   */
  void markFailed(long deliveryId, String error, Instant retryAt, Instant now);
}
