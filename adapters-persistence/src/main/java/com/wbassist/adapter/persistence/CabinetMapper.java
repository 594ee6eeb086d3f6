package com.wbassist.adapter.persistence;

import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;

/**
 * Between the domain's cabinet and its row: the token is sealed on the way in and opened on the way
 * out.
 */
final class CabinetMapper {
  private final TokenCipher cipher;

  CabinetMapper(TokenCipher cipher) {
    this.cipher = cipher;
  }

  Cabinet toDomain(CabinetEntity row) {
    return new Cabinet(
        new CabinetId(row.sid),
        row.shopName,
        cipher.open(row.tokenCiphertext, row.sid),
        row.tokenExpiresAt,
        row.status,
        row.createdAt,
        row.primarySyncedAt,
        row.lastSyncAt,
        row.lastError);
  }

  /**
   * Copies the cabinet into its row; the token is sealed again only when it changed (a new IV each
   * time otherwise).
   */
  void copy(Cabinet cabinet, CabinetEntity row) {
    if (row.tokenCiphertext == null || !sameToken(row, cabinet.token())) {
      row.tokenCiphertext = cipher.seal(cabinet.token(), row.sid);
    }
    row.shopName = cabinet.shopName();
    row.tokenExpiresAt = cabinet.tokenExpiresAt();
    row.status = cabinet.status();
    row.createdAt = cabinet.createdAt();
    row.primarySyncedAt = cabinet.primarySyncedAt();
    row.lastSyncAt = cabinet.lastSyncAt();
    row.lastError = cabinet.lastError();
  }

  private boolean sameToken(CabinetEntity row, ApiToken token) {
    try {
      return cipher.open(row.tokenCiphertext, row.sid).equals(token);
    } catch (TokenKeyException unreadable) {
      return false; // sealed with an old key: seal it again with the current one
    }
  }
}
