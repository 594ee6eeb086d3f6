package com.wbassist.app.wiring;

import com.wbassist.app.extension.ChatUpdateListener;
import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.port.in.HandleChatUpdate;

/** The conversation, telling every {@link ChatUpdateListener} once an update is handled. */
final class ListenedChatUpdates implements HandleChatUpdate {
  private final HandleChatUpdate conversation;
  private final Iterable<ChatUpdateListener> listeners;

  ListenedChatUpdates(HandleChatUpdate conversation, Iterable<ChatUpdateListener> listeners) {
    this.conversation = conversation;
    this.listeners = listeners;
  }

  @Override
  public void handle(ChatUpdate update) {
    try {
      conversation.handle(update);
    } finally {
      for (ChatUpdateListener listener : listeners) {
        listener.handled(update);
      }
    }
  }
}
