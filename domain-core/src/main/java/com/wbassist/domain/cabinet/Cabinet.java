package com.wbassist.domain.cabinet;

import java.time.Instant;
import java.util.Objects;

/**
 * One WB seller account, synced once for every seller linked to it. Aggregate root of the sync
 * side: its status says whether the primary sync has set the baseline, and whether it has a token
 * to sync with — one WB still accepts and the server can still read.
 *
 * @param id the WB {@code sid}
 * @param shopName what the seller calls the shop (WB trade mark, else the legal name)
 * @param token the API token used for every WB call of this cabinet; {@code null} only when the
 *     stored token could not be read ({@link CabinetStatus#TOKEN_UNREADABLE})
 * @param tokenExpiresAt when WB stops accepting the token ({@code exp} of the JWT)
 * @param status where the cabinet stands
 * @param createdAt when the first seller connected it
 * @param primarySyncedAt when the primary sync finished, {@code null} before
 * @param lastSyncAt when the last sync pass ended, {@code null} before the first
 * @param lastError what went wrong in the last pass, in plain words, {@code null} when it went well
 */
public record Cabinet(
    CabinetId id,
    String shopName,
    ApiToken token,
    Instant tokenExpiresAt,
    CabinetStatus status,
    Instant createdAt,
    Instant primarySyncedAt,
    Instant lastSyncAt,
    String lastError) {

  /**
   * What {@link #lastError} says once the cabinet is paused for a token that cannot be read;
   * sellers read it under «Статус».
   */
  public static final String TOKEN_UNREADABLE_REASON =
      "сохранённый токен больше не читается — пришлите токен ещё раз";

  public Cabinet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    if (token == null && status != CabinetStatus.TOKEN_UNREADABLE) {
      throw new IllegalArgumentException(
          "cabinet " + id + " has no token, so its status must be TOKEN_UNREADABLE, not " + status);
    }
    Objects.requireNonNull(createdAt, "createdAt");
    shopName = shopName == null ? "" : shopName;
  }

  /** A cabinet seen for the first time: its primary sync is yet to run. */
  public static Cabinet connect(
      CabinetId id, String shopName, ApiToken token, Instant tokenExpiresAt, Instant now) {
    return new Cabinet(
        id, shopName, token, tokenExpiresAt, CabinetStatus.SYNCING, now, null, null, null);
  }

  public boolean isReady() {
    return status == CabinetStatus.READY;
  }

  /** The next sync is the primary one as long as no primary sync has finished. */
  public boolean needsPrimarySync() {
    return primarySyncedAt == null;
  }

  /** The cabinet waits for a seller to send a token: WB refused its own, or it cannot be read. */
  public boolean needsNewToken() {
    return status.needsNewToken();
  }

  /**
   * A seller sent a new token of the same account: use it from now on, and resume if the cabinet
   * was waiting for one.
   */
  public Cabinet withNewToken(ApiToken newToken, Instant newExpiry, String newShopName) {
    Objects.requireNonNull(newToken, "newToken");
    CabinetStatus resumed =
        status.needsNewToken()
            ? (primarySyncedAt == null ? CabinetStatus.SYNCING : CabinetStatus.READY)
            : status;
    String name = newShopName == null || newShopName.isBlank() ? shopName : newShopName;
    return new Cabinet(
        id, name, newToken, newExpiry, resumed, createdAt, primarySyncedAt, lastSyncAt, null);
  }

  public Cabinet primarySyncFinished(Instant now) {
    return new Cabinet(
        id, shopName, token, tokenExpiresAt, CabinetStatus.READY, createdAt, now, now, null);
  }

  public Cabinet syncEnded(Instant now, String error) {
    return new Cabinet(
        id, shopName, token, tokenExpiresAt, status, createdAt, primarySyncedAt, now, error);
  }

  public Cabinet tokenRejected(Instant now, String reason) {
    return new Cabinet(
        id,
        shopName,
        token,
        tokenExpiresAt,
        CabinetStatus.TOKEN_REJECTED,
        createdAt,
        primarySyncedAt,
        now,
        reason);
  }

  /**
   * The stored token cannot be read: the cabinet is paused until a seller sends the token again,
   * and says why in {@link #lastError}.
   */
  public Cabinet tokenUnreadable(Instant now) {
    return new Cabinet(
        id,
        shopName,
        token,
        tokenExpiresAt,
        CabinetStatus.TOKEN_UNREADABLE,
        createdAt,
        primarySyncedAt,
        now,
        TOKEN_UNREADABLE_REASON);
  }

  /**
   * Whether the pause for an unreadable token is already recorded — and its sellers were told. A
   * cabinet read with an unreadable token is marked {@code TOKEN_UNREADABLE} at once, but only the
   * sync records the pause, once.
   */
  /**
   * This cabinet as storage reads it when its stored token no longer opens (sealed with another
   * key): without a token, {@link CabinetStatus#TOKEN_UNREADABLE}, everything else as stored.
   */
  public Cabinet readWithoutToken() {
    return new Cabinet(
        id,
        shopName,
        null,
        tokenExpiresAt,
        CabinetStatus.TOKEN_UNREADABLE,
        createdAt,
        primarySyncedAt,
        lastSyncAt,
        lastError);
  }

  public boolean pausedForUnreadableToken() {
    return status == CabinetStatus.TOKEN_UNREADABLE && TOKEN_UNREADABLE_REASON.equals(lastError);
  }
}
