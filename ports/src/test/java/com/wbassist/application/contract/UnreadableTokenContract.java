package com.wbassist.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.sync.SyncLease;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a {@link CabinetStore} does with a cabinet whose stored token no longer opens (sealed with
 * another key): it reads it marked, never fails the others, and takes a new token for it. Extend it
 * with an empty store and a way to spoil one stored token.
 */
public abstract class UnreadableTokenContract {
  protected static final Instant NOW = Instant.parse("2026-11-18T07:00:00Z");
  private static final CabinetId SPOILED = new CabinetId("a-shop-with-a-spoiled-token");
  private static final CabinetId FINE = new CabinetId("b-shop-that-is-fine");
  private static final Duration LEASE = Duration.ofMinutes(5);

  private CabinetStore cabinets;
  private Cabinet fine;

  /** A fresh store on an empty storage. */
  protected abstract CabinetStore emptyCabinets();

  /** The stored token of this cabinet no longer opens, as if sealed with another key. */
  protected abstract void makeTokenUnreadable(CabinetId id);

  @BeforeEach
  void twoShops() {
    cabinets = emptyCabinets();
    cabinets.save(shop(SPOILED, "eyJ.spoiled.sig").primarySyncFinished(NOW));
    fine = shop(FINE, "eyJ.fine.sig").primarySyncFinished(NOW);
    cabinets.save(fine);
    makeTokenUnreadable(SPOILED);
  }

  private static Cabinet shop(CabinetId id, String token) {
    return Cabinet.connect(id, id.sid(), new ApiToken(token), NOW.plus(Duration.ofDays(90)), NOW);
  }

  @Test
  @DisplayName("the cabinet is read marked TOKEN_UNREADABLE, without a token, beside the others")
  void readMarked() {
    Cabinet spoiled = cabinets.find(SPOILED).orElseThrow();
    assertEquals(CabinetStatus.TOKEN_UNREADABLE, spoiled.status());
    assertNull(spoiled.token());
    assertEquals(NOW, spoiled.primarySyncedAt(), "everything else as stored");
    assertEquals(List.of(spoiled, fine), cabinets.all());
  }

  @Test
  @DisplayName("it is due until its pause is saved, then never; the others stay due")
  void dueUntilPaused() {
    Instant later = NOW.plusSeconds(600);
    List<SyncLease> claimed = cabinets.claimDue(later, Duration.ZERO, LEASE, 10);
    assertEquals(Set.of(SPOILED, FINE), cabinetsOf(claimed));
    cabinets.save(cabinets.find(SPOILED).orElseThrow().tokenUnreadable(later));
    claimed.forEach(cabinets::release);
    assertEquals(Set.of(FINE), cabinetsOf(cabinets.claimDue(later, Duration.ZERO, LEASE, 10)));
    Cabinet paused = cabinets.find(SPOILED).orElseThrow();
    assertTrue(paused.pausedForUnreadableToken(), "the pause is kept, the token still unreadable");
  }

  @Test
  @DisplayName("a token sent again repairs the cabinet: readable, resumed, due again")
  void resentTokenRepairs() {
    Instant later = NOW.plusSeconds(600);
    cabinets.save(cabinets.find(SPOILED).orElseThrow().tokenUnreadable(later));
    ApiToken resent = new ApiToken("eyJ.resent.sig");
    cabinets.save(cabinets.find(SPOILED).orElseThrow().withNewToken(resent, null, null));
    Cabinet repaired = cabinets.find(SPOILED).orElseThrow();
    assertEquals(resent, repaired.token());
    assertEquals(CabinetStatus.READY, repaired.status());
    assertEquals(
        Set.of(SPOILED, FINE), cabinetsOf(cabinets.claimDue(later, Duration.ZERO, LEASE, 10)));
  }

  private static Set<CabinetId> cabinetsOf(List<SyncLease> leases) {
    return leases.stream().map(SyncLease::cabinet).collect(Collectors.toSet());
  }
}
