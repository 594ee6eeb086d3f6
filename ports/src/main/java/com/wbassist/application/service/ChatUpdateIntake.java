package com.wbassist.application.service;

import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.port.in.HandleChatUpdate;
import com.wbassist.application.port.in.HandleStoredUpdates;
import com.wbassist.application.port.in.ReceiveChatUpdate;
import com.wbassist.application.port.out.StoredUpdate;
import com.wbassist.application.port.out.UpdateInbox;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Chat updates go through the {@link UpdateInbox} on their way to the conversation: stored before
 * they are acknowledged, erased once handled, and handled from the inbox when the server that took
 * one died or failed. Handling twice is harmless — the conversation handles each update id once
 * ({@code ProcessedUpdates}) — so an update is erased only after the conversation is done with it.
 * One that keeps failing is given up after {@link UpdateInboxPolicy#maxAttempts()} and set aside,
 * never dropped in silence.
 */
public final class ChatUpdateIntake implements ReceiveChatUpdate, HandleStoredUpdates {
  private static final Logger LOG = System.getLogger(ChatUpdateIntake.class.getName());

  private final UpdateInbox inbox;
  private final HandleChatUpdate conversation;
  private final UpdateInboxPolicy policy;
  private final Clock clock;

  public ChatUpdateIntake(
      UpdateInbox inbox, HandleChatUpdate conversation, UpdateInboxPolicy policy, Clock clock) {
    this.inbox = inbox;
    this.conversation = conversation;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public boolean store(ChatUpdate update) {
    return inbox.store(update, clock.instant(), policy.hold());
  }

  @Override
  public void handleStored(ChatUpdate update) {
    handle(update);
  }

  @Override
  public int handlePending() {
    Instant claimed = clock.instant();
    Instant leaseEnds = claimed.plus(policy.lease());
    List<StoredUpdate> pending = inbox.claim(claimed, policy.lease(), policy.batchSize());
    int handled = 0;
    for (StoredUpdate stored : pending) {
      if (!clock.instant().isBefore(leaseEnds)) {
        // The rest may be claimed by another server now; they are its to handle.
        break;
      }
      if (stored.attempts() > policy.maxAttempts()) {
        giveUp(stored);
      } else if (handle(stored.update())) {
        handled++;
      }
    }
    return handled;
  }

  /** True when the conversation handled the update (it is erased then). */
  private boolean handle(ChatUpdate update) {
    try {
      conversation.handle(update);
    } catch (RuntimeException failed) {
      LOG.log(
          Level.ERROR,
          "update "
              + update.updateId()
              + " ("
              + update.getClass().getSimpleName()
              + ") failed; it stays stored and is tried again",
          failed);
      return false;
    }
    erase(update.updateId());
    return true;
  }

  /**
   * An update taken {@code maxAttempts} times without being handled is erased and set aside: its
   * id, its person and why are kept for operators ({@code GET /api/admin/set-aside}), never what it
   * said (it may be a WB token).
   */
  private void giveUp(StoredUpdate stored) {
    ChatUpdate update = stored.update();
    String reason =
        update.getClass().getSimpleName()
            + " not handled after "
            + (stored.attempts() - 1)
            + " attempts; given up";
    LOG.log(Level.ERROR, "update " + update.updateId() + " (" + reason + "): erased and set aside");
    try {
      inbox.giveUp(update.updateId(), reason, clock.instant());
    } catch (RuntimeException failed) {
      // Still stored: given up again by the next claim once its lease runs out.
      LOG.log(
          Level.WARNING,
          "update " + update.updateId() + " given up but not set aside: " + failed.getMessage());
    }
  }

  private void erase(long updateId) {
    try {
      inbox.handled(updateId);
    } catch (RuntimeException failed) {
      // Handled but still stored: it comes back once its hold runs out, and the conversation
      // knows it already.
      LOG.log(
          Level.WARNING, "update " + updateId + " handled but not erased: " + failed.getMessage());
    }
  }
}
