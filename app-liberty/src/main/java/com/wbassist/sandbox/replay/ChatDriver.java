package com.wbassist.sandbox.replay;

import jakarta.json.JsonObject;

/**
 * Delivers a Telegram update to the bot the way Telegram does, and returns once the bot has handled
 * it.
 */
public interface ChatDriver {
  void deliver(long updateId, JsonObject update);
}
