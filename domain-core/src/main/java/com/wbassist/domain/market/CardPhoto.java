package com.wbassist.domain.market;

/** One photo of a product card in WB's sizes (900×1200, 516×688, 600×600, 75×100). */
public record CardPhoto(String big, String c516x688, String square, String tm) {

  /** The size fit for a chat: the 516×688 one, else the big one, else whatever exists. */
  public String forChat() {
    for (String url : new String[] {c516x688, big, square, tm}) {
      if (url != null && !url.isBlank()) {
        return url;
      }
    }
    return null;
  }
}
