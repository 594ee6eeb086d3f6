package com.wbassist.sandbox.replay;

import java.util.Collection;

/**
 * Forgets what an earlier replay left of a cabinet and its sellers, so every replay starts from
 * nothing.
 */
public interface ReplayIsolation {
  void forget(String sid, Collection<Long> telegramIds);
}
