package com.wbassist.sandbox.wb;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens of the sandbox's WB: JWTs with WB's claims ({@code sid}, {@code exp}, {@code s}, {@code
 * acc}, {@code t}), signed with a secret of this sandbox so that a forged or altered token is
 * refused like WB refuses it.
 */
public final class SandboxTokens {
  /**
   * Statistics, content, analytics, feedbacks — and read-only: what the product asks sellers for.
   */
  public static final long PRODUCT_CATEGORIES =
      (1L << 5) | (1L << 1) | (1L << 2) | (1L << 7) | (1L << 30);

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private final byte[] secret;

  public SandboxTokens() {
    this.secret = new byte[32];
    new SecureRandom().nextBytes(secret);
  }

  /** The claims of a valid token. */
  public record Claims(String sid, Instant expiresAt, long categories) {}

  public String mint(String sid, Instant expiresAt, long categories) {
    String header =
        B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    JsonObject payload =
        Json.createObjectBuilder()
            .add("acc", 3)
            .add("ent", 1)
            .add("exp", expiresAt.getEpochSecond())
            .add("for", "self")
            .add("id", UUID.randomUUID().toString())
            .add("oid", Math.abs(sid.hashCode()))
            .add("s", categories)
            .add("sid", sid)
            .add("t", false)
            .build();
    String body = B64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
    return header + "." + body + "." + sign(header + "." + body);
  }

  /** The claims of a well-formed, correctly signed token; empty for anything else. */
  public Optional<Claims> read(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    byte[] expected = sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    try {
      String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
      JsonObject claims = Json.createReader(new StringReader(json)).readObject();
      return Optional.of(
          new Claims(
              claims.getString("sid"),
              Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue()),
              claims.getJsonNumber("s").longValue()));
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }

  private String sign(String signed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return B64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
    }
  }
}
