package com.wbassist.application.fakes;

import com.wbassist.application.port.out.DispatchTurn;
import com.wbassist.application.port.out.DispatchTurns;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The cluster's one dispatching turn in memory, with the same rules as the database's. */
public final class InMemoryDispatchTurns implements DispatchTurns {
  private String holder = "";
  private long epoch;
  private Instant heldUntil = Instant.EPOCH;

  @Override
  public synchronized Optional<DispatchTurn> take(String who, Instant now, Duration term) {
    if (heldUntil.isAfter(now) && !holder.equals(who)) {
      return Optional.empty();
    }
    holder = who;
    epoch++;
    heldUntil = now.plus(term);
    return Optional.of(new DispatchTurn(holder, epoch, heldUntil));
  }

  @Override
  public synchronized Optional<DispatchTurn> renew(DispatchTurn turn, Instant now, Duration term) {
    if (!ours(turn) || !heldUntil.isAfter(now)) {
      return Optional.empty();
    }
    heldUntil = now.plus(term);
    return Optional.of(new DispatchTurn(holder, epoch, heldUntil));
  }

  @Override
  public synchronized void giveBack(DispatchTurn turn, Instant now, Duration quietGap) {
    if (ours(turn)) {
      heldUntil = now.plus(quietGap);
    }
  }

  private boolean ours(DispatchTurn turn) {
    return turn.holder().equals(holder) && turn.epoch() == epoch;
  }
}
