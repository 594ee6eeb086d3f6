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

/** {@code seller-analytics-api.wildberries.ru} in the sandbox: the stocks report. */
@Path("sandbox/wb/analytics")
public class SandboxAnalyticsResource {
  // Instance, looked up when called: outside sandbox mode these beans do not exist (vetoed), and
  // Liberty still validates the injection points of every JAX-RS class in the WAR.
  @Inject Instance<WbSandbox> wb;

  @POST
  @Path("api/analytics/v1/stocks-report/wb-warehouses")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response stocks(@HeaderParam("Authorization") String auth, JsonObject body) {
    return SandboxResponses.of(wb.get().stocksReport(auth, body));
  }

  @GET
  @Path("ping")
  public Response ping(@HeaderParam("Authorization") String auth) {
    return SandboxResponses.of(wb.get().ping(auth, WbHost.ANALYTICS));
  }
}
