package com.wbassist.application.service;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.ChatDeliveryException;
import com.wbassist.application.port.out.ChatMessageRefusedException;
import com.wbassist.application.port.out.ChatRateLimitedException;
import com.wbassist.application.port.out.ChatUnreachableException;
import com.wbassist.application.port.out.DailySummaries;
import com.wbassist.application.port.out.DueSummary;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.ShopFigures;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.figures.DaySummaryRenderer;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.summary.DailySummaryRound;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Sends the planned daily summaries, one small batch a call, inside the dispatcher's turn and only
 * when no live news waits: at 09:00 ten thousand summaries share Telegram's budget with live news,
 * and the dispatcher looks for news again after every batch, so news waits for one batch at most.
 *
 * <p>Each summary is sent, marked sent, then pinned, and the seller's previous summary unpinned —
 * pinning is best effort, a summary that could not be pinned is still sent. Only a crash between
 * the send and its mark repeats a summary, at most the batch's sends in flight, as with
 * notifications. One not sent by the end of its send day is given up.
 */
public final class DailySummarySending {
  private static final Logger LOG = System.getLogger(DailySummarySending.class.getName());

  /** Whether a send may start now under a claim made at {@code claimedAt}. */
  @FunctionalInterface
  public interface StartGate {
    boolean mayStart(Instant claimedAt);
  }

  private final DailySummaries summaries;
  private final SellerStore sellers;
  private final CabinetStore cabinets;
  private final ShopFigures figures;
  private final SellerChat chat;
  private final DispatchPolicy policy;
  private final Clock clock;
  private final DaySummaryRenderer renderer = new DaySummaryRenderer();

  public DailySummarySending(
      DailySummaries summaries,
      SellerStore sellers,
      CabinetStore cabinets,
      ShopFigures figures,
      SellerChat chat,
      DispatchPolicy policy,
      Clock clock) {
    this.summaries = summaries;
    this.sellers = sellers;
    this.cabinets = cabinets;
    this.figures = figures;
    this.chat = chat;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * Claims one batch — as many summaries as the policy has sends in flight — and sends it.
   *
   * @return true when it claimed summaries and started them all: there may be more
   */
  boolean sendBatch(Executor sends, StartGate gate, BotApiBreaker breaker) {
    Instant claimedAt = clock.instant();
    List<DueSummary> batch =
        summaries.claim(
            policy.concurrency(),
            DailySummaryRound.oldestSent(claimedAt),
            claimedAt,
            policy.lease());
    if (batch.isEmpty()) {
      return false;
    }
    Semaphore inFlight = new Semaphore(policy.concurrency());
    List<DueSummary> notStarted = new ArrayList<>();
    for (DueSummary due : batch) {
      if (!notStarted.isEmpty() || !gate.mayStart(claimedAt) || !breaker.allows(clock.instant())) {
        notStarted.add(due);
        continue;
      }
      Optional<Seller> seller = recipient(due);
      if (seller.isEmpty()) {
        continue;
      }
      inFlight.acquireUninterruptibly();
      try {
        sends.execute(
            () -> {
              try {
                send(due, seller.get(), breaker);
              } finally {
                inFlight.release();
              }
            });
      } catch (RejectedExecutionException stopping) {
        inFlight.release();
        notStarted.add(due);
      }
    }
    inFlight.acquireUninterruptibly(policy.concurrency());
    inFlight.release(policy.concurrency());
    if (!notStarted.isEmpty()) {
      summaries.unclaim(notStarted);
    }
    return notStarted.isEmpty();
  }

  /** The seller, if the summary is still theirs to get; otherwise it is recorded as not sent. */
  private Optional<Seller> recipient(DueSummary due) {
    Optional<Seller> seller = sellers.find(due.telegramId());
    if (seller.isEmpty() || !DailySummaryRound.stillWanted(seller.get())) {
      String why =
          seller.isPresent() && !seller.get().active()
              ? "recipient blocked the bot"
              : "no longer wanted (switched off, or not ready)";
      summaries.markFailed(due.telegramId(), due.day(), why, null, clock.instant());
      return Optional.empty();
    }
    return seller;
  }

  private void send(DueSummary due, Seller seller, BotApiBreaker breaker) {
    try {
      ChatMessage message = render(due, seller);
      long messageId = chat.send(seller.chatId(), message);
      summaries.markSent(due.telegramId(), due.day(), messageId, clock.instant());
      breaker.succeeded();
      chat.pin(seller.chatId(), messageId);
      if (due.previousMessageId() != null && due.previousMessageId() != messageId) {
        chat.unpin(seller.chatId(), due.previousMessageId());
      }
    } catch (ChatUnreachableException gone) {
      sellers.save(seller.unreachable());
      summaries.markFailed(due.telegramId(), due.day(), gone.getMessage(), null, clock.instant());
    } catch (ChatMessageRefusedException refused) {
      summaries.markFailed(
          due.telegramId(), due.day(), refused.getMessage(), null, clock.instant());
    } catch (ChatRateLimitedException wait) {
      retryLater(due, wait.getMessage(), wait.retryAfter());
    } catch (ChatDeliveryException failed) {
      breaker.failed(clock.instant());
      retryLater(due, failed.getMessage(), policy.backoffAfter(due.attempts() + 1));
    } catch (RuntimeException broken) {
      // The figures could not be read (the database, most likely): the summary waits, it is not
      // lost.
      LOG.log(Level.WARNING, "daily summary of " + due.day() + " not sent: " + broken, broken);
      retryLater(due, String.valueOf(broken.getMessage()), policy.backoffAfter(due.attempts() + 1));
    }
  }

  private ChatMessage render(DueSummary due, Seller seller) {
    String shopName = cabinets.find(seller.cabinet()).map(Cabinet::shopName).orElse("");
    return renderer.render(shopName, figures.summary(seller.cabinet(), Period.day(due.day())));
  }

  /** Again after {@code wait}, unless that is past the end of the summary's send day. */
  private void retryLater(DueSummary due, String error, Duration wait) {
    Instant now = clock.instant();
    Instant retryAt = now.plus(wait);
    summaries.markFailed(
        due.telegramId(),
        due.day(),
        error,
        retryAt.isBefore(DailySummaryRound.givenUpAt(due.day())) ? retryAt : null,
        now);
  }
}
