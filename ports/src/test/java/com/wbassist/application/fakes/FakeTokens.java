package com.wbassist.application.fakes;

import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.token.TokenCategory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** WB-shaped tokens for tests: a JWT whose payload carries the claims WB puts there (unsigned). */
public final class FakeTokens {
  /** Statistics, feedbacks, content and analytics, read-only: what the product asks sellers for. */
  public static final long ALL_NEEDED =
      TokenCategory.STATISTICS.mask()
          | TokenCategory.FEEDBACKS.mask()
          | TokenCategory.CONTENT.mask()
          | TokenCategory.ANALYTICS.mask()
          | (1L << TokenCategory.READ_ONLY_BIT);

  private FakeTokens() {}

  public static String personal(String sid, Instant expiresAt) {
    return token(sid, expiresAt, ALL_NEEDED, 3, false);
  }

  public static String token(
      String sid, Instant expiresAt, long categories, int acc, boolean test) {
    String header = encode("{\"alg\":\"ES256\",\"kid\":\"20250101v1\",\"typ\":\"JWT\"}");
    String payload =
        encode(
            "{\"acc\":"
                + acc
                + ",\"ent\":1,\"exp\":"
                + expiresAt.getEpochSecond()
                + ",\"id\":\""
                + UUID.nameUUIDFromBytes(sid.getBytes(StandardCharsets.UTF_8))
                + "\",\"iid\":12345678"
                + ",\"oid\":4242,\"s\":"
                + categories
                + ",\"sid\":\""
                + sid
                + "\",\"t\":"
                + test
                + ",\"uid\":12345678}");
    return header + "." + payload + ".c2lnbmF0dXJlLW5vdC1jaGVja2VkLWxvY2FsbHk";
  }

  /** The cabinet a token opens, read from its payload. */
  public static CabinetId cabinetOf(ApiToken token) {
    String[] parts = token.reveal().split("\\.");
    String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    int at = json.indexOf("\"sid\":\"") + 7;
    return new CabinetId(json.substring(at, json.indexOf('"', at)));
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
