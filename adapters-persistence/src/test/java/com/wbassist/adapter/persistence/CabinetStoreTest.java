package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.PassOutcome;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.sync.SyncLease;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CabinetStoreTest extends DatabaseTest {
  private static final Instant NOW = moscow("2026-11-18T10:00:00");
  private static final String RAW = "eyJhbGciOiJFUzI1NiJ9.c2VjcmV0LXRva2Vu.sig";
  private static final CabinetId SHOP = new CabinetId("sid-enc");

  private static Cabinet shop(String token) {
    return Cabinet.connect(SHOP, "Лето", new ApiToken(token), NOW.plus(Duration.ofDays(90)), NOW);
  }

  @Test
  @DisplayName("the table holds ciphertext only: the raw token is nowhere in the row")
  void ciphertextInTheTable() {
    adapters.cabinets().save(shop(RAW));
    String row = (String) query("select row_to_json(c)::text from cabinets c");
    assertFalse(row.contains(RAW), row);
    assertFalse(row.contains("c2VjcmV0LXRva2Vu"), row);
    byte[] stored = (byte[]) query("select token_ciphertext from cabinets");
    assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(RAW));
    assertEquals(RAW, TokenCipher.fromBase64Key(KEY).open(stored, SHOP.sid()).reveal());
  }

  @Test
  @DisplayName("another key cannot read the stored token: the cabinet is read without it, marked")
  void otherKey() {
    adapters.cabinets().save(shop(RAW));
    try (PersistenceAdapters otherKey =
        PersistenceAdapters.create(
            db.dataSource(), TokenCipher.fromBase64Key(TokenCipher.generateKey()))) {
      Cabinet read = otherKey.cabinets().find(SHOP).orElseThrow();
      assertEquals(CabinetStatus.TOKEN_UNREADABLE, read.status());
      assertNull(read.token());
      TokenKeyException refused =
          assertThrows(
              TokenKeyException.class,
              () ->
                  TokenCipher.fromBase64Key(TokenCipher.generateKey())
                      .open((byte[]) query("select token_ciphertext from cabinets"), SHOP.sid()));
      assertTrue(
          refused.getMessage().contains("WB_ASSIST_TOKEN_KEY"), "the log line names the key");
    }
    assertEquals("SYNCING", query("select status from cabinets"), "reading wrote nothing");
  }

  @Test
  @DisplayName(
      "saving again keeps the ciphertext while the token is the same, and reseals a new one")
  void resealOnlyNewTokens() {
    adapters.cabinets().save(shop(RAW));
    byte[] first = (byte[]) query("select token_ciphertext from cabinets");
    adapters.cabinets().save(shop(RAW).syncEnded(NOW.plusSeconds(60), null));
    assertArrayEquals(first, (byte[]) query("select token_ciphertext from cabinets"));
    adapters.cabinets().save(shop(RAW).withNewToken(new ApiToken("new.token.value"), null, null));
    assertEquals(
        new ApiToken("new.token.value"), adapters.cabinets().find(SHOP).orElseThrow().token());
  }

  @Test
  @DisplayName(
      "a new token is taken into the cabinet as stored: a first sync a pass recorded after onboarding read it stands")
  void acceptTokenKeepsThePassColumns() {
    adapters.cabinets().save(shop(RAW));
    Cabinet readByOnboarding = adapters.cabinets().find(SHOP).orElseThrow();
    SyncLease lease = adapters.cabinets().claim(SHOP, NOW, Duration.ofMinutes(5)).orElseThrow();
    adapters.cabinets().recordPass(lease, PassOutcome.primaryFinished(NOW.plusSeconds(40)));

    String newer = "eyJhbGciOiJFUzI1NiJ9.bmV3ZXItdG9rZW4.sig";
    Cabinet accepted =
        adapters
            .cabinets()
            .acceptToken(SHOP, new ApiToken(newer), NOW.plus(Duration.ofDays(170)), "Лето+")
            .orElseThrow();

    Cabinet stored = adapters.cabinets().find(SHOP).orElseThrow();
    assertTrue(readByOnboarding.needsPrimarySync());
    assertEquals(NOW.plusSeconds(40), stored.primarySyncedAt(), "the pass's first sync stands");
    assertEquals(CabinetStatus.READY, stored.status());
    assertEquals(newer, stored.token().reveal());
    assertEquals("Лето+", stored.shopName());
    assertEquals(stored, accepted);
    assertTrue(
        adapters
            .cabinets()
            .acceptToken(new CabinetId("nobody"), new ApiToken(newer), NOW, "")
            .isEmpty());
  }

  @Test
  @DisplayName("saving a cabinet leaves its sync lease alone")
  void saveKeepsTheLease() {
    adapters.cabinets().save(shop(RAW));
    SyncLease lease = adapters.cabinets().claim(SHOP, NOW, Duration.ofMinutes(5)).orElseThrow();
    adapters.cabinets().save(shop(RAW).syncEnded(NOW.plusSeconds(30), "ORDERS: 503"));
    assertTrue(
        adapters.cabinets().claim(SHOP, NOW.plusSeconds(31), Duration.ofMinutes(5)).isEmpty());
    assertTrue(adapters.cabinets().release(lease));
    assertTrue(
        adapters.cabinets().claim(SHOP, NOW.plusSeconds(32), Duration.ofMinutes(5)).isPresent());
  }

  @Test
  @DisplayName("claimDue takes never-synced cabinets first, then the longest waiting, at most max")
  void claimOrder() {
    adapters.cabinets().save(shop(RAW).syncEnded(NOW.minusSeconds(600), null));
    Cabinet fresh = Cabinet.connect(new CabinetId("fresh"), "", new ApiToken("t"), null, NOW);
    adapters.cabinets().save(fresh);
    assertEquals(
        List.of(new SyncLease(new CabinetId("fresh"), 1, NOW.plus(Duration.ofMinutes(5)))),
        adapters.cabinets().claimDue(NOW, Duration.ZERO, Duration.ofMinutes(5), 1));
    assertEquals(
        List.of(new SyncLease(SHOP, 1, NOW.plus(Duration.ofMinutes(5)))),
        adapters.cabinets().claimDue(NOW, Duration.ZERO, Duration.ofMinutes(5), 1));
  }

  @Test
  @DisplayName("each claim of a cabinet is a new owner: the epoch rises by one, release or expiry")
  void epochs() {
    adapters.cabinets().save(shop(RAW));
    Duration lease = Duration.ofMinutes(5);
    SyncLease first = adapters.cabinets().claim(SHOP, NOW, lease).orElseThrow();
    adapters.cabinets().release(first);
    SyncLease second = adapters.cabinets().claim(SHOP, NOW, lease).orElseThrow();
    SyncLease third = adapters.cabinets().claimDue(NOW.plus(lease), Duration.ZERO, lease, 1).get(0);
    assertEquals(List.of(1L, 2L, 3L), List.of(first.epoch(), second.epoch(), third.epoch()));
    assertEquals(3L, count("select lease_epoch from cabinets"));
  }

  @Test
  @DisplayName(
      "a pass recorded under its lease renews the lease to the lease's end, to the microsecond")
  void saveUnderTheLeaseRenewsIt() {
    adapters.cabinets().save(shop(RAW));
    SyncLease lease = adapters.cabinets().claim(SHOP, NOW, Duration.ofMinutes(5)).orElseThrow();
    Instant renewed = NOW.plus(Duration.ofMinutes(47)).plusNanos(123_456_000);
    adapters.cabinets().recordPass(lease.renewedUntil(renewed), PassOutcome.ended(NOW, null));
    assertEquals(
        renewed,
        Instant.parse(
            (String)
                query(
                    "select to_char(lease_until at time zone 'UTC',"
                        + " 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from cabinets")));
    assertEquals(NOW, adapters.cabinets().find(SHOP).orElseThrow().lastSyncAt());
  }
}
