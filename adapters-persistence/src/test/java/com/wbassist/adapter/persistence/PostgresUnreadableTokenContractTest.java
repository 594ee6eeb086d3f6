package com.wbassist.adapter.persistence;

import com.wbassist.application.contract.UnreadableTokenContract;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.CabinetId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The database adapter reads a token sealed with another key as the in-memory fake is told to. */
class PostgresUnreadableTokenContractTest extends UnreadableTokenContract {
  private static PersistenceAdapters adapters;

  @BeforeAll
  static void open() {
    adapters =
        PersistenceAdapters.create(
            EmbeddedDatabase.shared().dataSource(),
            TokenCipher.fromBase64Key(TokenCipher.generateKey()));
  }

  @AfterAll
  static void close() {
    adapters.close();
  }

  @Override
  protected CabinetStore emptyCabinets() {
    EmbeddedDatabase.shared().truncate();
    return adapters.cabinets();
  }

  @Override
  protected void makeTokenUnreadable(CabinetId id) {
    SealedElsewhere.seal(id, new ApiToken("eyJ.sealed-elsewhere.sig"));
  }
}
