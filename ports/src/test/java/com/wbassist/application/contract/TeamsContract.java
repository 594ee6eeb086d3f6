package com.wbassist.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.SellerStore;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link TeamOwners} and {@link TeamInvites} must do — the in-memory
 * fakes and the database adapters alike: conditional writes that hold under several servers at
 * once. Extend it and return fresh, empty ports from {@link #emptyTeams()}.
 */
public abstract class TeamsContract {
  protected static final Instant NOW = Instant.parse("2026-11-18T07:00:00Z");
  protected static final CabinetId SHOP = new CabinetId("shop-teams");

  /** The ports a team needs, over one empty storage: owners are chosen among its sellers. */
  public record TeamPorts(SellerStore sellers, TeamOwners owners, TeamInvites invites) {}

  private SellerStore sellers;
  private TeamOwners owners;
  protected TeamInvites invites;

  /** Fresh ports on an empty storage. */
  protected abstract TeamPorts emptyTeams();

  @BeforeEach
  void openTeams() {
    TeamPorts ports = emptyTeams();
    sellers = ports.sellers();
    owners = ports.owners();
    invites = ports.invites();
  }

  private Seller member(long id, Instant joined) {
    Seller seller = Seller.newcomer(id, id, "P" + id).linkedTo(SHOP, true, joined);
    sellers.save(seller);
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
    sellers.save(member(2, NOW.plusSeconds(5)).unreachable());
    member(9, NOW.plusSeconds(10));
    member(7, NOW.plusSeconds(10));
    member(3, NOW.plusSeconds(20));
    owners.claimIfNone(SHOP, 1, NOW);
    sellers.save(owner.leftCabinet());
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
    sellers.save(owner.leftCabinet());
    assertEquals(Optional.empty(), owners.passOn(SHOP, 1, NOW));
    assertEquals(Optional.empty(), owners.ownerOf(SHOP));
    assertTrue(owners.claimIfNone(SHOP, 5, NOW));
  }

  @Test
  @DisplayName("an invite is found by its digest, as it was made; another code finds nothing")
  void inviteStored() {
    InviteCode code = InviteCode.fresh();
    Invite invite = Invite.issue(SHOP, 1, NOW);
    invites.issue(code.digest(), invite);
    assertEquals(Optional.of(invite), invites.find(code.digest()));
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

  @Test
  @DisplayName("two servers handing over the same owner at once: one hand-over, one new owner")
  void oneHandOverUnderRace() throws Exception {
    for (int round = 0; round < 20; round++) {
      CabinetId cabinet = new CabinetId("hand-over-" + round);
      long first = 1000L * (round + 1);
      Seller owner = Seller.newcomer(first, first, "owner").linkedTo(cabinet, true, NOW);
      sellers.save(owner);
      for (long next = first + 1; next <= first + 3; next++) {
        sellers.save(
            Seller.newcomer(next, next, "member").linkedTo(cabinet, true, NOW.plusSeconds(next)));
      }
      owners.claimIfNone(cabinet, first, NOW);
      sellers.save(owner.leftCabinet());
      List<Boolean> handed = race(id -> owners.passOn(cabinet, first, NOW).isPresent());
      assertEquals(1, handed.stream().filter(b -> b).count(), "round " + round + ": " + handed);
      assertEquals(Optional.of(first + 1), owners.ownerOf(cabinet));
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
