package com.wbassist.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InviteRuleTest {
  private static final Instant ISSUED = Instant.parse("2026-11-18T06:00:00Z");
  private static final CabinetId SHOP = new CabinetId("shop-1");
  private static final CabinetId OTHER = new CabinetId("shop-2");
  private static final long OWNER = 1001;
  private final Invite invite = Invite.issue(SHOP, OWNER, ISSUED);

  private static Seller newcomer(long id) {
    return Seller.newcomer(id, id, "Person " + id);
  }

  private static Seller memberOf(CabinetId cabinet, long id) {
    return newcomer(id).linkedTo(cabinet, true, ISSUED.minus(Duration.ofDays(3)));
  }

  @Test
  @DisplayName("a newcomer joins with a fresh invite")
  void newcomerJoins() {
    assertEquals(InviteVerdict.JOIN, InviteRule.judge(Optional.of(invite), newcomer(2002), ISSUED));
  }

  @Test
  @DisplayName("a link works for 14 days: a second before, yes; at exactly 14 days, no")
  void fourteenDays() {
    Instant end = ISSUED.plus(Duration.ofDays(14));
    assertEquals(end, invite.expiresAt());
    assertEquals(
        InviteVerdict.JOIN,
        InviteRule.judge(Optional.of(invite), newcomer(2002), end.minusSeconds(1)));
    assertEquals(InviteVerdict.EXPIRED, InviteRule.judge(Optional.of(invite), newcomer(2002), end));
  }

  @Test
  @DisplayName("a link works once: after someone joined with it, it is used")
  void oneUse() {
    Invite used = new Invite(SHOP, OWNER, invite.issuedAt(), invite.expiresAt(), 2002L);
    assertTrue(used.isUsed());
    assertEquals(InviteVerdict.USED, InviteRule.judge(Optional.of(used), newcomer(3003), ISSUED));
  }

  @Test
  @DisplayName(
      "the owner following their own link, or a member tapping it, is told they are in: nothing is used")
  void alreadyInTeam() {
    assertEquals(
        InviteVerdict.ALREADY_IN_TEAM,
        InviteRule.judge(Optional.of(invite), memberOf(SHOP, OWNER), ISSUED));
    assertEquals(
        InviteVerdict.ALREADY_IN_TEAM,
        InviteRule.judge(Optional.of(invite), memberOf(SHOP, 2002), ISSUED));
    assertFalse(InviteVerdict.ALREADY_IN_TEAM.joins());
  }

  @Test
  @DisplayName("a person in another cabinet's team moves to this one")
  void memberOfAnotherCabinetSwitches() {
    assertEquals(
        InviteVerdict.SWITCH, InviteRule.judge(Optional.of(invite), memberOf(OTHER, 2002), ISSUED));
    assertTrue(InviteVerdict.SWITCH.joins());
  }

  @Test
  @DisplayName("a person who left a team (waiting for a token) simply joins")
  void formerMemberJoins() {
    Seller left = memberOf(SHOP, 2002).leftCabinet();
    assertEquals(InviteVerdict.JOIN, InviteRule.judge(Optional.of(invite), left, ISSUED));
  }

  @Test
  @DisplayName("an unknown link is unknown, whoever follows it")
  void unknown() {
    assertEquals(InviteVerdict.UNKNOWN, InviteRule.judge(Optional.empty(), newcomer(2002), ISSUED));
  }

  @Test
  @DisplayName("a used link that its own user follows again says they are in, not that it is used")
  void usedByThemselves() {
    Invite used = new Invite(SHOP, OWNER, invite.issuedAt(), invite.expiresAt(), 2002L);
    assertEquals(
        InviteVerdict.ALREADY_IN_TEAM,
        InviteRule.judge(Optional.of(used), memberOf(SHOP, 2002), ISSUED));
  }
}
