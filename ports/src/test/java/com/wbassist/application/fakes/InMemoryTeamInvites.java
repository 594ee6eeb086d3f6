package com.wbassist.application.fakes;

import com.wbassist.application.port.out.TeamInvites;
import com.wbassist.domain.team.Invite;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Invites in memory, by digest. */
public final class InMemoryTeamInvites implements TeamInvites {
  private final Map<String, Invite> invites = new HashMap<>();

  @Override
  public synchronized void issue(String digest, Invite invite) {
    invites.put(digest, invite);
  }

  @Override
  public synchronized Optional<Invite> find(String digest) {
    return Optional.ofNullable(invites.get(digest));
  }

  @Override
  public synchronized boolean use(String digest, long telegramId, Instant now) {
    Invite invite = invites.get(digest);
    if (invite == null || invite.isUsed() || invite.isExpiredAt(now)) {
      return false;
    }
    invites.put(
        digest,
        new Invite(
            invite.cabinet(),
            invite.invitedBy(),
            invite.issuedAt(),
            invite.expiresAt(),
            telegramId));
    return true;
  }

  /** Every digest stored: never a code. */
  public synchronized java.util.Set<String> digests() {
    return java.util.Set.copyOf(invites.keySet());
  }
}
