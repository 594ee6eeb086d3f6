package com.wbassist.sandbox.telegram;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code api.telegram.org} in the sandbox: {@code POST /sandbox/telegram/bot{token}/{method}}. */
@Path("sandbox/telegram")
public class SandboxTelegramResource {
  // Instance, looked up when called: outside sandbox mode these beans do not exist (vetoed), and
  // Liberty still validates the injection points of every JAX-RS class in the WAR.
  @Inject Instance<TelegramStandIn> telegram;

  @POST
  @Path("bot{token}/{method}")
  public Response call(
      @PathParam("token") String token,
      @PathParam("method") String method,
      @HeaderParam("Content-Type") String contentType,
      byte[] body) {
    TelegramStandIn.Answer answer =
        telegram.get().call(method, contentType, body == null ? new byte[0] : body);
    return Response.status(answer.status())
        .type(MediaType.APPLICATION_JSON)
        .entity(answer.body().toString())
        .build();
  }
}
