package com.wbassist.application.service;

import com.wbassist.application.port.out.ChatDeliveryException;
import com.wbassist.application.port.out.ChatUnreachableException;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.TeamOwners;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.webhook.WebhookSubscription;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Tells a cabinet's owner in the bot that a webhook subscription was paused. Told once, by whoever
 * paused it; a chat that cannot be reached now is not retried (the subscription's state says it in
 * the API too).
 */
public final class PausedWebhookNotice {
  private static final Logger LOG = System.getLogger(PausedWebhookNotice.class.getName());

  private final TeamOwners owners;
  private final SellerStore sellers;
  private final SellerChat chat;
  private final BotReplies replies;

  public PausedWebhookNotice(
      TeamOwners owners, SellerStore sellers, SellerChat chat, BotReplies replies) {
    this.owners = owners;
    this.sellers = sellers;
    this.chat = chat;
    this.replies = replies;
  }

  void tellOwner(WebhookSubscription paused) {
    Optional<Seller> owner = owners.ownerOf(paused.cabinet()).flatMap(sellers::find);
    if (owner.isEmpty() || !owner.get().active()) {
      LOG.log(
          Level.INFO,
          "webhook subscription " + paused.id() + " paused; its cabinet has no owner to tell");
      return;
    }
    try {
      chat.send(owner.get().chatId(), replies.webhookPaused(paused.url().toString(), paused.id()));
    } catch (ChatDeliveryException | ChatUnreachableException unreachable) {
      LOG.log(
          Level.WARNING,
          "webhook subscription "
              + paused.id()
              + " paused; its owner could not be told: "
              + unreachable.getMessage());
    }
  }
}
