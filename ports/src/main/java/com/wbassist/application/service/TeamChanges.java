package com.wbassist.application.service;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.ChatDeliveryException;
import com.wbassist.application.port.out.ChatUnreachableException;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.TeamOwners;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.onboarding.TeamReplies;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.team.Team;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What follows when a team changes, once the member's own link is saved: who owns the cabinet now,
 * and who is told. Members hear of everyone who joins or leaves; the owner hears of a token a
 * member sent; whoever becomes owner is told, and so are the others.
 */
final class TeamChanges {
  private static final Logger LOG = System.getLogger(TeamChanges.class.getName());

  private final SellerStore sellers;
  private final CabinetStore cabinets;
  private final TeamOwners owners;
  private final SellerChat chat;
  private final TeamReplies replies;
  private final Clock clock;

  TeamChanges(
      SellerStore sellers,
      CabinetStore cabinets,
      TeamOwners owners,
      SellerChat chat,
      TeamReplies replies,
      Clock clock) {
    this.sellers = sellers;
    this.cabinets = cabinets;
    this.owners = owners;
    this.chat = chat;
    this.replies = replies;
    this.clock = clock;
  }

  /**
   * {@code member} was just linked to their cabinet; {@code previous} is the cabinet whose team
   * they were in before, {@code null} when none. The first member of a cabinet nobody owns owns it.
   */
  void joined(Seller member, CabinetId previous, boolean byToken) {
    CabinetId cabinet = member.cabinet();
    if (previous != null && !previous.equals(cabinet)) {
      left(previous, member);
    }
    boolean owns = owners.claimIfNone(cabinet, member.telegramId(), clock.instant());
    String shop = shopName(cabinet);
    List<Seller> others = othersOf(cabinet, member.telegramId());
    if (owns && !others.isEmpty()) {
      tell(member, replies.youOwnNow(shop));
    }
    ChatMessage notice = replies.memberJoined(member, shop, byToken);
    others.forEach(other -> tell(other, notice));
  }

  /** A member sent a new token of their own cabinet, which WB accepted: the owner hears of it. */
  void tokenReplaced(Seller member) {
    ownerOf(member.cabinet())
        .filter(owner -> owner != member.telegramId())
        .flatMap(sellers::find)
        .ifPresent(owner -> tell(owner, replies.tokenReplaced(member, shopName(member.cabinet()))));
  }

  /** {@code former} left the cabinet's team, or was moved out of it (their link already saved). */
  void left(CabinetId cabinet, Seller former) {
    ChatMessage notice = replies.memberLeft(former, shopName(cabinet));
    othersOf(cabinet, former.telegramId()).forEach(other -> tell(other, notice));
    stoppedOwning(cabinet, former.telegramId());
  }

  /**
   * The owner removed {@code former} (their link already saved): the others hear of it, not the
   * owner, who sees the list change under their finger.
   */
  void removed(CabinetId cabinet, Seller former, long owner) {
    ChatMessage notice = replies.memberRemoved(former, shopName(cabinet));
    othersOf(cabinet, former.telegramId()).stream()
        .filter(other -> other.telegramId() != owner)
        .forEach(other -> tell(other, notice));
  }

  /**
   * Whoever {@code former} is, if they own the cabinet the next member owns it and everyone is
   * told; for anyone else nothing happens.
   */
  void stoppedOwning(CabinetId cabinet, long former) {
    Optional<Seller> next = owners.passOn(cabinet, former, clock.instant()).flatMap(sellers::find);
    if (next.isEmpty()) {
      return;
    }
    Seller owner = next.get();
    String shop = shopName(cabinet);
    tell(owner, replies.youOwnNow(shop));
    ChatMessage notice = replies.newOwner(owner, shop);
    othersOf(cabinet, owner.telegramId()).forEach(other -> tell(other, notice));
  }

  /**
   * The cabinet's owner. An owner who is no longer a member (two of them left at the same moment,
   * each seeing the other still there), or whom the bot can no longer reach (Telegram refused a
   * notification: they blocked the bot without the bot hearing of it), is replaced here, the first
   * time anyone asks.
   */
  Optional<Long> ownerOf(CabinetId cabinet) {
    Optional<Long> owner = owners.ownerOf(cabinet);
    if (owner.isPresent()
        && sellers
            .find(owner.get())
            .filter(s -> Team.isMember(s, cabinet) && s.active())
            .isEmpty()) {
      stoppedOwning(cabinet, owner.get());
      return owners.ownerOf(cabinet);
    }
    return owner;
  }

  /** An owner-less cabinet is owned by the first member who looks at its team. */
  Optional<Long> ownerOrClaim(Seller viewer) {
    Optional<Long> owner = ownerOf(viewer.cabinet());
    if (owner.isEmpty()
        && viewer.active()
        && owners.claimIfNone(viewer.cabinet(), viewer.telegramId(), clock.instant())) {
      return Optional.of(viewer.telegramId());
    }
    return owner.isEmpty() ? owners.ownerOf(viewer.cabinet()) : owner;
  }

  List<Seller> members(CabinetId cabinet) {
    return Team.members(cabinet, sellers.linkedTo(cabinet));
  }

  String shopName(CabinetId cabinet) {
    return cabinets.find(cabinet).map(Cabinet::shopName).orElse("");
  }

  private List<Seller> othersOf(CabinetId cabinet, long telegramId) {
    return members(cabinet).stream()
        .filter(s -> s.telegramId() != telegramId && s.active())
        .toList();
  }

  /** Notices are best effort: the member list shows the truth whenever they look. */
  void tell(Seller seller, ChatMessage message) {
    try {
      chat.send(seller.chatId(), message);
    } catch (ChatUnreachableException gone) {
      sellers.find(seller.telegramId()).ifPresent(s -> sellers.save(s.unreachable()));
    } catch (ChatDeliveryException failed) {
      LOG.log(
          Level.WARNING,
          "could not tell seller " + seller.telegramId() + ": " + failed.getMessage());
    }
  }
}
