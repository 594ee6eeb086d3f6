package com.wbassist.adapter.persistence;

import com.wbassist.domain.cabinet.ApiToken;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals WB tokens for the {@code cabinets} table with AES-256-GCM: a random 12-byte IV per value,
 * the cabinet's sid as associated data (a sealed token copied to another cabinet's row does not
 * open), and the 16-byte tag that makes any tampering an error. Stored as {@code version(1) ||
 * iv(12) || ciphertext+tag}. The key comes from configuration ({@value #CONFIG_KEY}, the same name
 * in the environment and in server.xml) as 32 bytes in base64. Text that may carry a token — a
 * stored chat update — is sealed the same way, bound to where it is stored.
 */
public final class TokenCipher {
  /**
   * The one name of the key: MicroProfile Config maps {@code wbassist.token-key} to the environment
   * variable {@code WBASSIST_TOKEN_KEY}, which nobody sets, so the key is read by its README name.
   */
  public static final String CONFIG_KEY = "WB_ASSIST_TOKEN_KEY";

  private static final Logger LOG = System.getLogger(TokenCipher.class.getName());
  private static final byte VERSION = 1;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  private TokenCipher(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  /**
   * The cipher for a configured key.
   *
   * @throws TokenKeyException when the key is missing, not base64, or not 32 bytes
   */
  public static TokenCipher fromBase64Key(String base64Key) {
    if (base64Key == null || base64Key.isBlank()) {
      throw new TokenKeyException(
          "no key to encrypt WB tokens with: set "
              + CONFIG_KEY
              + " to 32 random bytes in base64, for example the output of `openssl rand -base64 32`");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException notBase64) {
      throw new TokenKeyException(
          CONFIG_KEY + " is not valid base64 (" + notBase64.getMessage() + ")", notBase64);
    }
    if (key.length != KEY_BYTES) {
      throw new TokenKeyException(
          CONFIG_KEY + " must decode to 32 bytes for AES-256, it decodes to " + key.length);
    }
    return new TokenCipher(key);
  }

  /**
   * The cipher for a configured key, or — only when {@code sandbox} is true and no key is
   * configured — a fresh random key, announced with a warning: tokens it sealed cannot be opened
   * after a restart unless the key is kept.
   */
  public static TokenCipher fromConfiguration(Optional<String> base64Key, boolean sandbox) {
    if (base64Key.filter(k -> !k.isBlank()).isEmpty() && sandbox) {
      LOG.log(
          Level.WARNING,
          "sandbox mode: no "
              + CONFIG_KEY
              + " configured, WB tokens are encrypted with a key generated"
              + " for this run only; set "
              + CONFIG_KEY
              + " to keep stored tokens readable across restarts");
      return fromBase64Key(generateKey());
    }
    return fromBase64Key(base64Key.orElse(null));
  }

  /** A new random key in the configured form (base64 of 32 bytes). */
  public static String generateKey() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  /** Seals a cabinet's token. */
  public byte[] seal(ApiToken token, String sid) {
    return sealText(token.reveal(), sid);
  }

  /**
   * Seals text that may carry a token; it opens only with the same {@code boundTo} (the cabinet's
   * sid, the stored update's id), so a sealed value copied to another row does not open.
   */
  byte[] sealText(String text, String boundTo) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] sealed =
        run(Cipher.ENCRYPT_MODE, iv, boundTo, text.getBytes(StandardCharsets.UTF_8), boundTo);
    return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
        .put(VERSION)
        .put(iv)
        .put(sealed)
        .array();
  }

  /**
   * Opens a sealed token.
   *
   * @throws TokenKeyException when the value was sealed with another key, for another cabinet, or
   *     was altered
   */
  public ApiToken open(byte[] stored, String sid) {
    return new ApiToken(openText(stored, sid, "the stored token of cabinet " + sid));
  }

  /**
   * Opens text sealed by {@link #sealText} with the same {@code boundTo}.
   *
   * @param what names the value in an error, never its content
   * @throws TokenKeyException when the value was sealed with another key, bound elsewhere, or
   *     altered
   */
  String openText(byte[] stored, String boundTo, String what) {
    if (stored == null || stored.length <= 1 + IV_BYTES || stored[0] != VERSION) {
      throw new TokenKeyException(what + " is not in a format this version can read");
    }
    byte[] iv = java.util.Arrays.copyOfRange(stored, 1, 1 + IV_BYTES);
    byte[] sealed = java.util.Arrays.copyOfRange(stored, 1 + IV_BYTES, stored.length);
    return new String(run(Cipher.DECRYPT_MODE, iv, boundTo, sealed, what), StandardCharsets.UTF_8);
  }

  private byte[] run(int mode, byte[] iv, String boundTo, byte[] input, String what) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (javax.crypto.AEADBadTagException wrongKey) {
      throw new TokenKeyException(
          what
              + " does not open with the configured "
              + CONFIG_KEY
              + ": it was sealed with another key, or altered",
          wrongKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "TokenCipher[AES-256-GCM, key ***]";
  }
}
