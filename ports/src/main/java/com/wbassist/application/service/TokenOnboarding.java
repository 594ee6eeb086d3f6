package com.wbassist.application.service;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.SellerAccount;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.SyncRequests;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.application.port.out.TokenAttempts;
import com.wbassist.application.port.out.WbAccountCheck;
import com.wbassist.application.port.out.WbTokenRejectedException;
import com.wbassist.application.port.out.WbUnavailableException;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.seller.OnboardingState;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.sync.SyncLease;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.token.TokenAttemptLimit;
import com.wbassist.domain.token.TokenAttemptVerdict;
import com.wbassist.domain.token.TokenInspector;
import com.wbassist.domain.token.TokenRefusal;
import com.wbassist.domain.token.TokenVerdict;
import com.wbassist.domain.token.WbTokenClaims;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A seller sent a token: make sure they have not sent too many lately, check it locally, then once
 * with WB, then link the seller to the cabinet it opens — a new cabinet starts its primary sync; a
 * known one is joined (ready at once, or beside the sellers already waiting); the same account's
 * new token replaces the old one.
 */
public final class TokenOnboarding {
  /**
   * How long onboarding may hold a cabinet while it links the seller (a message to Telegram or
   * two): if it dies meanwhile, the cabinet's first sync starts this much later.
   */
  static final Duration HOLD = Duration.ofMinutes(2);

  private final SellerStore sellers;
  private final CabinetStore cabinets;
  private final SyncRunLog runs;
  private final TokenAttempts attempts;
  private final WbAccountCheck wb;
  private final SellerChat chat;
  private final SyncRequests syncRequests;
  private final BotReplies replies;
  private final TokenInspector inspector = new TokenInspector();
  private final TokenAttemptLimit limit = TokenAttemptLimit.FIVE_IN_TEN_MINUTES;
  private final Clock clock;

  public TokenOnboarding(
      SellerStore sellers,
      CabinetStore cabinets,
      SyncRunLog runs,
      TokenAttempts attempts,
      WbAccountCheck wb,
      SellerChat chat,
      SyncRequests syncRequests,
      BotReplies replies,
      Clock clock) {
    this.sellers = sellers;
    this.cabinets = cabinets;
    this.runs = runs;
    this.attempts = attempts;
    this.wb = wb;
    this.chat = chat;
    this.syncRequests = syncRequests;
    this.replies = replies;
    this.clock = clock;
  }

  /**
   * Handles a token-looking text.
   *
   * @return whether WB accepted the token and the seller is linked to its cabinet
   */
  boolean submit(Seller seller, String rawToken) {
    Instant now = clock.instant();
    Seller asking = seller.state() == OnboardingState.NEW ? seller.awaitingToken() : seller;
    // Counted before any check: every token-shaped message is one the bot may take to WB.
    TokenAttemptVerdict turn = attempts.attempt(seller.telegramId(), now, limit);
    if (!turn.allowed()) {
      sellers.save(asking);
      chat.send(asking.chatId(), replies.tooManyTokenAttempts(turn));
      return false;
    }
    TokenVerdict verdict = inspector.inspect(rawToken, now);
    if (!verdict.isAccepted()) {
      refuse(asking, verdict);
      return false;
    }
    ApiToken token = new ApiToken(rawToken);
    SellerAccount account;
    try {
      account = wb.verify(token);
    } catch (WbTokenRejectedException rejected) {
      refuse(asking, TokenVerdict.refused(TokenRefusal.REJECTED_BY_WB));
      return false;
    } catch (WbUnavailableException unavailable) {
      refuse(asking, TokenVerdict.refused(TokenRefusal.WB_UNAVAILABLE));
      return false;
    }
    WbTokenClaims claims = verdict.claims().orElseThrow();
    // The token's own sid names the account; seller-info agrees for every real token.
    CabinetId id = new CabinetId(claims.sellerId());
    Optional<Cabinet> known = cabinets.find(id);
    boolean startSync = known.isEmpty() || known.get().needsNewToken();
    // No pass may start on a cabinet whose sync this onboarding asks for until the seller waits for
    // it: a first sync that ended before they were saved as waiting would never tell them it ended.
    // So the cabinet is held (leased) from the moment it takes the token until the seller is
    // linked, and its sync is asked for once it is free again.
    Optional<SyncLease> hold =
        startSync && known.isPresent() ? cabinets.claim(id, now, HOLD) : Optional.empty();
    // An existing cabinet takes the token as it is stored now, not as read above: a pass may have
    // recorded its first sync meanwhile.
    Cabinet cabinet =
        known
            .flatMap(
                existing -> cabinets.acceptToken(id, token, claims.expiresAt(), account.shopName()))
            .orElse(null);
    if (cabinet == null) {
      cabinet = Cabinet.connect(id, account.shopName(), token, claims.expiresAt(), now);
      hold = Optional.of(cabinets.connect(cabinet, now, HOLD));
      startSync = true;
    }
    try {
      link(asking, cabinet, known.isPresent(), startSync, verdict, now);
    } finally {
      hold.ifPresent(cabinets::release);
    }
    if (startSync) {
      syncRequests.syncSoon(id);
    }
    return true;
  }

  /** The seller is linked to the cabinet and told where it stands. */
  private void link(
      Seller asking,
      Cabinet cabinet,
      boolean known,
      boolean startSync,
      TokenVerdict verdict,
      Instant now) {
    CabinetId id = cabinet.id();
    Seller linked = asking.linkedTo(id, cabinet.isReady(), now);
    if (cabinet.isReady()) {
      sellers.save(linked);
      chat.send(
          linked.chatId(),
          replies.joinedReady(cabinet.shopName(), verdict.warnings(), linked.settings()));
      return;
    }
    var message =
        known
            ? replies.joinedSyncing(
                cabinet.shopName(),
                runs.currentProgress(id).orElse(SyncProgress.starting()),
                verdict.warnings())
            : replies.syncStarted(cabinet.shopName(), verdict.warnings());
    long progressMessage = chat.send(linked.chatId(), message);
    sellers.save(linked.withProgressMessage(progressMessage));
    if (!startSync && cabinets.find(id).map(Cabinet::isReady).orElse(false)) {
      // The primary sync this seller joined ended while they were being linked: they missed its
      // announcement.
      Seller ready = linked.ready();
      sellers.save(ready);
      chat.send(ready.chatId(), replies.syncFinished(cabinet.shopName()));
    }
  }

  private void refuse(Seller seller, TokenVerdict verdict) {
    sellers.save(seller);
    chat.send(seller.chatId(), replies.tokenRefused(verdict));
  }
}
