package com.wbassist.adapter.persistence;

import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.CabinetId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Puts a token sealed with a key nobody configured into a cabinet's row — what a server with
 * another {@code WB_ASSIST_TOKEN_KEY}, or a restored backup, leaves behind.
 */
final class SealedElsewhere {
  private SealedElsewhere() {}

  static void seal(CabinetId cabinet, ApiToken token) {
    byte[] sealed = TokenCipher.fromBase64Key(TokenCipher.generateKey()).seal(token, cabinet.sid());
    try (Connection connection = EmbeddedDatabase.shared().dataSource().getConnection();
        PreparedStatement update =
            connection.prepareStatement("update cabinets set token_ciphertext = ? where sid = ?")) {
      update.setBytes(1, sealed);
      update.setString(2, cabinet.sid());
      if (update.executeUpdate() != 1) {
        throw new IllegalStateException("no stored cabinet " + cabinet);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
