package com.wbassist.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in sandbox mode: real time, shifted when a scenario replay sets "WB's
 * clock" to a round's moment — time keeps running from there, as it would on WB. In production the
 * app uses the system clock.
 */
public final class SandboxClock extends Clock {
  private final Clock system;
  private volatile Duration offset = Duration.ZERO;

  public SandboxClock(Clock system) {
    this.system = system;
  }

  /** From now on the clock reads {@code now}, and runs on from there. */
  public void set(Instant now) {
    this.offset = Duration.between(system.instant(), now);
  }

  public void reset() {
    this.offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return system.instant().plus(offset);
  }
}
