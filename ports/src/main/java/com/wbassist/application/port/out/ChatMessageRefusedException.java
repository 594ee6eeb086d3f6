package com.wbassist.application.port.out;

/**
 * Telegram refused this very message for good (a 4xx such as unparseable HTML): sending it again
 * cannot help, so it is not retried. The chat itself is still reachable.
 */
public class ChatMessageRefusedException extends ChatDeliveryException {
  public ChatMessageRefusedException(String reason) {
    super(reason);
  }
}
