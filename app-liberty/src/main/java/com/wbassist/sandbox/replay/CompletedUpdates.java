package com.wbassist.sandbox.replay;

import com.wbassist.app.extension.ChatUpdateListener;
import com.wbassist.application.port.in.ChatUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers which updates the bot has finished handling — the webhook answers Telegram before an
 * update is handled, and the sandbox's scenario replay and chat console must wait until the bot has
 * answered.
 */
@ApplicationScoped
public class CompletedUpdates implements ChatUpdateListener {
  private static final int REMEMBERED = 10_000;

  private final Map<Long, Boolean> completed =
      new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
          return size() > REMEMBERED;
        }
      };

  @Override
  public void handled(ChatUpdate update) {
    synchronized (completed) {
      completed.put(update.updateId(), Boolean.TRUE);
      completed.notifyAll();
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
