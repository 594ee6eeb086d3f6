package com.wbassist.domain.chat;

/**
 * Telegram's HTML parse mode rejects a whole message over one stray {@code <}; every value from WB
 * goes through here.
 */
public final class TelegramHtml {
  private TelegramHtml() {}

  public static String escape(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            default -> null;
          };
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(value.length() + 16).append(value, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? value : out.toString();
  }
}
