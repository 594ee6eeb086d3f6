package com.wbassist.domain.sync;

import com.wbassist.domain.token.TokenType;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What WB lets a token of each type ask of each stream, where it matters beyond a minute: a Base
 * token (without a service secret) may read orders once in 3 hours, sales once in 2 hours, reviews
 * 5 times an hour one at a time, and may not read the stocks report at all (WB-AND-TELEGRAM-API.md
 * §2.4). Such a request is a scarce turn: taken once, the next is not before the gap, whichever
 * server or pass asks. Minute-scale limits of the other types are the WB adapter's to keep.
 */
public final class TokenRequestLimits {
  private static final Map<SyncStream, Duration> BASE_GAPS =
      Map.of(
          SyncStream.ORDERS, Duration.ofHours(3),
          SyncStream.SALES, Duration.ofHours(2),
          SyncStream.FEEDBACKS, Duration.ofMinutes(12));

  /** Whether WB gives the stream to the token type at all. */
  public boolean offered(TokenType type, SyncStream stream) {
    return !(type == TokenType.BASE && stream == SyncStream.STOCKS);
  }

  /**
   * The least time between two requests of the stream for the token type, when that is a turn of
   * its own (one request per turn); empty when the stream may page freely in a pass.
   */
  public Optional<Duration> gapBetweenRequests(TokenType type, SyncStream stream) {
    return type == TokenType.BASE ? Optional.ofNullable(BASE_GAPS.get(stream)) : Optional.empty();
  }

  /** Whether the token type is held to turns: its sellers are told why news comes slower. */
  public boolean slow(TokenType type) {
    return type == TokenType.BASE;
  }
}
