package com.wbassist.adapter.telegram;

import com.wbassist.application.port.out.ChatDeliveryException;
import com.wbassist.application.port.out.ChatRateLimitedException;
import com.wbassist.application.port.out.ChatUnreachableException;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Makes Bot API calls the way Telegram asks bots to: each message waits for its turn under the
 * global and per-chat limits, a 429 waits {@code retry_after} and tries again, 5xx and timeouts
 * back off and try again, 403 and "chat not found" stop at once ({@link ChatUnreachableException}),
 * other refusals stop at once ({@link BotApiRejection}).
 */
final class PoliteCaller {
  private static final Logger LOG = System.getLogger(PoliteCaller.class.getName());

  /** One HTTP attempt of a call; run again for each retry. */
  interface Attempt {
    BotApiReply run() throws IOException, InterruptedException;
  }

  /** What a call counts against. */
  enum Pace {
    CHAT,
    GLOBAL,
    NONE
  }

  private final SendPacer pacer;
  private final Ticker ticker;
  private final BotApiSettings settings;
  private final SecretMask mask;

  PoliteCaller(SendPacer pacer, Ticker ticker, BotApiSettings settings) {
    this.pacer = pacer;
    this.ticker = ticker;
    this.settings = settings;
    this.mask = new SecretMask(settings.botToken());
  }

  JsonValue call(String method, Pace pace, long chatId, Attempt attempt) {
    try {
      return callInterruptibly(method, pace, chatId, attempt);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new ChatDeliveryException(method + " interrupted");
    }
  }

  private JsonValue callInterruptibly(String method, Pace pace, long chatId, Attempt attempt)
      throws InterruptedException {
    String lastProblem = "";
    long backoff = settings.firstBackoff().toNanos();
    for (int attemptNo = 1; attemptNo <= settings.maxAttempts(); attemptNo++) {
      awaitTurn(pace, chatId);
      BotApiReply reply;
      try {
        reply = attempt.run();
      } catch (IOException failed) {
        lastProblem =
            failed.getClass().getSimpleName()
                + " "
                + mask.mask(String.valueOf(failed.getMessage()));
        backoff = backOff(method, attemptNo, lastProblem, backoff);
        continue;
      }
      if (reply.ok()) {
        return reply.result();
      }
      lastProblem = reply.errorCode() + " " + mask.mask(reply.description());
      if (reply.isFloodWait()) {
        waitOut(method, pace, chatId, reply.retryAfterSeconds(), attemptNo);
      } else if (reply.isServerSide()) {
        backoff = backOff(method, attemptNo, lastProblem, backoff);
      } else if (reply.isUnreachableChat()) {
        throw new ChatUnreachableException(mask.mask(reply.description()));
      } else if (reply.errorCode() == 404) {
        // The Bot API itself is not there (a wrong token or URL, or an endpoint being redeployed):
        // the message is
        // fine, so it stays for a later dispatch instead of being refused for good.
        throw new ChatDeliveryException(method + " found no Bot API: " + lastProblem);
      } else {
        throw new BotApiRejection(method, reply.errorCode(), mask.mask(reply.description()));
      }
    }
    LOG.log(Level.WARNING, () -> method + " gave up after " + settings.maxAttempts() + " attempts");
    throw new ChatDeliveryException(
        method + " failed after " + settings.maxAttempts() + " attempts: " + lastProblem);
  }

  private void awaitTurn(Pace pace, long chatId) throws InterruptedException {
    switch (pace) {
      case CHAT -> pacer.awaitChatTurn(chatId);
      case GLOBAL -> pacer.awaitGlobalTurn();
      case NONE -> {}
    }
  }

  /**
   * Telegram said how long to wait: the chat is held that long (a chat call then waits in the
   * pacer).
   */
  private void waitOut(String method, Pace pace, long chatId, int retryAfterSeconds, int attemptNo)
      throws InterruptedException {
    long seconds = Math.max(1, retryAfterSeconds);
    if (seconds > settings.maxRetryAfter().toSeconds()) {
      // Longer than a send may block here: the dispatcher keeps the message and tries again then.
      throw new ChatRateLimitedException(
          method + " rate-limited by Telegram for " + seconds + " s", Duration.ofSeconds(seconds));
    }
    LOG.log(Level.INFO, () -> method + " got 429, waiting " + seconds + " s");
    long nanos = TimeUnit.SECONDS.toNanos(seconds);
    if (pace == Pace.CHAT) {
      pacer.holdChat(chatId, nanos);
    } else if (attemptNo < settings.maxAttempts()) {
      ticker.sleepNanos(nanos);
    }
  }

  /** Sleeps before the next attempt (not after the last) and returns the next, doubled wait. */
  private long backOff(String method, int attemptNo, String problem, long wait)
      throws InterruptedException {
    LOG.log(Level.INFO, () -> method + " attempt " + attemptNo + " failed: " + problem);
    if (attemptNo < settings.maxAttempts()) {
      ticker.sleepNanos(wait);
    }
    return wait * 2;
  }
}
