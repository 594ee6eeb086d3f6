package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.InMemoryApiKeys;
import com.wbassist.application.port.in.AuthenticateApiKey.ApiAccess;
import com.wbassist.application.port.in.ManageApiKeys;
import com.wbassist.application.port.out.TeamOwners;
import com.wbassist.domain.apikey.ApiRateLimit;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SellerApiKeysTest {
  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final CabinetId SHOP = new CabinetId("shop-a");
  private static final CabinetId OTHER = new CabinetId("shop-b");

  private final InMemoryApiKeys keys = new InMemoryApiKeys();
  private final Owners owners = new Owners();
  private final SellerApiKeyService service =
      new SellerApiKeyService(keys, owners, new SecureRandom(), CLOCK);
  private final ApiKeyAuthentication authentication =
      new ApiKeyAuthentication(keys, ApiRateLimit.DEFAULT, CLOCK);

  private final Seller owner = ready(1001, SHOP);
  private final Seller member = ready(1002, SHOP);
  private final Seller otherOwner = ready(2001, OTHER);

  SellerApiKeysTest() {
    owners.owners.put(SHOP, 1001L);
    owners.owners.put(OTHER, 2001L);
  }

  private static Seller ready(long telegramId, CabinetId cabinet) {
    return Seller.newcomer(telegramId, telegramId, "").linkedTo(cabinet, true, NOW);
  }

  @Test
  @DisplayName(
      "the owner creates a key that opens their cabinet; its text is given once and not stored")
  void ownerCreates() {
    ManageApiKeys.IssuedKey issued = service.create(owner).orElseThrow();
    ApiAccess access = authentication.authenticate(issued.text());
    assertEquals(SHOP, assertInstanceOf(ApiAccess.Allowed.class, access).caller().cabinet());
    String digest = keys.find(issued.key().id()).orElseThrow().digest();
    assertFalse(digest.contains(issued.text()));
    assertFalse(issued.toString().contains(issued.text()), "printing it shows no secret");
  }

  @Test
  @DisplayName("a member who is not the owner can neither create, list nor revoke keys")
  void membersCannot() {
    ManageApiKeys.IssuedKey issued = service.create(owner).orElseThrow();
    assertTrue(service.manages(owner));
    assertFalse(service.manages(member));
    assertTrue(service.create(member).isEmpty());
    assertTrue(service.keys(member).isEmpty());
    assertFalse(service.revoke(member, issued.key().id()));
    assertInstanceOf(ApiAccess.Allowed.class, authentication.authenticate(issued.text()));
  }

  @Test
  @DisplayName("another cabinet's owner cannot revoke this cabinet's key")
  void otherOwnersCannot() {
    ManageApiKeys.IssuedKey issued = service.create(owner).orElseThrow();
    assertFalse(service.revoke(otherOwner, issued.key().id()));
    assertTrue(service.keys(otherOwner).isEmpty());
    assertInstanceOf(ApiAccess.Allowed.class, authentication.authenticate(issued.text()));
  }

  @Test
  @DisplayName("a revoked key opens nothing from the next request on")
  void revoked() {
    ManageApiKeys.IssuedKey issued = service.create(owner).orElseThrow();
    assertTrue(service.revoke(owner, issued.key().id()));
    assertInstanceOf(ApiAccess.Refused.class, authentication.authenticate(issued.text()));
    assertFalse(service.keys(owner).get(0).isActive());
  }

  @Test
  @DisplayName("a cabinet has at most five working keys; a revoked one frees a place")
  void atMostFive() {
    for (int i = 0; i < ManageApiKeys.MOST_KEYS; i++) {
      assertTrue(service.create(owner).isPresent());
    }
    assertTrue(service.create(owner).isEmpty());
    service.revoke(owner, service.keys(owner).get(0).id());
    assertTrue(service.create(owner).isPresent());
  }

  @Test
  @DisplayName("an owner who handed the cabinet on loses the keys' menu at once")
  void formerOwner() {
    ManageApiKeys.IssuedKey issued = service.create(owner).orElseThrow();
    owners.owners.put(SHOP, 1002L);
    assertFalse(service.revoke(owner, issued.key().id()));
    assertTrue(service.keys(member).size() == 1);
  }

  /** Owners as a test sets them. */
  private static final class Owners implements TeamOwners {
    final Map<CabinetId, Long> owners = new HashMap<>();

    @Override
    public Optional<Long> ownerOf(CabinetId cabinet) {
      return Optional.ofNullable(owners.get(cabinet));
    }

    @Override
    public boolean claimIfNone(CabinetId cabinet, long telegramId, Instant now) {
      return owners.putIfAbsent(cabinet, telegramId) == null;
    }

    @Override
    public Optional<Long> passOn(CabinetId cabinet, long formerOwner, Instant now) {
      throw new UnsupportedOperationException("not a key's concern");
    }
  }
}
