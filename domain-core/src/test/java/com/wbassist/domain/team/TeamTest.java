package com.wbassist.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TeamTest {
  private static final CabinetId SHOP = new CabinetId("shop-1");
  private static final Instant MONDAY = Instant.parse("2026-11-16T06:00:00Z");

  private static Seller member(long id, Instant joined) {
    return Seller.newcomer(id, id, "P" + id).linkedTo(SHOP, true, joined);
  }

  @Test
  @DisplayName("when the owner goes, the earliest remaining member owns the cabinet")
  void earliestRemainingMember() {
    Seller owner = member(1, MONDAY);
    Seller second = member(3, MONDAY.plusSeconds(60));
    Seller third = member(2, MONDAY.plusSeconds(120));
    assertEquals(
        3L, Team.successor(SHOP, List.of(third, owner, second), 1).orElseThrow().telegramId());
  }

  @Test
  @DisplayName("two who joined at the same instant: the smaller Telegram id first")
  void tieByTelegramId() {
    Seller owner = member(1, MONDAY);
    assertEquals(
        5L,
        Team.successor(SHOP, List.of(owner, member(9, MONDAY), member(5, MONDAY)), 1)
            .orElseThrow()
            .telegramId());
  }

  @Test
  @DisplayName("a member who blocked the bot, or is not in the team any more, is passed over")
  void onlyMembersWhoHearTheBot() {
    Seller owner = member(1, MONDAY);
    Seller blocked = member(2, MONDAY.plusSeconds(1)).unreachable();
    Seller gone = member(3, MONDAY.plusSeconds(2)).leftCabinet();
    Seller elsewhere = member(4, MONDAY.plusSeconds(3)).linkedTo(new CabinetId("x"), true, MONDAY);
    Seller next = member(6, MONDAY.plusSeconds(9));
    assertEquals(
        6L,
        Team.successor(SHOP, List.of(owner, blocked, gone, elsewhere, next), 1)
            .orElseThrow()
            .telegramId());
  }

  @Test
  @DisplayName("the last member going leaves the cabinet without an owner")
  void nobodyLeft() {
    assertTrue(Team.successor(SHOP, List.of(member(1, MONDAY)), 1).isEmpty());
  }

  @Test
  @DisplayName("the member list is the team only, oldest first")
  void members() {
    Seller late = member(1, MONDAY.plusSeconds(10));
    Seller early = member(2, MONDAY);
    Seller gone = member(3, MONDAY).leftCabinet();
    assertEquals(List.of(early, late), Team.members(SHOP, List.of(late, gone, early)));
  }
}
