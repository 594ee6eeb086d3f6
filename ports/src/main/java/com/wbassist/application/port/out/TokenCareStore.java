package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.token.TokenCategory;
import com.wbassist.domain.token.TokenExpiryWarning;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What the sync remembers of a cabinet's token between passes, each written by one conditional
 * update so that however many servers ask, one of them tells the members (docs/decisions/0622). A
 * token is named by its expiry ({@code exp}, as stored with the cabinet): what is remembered of one
 * token means nothing for the next, so accepting a new token resets it without a write.
 */
public interface TokenCareStore {

  /**
   * Records that the members were warned {@code warning} before {@code expiresAt} — only if the
   * cabinet's stored token still expires then, and neither this warning nor a later one was
   * recorded for it.
   *
   * @return whether this call recorded it: its caller, and no one else, tells the members
   */
  boolean expiryWarned(CabinetId cabinet, Instant expiresAt, TokenExpiryWarning warning);

  /** The categories WB refused the token expiring at {@code expiresAt} for; empty for another. */
  Set<TokenCategory> refusedCategories(CabinetId cabinet, Instant expiresAt);

  /**
   * Records that WB refused the token expiring at {@code expiresAt} on a host of {@code category} —
   * only if it is still the cabinet's stored token and the refusal is not recorded yet.
   *
   * @return whether this call recorded it: its caller tells the members which category to add
   */
  boolean categoryRefused(CabinetId cabinet, Instant expiresAt, TokenCategory category);

  /**
   * WB refused the cabinet's token at {@code at}: the start of its dead time, unless one is kept.
   */
  void tokenDied(CabinetId cabinet, Instant at);

  /** Since when the cabinet's token was dead, when a new one has not caught up yet. */
  Optional<Instant> deadSince(CabinetId cabinet);

  /**
   * The dead time since {@code deadSince} is caught up: forgotten, only if it is still the one
   * kept.
   *
   * @return whether this call forgot it: its caller, and no one else, sends the summary
   */
  boolean caughtUp(CabinetId cabinet, Instant deadSince);
}
