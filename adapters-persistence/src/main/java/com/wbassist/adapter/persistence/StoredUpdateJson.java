package com.wbassist.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wbassist.application.port.in.BotBlocked;
import com.wbassist.application.port.in.ButtonPressed;
import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.port.in.TextReceived;

/**
 * A chat update as the text the inbox seals: every field of the record, and its kind. Written and
 * read here only, so the format can change with a changeset that empties the inbox.
 */
final class StoredUpdateJson {
  private final ObjectMapper mapper = new ObjectMapper();

  String write(ChatUpdate update) {
    ObjectNode json = mapper.createObjectNode().put("updateId", update.updateId());
    json.put("telegramId", update.telegramId());
    if (update instanceof TextReceived text) {
      json.put("kind", "text")
          .put("chatId", text.chatId())
          .put("messageId", text.messageId())
          .put("text", text.text())
          .put("userName", text.userName());
    } else if (update instanceof ButtonPressed press) {
      json.put("kind", "button")
          .put("chatId", press.chatId())
          .put("messageId", press.messageId())
          .put("callbackId", press.callbackId())
          .put("data", press.data());
    } else if (update instanceof BotBlocked block) {
      json.put("kind", "block").put("blocked", block.blocked());
    }
    return json.toString();
  }

  /**
   * @throws IllegalArgumentException when the text is not a stored update
   */
  ChatUpdate read(String stored) {
    JsonNode json;
    try {
      json = mapper.readTree(stored);
    } catch (JsonProcessingException broken) {
      throw new IllegalArgumentException("not JSON: " + broken.getOriginalMessage(), broken);
    }
    long updateId = json.path("updateId").asLong();
    long telegramId = json.path("telegramId").asLong();
    return switch (json.path("kind").asText()) {
      case "text" ->
          new TextReceived(
              updateId,
              telegramId,
              json.path("chatId").asLong(),
              json.path("messageId").asLong(),
              json.path("text").asText(),
              json.path("userName").asText());
      case "button" ->
          new ButtonPressed(
              updateId,
              telegramId,
              json.path("chatId").asLong(),
              json.path("messageId").asLong(),
              json.path("callbackId").asText(),
              json.path("data").asText());
      case "block" -> new BotBlocked(updateId, telegramId, json.path("blocked").asBoolean());
      default -> throw new IllegalArgumentException("no kind of update: " + json.path("kind"));
    };
  }
}
