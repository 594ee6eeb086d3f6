package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.TeamInvites;
import com.wbassist.application.port.out.TeamOwners;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.team.Invite;
import com.wbassist.domain.team.InviteCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Owners and invites on PostgreSQL: conditional writes that hold under two servers at once. */
class TeamsOnPostgresTest extends DatabaseTest {
  private static final Instant NOW = moscow("2026-11-18T10:00:00");
  private static final CabinetId SHOP = new CabinetId("shop-teams");
  private final TeamOwners owners = adapters.teamOwners();
  private final TeamInvites invites = adapters.teamInvites();

  private Seller member(long id, Instant joined) {
    Seller seller = Seller.newcomer(id, id, "P" + id).linkedTo(SHOP, true, joined);
    adapters.sellers().save(seller);
    return seller;
  }

  @Test
  @DisplayName("the first claim owns the cabinet; a second finds it owned")
  void claim() {
    assertEquals(Optional.empty(), owners.ownerOf(SHOP));
    assertTrue(owners.claimIfNone(SHOP, 1, NOW));
    assertFalse(owners.claimIfNone(SHOP, 2, NOW));
    assertEquals(Optional.of(1L), owners.ownerOf(SHOP));
  }

  @Test
  @DisplayName(
      "the owner goes: the earliest remaining member who hears the bot owns it (ties by Telegram id)")
  void succession() {
    Seller owner = member(1, NOW);
    adapters.sellers().save(member(2, NOW.plusSeconds(5)).unreachable());
    member(9, NOW.plusSeconds(10));
    member(7, NOW.plusSeconds(10));
    member(3, NOW.plusSeconds(20));
    owners.claimIfNone(SHOP, 1, NOW);
    adapters.sellers().save(owner.leftCabinet());
    assertEquals(Optional.of(7L), owners.passOn(SHOP, 1, NOW));
    assertEquals(Optional.of(7L), owners.ownerOf(SHOP));
    assertEquals(Optional.empty(), owners.passOn(SHOP, 1, NOW), "no longer hers to pass on");
    assertEquals(Optional.of(7L), owners.ownerOf(SHOP));
  }

  @Test
  @DisplayName("the last member goes: the cabinet has no owner until someone claims it")
  void nobodyLeft() {
    Seller owner = member(1, NOW);
    owners.claimIfNone(SHOP, 1, NOW);
    adapters.sellers().save(owner.leftCabinet());
    assertEquals(Optional.empty(), owners.passOn(SHOP, 1, NOW));
    assertEquals(Optional.empty(), owners.ownerOf(SHOP));
    assertTrue(owners.claimIfNone(SHOP, 5, NOW));
  }

  @Test
  @DisplayName("an invite is kept by its digest only, and read back as it was made")
  void inviteStored() {
    InviteCode code = InviteCode.fresh();
    Invite invite = Invite.issue(SHOP, 1, NOW);
    invites.issue(code.digest(), invite);
    assertEquals(Optional.of(invite), invites.find(code.digest()));
    String raw = code.startParameter().substring(InviteCode.START_PREFIX.length());
    assertEquals(
        0L, count("select count(*) from team_invites where code_digest like '%" + raw + "%'"));
    assertEquals(Optional.empty(), invites.find(InviteCode.fresh().digest()));
  }

  @Test
  @DisplayName("an invite is used once, never at or after exactly 14 days")
  void useOnceWithinFourteenDays() {
    String fresh = InviteCode.fresh().digest();
    invites.issue(fresh, Invite.issue(SHOP, 1, NOW));
    assertTrue(invites.use(fresh, 2, NOW.plus(Duration.ofDays(14)).minusMillis(1)));
    assertFalse(invites.use(fresh, 3, NOW.plus(Duration.ofDays(1))));
    assertEquals(2L, invites.find(fresh).orElseThrow().usedBy());

    String old = InviteCode.fresh().digest();
    invites.issue(old, Invite.issue(SHOP, 1, NOW));
    assertFalse(invites.use(old, 2, NOW.plus(Duration.ofDays(14))));
    assertFalse(invites.find(old).orElseThrow().isUsed());
  }

  @Test
  @DisplayName("two people following one link at the same moment: exactly one joins")
  void oneUseUnderRace() throws Exception {
    for (int round = 0; round < 20; round++) {
      String digest = InviteCode.fresh().digest();
      invites.issue(digest, Invite.issue(SHOP, 1, NOW));
      List<Boolean> used = race(id -> invites.use(digest, id, NOW.plusSeconds(1)));
      assertEquals(1, used.stream().filter(b -> b).count(), "round " + round + ": " + used);
    }
  }

  @Test
  @DisplayName("two people claiming an owner-less cabinet at the same moment: exactly one owns it")
  void oneOwnerUnderRace() throws Exception {
    for (int round = 0; round < 20; round++) {
      CabinetId cabinet = new CabinetId("race-" + round);
      List<Boolean> claimed = race(id -> owners.claimIfNone(cabinet, id, NOW));
      assertEquals(1, claimed.stream().filter(b -> b).count(), "round " + round);
    }
  }

  /** Runs the same call for four people at once, released together. */
  private static List<Boolean> race(java.util.function.LongPredicate call) throws Exception {
    int people = 4;
    ExecutorService pool = Executors.newFixedThreadPool(people);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (long id = 100; id < 100 + people; id++) {
        long person = id;
        Callable<Boolean> task =
            () -> {
              start.await();
              return call.test(person);
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      List<Boolean> outcomes = new ArrayList<>();
      for (Future<Boolean> result : results) {
        outcomes.add(result.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
