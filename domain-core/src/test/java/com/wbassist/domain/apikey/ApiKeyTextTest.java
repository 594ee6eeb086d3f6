package com.wbassist.domain.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiKeyTextTest {
  private final ApiKeyText key = ApiKeyText.generate(new SecureRandom());

  @Test
  @DisplayName("a key reads back from its own text, and its digest checks it")
  void roundTrip() {
    ApiKeyText presented = ApiKeyText.parse(key.reveal()).orElseThrow();
    assertEquals(key.id(), presented.id());
    assertTrue(presented.matches(key.digest()));
    assertTrue(key.reveal().startsWith("wba_" + key.id() + "_"));
  }

  @Test
  @DisplayName("a key with one character of its secret changed does not match the stored digest")
  void wrongSecret() {
    String text = key.reveal();
    char last = text.charAt(text.length() - 1);
    String forged = text.substring(0, text.length() - 1) + (last == 'A' ? 'B' : 'A');
    ApiKeyText presented = ApiKeyText.parse(forged).orElseThrow();
    assertEquals(key.id(), presented.id(), "same id: the lookup finds the real key");
    assertFalse(presented.matches(key.digest()));
  }

  @Test
  @DisplayName("texts that are not keys are not looked up at all")
  void notKeys() {
    assertTrue(ApiKeyText.parse(null).isEmpty());
    assertTrue(ApiKeyText.parse("").isEmpty());
    assertTrue(ApiKeyText.parse("Bearer " + key.reveal()).isEmpty());
    assertTrue(ApiKeyText.parse(key.reveal() + "x").isEmpty());
    assertTrue(ApiKeyText.parse("wba_short_secret").isEmpty());
    assertTrue(ApiKeyText.parse(" " + key.reveal() + "\n").isPresent(), "surrounding space is ok");
  }

  @Test
  @DisplayName("the digest is SHA-256 of the whole text, and printing a key never shows its secret")
  void digestAndPrinting() {
    assertEquals(64, key.digest().length());
    assertNotEquals(key.reveal(), key.digest());
    assertFalse(key.toString().contains(key.reveal().substring(key.reveal().lastIndexOf('_') + 1)));
    assertTrue(key.toString().contains(key.id()));
  }

  @Test
  @DisplayName("two keys from the same generator differ")
  void unique() {
    Random seeded = new Random(7);
    assertNotEquals(ApiKeyText.generate(seeded).reveal(), ApiKeyText.generate(seeded).reveal());
  }
}
