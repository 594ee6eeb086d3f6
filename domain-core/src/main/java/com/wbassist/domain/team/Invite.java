package com.wbassist.domain.team;

import com.wbassist.domain.cabinet.CabinetId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An owner's invitation into their cabinet's team, as stored (its code only as a digest).
 *
 * @param cabinet the cabinet it joins
 * @param invitedBy the owner who made it
 * @param issuedAt when it was made
 * @param expiresAt from this instant on it no longer works
 * @param usedBy who joined with it, {@code null} while unused: it works once
 */
public record Invite(
    CabinetId cabinet, long invitedBy, Instant issuedAt, Instant expiresAt, Long usedBy) {
  /** How long a link works. */
  public static final Duration VALIDITY = Duration.ofDays(14);

  public Invite {
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** A new invite by the cabinet's owner, working for {@link #VALIDITY} from now. */
  public static Invite issue(CabinetId cabinet, long owner, Instant now) {
    return new Invite(cabinet, owner, now, now.plus(VALIDITY), null);
  }

  public boolean isUsed() {
    return usedBy != null;
  }

  /** Exactly 14 days after it was made, it has expired. */
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
