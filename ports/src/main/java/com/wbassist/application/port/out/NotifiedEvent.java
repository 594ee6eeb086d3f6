package com.wbassist.application.port.out;

import com.wbassist.domain.event.EventType;
import java.time.Instant;

/**
 * An event the bot told (or is telling) a cabinet's sellers about, and how its messages went.
 *
 * @param type the event type
 * @param key the event's WB key ({@code srid}, {@code saleID}, feedback id, {@code nmId:chrtId})
 * @param nmId the product
 * @param occurredAt the event's own date
 * @param detectedAt when a sync found it
 * @param sent messages sent
 * @param pending messages still to send
 * @param failed messages given up
 */
public record NotifiedEvent(
    EventType type,
    String key,
    long nmId,
    Instant occurredAt,
    Instant detectedAt,
    int sent,
    int pending,
    int failed) {}
