package com.wbassist.domain.cabinet;

/** Where a cabinet stands with WB. */
public enum CabinetStatus {
  /** The primary sync has not finished yet; its sellers wait for it. */
  SYNCING,
  /** The baseline is loaded; every sync now tells sellers what is new. */
  READY,
  /** WB refused the token (401/403): the cabinet is not synced until a seller sends a new one. */
  TOKEN_REJECTED,
  /**
   * The stored token cannot be read (it was sealed with a key this server does not hold): the
   * cabinet is not synced until a seller sends the token again. WB never saw anything wrong.
   */
  TOKEN_UNREADABLE;

  /** The cabinet waits for a seller to send a token; nothing is synced until then. */
  public boolean needsNewToken() {
    return this == TOKEN_REJECTED || this == TOKEN_UNREADABLE;
  }
}
