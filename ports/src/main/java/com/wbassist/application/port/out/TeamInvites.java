package com.wbassist.application.port.out;

import com.wbassist.domain.team.Invite;
import java.time.Instant;
import java.util.Optional;

/**
 * Invites into cabinets' teams, kept by the SHA-256 digest of their code ({@code
 * InviteCode.digest()}): the code itself is never stored.
 */
public interface TeamInvites {
  void issue(String digest, Invite invite);

  Optional<Invite> find(String digest);

  /**
   * Uses the invite for {@code telegramId}, only if it is unused and not expired at {@code now}:
   * one conditional write, so of two people following one link at once exactly one joins.
   *
   * @return whether this call used it
   */
  boolean use(String digest, long telegramId, Instant now);
}
