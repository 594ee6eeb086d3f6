package com.wbassist.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who sends the bot's messages now: a lease on the one dispatching turn of the cluster, kept where
 * every server sees it. A dead holder's turn runs out by itself and is taken over by the next
 * server that asks; a holder that gives its turn back leaves a short quiet gap, so the messages it
 * sent in its last second and the next holder's first do not add up past Telegram's limit.
 */
public interface DispatchTurns {
  /**
   * Takes the turn for {@code holder} until {@code now + term}, raising its epoch: when nobody
   * holds it at {@code now}, or {@code holder} held it last (its own quiet gap does not hold it
   * back).
   *
   * @return empty when another holder has it
   */
  Optional<DispatchTurn> take(String holder, Instant now, Duration term);

  /**
   * Runs the exact turn given — same holder, same epoch — until {@code now + term}, if it is still
   * held at {@code now}.
   *
   * @return empty when it ran out or was taken over: its holder starts no more sends
   */
  Optional<DispatchTurn> renew(DispatchTurn turn, Instant now, Duration term);

  /**
   * Gives the turn back: free for anyone from {@code now + quietGap} (for its holder at once).
   * Nothing when the turn is no longer this one.
   */
  void giveBack(DispatchTurn turn, Instant now, Duration quietGap);
}
