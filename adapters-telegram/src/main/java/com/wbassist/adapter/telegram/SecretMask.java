package com.wbassist.adapter.telegram;

/**
 * Bot API URLs carry the bot token; every text that may reach a log or an exception goes through
 * here first.
 */
final class SecretMask {
  private final String secret;

  SecretMask(String secret) {
    this.secret = secret;
  }

  String mask(String text) {
    if (text == null || secret.isEmpty()) {
      return text;
    }
    return text.replace(secret, "***");
  }
}
