package com.wbassist.domain.cabinet;

/** Where a cabinet stands with WB. */
public enum CabinetStatus {
  /** The primary sync has not finished yet; its sellers wait for it. */
  SYNCING,
  /** The baseline is loaded; every sync now tells sellers what is new. */
  READY,
  /** WB refused the token (401/403): the cabinet is not synced until a seller sends a new one. */
  TOKEN_REJECTED
}
