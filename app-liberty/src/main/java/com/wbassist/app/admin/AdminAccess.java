package com.wbassist.app.admin;

import com.wbassist.app.config.RunMode;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards {@code /api/admin}: open in sandbox mode; in production only for HTTP Basic credentials
 * matching {@code WB_ASSIST_ADMIN_USER} / {@code WB_ASSIST_ADMIN_PASSWORD} (compared in constant
 * time), and closed altogether while those are not configured (docs/decisions/0503).
 */
@Provider
public class AdminAccess implements ContainerRequestFilter {
  RunMode mode = RunMode.current();

  @Inject
  @ConfigProperty(name = "WB_ASSIST_ADMIN_USER")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_ADMIN_PASSWORD")
  Optional<String> password;

  @Override
  public void filter(ContainerRequestContext request) {
    int refusal =
        refusal(request.getUriInfo().getPath(), request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (refusal == 403) {
      request.abortWith(
          answer(
              403, "the admin API is off: set WB_ASSIST_ADMIN_USER and WB_ASSIST_ADMIN_PASSWORD"));
    } else if (refusal == 401) {
      request.abortWith(
          Response.fromResponse(answer(401, "admin credentials required"))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"wb-assist-admin\"")
              .build());
    }
  }

  /**
   * The status a request is refused with — 403 admin API off, 401 wrong or no credentials — or 0 to
   * let it through.
   */
  int refusal(String path, String authorization) {
    if (!path.replaceFirst("^/", "").startsWith("api/admin") || mode.isSandbox()) {
      return 0;
    }
    if (user.filter(u -> !u.isBlank()).isEmpty() || password.filter(p -> !p.isBlank()).isEmpty()) {
      return 403;
    }
    return matches(authorization) ? 0 : 401;
  }

  private boolean matches(String authorization) {
    if (authorization == null || !authorization.startsWith("Basic ")) {
      return false;
    }
    byte[] presented;
    try {
      presented = Base64.getDecoder().decode(authorization.substring(6).strip());
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    byte[] expected = (user.get() + ":" + password.get()).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, presented);
  }

  private static Response answer(int status, String detail) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity("{\"status\":" + status + ",\"detail\":\"" + detail + "\"}")
        .build();
  }
}
