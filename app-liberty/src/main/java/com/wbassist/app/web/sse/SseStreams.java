package com.wbassist.app.web.sse;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every Server-Sent Events stream open on this server: each looks on the server's managed
 * scheduler, and all are closed when the application stops, so a stopping server waits for no open
 * line and no scheduled look outlives its application.
 */
@ApplicationScoped
public class SseStreams {
  @Resource ManagedScheduledExecutorService scheduler;

  private final Set<SseFollower> open = ConcurrentHashMap.newKeySet();

  /** Starts following; the stream is forgotten here once it stopped. */
  public void follow(SseFollower follower) {
    open.add(follower);
    follower.start(scheduler, () -> open.remove(follower));
  }

  @PreDestroy
  void stopAll() {
    open.forEach(SseFollower::stop);
  }
}
