package com.wbassist.application.service;

import com.wbassist.application.port.in.AuthenticateApiKey;
import com.wbassist.application.port.out.ApiKeys;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.apikey.ApiKeyText;
import com.wbassist.domain.apikey.ApiRateLimit;
import com.wbassist.domain.apikey.RequestCounts;
import java.time.Clock;
import java.time.Instant;

/**
 * Checks a presented key: its shape first (nothing is looked up for a text that is no key), then
 * its stored digest in constant time, then whether it is revoked, then its requests in the last 60
 * seconds ({@link ApiRateLimit}). Only a key that proved itself is counted, so nobody can spend
 * another's limit by guessing; a request over the limit is taken back, so knocking on does not push
 * the wait further.
 */
public final class ApiKeyAuthentication implements AuthenticateApiKey {
  private final ApiKeys keys;
  private final ApiRateLimit limit;
  private final Clock clock;

  public ApiKeyAuthentication(ApiKeys keys, ApiRateLimit limit, Clock clock) {
    this.keys = keys;
    this.limit = limit;
    this.clock = clock;
  }

  @Override
  public ApiAccess authenticate(String presentedKey) {
    var text = ApiKeyText.parse(presentedKey);
    if (text.isEmpty()) {
      return new ApiAccess.Refused();
    }
    var stored = keys.find(text.get().id());
    if (stored.isEmpty()
        || !text.get().matches(stored.get().digest())
        || !stored.get().key().isActive()) {
      return new ApiAccess.Refused();
    }
    String id = stored.get().key().id();
    Instant now = clock.instant();
    Instant window = limit.windowOf(now);
    RequestCounts counted = keys.countRequest(id, window, limit.previousWindowOf(now));
    if (!limit.allows(counted, now)) {
      keys.takeBackRequest(id, window);
      return new ApiAccess.Limited(limit.retryAfter(counted, now));
    }
    return new ApiAccess.Allowed(
        new ApiCaller(stored.get().key().id(), stored.get().key().cabinet()));
  }
}
