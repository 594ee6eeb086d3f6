package com.wbassist.app.admin;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The consoles following progress on this server, so that stopping the application ends their
 * streams first — a scheduled look that outlived its application would only fail in the log.
 */
@ApplicationScoped
public class ProgressFollowers {
  private final Set<ProgressFollower> following = ConcurrentHashMap.newKeySet();

  void add(ProgressFollower follower) {
    following.add(follower);
  }

  void remove(ProgressFollower follower) {
    following.remove(follower);
  }

  @PreDestroy
  void stopAll() {
    following.forEach(ProgressFollower::stop);
  }
}
