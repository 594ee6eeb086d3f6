package com.wbassist.application.service;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.application.port.out.TeamInvites;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.onboarding.TeamReplies;
import com.wbassist.domain.seller.OnboardingState;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.team.Invite;
import com.wbassist.domain.team.InviteCode;
import com.wbassist.domain.team.InviteRule;
import com.wbassist.domain.team.InviteVerdict;
import com.wbassist.domain.team.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Someone opened the bot with an invite link ({@code /start team_…}): judged by {@link InviteRule},
 * the invite used by one conditional write, and the newcomer linked to the cabinet the way a token
 * would have linked them — ready at once, or syncing beside the others — without seeing its token.
 */
final class InviteFollowing {
  private final SellerStore sellers;
  private final CabinetStore cabinets;
  private final TeamInvites invites;
  private final SyncRunLog runs;
  private final SellerChat chat;
  private final TeamChanges changes;
  private final TeamReplies replies;
  private final BotReplies botReplies = new BotReplies();
  private final Clock clock;

  InviteFollowing(
      SellerStore sellers,
      CabinetStore cabinets,
      TeamInvites invites,
      SyncRunLog runs,
      SellerChat chat,
      TeamChanges changes,
      TeamReplies replies,
      Clock clock) {
    this.sellers = sellers;
    this.cabinets = cabinets;
    this.invites = invites;
    this.runs = runs;
    this.chat = chat;
    this.changes = changes;
    this.replies = replies;
    this.clock = clock;
  }

  /**
   * Follows the invite a {@code /start} parameter carries.
   *
   * @return false when the parameter is no invite's: the {@code /start} is an ordinary one
   */
  boolean follow(Seller seller, String startParameter) {
    Optional<InviteCode> code = InviteCode.fromStartParameter(startParameter);
    if (code.isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    Seller asking = seller.state() == OnboardingState.NEW ? seller.awaitingToken() : seller;
    String digest = code.get().digest();
    Optional<Invite> invite = invites.find(digest);
    Optional<Cabinet> cabinet = invite.flatMap(i -> cabinets.find(i.cabinet()));
    InviteVerdict verdict =
        InviteRule.judge(cabinet.isEmpty() ? Optional.empty() : invite, asking, now);
    if (verdict.joins() && !invites.use(digest, asking.telegramId(), now)) {
      // Someone else used it a moment ago (or it expired in between): as if we had seen that.
      verdict = InviteVerdict.USED;
    }
    switch (verdict) {
      case JOIN, SWITCH -> join(asking, cabinet.orElseThrow(), now);
      case ALREADY_IN_TEAM ->
          answer(asking, replies.alreadyInTeam(cabinet.orElseThrow().shopName()));
      case EXPIRED -> answer(asking, replies.inviteExpired());
      case USED -> answer(asking, replies.inviteUsed());
      case UNKNOWN -> answer(asking, replies.inviteUnknown());
    }
    if (!verdict.joins() && seller.state() == OnboardingState.NEW) {
      // Someone new whose link did not work still needs the welcome: what the bot does, how to
      // get a token.
      chat.send(asking.chatId(), botReplies.welcome());
    }
    return true;
  }

  private void join(Seller asking, Cabinet cabinet, Instant now) {
    CabinetId previous = Team.isInAnyTeam(asking) ? asking.cabinet() : null;
    String previousShop = previous == null ? null : changes.shopName(previous);
    CabinetId id = cabinet.id();
    Seller linked = asking.linkedTo(id, cabinet.isReady(), now);
    if (cabinet.isReady()) {
      sellers.save(linked);
      chat.send(
          linked.chatId(), replies.joinedByInvite(cabinet.shopName(), previousShop, true, null));
    } else {
      SyncProgress progress = runs.currentProgress(id).orElse(SyncProgress.starting());
      long message =
          chat.send(
              linked.chatId(),
              replies.joinedByInvite(cabinet.shopName(), previousShop, false, progress));
      sellers.save(linked.withProgressMessage(message));
      if (cabinets.find(id).map(Cabinet::isReady).orElse(false)) {
        // The primary sync ended while they were being linked: they missed its announcement.
        Seller ready = linked.ready();
        sellers.save(ready);
        chat.send(ready.chatId(), botReplies.syncFinished(cabinet.shopName()));
      }
    }
    changes.joined(linked, previous, false);
  }

  private void answer(Seller asking, ChatMessage message) {
    sellers.save(asking);
    chat.send(asking.chatId(), message);
  }
}
