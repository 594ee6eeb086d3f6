package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.cabinet.ApiToken;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenCipherTest {
  private static final ApiToken TOKEN = new ApiToken("eyJhbGciOiJFUzI1NiJ9.payload.signature");
  private final TokenCipher cipher = TokenCipher.fromBase64Key(TokenCipher.generateKey());

  @Test
  @DisplayName("a sealed token opens to itself, and sealing twice gives two ciphertexts (fresh IV)")
  void roundTrip() {
    byte[] first = cipher.seal(TOKEN, "sid-1");
    byte[] second = cipher.seal(TOKEN, "sid-1");
    assertEquals(TOKEN, cipher.open(first, "sid-1"));
    assertFalse(Arrays.equals(first, second));
    assertEquals(1 + 12 + TOKEN.reveal().length() + 16, first.length);
  }

  @Test
  @DisplayName("another key, another cabinet, or a changed byte does not open")
  void refusals() {
    byte[] sealed = cipher.seal(TOKEN, "sid-1");
    TokenCipher other = TokenCipher.fromBase64Key(TokenCipher.generateKey());
    assertThrows(TokenKeyException.class, () -> other.open(sealed, "sid-1"));
    assertThrows(TokenKeyException.class, () -> cipher.open(sealed, "sid-2"));
    byte[] tampered = sealed.clone();
    tampered[20] ^= 1;
    assertThrows(TokenKeyException.class, () -> cipher.open(tampered, "sid-1"));
  }

  @Test
  @DisplayName("a missing key says which setting to set and how to make a key")
  void missingKey() {
    TokenKeyException missing =
        assertThrows(
            TokenKeyException.class, () -> TokenCipher.fromConfiguration(Optional.empty(), false));
    assertTrue(missing.getMessage().contains("WB_ASSIST_TOKEN_KEY"), missing.getMessage());
    assertThrows(TokenKeyException.class, () -> TokenCipher.fromBase64Key("  "));
  }

  @Test
  @DisplayName("a key that is not base64, or not 32 bytes, is refused")
  void badKeys() {
    assertThrows(TokenKeyException.class, () -> TokenCipher.fromBase64Key("not base64 !!"));
    String short16 = Base64.getEncoder().encodeToString(new byte[16]);
    TokenKeyException tooShort =
        assertThrows(TokenKeyException.class, () -> TokenCipher.fromBase64Key(short16));
    assertTrue(tooShort.getMessage().contains("32 bytes"));
  }

  @Test
  @DisplayName("the sandbox may run without a key: one is generated for the run")
  void sandbox() {
    TokenCipher generated = TokenCipher.fromConfiguration(Optional.empty(), true);
    assertEquals(TOKEN, generated.open(generated.seal(TOKEN, "s"), "s"));
    String key = TokenCipher.generateKey();
    TokenCipher configured = TokenCipher.fromConfiguration(Optional.of(key), true);
    assertArrayEquals(
        TOKEN.reveal().getBytes(),
        TokenCipher.fromBase64Key(key).open(configured.seal(TOKEN, "s"), "s").reveal().getBytes(),
        "a configured key wins, even in the sandbox");
  }

  @Test
  @DisplayName("the cipher never shows its key")
  void masked() {
    assertFalse(cipher.toString().matches(".*[A-Za-z0-9+/]{40,}=.*"));
  }
}
