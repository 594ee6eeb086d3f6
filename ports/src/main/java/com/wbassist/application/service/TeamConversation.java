package com.wbassist.application.service;

import com.wbassist.application.port.in.ButtonPressed;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.application.port.out.TeamInvites;
import com.wbassist.application.port.out.TeamOwners;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.onboarding.TeamActions;
import com.wbassist.domain.onboarding.TeamReplies;
import com.wbassist.domain.seller.OnboardingState;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.team.Invite;
import com.wbassist.domain.team.InviteCode;
import com.wbassist.domain.team.Team;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A cabinet's team in the conversation: the «👥 Команда» screen and its buttons (invite, remove,
 * leave — each acting only within the presser's own cabinet and rights, checked at the press),
 * invite links followed, and what a token, a departure or a block means for the team (0621).
 */
public final class TeamConversation {
  private final SellerStore sellers;
  private final TeamInvites invites;
  private final SellerChat chat;
  private final TeamReplies replies = new TeamReplies();
  private final TeamChanges changes;
  private final InviteFollowing following;
  private final String botUsername;
  private final Clock clock;

  /**
   * @param botUsername the bot's Telegram username, for invite links; blank when not configured
   *     (invites are then unavailable, joining by token still works)
   */
  public TeamConversation(
      SellerStore sellers,
      CabinetStore cabinets,
      SyncRunLog runs,
      TeamOwners owners,
      TeamInvites invites,
      SellerChat chat,
      String botUsername,
      Clock clock) {
    this.sellers = sellers;
    this.invites = invites;
    this.chat = chat;
    this.botUsername = botUsername == null ? "" : botUsername.strip().replaceFirst("^@", "");
    this.clock = clock;
    this.changes = new TeamChanges(sellers, cabinets, owners, chat, replies, clock);
    this.following =
        new InviteFollowing(sellers, cabinets, invites, runs, chat, changes, replies, clock);
  }

  /** {@code /start <parameter>}: false when the parameter is not an invite's. */
  boolean followInvite(Seller seller, String startParameter) {
    return following.follow(seller, startParameter);
  }

  /**
   * A token was handled for {@code before}; {@code accepted} says whether WB took it. A member's
   * token of their own cabinet replaced its token (the owner is told); anyone else joined the
   * token's cabinet (its team is told, and the team they were in hears they left).
   */
  void tokenHandled(Seller before, boolean accepted) {
    if (!accepted) {
      return;
    }
    Seller after = sellers.find(before.telegramId()).orElse(null);
    if (after == null || !Team.isInAnyTeam(after)) {
      return;
    }
    if (Team.isMember(before, after.cabinet())) {
      changes.tokenReplaced(after);
    } else {
      changes.joined(after, Team.isInAnyTeam(before) ? before.cabinet() : null, true);
    }
  }

  /** The seller blocked the bot (already saved as unreachable): an owner stops owning. */
  void blocked(Seller seller) {
    if (Team.isInAnyTeam(seller)) {
      changes.stoppedOwning(seller.cabinet(), seller.telegramId());
    }
  }

  /** The team screen of a ready seller. */
  ChatMessage view(Seller seller) {
    Optional<Long> owner = changes.ownerOrClaim(seller);
    return replies.team(
        changes.shopName(seller.cabinet()),
        changes.members(seller.cabinet()),
        owner.orElse(null),
        seller.telegramId());
  }

  void press(Seller seller, ButtonPressed press) {
    if (seller.state() != OnboardingState.READY || seller.cabinet() == null) {
      chat.answerButton(press.callbackId(), TeamReplies.NOT_IN_TEAM);
      return;
    }
    String data = press.data();
    OptionalLong remove = TeamActions.removed(data);
    OptionalLong removeConfirmed = TeamActions.removedConfirmed(data);
    if (remove.isPresent() || removeConfirmed.isPresent() || TeamActions.INVITE.equals(data)) {
      if (!owns(seller)) {
        chat.answerButton(press.callbackId(), TeamReplies.ONLY_OWNER);
        return;
      }
      if (TeamActions.INVITE.equals(data)) {
        chat.answerButton(press.callbackId(), "");
        invite(seller, press);
      } else {
        removeMember(
            seller,
            press,
            remove.orElseGet(removeConfirmed::getAsLong),
            removeConfirmed.isPresent());
      }
      return;
    }
    switch (data) {
      case TeamActions.LEAVE -> {
        chat.answerButton(press.callbackId(), "");
        chat.edit(press.chatId(), press.messageId(), confirmLeave(seller));
      }
      case TeamActions.LEAVE_CONFIRMED -> {
        chat.answerButton(press.callbackId(), "");
        Seller left = seller.leftCabinet();
        sellers.save(left);
        chat.edit(
            press.chatId(), press.messageId(), replies.youLeft(changes.shopName(seller.cabinet())));
        changes.left(seller.cabinet(), seller);
      }
      default -> {
        chat.answerButton(press.callbackId(), "");
        chat.edit(press.chatId(), press.messageId(), view(seller));
      }
    }
  }

  private boolean owns(Seller seller) {
    return changes.ownerOf(seller.cabinet()).filter(o -> o == seller.telegramId()).isPresent();
  }

  private void invite(Seller owner, ButtonPressed press) {
    if (botUsername.isEmpty()) {
      chat.send(press.chatId(), replies.invitesUnavailable());
      return;
    }
    InviteCode code = InviteCode.fresh();
    Invite invite = Invite.issue(owner.cabinet(), owner.telegramId(), clock.instant());
    invites.issue(code.digest(), invite);
    chat.send(
        press.chatId(),
        replies.inviteLink(changes.shopName(owner.cabinet()), code.link(botUsername), invite));
  }

  private void removeMember(Seller owner, ButtonPressed press, long memberId, boolean confirmed) {
    CabinetId cabinet = owner.cabinet();
    Optional<Seller> member =
        sellers
            .find(memberId)
            .filter(m -> m.telegramId() != owner.telegramId() && Team.isMember(m, cabinet));
    if (member.isEmpty()) {
      chat.answerButton(press.callbackId(), TeamReplies.NO_SUCH_MEMBER);
      chat.edit(press.chatId(), press.messageId(), view(owner));
      return;
    }
    if (!confirmed) {
      chat.answerButton(press.callbackId(), "");
      chat.edit(press.chatId(), press.messageId(), replies.confirmRemove(member.get()));
      return;
    }
    Seller removed = member.get();
    sellers.save(removed.leftCabinet());
    chat.answerButton(press.callbackId(), TeamReplies.REMOVED);
    changes.removed(cabinet, removed, owner.telegramId());
    changes.tell(removed, replies.youWereRemoved(changes.shopName(cabinet)));
    chat.edit(press.chatId(), press.messageId(), view(owner));
  }

  private ChatMessage confirmLeave(Seller seller) {
    CabinetId cabinet = seller.cabinet();
    boolean owner = owns(seller);
    Seller successor =
        owner
            ? Team.successor(cabinet, sellers.linkedTo(cabinet), seller.telegramId()).orElse(null)
            : null;
    return replies.confirmLeave(changes.shopName(cabinet), successor, owner && successor == null);
  }
}
