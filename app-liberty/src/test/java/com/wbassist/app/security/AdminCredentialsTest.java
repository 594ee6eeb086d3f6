package com.wbassist.app.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AdminCredentialsTest {
  @Test
  @DisplayName("the configured user and password log in; anything else does not")
  void matches() {
    AdminCredentials admin =
        AdminCredentials.configured(Optional.of("ops"), Optional.of("s3cret!")).orElseThrow();
    assertTrue(admin.matches("ops", "s3cret!"));
    assertFalse(admin.matches("ops", "s3cret"));
    assertFalse(admin.matches("ops", "s3cret!!"));
    assertFalse(admin.matches("Ops", "s3cret!"));
    assertFalse(admin.matches("ops", null));
  }

  @Test
  @DisplayName("without both settings the admin API has no login at all")
  void closedWithoutSettings() {
    assertTrue(AdminCredentials.configured(Optional.empty(), Optional.of("x")).isEmpty());
    assertTrue(AdminCredentials.configured(Optional.of("ops"), Optional.empty()).isEmpty());
    assertTrue(AdminCredentials.configured(Optional.of(" "), Optional.of(" ")).isEmpty());
  }

  @Test
  @DisplayName("an unset server.xml variable (left as ${...}) can never become a login")
  void unresolvedVariableIsNoLogin() {
    assertTrue(
        AdminCredentials.configured(
                Optional.of("${WB_ASSIST_ADMIN_USER}"), Optional.of("${WB_ASSIST_ADMIN_PASSWORD}"))
            .isEmpty());
    assertTrue(
        AdminCredentials.configured(Optional.of("ops"), Optional.of("${WB_ASSIST_ADMIN_PASSWORD}"))
            .isEmpty());
  }
}
