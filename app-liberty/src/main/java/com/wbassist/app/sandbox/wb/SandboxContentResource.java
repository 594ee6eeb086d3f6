package com.wbassist.app.sandbox.wb;

import com.wbassist.app.sandbox.SandboxMode;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code content-api.wildberries.ru} in the sandbox. */
@Path("sandbox/wb/content")
public class SandboxContentResource {
  @Inject SandboxMode mode;
  @Inject WbSandbox wb;

  @POST
  @Path("content/v2/get/cards/list")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response cards(@HeaderParam("Authorization") String auth, JsonObject body) {
    mode.requireSandbox();
    return SandboxResponses.of(wb.cards(auth, body));
  }

  @GET
  @Path("ping")
  public Response ping(@HeaderParam("Authorization") String auth) {
    mode.requireSandbox();
    return SandboxResponses.of(wb.ping(auth, WbHost.CONTENT));
  }
}
