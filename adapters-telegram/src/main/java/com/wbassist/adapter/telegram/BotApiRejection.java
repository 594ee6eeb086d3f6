package com.wbassist.adapter.telegram;

import com.wbassist.application.port.out.ChatMessageRefusedException;
import java.util.Locale;

/**
 * Telegram refused a call for good (a 4xx other than 403/429): retrying the same call cannot help.
 * Callers that know a harmless refusal ("message is not modified") catch it; the rest reach the
 * service as a delivery failure.
 */
final class BotApiRejection extends ChatMessageRefusedException {
  private final int errorCode;
  private final String description;

  BotApiRejection(String method, int errorCode, String description) {
    super(method + " refused: " + errorCode + " " + description);
    this.errorCode = errorCode;
    this.description = description;
  }

  int errorCode() {
    return errorCode;
  }

  boolean says(String fragment) {
    return description.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT));
  }
}
