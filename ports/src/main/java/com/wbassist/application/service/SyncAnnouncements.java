package com.wbassist.application.service;

import com.wbassist.application.port.out.ChatDeliveryException;
import com.wbassist.application.port.out.ChatUnreachableException;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.seller.OnboardingState;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncStream;
import com.wbassist.domain.token.TokenCategory;
import com.wbassist.domain.token.TokenExpiryWarning;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Map;

/**
 * What sellers hear of their cabinet's sync: progress of the primary sync (one message edited), its
 * end (one "sync finished" message with the menu), its failure (once per new reason: it is
 * retried), and a token that can no longer be used: WB stopped taking it, or it cannot be read.
 */
public final class SyncAnnouncements {
  private static final Logger LOG = System.getLogger(SyncAnnouncements.class.getName());

  private final SellerStore sellers;
  private final SellerChat chat;
  private final BotReplies replies;

  public SyncAnnouncements(SellerStore sellers, SellerChat chat, BotReplies replies) {
    this.sellers = sellers;
    this.chat = chat;
    this.replies = replies;
  }

  void primaryProgress(Cabinet cabinet, SyncProgress progress) {
    for (Seller seller : sellers.linkedTo(cabinet.id())) {
      if (seller.state() == OnboardingState.SYNCING
          && seller.active()
          && seller.progressMessageId() != null) {
        talk(
            seller,
            () ->
                chat.edit(seller.chatId(), seller.progressMessageId(), replies.progress(progress)));
      }
    }
  }

  void primaryFinished(Cabinet cabinet) {
    for (Seller seller : sellers.linkedTo(cabinet.id())) {
      if (seller.state() == OnboardingState.SYNCING) {
        Seller ready = seller.ready().withProgressMessage(null);
        sellers.save(ready);
        if (ready.active()) {
          talk(ready, () -> chat.send(ready.chatId(), replies.syncFinished(cabinet.shopName())));
        }
      }
    }
  }

  void primaryFailed(Cabinet cabinet, SyncStream stream, String reason) {
    tellLinked(cabinet, OnboardingState.SYNCING, replies.primarySyncFailed(stream, reason));
  }

  void tokenRejected(Cabinet cabinet) {
    tellLinked(cabinet, null, replies.tokenRejectedLater(cabinet.shopName()));
  }

  void tokenUnreadable(Cabinet cabinet) {
    tellLinked(cabinet, null, replies.tokenUnreadableLater(cabinet.shopName()));
  }

  void tokenExpiring(Cabinet cabinet, TokenExpiryWarning warning) {
    tellLinked(
        cabinet,
        null,
        replies.tokenExpiring(cabinet.shopName(), warning, cabinet.tokenExpiresAt()));
  }

  void tokenLacksCategory(Cabinet cabinet, TokenCategory category, SyncStream stream) {
    tellLinked(cabinet, null, replies.tokenLacksCategory(cabinet.shopName(), category, stream));
  }

  void caughtUp(
      Cabinet cabinet, Instant deadSince, Instant revivedAt, Map<EventType, Integer> tally) {
    tellLinked(cabinet, null, replies.caughtUp(cabinet.shopName(), deadSince, revivedAt, tally));
  }

  private void tellLinked(Cabinet cabinet, OnboardingState onlyState, ChatMessage message) {
    for (Seller seller : sellers.linkedTo(cabinet.id())) {
      boolean concerned =
          onlyState == null
              ? seller.state() == OnboardingState.SYNCING || seller.state() == OnboardingState.READY
              : seller.state() == onlyState;
      if (concerned && seller.active()) {
        talk(seller, () -> chat.send(seller.chatId(), message));
      }
    }
  }

  private void talk(Seller seller, Runnable send) {
    try {
      send.run();
    } catch (ChatUnreachableException gone) {
      sellers.find(seller.telegramId()).ifPresent(s -> sellers.save(s.unreachable()));
    } catch (ChatDeliveryException failed) {
      // Progress and notices are best effort: the seller asks again and gets the current state.
      LOG.log(
          Level.WARNING,
          "could not tell seller " + seller.telegramId() + ": " + failed.getMessage());
    }
  }
}
