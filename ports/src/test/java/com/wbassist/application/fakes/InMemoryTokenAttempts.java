package com.wbassist.application.fakes;

import com.wbassist.application.port.out.TokenAttempts;
import com.wbassist.domain.token.TokenAttemptLimit;
import com.wbassist.domain.token.TokenAttemptVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token attempts per person in memory. One lock makes judging and recording one step, as the
 * database's lock per person does.
 */
public final class InMemoryTokenAttempts implements TokenAttempts {
  private final Map<Long, List<Instant>> attempts = new HashMap<>();

  @Override
  public synchronized TokenAttemptVerdict attempt(
      long telegramId, Instant now, TokenAttemptLimit limit) {
    List<Instant> theirs = attempts.computeIfAbsent(telegramId, id -> new ArrayList<>());
    Instant forgotten = limit.forgottenUpTo(now);
    theirs.removeIf(at -> !at.isAfter(forgotten));
    TokenAttemptVerdict verdict = limit.judge(theirs, now);
    if (verdict.allowed()) {
      theirs.add(now);
    }
    return verdict;
  }
}
