package com.wbassist.adapter.wb;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The fault-tolerance boundary: one method per WB host, so each host has its own circuit breaker
 * (MicroProfile keeps breaker state per method) and a failing host does not stop the others. Only
 * trouble worth retrying — 5xx, broken connections, timeouts — is retried and counted against the
 * circuit; a refused token, a 429 (waited out by the gateway, with WB's own delay) and a malformed
 * body pass straight through.
 *
 * <p>Every value is tunable in MP Config, e.g. {@code
 * com.wbassist.adapter.wb.WbHosts/Retry/maxRetries} for all hosts or {@code
 * com.wbassist.adapter.wb.WbHosts/statistics/CircuitBreaker/delay} for one (docs/adapters/wb.md).
 * Without a CDI container (plain unit tests) the methods simply run the attempt once.
 */
@ApplicationScoped
@Timeout(WbHosts.TIMEOUT_MS)
@Retry(
    maxRetries = 3,
    delay = 1_000,
    jitter = 500,
    maxDuration = 300_000,
    retryOn = {WbServerTrouble.class, TimeoutException.class})
@CircuitBreaker(
    requestVolumeThreshold = 10,
    failureRatio = 0.5,
    delay = 30_000,
    successThreshold = 2,
    failOn = {WbServerTrouble.class, TimeoutException.class})
class WbHosts {
  /**
   * Above the default read timeout (60 s): a 100,000-row page streams for a while but never goes
   * silent that long.
   */
  static final long TIMEOUT_MS = 120_000;

  <T> T statistics(WbAttempt<T> attempt) {
    return attempt.run();
  }

  <T> T feedbacks(WbAttempt<T> attempt) {
    return attempt.run();
  }

  <T> T content(WbAttempt<T> attempt) {
    return attempt.run();
  }

  <T> T analytics(WbAttempt<T> attempt) {
    return attempt.run();
  }

  <T> T common(WbAttempt<T> attempt) {
    return attempt.run();
  }
}
