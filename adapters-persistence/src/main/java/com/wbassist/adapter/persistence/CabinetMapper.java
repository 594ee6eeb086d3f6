package com.wbassist.adapter.persistence;

import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Between the domain's cabinet and its row: the token is sealed on the way in and opened on the way
 * out. A token that does not open (sealed with another key) spoils its own cabinet only: that one
 * is read as {@code TOKEN_UNREADABLE}, without a token, and the rest are read as usual
 * (docs/decisions/0604).
 */
final class CabinetMapper {
  private static final Logger LOG = System.getLogger(CabinetMapper.class.getName());

  private final TokenCipher cipher;

  CabinetMapper(TokenCipher cipher) {
    this.cipher = cipher;
  }

  Cabinet toDomain(CabinetEntity row) {
    ApiToken token = openedToken(row);
    return new Cabinet(
        new CabinetId(row.sid),
        row.shopName,
        token,
        row.tokenExpiresAt,
        token == null ? CabinetStatus.TOKEN_UNREADABLE : row.status,
        row.createdAt,
        row.primarySyncedAt,
        row.lastSyncAt,
        row.lastError);
  }

  /**
   * Copies the cabinet into its row; the token is sealed again only when it changed (a new IV each
   * time otherwise). A cabinet read without a token keeps the sealed bytes it has.
   */
  void copy(Cabinet cabinet, CabinetEntity row) {
    if (cabinet.token() != null
        && (row.tokenCiphertext == null || !sameToken(row, cabinet.token()))) {
      row.tokenCiphertext = cipher.seal(cabinet.token(), row.sid);
    } else if (row.tokenCiphertext == null) {
      throw new IllegalArgumentException(
          "cabinet " + row.sid + " has no token to store: only a stored token can be unreadable");
    }
    row.shopName = cabinet.shopName();
    row.tokenExpiresAt = cabinet.tokenExpiresAt();
    row.status = cabinet.status();
    row.createdAt = cabinet.createdAt();
    row.primarySyncedAt = cabinet.primarySyncedAt();
    row.lastSyncAt = cabinet.lastSyncAt();
    row.lastError = cabinet.lastError();
  }

  private ApiToken openedToken(CabinetEntity row) {
    try {
      return cipher.open(row.tokenCiphertext, row.sid);
    } catch (TokenKeyException unreadable) {
      // Operators hear of it until the sync has paused the cabinet; after that, the status says it.
      if (row.status != CabinetStatus.TOKEN_UNREADABLE) {
        LOG.log(
            Level.WARNING,
            unreadable.getMessage()
                + "; the cabinet is not synced until a seller sends the token again");
      }
      return null;
    }
  }

  /** Whether the row's sealed token opens and is {@code token}. */
  boolean holds(CabinetEntity row, ApiToken token) {
    return sameToken(row, token);
  }

  /** Whether the row's sealed token opens with a key this server holds. */
  boolean opens(CabinetEntity row) {
    try {
      cipher.open(row.tokenCiphertext, row.sid);
      return true;
    } catch (TokenKeyException unreadable) {
      return false;
    }
  }

  private boolean sameToken(CabinetEntity row, ApiToken token) {
    try {
      return cipher.open(row.tokenCiphertext, row.sid).equals(token);
    } catch (TokenKeyException unreadable) {
      return false; // sealed with an old key: seal it again with the current one
    }
  }
}
