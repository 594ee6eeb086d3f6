package com.wbassist.sandbox.wb;

import jakarta.enterprise.inject.Instance;
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
  // Instance, looked up when called: outside sandbox mode these beans do not exist (vetoed), and
  // Liberty still validates the injection points of every JAX-RS class in the WAR.
  @Inject Instance<WbSandbox> wb;

  @POST
  @Path("content/v2/get/cards/list")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response cards(@HeaderParam("Authorization") String auth, JsonObject body) {
    return SandboxResponses.of(wb.get().cards(auth, body));
  }

  @GET
  @Path("ping")
  public Response ping(@HeaderParam("Authorization") String auth) {
    return SandboxResponses.of(wb.get().ping(auth, WbHost.CONTENT));
  }
}
