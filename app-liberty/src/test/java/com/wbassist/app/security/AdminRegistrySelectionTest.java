package com.wbassist.app.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AdminRegistrySelectionTest {
  @Test
  @DisplayName(
      "operators are checked against the settings' login unless the server's registry is chosen")
  void choice() {
    assertFalse(AdminRegistrySelection.usesServerRegistry(""));
    assertFalse(AdminRegistrySelection.usesServerRegistry("settings"));
    assertTrue(AdminRegistrySelection.usesServerRegistry(" Server "));
    assertThrows(
        IllegalStateException.class, () -> AdminRegistrySelection.usesServerRegistry("ldap"));
  }
}
