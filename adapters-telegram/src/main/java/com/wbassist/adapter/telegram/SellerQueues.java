package com.wbassist.adapter.telegram;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs each person's updates one after another, in the order they arrived, and different people's
 * side by side on a shared executor: "/start" and the token that follows it must not race each
 * other through the conversation.
 */
final class SellerQueues {
  private static final Logger LOG = System.getLogger(SellerQueues.class.getName());

  private final Executor executor;
  private final Map<Long, Deque<Runnable>> queues = new HashMap<>();

  SellerQueues(Executor executor) {
    this.executor = executor;
  }

  /**
   * Queues the task behind the person's earlier ones.
   *
   * @throws RejectedExecutionException when the executor takes no more work
   */
  synchronized void submit(long person, Runnable task) {
    Deque<Runnable> queue = queues.get(person);
    if (queue != null) {
      queue.addLast(task);
      return;
    }
    queue = new ArrayDeque<>();
    queue.addLast(task);
    queues.put(person, queue);
    try {
      executor.execute(() -> drain(person));
    } catch (RejectedExecutionException full) {
      queues.remove(person);
      throw full;
    }
  }

  private void drain(long person) {
    while (true) {
      Runnable next;
      synchronized (this) {
        Deque<Runnable> queue = queues.get(person);
        next = queue.peekFirst();
        if (next == null) {
          queues.remove(person);
          return;
        }
      }
      try {
        next.run();
      } catch (RuntimeException failed) {
        // One update failing must not strand the person's later ones.
        LOG.log(Level.ERROR, "an update of " + person + " failed", failed);
      } finally {
        synchronized (this) {
          queues.get(person).pollFirst();
        }
      }
    }
  }
}
