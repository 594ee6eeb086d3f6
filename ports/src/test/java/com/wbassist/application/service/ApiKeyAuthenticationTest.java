package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.wbassist.application.fakes.InMemoryApiKeys;
import com.wbassist.application.port.in.AuthenticateApiKey.ApiAccess;
import com.wbassist.domain.apikey.ApiKeyText;
import com.wbassist.domain.apikey.ApiRateLimit;
import com.wbassist.domain.apikey.SellerApiKey;
import com.wbassist.domain.cabinet.CabinetId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiKeyAuthenticationTest {
  private static final Instant NOW = Instant.parse("2026-12-02T09:15:30Z");
  private static final CabinetId SHOP = new CabinetId("shop-a");

  private final InMemoryApiKeys keys = new InMemoryApiKeys();
  private final ApiKeyAuthentication authentication =
      new ApiKeyAuthentication(keys, new ApiRateLimit(2), Clock.fixed(NOW, ZoneOffset.UTC));

  private ApiKeyText issued(CabinetId cabinet) {
    ApiKeyText key = ApiKeyText.generate(new SecureRandom());
    keys.add(new SellerApiKey(key.id(), cabinet, 1001, NOW, null, null), key.digest());
    return key;
  }

  @Test
  @DisplayName("a working key opens its own cabinet, and only that one")
  void opensItsCabinet() {
    ApiKeyText key = issued(SHOP);
    issued(new CabinetId("shop-b"));
    ApiAccess access = authentication.authenticate(key.reveal());
    ApiAccess.Allowed allowed = assertInstanceOf(ApiAccess.Allowed.class, access);
    assertEquals(SHOP, allowed.caller().cabinet());
    assertEquals(key.id(), allowed.caller().keyId());
  }

  @Test
  @DisplayName("a revoked key, a wrong secret and an unknown key are refused alike")
  void refused() {
    ApiKeyText revoked = issued(SHOP);
    keys.revoke(SHOP, revoked.id(), NOW);
    assertInstanceOf(ApiAccess.Refused.class, authentication.authenticate(revoked.reveal()));

    ApiKeyText good = issued(SHOP);
    String forged = good.reveal().substring(0, good.reveal().length() - 2) + "xx";
    assertInstanceOf(ApiAccess.Refused.class, authentication.authenticate(forged));
    assertInstanceOf(
        ApiAccess.Refused.class,
        authentication.authenticate(ApiKeyText.generate(new SecureRandom()).reveal()));
    assertInstanceOf(ApiAccess.Refused.class, authentication.authenticate("let me in"));
  }

  @Test
  @DisplayName(
      "a key over its limit this minute waits for the minute's end; a wrong secret costs the key nothing")
  void limited() {
    ApiKeyText key = issued(SHOP);
    String forged = key.reveal().substring(0, key.reveal().length() - 2) + "xx";
    for (int i = 0; i < 5; i++) {
      authentication.authenticate(forged);
    }
    assertInstanceOf(ApiAccess.Allowed.class, authentication.authenticate(key.reveal()));
    assertInstanceOf(ApiAccess.Allowed.class, authentication.authenticate(key.reveal()));
    ApiAccess third = authentication.authenticate(key.reveal());
    assertEquals(
        Duration.ofSeconds(30), assertInstanceOf(ApiAccess.Limited.class, third).retryAfter());
  }
}
