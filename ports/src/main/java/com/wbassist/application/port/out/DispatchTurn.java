package com.wbassist.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * The right to send the bot's messages, as one server holds it: one holder at a time for the whole
 * cluster, because Telegram's budget of about 30 messages a second is the bot's, not a server's.
 * Every take raises the epoch, so the epoch names the holder: a renewal that carries an older epoch
 * is refused.
 *
 * @param holder the server that took it (a name unique to that server's run)
 * @param epoch the take's number among all takes, raised by every take
 * @param until when the turn runs out unless its holder renews it; its holder starts no send after
 *     that (less a safety margin), and nobody else may take it before
 */
public record DispatchTurn(String holder, long epoch, Instant until) {
  public DispatchTurn {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(until, "until");
    if (epoch < 1) {
      throw new IllegalArgumentException("a turn's epoch is positive, was " + epoch);
    }
  }
}
