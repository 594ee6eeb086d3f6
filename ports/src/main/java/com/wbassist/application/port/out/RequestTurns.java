package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncStream;
import java.time.Instant;
import java.util.Optional;

/**
 * The scarce WB requests of a cabinet's streams (a Base token's orders once in 3 hours…), kept
 * where every server sees them and across restarts: when the next may be made, and how many were
 * made.
 */
public interface RequestTurns {
  /** The stream's last turn, if it ever took one. */
  Optional<RequestTurn> last(CabinetId cabinet, SyncStream stream);

  /**
   * Takes a turn at {@code now}, the next not before {@code nextAt} — only if no other pass took
   * one meanwhile (the stored turn is still not after {@code now}); not read to the end until said.
   *
   * @return false when the turn was not this pass's to take
   */
  boolean take(CabinetId cabinet, SyncStream stream, Instant now, Instant nextAt);

  /**
   * The stream's last turn brought its page and the stream was read to its end (it is not behind
   * while it waits for its next turn).
   */
  void readToTheEnd(CabinetId cabinet, SyncStream stream);

  /**
   * @param nextAt the earliest moment of the next request
   * @param taken how many turns the stream has taken so far
   * @param readToTheEnd whether the last turn read the stream to its end
   */
  record RequestTurn(Instant nextAt, long taken, boolean readToTheEnd) {}
}
