package com.wbassist.sandbox.wb;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;

/** {@code content-api.wildberries.ru} in the sandbox. */
@Path("sandbox/wb/content")
public class SandboxContentResource {
  // Instance, looked up when called: outside sandbox mode these beans do not exist (vetoed), and
  // Liberty still validates the injection points of every JAX-RS class in the WAR.
  @Inject Instance<WbSandbox> wb;

  @POST
  @Path("content/v2/get/cards/list")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response cards(
      @HeaderParam("Authorization") String auth, JsonObject body, @Context UriInfo uri) {
    SandboxAnswer answer = wb.get().cards(auth, body);
    if (answer.status() != 200 || answer.body() == null) {
      return SandboxResponses.of(answer);
    }
    // Scenarios name photos "sandbox:/images/..."; WB would give real addresses, and the Telegram
    // adapter fetches only from the hosts it allows (the sandbox allows http://localhost).
    String photos = uri.getBaseUriBuilder().path("sandbox/wb/").build().toString();
    JsonValue served =
        Json.createReader(
                new StringReader(answer.body().toString().replace("\"sandbox:/", "\"" + photos)))
            .readValue();
    return SandboxResponses.of(new SandboxAnswer(200, answer.headers(), served));
  }

  @GET
  @Path("ping")
  public Response ping(@HeaderParam("Authorization") String auth) {
    return SandboxResponses.of(wb.get().ping(auth, WbHost.CONTENT));
  }
}
