package com.wbassist.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A set-aside row as operators see it.
 *
 * @param row what was set aside; its {@code at} is when it was first seen
 * @param lastSeenAt when it was last seen (WB sends an unreadable row again on later pages)
 * @param timesSeen how many times it was seen
 */
public record SetAsideEntry(SetAsideRow row, Instant lastSeenAt, int timesSeen) {
  public SetAsideEntry {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    if (timesSeen < 1) {
      throw new IllegalArgumentException("a set-aside row was seen at least once");
    }
  }
}
