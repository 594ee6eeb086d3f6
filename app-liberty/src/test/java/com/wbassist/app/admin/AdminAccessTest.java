package com.wbassist.app.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.app.config.RunMode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AdminAccessTest {
  private static AdminAccess access(RunMode mode, String user, String password) {
    AdminAccess access = new AdminAccess();
    access.mode = mode;
    access.user = Optional.ofNullable(user);
    access.password = Optional.ofNullable(password);
    return access;
  }

  private static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName(
      "in production the admin API is closed until credentials are configured, then needs them exactly")
  void production() {
    assertEquals(403, access(RunMode.PRODUCTION, null, null).refusal("api/admin/cabinets", null));
    assertEquals(
        403, access(RunMode.PRODUCTION, "ops", " ").refusal("api/admin/cabinets", basic("ops: ")));
    AdminAccess configured = access(RunMode.PRODUCTION, "ops", "s3cret");
    assertEquals(401, configured.refusal("api/admin/cabinets", null));
    assertEquals(401, configured.refusal("/api/admin/cabinets", basic("ops:wrong")));
    assertEquals(401, configured.refusal("api/admin/cabinets", "Basic !!!"));
    assertEquals(0, configured.refusal("api/admin/cabinets", basic("ops:s3cret")));
  }

  @Test
  @DisplayName("the sandbox's admin API is open, and other paths are never touched")
  void sandboxAndOtherPaths() {
    assertEquals(0, access(RunMode.SANDBOX, null, null).refusal("api/admin/cabinets", null));
    assertEquals(0, access(RunMode.PRODUCTION, null, null).refusal("telegram/webhook", null));
  }
}
