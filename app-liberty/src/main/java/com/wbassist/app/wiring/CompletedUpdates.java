package com.wbassist.app.wiring;

import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.port.in.HandleChatUpdate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conversation, remembering which updates it has finished handling — the webhook answers
 * Telegram before an update is handled, and the sandbox's scenario replay must wait until the bot
 * has answered.
 */
public final class CompletedUpdates implements HandleChatUpdate {
  private static final int REMEMBERED = 10_000;

  private final HandleChatUpdate conversation;
  private final Map<Long, Boolean> completed =
      new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
          return size() > REMEMBERED;
        }
      };

  public CompletedUpdates(HandleChatUpdate conversation) {
    this.conversation = conversation;
  }

  @Override
  public void handle(ChatUpdate update) {
    try {
      conversation.handle(update);
    } finally {
      synchronized (completed) {
        completed.put(update.updateId(), Boolean.TRUE);
        completed.notifyAll();
      }
    }
  }

  /** Waits until the update was handled; false when the wait ran out. */
  public boolean await(long updateId, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    synchronized (completed) {
      while (!completed.containsKey(updateId)) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
          return false;
        }
        completed.wait(left);
      }
      return true;
    }
  }
}
