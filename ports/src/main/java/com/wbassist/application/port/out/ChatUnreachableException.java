package com.wbassist.application.port.out;

/**
 * Telegram will not deliver to this chat: the bot was blocked, the user deactivated, the chat is
 * gone.
 */
public class ChatUnreachableException extends RuntimeException {
  public ChatUnreachableException(String reason) {
    super(reason);
  }
}
