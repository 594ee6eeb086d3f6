package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.wbassist.application.fakes.InMemoryApiKeys;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.port.in.AuthenticateApiKey.ApiAccess;
import com.wbassist.domain.apikey.ApiKeyText;
import com.wbassist.domain.apikey.ApiRateLimit;
import com.wbassist.domain.apikey.SellerApiKey;
import com.wbassist.domain.cabinet.CabinetId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiKeyAuthenticationTest {
  private static final Instant NOW = Instant.parse("2026-12-02T09:15:30Z");
  private static final CabinetId SHOP = new CabinetId("shop-a");

  private final InMemoryApiKeys keys = new InMemoryApiKeys();
  private final MutableClock clock = new MutableClock(NOW);
  private final ApiKeyAuthentication authentication =
      new ApiKeyAuthentication(keys, new ApiRateLimit(2), clock);

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
      "a key over its limit waits until one more request fits; a wrong secret costs the key nothing")
  void limited() {
    ApiKeyText key = issued(SHOP);
    String forged = key.reveal().substring(0, key.reveal().length() - 2) + "xx";
    for (int i = 0; i < 5; i++) {
      authentication.authenticate(forged);
    }
    assertInstanceOf(ApiAccess.Allowed.class, authentication.authenticate(key.reveal()));
    assertInstanceOf(ApiAccess.Allowed.class, authentication.authenticate(key.reveal()));
    assertEquals(Duration.ofSeconds(30), retryAfter(authentication.authenticate(key.reveal())));
  }

  @Test
  @DisplayName("a minute's edge is no fresh start: the last minute's requests still weigh")
  void edgeOfTheMinute() {
    ApiKeyText key = issued(SHOP);
    clock.set(Instant.parse("2026-12-02T09:15:59Z"));
    assertInstanceOf(ApiAccess.Allowed.class, authentication.authenticate(key.reveal()));
    assertInstanceOf(ApiAccess.Allowed.class, authentication.authenticate(key.reveal()));
    clock.set(Instant.parse("2026-12-02T09:16:00Z"));
    assertInstanceOf(ApiAccess.Allowed.class, authentication.authenticate(key.reveal()));
    assertEquals(Duration.ofSeconds(30), retryAfter(authentication.authenticate(key.reveal())));
  }

  @Test
  @DisplayName("refused requests are not counted: a key that keeps knocking gets in when told")
  void knockingDoesNotPushTheWait() {
    ApiKeyText key = issued(SHOP);
    clock.set(Instant.parse("2026-12-02T09:15:59Z"));
    authentication.authenticate(key.reveal());
    authentication.authenticate(key.reveal());
    clock.set(Instant.parse("2026-12-02T09:16:00Z"));
    authentication.authenticate(key.reveal());
    clock.set(Instant.parse("2026-12-02T09:16:10Z"));
    for (int i = 0; i < 50; i++) {
      assertEquals(Duration.ofSeconds(20), retryAfter(authentication.authenticate(key.reveal())));
    }
    clock.advance(Duration.ofSeconds(20));
    assertInstanceOf(ApiAccess.Allowed.class, authentication.authenticate(key.reveal()));
  }

  private static Duration retryAfter(ApiAccess access) {
    return assertInstanceOf(ApiAccess.Limited.class, access).retryAfter();
  }
}
