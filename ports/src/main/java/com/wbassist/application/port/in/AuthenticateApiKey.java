package com.wbassist.application.port.in;

import com.wbassist.domain.apikey.ApiCaller;
import java.time.Duration;

/** Tells whether a presented API key opens the sellers' API now, and for which cabinet. */
public interface AuthenticateApiKey {
  ApiAccess authenticate(String presentedKey);

  /** What a presented key gets. */
  sealed interface ApiAccess {
    /** Not a key, an unknown one, a wrong secret or a revoked key: all look the same outside. */
    record Refused() implements ApiAccess {}

    /**
     * A good key over its limit in the last 60 seconds; {@code retryAfter} is when one more fits.
     */
    record Limited(Duration retryAfter) implements ApiAccess {}

    record Allowed(ApiCaller caller) implements ApiAccess {}
  }
}
