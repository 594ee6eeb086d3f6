package com.wbassist.domain.team;

import com.wbassist.domain.seller.Seller;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may join with an invite. A person already in the team is told so before anything else, so the
 * owner testing their own link, or a member tapping it twice, never uses it up; a used or expired
 * link says which of the two it is; a person in another cabinet moves (0621).
 */
public final class InviteRule {
  private InviteRule() {}

  public static InviteVerdict judge(Optional<Invite> found, Seller person, Instant now) {
    if (found.isEmpty()) {
      return InviteVerdict.UNKNOWN;
    }
    Invite invite = found.get();
    if (Team.isMember(person, invite.cabinet())) {
      return InviteVerdict.ALREADY_IN_TEAM;
    }
    if (invite.isUsed()) {
      return InviteVerdict.USED;
    }
    if (invite.isExpiredAt(now)) {
      return InviteVerdict.EXPIRED;
    }
    return Team.isInAnyTeam(person) ? InviteVerdict.SWITCH : InviteVerdict.JOIN;
  }
}
