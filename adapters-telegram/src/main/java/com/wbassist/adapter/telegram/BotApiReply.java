package com.wbassist.adapter.telegram;

import jakarta.json.JsonValue;

/**
 * What Telegram answered to one call: {@code {"ok":true,"result":…}} or the error envelope {@code
 * {"ok":false,"error_code":429,"description":"…","parameters":{"retry_after":5}}}.
 *
 * @param retryAfterSeconds the wait a 429 asks for, 0 when none was given
 */
record BotApiReply(
    boolean ok, JsonValue result, int errorCode, String description, int retryAfterSeconds) {
  static BotApiReply success(JsonValue result) {
    return new BotApiReply(true, result, 0, "", 0);
  }

  static BotApiReply failure(int errorCode, String description, int retryAfterSeconds) {
    return new BotApiReply(
        false,
        JsonValue.NULL,
        errorCode,
        description == null ? "" : description,
        retryAfterSeconds);
  }

  boolean isFloodWait() {
    return errorCode == 429;
  }

  boolean isServerSide() {
    return errorCode >= 500;
  }

  /** Telegram will not deliver to this chat: blocked, deactivated, never started, gone. */
  boolean isUnreachableChat() {
    String text = description.toLowerCase(java.util.Locale.ROOT);
    return errorCode == 403 || (errorCode == 400 && text.contains("chat not found"));
  }
}
