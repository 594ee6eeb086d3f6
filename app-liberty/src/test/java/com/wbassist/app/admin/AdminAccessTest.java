package com.wbassist.app.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.wbassist.app.config.RunMode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AdminAccessTest {
  private static Response filter(
      RunMode mode,
      Optional<String> user,
      Optional<String> password,
      String path,
      String authorization) {
    AdminAccess access = new AdminAccess();
    access.mode = mode;
    access.user = user;
    access.password = password;
    AtomicReference<Response> aborted = new AtomicReference<>();
    UriInfo uri =
        (UriInfo)
            Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? path : null);
    ContainerRequestContext request =
        (ContainerRequestContext)
            Proxy.newProxyInstance(
                ContainerRequestContext.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getUriInfo" -> uri;
                      case "getHeaderString" -> authorization;
                      case "abortWith" -> {
                        aborted.set((Response) args[0]);
                        yield null;
                      }
                      default -> null;
                    });
    access.filter(request);
    return aborted.get();
  }

  private static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName(
      "in production the admin API is closed until credentials are configured, then needs them exactly")
  void production() {
    assertEquals(
        403,
        filter(RunMode.PRODUCTION, Optional.empty(), Optional.empty(), "api/admin/cabinets", null)
            .getStatus());
    Optional<String> user = Optional.of("ops");
    Optional<String> password = Optional.of("s3cret");
    assertEquals(
        401, filter(RunMode.PRODUCTION, user, password, "api/admin/cabinets", null).getStatus());
    assertEquals(
        401,
        filter(RunMode.PRODUCTION, user, password, "api/admin/cabinets", basic("ops:wrong"))
            .getStatus());
    assertEquals(
        401,
        filter(RunMode.PRODUCTION, user, password, "api/admin/cabinets", "Basic !!!").getStatus());
    assertNull(
        filter(RunMode.PRODUCTION, user, password, "api/admin/cabinets", basic("ops:s3cret")));
  }

  @Test
  @DisplayName("the sandbox's admin API is open, and other paths are never touched")
  void sandboxAndOtherPaths() {
    assertNull(
        filter(RunMode.SANDBOX, Optional.empty(), Optional.empty(), "api/admin/cabinets", null));
    assertNull(
        filter(RunMode.PRODUCTION, Optional.empty(), Optional.empty(), "telegram/webhook", null));
  }
}
