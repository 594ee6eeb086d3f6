package com.wbassist.application.service;

import com.wbassist.application.port.out.RequestTurns;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The WB requests one stream may make in one pass: as many as it needs, or — for a stream WB limits
 * to a request now and then for the cabinet's token — one, taken as a turn every server sees
 * ({@link RequestTurns}), and none while the last turn's gap runs. A stream asks before each
 * request; when it may not, it stops where it is and the next pass goes on from its cursor.
 */
final class StreamRequests {
  private final RequestTurns turns;
  private final CabinetId cabinet;
  private final SyncStream stream;
  private final Optional<Duration> gap;
  private final Clock clock;
  private boolean used;

  private StreamRequests(
      RequestTurns turns,
      CabinetId cabinet,
      SyncStream stream,
      Optional<Duration> gap,
      Clock clock) {
    this.turns = turns;
    this.cabinet = cabinet;
    this.stream = stream;
    this.gap = gap;
    this.clock = clock;
  }

  static StreamRequests unlimited() {
    return new StreamRequests(null, null, null, Optional.empty(), null);
  }

  static StreamRequests oneTurn(
      RequestTurns turns, CabinetId cabinet, SyncStream stream, Duration gap, Clock clock) {
    return new StreamRequests(turns, cabinet, stream, Optional.of(gap), clock);
  }

  /** Whether the stream pages freely. */
  boolean isUnlimited() {
    return gap.isEmpty();
  }

  /** How many turns the stream had taken before this pass: which list a review turn reads. */
  long turnsTakenBefore() {
    return gap.isEmpty() ? 0 : turns.last(cabinet, stream).map(t -> t.taken()).orElse(0L);
  }

  /**
   * Whether the stream, allowed no request now, still has more to read than its turns brought: its
   * last turn's page was not its last (or it never had a turn). A first sync is not finished while
   * a stream is behind.
   */
  boolean behind() {
    if (gap.isEmpty()) {
      return false;
    }
    return turns.last(cabinet, stream).map(last -> !last.readToTheEnd()).orElse(true);
  }

  /** The stream was read to its end by this pass's request. */
  void readToTheEnd() {
    if (used) {
      turns.readToTheEnd(cabinet, stream);
    }
  }

  /** Asks for the next request: true when it may be made now (and counts it). */
  boolean next() {
    if (gap.isEmpty()) {
      return true;
    }
    if (used) {
      return false;
    }
    var now = clock.instant();
    used = turns.take(cabinet, stream, now, now.plus(gap.get()));
    return used;
  }
}
