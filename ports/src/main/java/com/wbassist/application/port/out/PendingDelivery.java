package com.wbassist.application.port.out;

import java.util.Objects;

/**
 * One event to be sent to one seller.
 *
 * @param id the delivery's id
 * @param event the event
 * @param telegramId the seller
 * @param chatId where to send it
 * @param attempts sends tried so far
 */
public record PendingDelivery(
    long id, OutboxEvent event, long telegramId, long chatId, int attempts) {
  public PendingDelivery {
    Objects.requireNonNull(event, "event");
  }
}
