package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.wbassist.application.contract.UpdateInboxContract;
import com.wbassist.application.port.out.SetAsideEntry;
import com.wbassist.application.port.out.SetAsideKind;
import com.wbassist.application.port.out.SetAsideRows;
import com.wbassist.application.port.out.StoredUpdate;
import com.wbassist.application.port.out.UpdateInbox;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The database keeps stored chat updates as the in-memory fake does — also for several servers at
 * once, each claimer on its own connection — and keeps what they say sealed at rest.
 */
class PostgresUpdateInboxContractTest extends UpdateInboxContract {
  private static final String TOKEN =
      "eyJhbGciOiJFUzI1NiIsImtpZCI6IjIwMjUwMTIwdjEifQ.eyJzaWQiOiJzZWNyZXQtc2hvcCJ9.c2VjcmV0";

  @Override
  protected UpdateInbox emptyInbox() {
    return ContractAdapters.emptied().updateInbox();
  }

  @Override
  protected SetAsideRows setAside() {
    return ContractAdapters.current().setAsideRows();
  }

  @Test
  @DisplayName(
      "a pasted token is sealed at rest: the stored row holds neither the token nor its parts")
  void sealedAtRest() {
    inbox.store(text(1, ANNA, TOKEN), NOW, HOLD);
    byte[] raw = storedBytes(1);
    String asText = new String(raw, StandardCharsets.ISO_8859_1);
    String asHex = HexFormat.of().formatHex(raw);
    for (String part : TOKEN.split("\\.")) {
      assertFalse(asText.contains(part), "a part of the token in the row");
      assertFalse(
          asHex.contains(HexFormat.of().formatHex(part.getBytes(StandardCharsets.UTF_8))),
          "a part of the token in the row's bytes");
    }
    assertFalse(asText.contains("Анна"), "nothing of the update is readable");
    assertEquals(
        TOKEN,
        ((com.wbassist.application.port.in.TextReceived)
                inbox.claim(NOW.plus(HOLD), LEASE, 1).get(0).update())
            .text());
  }

  @Test
  @DisplayName(
      "a row that does not open (another key, or copied from another update) is deleted and set"
          + " aside with its id and person, not handed out, and the rest are")
  void unreadableRowSetAside() {
    inbox.store(text(1, ANNA, TOKEN), NOW, HOLD);
    inbox.store(text(2, 7_001, "/start"), NOW, HOLD);
    EmbeddedDatabase.shared()
        .execute(
            "update update_inbox set sealed_update ="
                + " (select sealed_update from update_inbox where update_id = 2) where update_id = 1");
    List<StoredUpdate> claimed = inbox.claim(NOW.plus(HOLD), LEASE, 10);
    assertEquals(List.of(2L), claimed.stream().map(s -> s.update().updateId()).toList());
    assertEquals(1L, rows(), "the unreadable one is deleted");
    List<SetAsideEntry> aside = ContractAdapters.current().setAsideRows().newest(10);
    assertEquals(1, aside.size(), "and set aside, not dropped in silence");
    assertEquals(SetAsideKind.CHAT_UPDATE, aside.get(0).row().kind());
    assertEquals("1", aside.get(0).row().key());
    assertEquals(Long.toString(ANNA), aside.get(0).row().owner());
    assertFalse(aside.toString().contains("eyJ"), "nothing of what it said");
    inbox.handled(2);

    PersistenceAdapters otherKey =
        PersistenceAdapters.create(
            EmbeddedDatabase.shared().dataSource(),
            TokenCipher.fromBase64Key(TokenCipher.generateKey()));
    try {
      otherKey.updateInbox().store(text(3, ANNA, "/start"), NOW, HOLD);
    } finally {
      otherKey.close();
    }
    assertEquals(List.of(), inbox.claim(NOW.plus(HOLD), LEASE, 10));
    assertEquals(0L, rows());
  }

  private static byte[] storedBytes(long updateId) {
    try (Connection connection = EmbeddedDatabase.shared().dataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select sealed_update from update_inbox where update_id = ?")) {
      select.setLong(1, updateId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getBytes(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long rows() {
    try (Connection connection = EmbeddedDatabase.shared().dataSource().getConnection();
        PreparedStatement count = connection.prepareStatement("select count(*) from update_inbox");
        ResultSet row = count.executeQuery()) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
