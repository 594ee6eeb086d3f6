package com.wbassist.sandbox.chat;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every page following a chat on this server: they look on the server's managed scheduler, and all
 * lines are closed when the application stops, so a stopping server waits for no open stream.
 */
@ApplicationScoped
public class ChatFollowers {
  @Resource ManagedScheduledExecutorService scheduler;

  private final Set<ChatFollower> following = ConcurrentHashMap.newKeySet();

  void follow(ChatFollower follower) {
    following.add(follower);
    follower.start(scheduler, () -> following.remove(follower));
  }

  @PreDestroy
  void stopAll() {
    following.forEach(ChatFollower::stop);
  }
}
