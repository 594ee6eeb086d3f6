package com.wbassist.application.port.in;

/**
 * Something a person did in the bot's chat, translated out of Telegram's JSON by the chat adapter.
 */
public sealed interface ChatUpdate permits TextReceived, ButtonPressed, BotBlocked {
  /** Telegram's update id: an update already handled is ignored. */
  long updateId();

  /** The Telegram user the update comes from. */
  long telegramId();
}
