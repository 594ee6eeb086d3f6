package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.apikey.ApiKeyText;
import com.wbassist.domain.apikey.SellerApiKey;
import com.wbassist.domain.cabinet.CabinetId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiKeysOnPostgresTest extends DatabaseTest {
  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
  private static final CabinetId SHOP = new CabinetId("shop-a");
  private static final CabinetId OTHER = new CabinetId("shop-b");

  private ApiKeyText store(CabinetId cabinet, Instant at) {
    ApiKeyText key = ApiKeyText.generate(new SecureRandom());
    adapters.apiKeys().add(new SellerApiKey(key.id(), cabinet, 1001, at, null, null), key.digest());
    return key;
  }

  @Test
  @DisplayName("only the digest is stored, and the key reads back with it")
  void storedAsDigest() throws Exception {
    ApiKeyText key = store(SHOP, NOW);
    var stored = adapters.apiKeys().find(key.id()).orElseThrow();
    assertTrue(key.matches(stored.digest()));
    assertEquals(SHOP, stored.key().cabinet());
    assertNull(stored.key().revokedAt());
    try (var connection = db.dataSource().getConnection();
        var all = connection.createStatement().executeQuery("select * from api_keys")) {
      while (all.next()) {
        for (int c = 1; c <= all.getMetaData().getColumnCount(); c++) {
          String value = all.getString(c);
          assertFalse(
              value != null && value.contains(key.reveal().substring(13)),
              "column " + all.getMetaData().getColumnName(c) + " holds the key's secret");
        }
      }
    }
  }

  @Test
  @DisplayName(
      "a cabinet lists its own keys, newest first; revoking another cabinet's key does nothing")
  void listAndRevoke() {
    ApiKeyText older = store(SHOP, NOW);
    ApiKeyText newer = store(SHOP, NOW.plusSeconds(60));
    ApiKeyText foreign = store(OTHER, NOW);
    assertEquals(
        List.of(newer.id(), older.id()),
        adapters.apiKeys().of(SHOP).stream().map(SellerApiKey::id).toList());
    assertFalse(adapters.apiKeys().revoke(SHOP, foreign.id(), NOW), "not this cabinet's key");
    assertTrue(adapters.apiKeys().find(foreign.id()).orElseThrow().key().isActive());
    assertTrue(adapters.apiKeys().revoke(SHOP, older.id(), NOW.plusSeconds(90)));
    assertFalse(adapters.apiKeys().revoke(SHOP, older.id(), NOW.plusSeconds(91)), "once");
    assertEquals(
        NOW.plusSeconds(90), adapters.apiKeys().find(older.id()).orElseThrow().key().revokedAt());
  }

  @Test
  @DisplayName("a minute's first request notes the key as used then")
  void notesUse() {
    ApiKeyText key = store(SHOP, NOW);
    adapters.apiKeys().countRequest(key.id(), NOW.plusSeconds(60), NOW);
    adapters.apiKeys().countRequest(key.id(), NOW.plusSeconds(120), NOW.plusSeconds(60));
    adapters.apiKeys().countRequest(key.id(), NOW.plusSeconds(120), NOW.plusSeconds(60));
    assertEquals(
        NOW.plusSeconds(120), adapters.apiKeys().find(key.id()).orElseThrow().key().lastUsedAt());
  }
}
