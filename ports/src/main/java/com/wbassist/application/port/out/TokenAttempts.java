package com.wbassist.application.port.out;

import com.wbassist.domain.token.TokenAttemptLimit;
import com.wbassist.domain.token.TokenAttemptVerdict;
import java.time.Instant;

/**
 * The tokens each person sent lately, shared by every server of the bot, so that someone who sends
 * too many is asked to wait whichever server their messages reach (each token the bot takes costs a
 * call to WB).
 */
public interface TokenAttempts {
  /**
   * Judges an attempt of {@code telegramId} at {@code now} by {@code limit} against their earlier
   * attempts, records it when it is let through, and forgets their attempts that left the window. A
   * refused attempt is not recorded, so the wait it was told holds.
   *
   * <p>One atomic step per person: of several attempts at once with room for one, exactly one is
   * let through, whichever servers they reach.
   */
  TokenAttemptVerdict attempt(long telegramId, Instant now, TokenAttemptLimit limit);
}
