package com.wbassist.application.port.out;

import com.wbassist.domain.sync.SyncStream;

/** What was set aside: a row of one of WB's streams, or a chat update. */
public enum SetAsideKind {
  CARD_ROW(SyncStream.CARDS),
  ORDER_ROW(SyncStream.ORDERS),
  SALE_ROW(SyncStream.SALES),
  STOCK_ROW(SyncStream.STOCKS),
  FEEDBACK_ROW(SyncStream.FEEDBACKS),
  /** A Telegram update the bot gave up on, or that no longer opens. */
  CHAT_UPDATE(null);

  private final SyncStream stream;

  SetAsideKind(SyncStream stream) {
    this.stream = stream;
  }

  /** The kind of an unreadable row of the stream. */
  public static SetAsideKind rowOf(SyncStream stream) {
    for (SetAsideKind kind : values()) {
      if (kind.stream == stream) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no kind for " + stream);
  }
}
