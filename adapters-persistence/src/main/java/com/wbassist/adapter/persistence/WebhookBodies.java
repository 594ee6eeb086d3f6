package com.wbassist.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wbassist.domain.market.MoscowTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON body of a webhook delivery, written once when the delivery is: {@code id} (the event's,
 * the same for every subscription), {@code type}, {@code cabinet}, {@code occurredAt} and {@code
 * detectedAt} (ISO-8601 with Moscow's offset), and {@code data} — for the bot's six events the
 * event as the outbox stores it (money as strings, exact), otherwise the event's flat facts.
 */
final class WebhookBodies {
  private final ObjectMapper mapper = new ObjectMapper();

  String of(
      String eventId,
      String type,
      String cabinet,
      Instant occurredAt,
      Instant detectedAt,
      String dataJson) {
    try {
      ObjectNode body = mapper.createObjectNode();
      body.put("id", eventId);
      body.put("type", type);
      body.put("cabinet", cabinet);
      body.put("occurredAt", moscow(occurredAt));
      body.put("detectedAt", moscow(detectedAt));
      body.set("data", mapper.readTree(dataJson));
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException unreadable) {
      throw new IllegalArgumentException("an event's data that is not JSON", unreadable);
    }
  }

  String data(Map<String, String> facts) {
    try {
      return mapper.writeValueAsString(new TreeMap<>(facts));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static String moscow(Instant instant) {
    return OffsetDateTime.ofInstant(instant, MoscowTime.ZONE).toString();
  }
}
