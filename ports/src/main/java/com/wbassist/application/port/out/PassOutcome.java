package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * What a sync pass records of its cabinet ({@link CabinetStore#recordPass}): only the columns the
 * pass owns — status, primary sync time, last sync time, last error. Never the token, its expiry or
 * the shop name: those are onboarding's, and a seller may replace them while a pass runs
 * (docs/decisions/0613).
 *
 * @param kind how the pass ended
 * @param at when
 * @param error what {@code last_error} becomes; {@code null} when the pass went well
 * @param tokenUsed for {@link Kind#TOKEN_REJECTED}: the token WB refused; {@code null} otherwise
 */
public record PassOutcome(Kind kind, Instant at, String error, ApiToken tokenUsed) {

  /** How a pass ended, as far as its cabinet is concerned. */
  public enum Kind {
    /** An incremental pass, or a primary one with failures: last sync and last error only. */
    ENDED,
    /** The primary sync finished: the cabinet is ready, unless another path paused it. */
    PRIMARY_FINISHED,
    /** WB refused the token: paused — only if the stored token is still the one WB refused. */
    TOKEN_REJECTED,
    /** The stored token cannot be read: paused — only if the stored token still cannot be read. */
    TOKEN_UNREADABLE
  }

  public PassOutcome {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    if (kind == Kind.TOKEN_REJECTED) {
      Objects.requireNonNull(tokenUsed, "tokenUsed");
    }
  }

  public static PassOutcome ended(Instant at, String error) {
    return new PassOutcome(Kind.ENDED, at, error, null);
  }

  public static PassOutcome primaryFinished(Instant at) {
    return new PassOutcome(Kind.PRIMARY_FINISHED, at, null, null);
  }

  public static PassOutcome tokenRejected(Instant at, String reason, ApiToken tokenUsed) {
    return new PassOutcome(Kind.TOKEN_REJECTED, at, reason, tokenUsed);
  }

  public static PassOutcome tokenUnreadable(Instant at) {
    return new PassOutcome(Kind.TOKEN_UNREADABLE, at, Cabinet.TOKEN_UNREADABLE_REASON, null);
  }

  /**
   * The status the pass leaves, given the one stored now (read under the lease, in the write's
   * transaction): {@code null} when the pass changes no status. A cabinet another path paused
   * meanwhile is not made ready by a primary sync that ends.
   */
  public CabinetStatus statusOver(CabinetStatus stored) {
    // No switch on the enum here: it would compile to a synthetic class in this package.
    if (kind == Kind.PRIMARY_FINISHED) {
      return stored.needsNewToken() ? null : CabinetStatus.READY;
    }
    if (kind == Kind.TOKEN_REJECTED) {
      return CabinetStatus.TOKEN_REJECTED;
    }
    if (kind == Kind.TOKEN_UNREADABLE) {
      return CabinetStatus.TOKEN_UNREADABLE;
    }
    return null;
  }

  /** What {@code primary_synced_at} becomes; {@code null}: unchanged. */
  public Instant primarySyncedAt() {
    return kind == Kind.PRIMARY_FINISHED ? at : null;
  }
}
