package com.wbassist.domain.notification;

/**
 * How long a caption is as Telegram counts it against {@link Notification#MAX_CAPTION}: the text
 * after its HTML is parsed — tags gone, entities one character each — in UTF-16 units.
 */
final class CaptionLength {
  private CaptionLength() {}

  static int of(String html) {
    return html.replaceAll("<[^>]+>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .length();
  }
}
