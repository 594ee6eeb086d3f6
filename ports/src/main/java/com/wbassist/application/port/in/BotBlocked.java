package com.wbassist.application.port.in;

/** The person blocked the bot (or unblocked it, when {@code blocked} is false). */
public record BotBlocked(long updateId, long telegramId, boolean blocked) implements ChatUpdate {
  public BotBlocked {
    if (telegramId == 0) {
      throw new IllegalArgumentException("a block needs its author");
    }
  }
}
