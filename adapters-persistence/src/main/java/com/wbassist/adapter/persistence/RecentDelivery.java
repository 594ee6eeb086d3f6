package com.wbassist.adapter.persistence;

import java.time.Instant;

/**
 * One notification as operations see it: which event, for whom, and how its delivery went.
 *
 * @param deliveryId the delivery
 * @param type the event type
 * @param key the event's WB key
 * @param telegramId the seller
 * @param status PENDING, SENT or FAILED
 * @param attempts sends tried
 * @param lastError why the last try failed, empty when none did
 * @param telegramMessageId Telegram's id of the sent message, 0 before it is sent
 * @param detectedAt when the event was detected
 * @param finishedAt when it was sent or given up, {@code null} while pending
 */
public record RecentDelivery(
    long deliveryId,
    String type,
    String key,
    long telegramId,
    String status,
    int attempts,
    String lastError,
    long telegramMessageId,
    Instant detectedAt,
    Instant finishedAt) {}
