package com.wbassist.sandbox.wb;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** {@code statistics-api.wildberries.ru} in the sandbox. */
@Path("sandbox/wb/statistics")
public class SandboxStatisticsResource {
  // Instance, looked up when called: outside sandbox mode these beans do not exist (vetoed), and
  // Liberty still validates the injection points of every JAX-RS class in the WAR.
  @Inject Instance<WbSandbox> wb;

  @GET
  @Path("api/v1/supplier/orders")
  public Response orders(
      @HeaderParam("Authorization") String auth,
      @QueryParam("dateFrom") String dateFrom,
      @QueryParam("flag") String flag) {
    return SandboxResponses.of(wb.get().orders(auth, dateFrom, flag));
  }

  @GET
  @Path("api/v1/supplier/sales")
  public Response sales(
      @HeaderParam("Authorization") String auth,
      @QueryParam("dateFrom") String dateFrom,
      @QueryParam("flag") String flag) {
    return SandboxResponses.of(wb.get().sales(auth, dateFrom, flag));
  }

  @GET
  @Path("ping")
  public Response ping(@HeaderParam("Authorization") String auth) {
    return SandboxResponses.of(wb.get().ping(auth, WbHost.STATISTICS));
  }
}
