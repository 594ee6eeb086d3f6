package com.wbassist.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {
  private static String basic(String userColonPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("user and password are split at the first colon; the password may hold colons")
  void split() {
    var credential = BasicCredentials.from(basic("ops:pa:ss")).orElseThrow();
    assertEquals("ops", credential.getCaller());
    assertEquals("pa:ss", credential.getPasswordAsString());
    assertEquals(
        "опер",
        BasicCredentials.from("basic " + basic("опер:x").substring(6)).orElseThrow().getCaller());
  }

  @Test
  @DisplayName(
      "no header or another scheme is no login attempt; a malformed Basic header is a failed one")
  void absentOrMalformed() {
    assertTrue(BasicCredentials.from(null).isEmpty());
    assertTrue(BasicCredentials.from("Bearer abc").isEmpty());
    assertEquals("", BasicCredentials.from("Basic %%%").orElseThrow().getCaller());
    assertEquals("", BasicCredentials.from(basic("nocolon")).orElseThrow().getPasswordAsString());
  }

  @Test
  @DisplayName("a user name is logged on one short line, whatever the caller sent")
  void printable() {
    assertEquals("a?b", CallerAuthentication.printable("a\nb"));
    assertEquals(65, CallerAuthentication.printable("x".repeat(500)).length());
  }
}
