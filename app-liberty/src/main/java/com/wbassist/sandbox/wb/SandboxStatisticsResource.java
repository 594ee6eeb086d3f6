package com.wbassist.sandbox.wb;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** {@code statistics-api.wildberries.ru} in the sandbox. */
@Path("sandbox/wb/statistics")
public class SandboxStatisticsResource {
  @Inject WbSandbox wb;

  @GET
  @Path("api/v1/supplier/orders")
  public Response orders(
      @HeaderParam("Authorization") String auth,
      @QueryParam("dateFrom") String dateFrom,
      @QueryParam("flag") String flag) {
    return SandboxResponses.of(wb.orders(auth, dateFrom, flag));
  }

  @GET
  @Path("api/v1/supplier/sales")
  public Response sales(
      @HeaderParam("Authorization") String auth,
      @QueryParam("dateFrom") String dateFrom,
      @QueryParam("flag") String flag) {
    return SandboxResponses.of(wb.sales(auth, dateFrom, flag));
  }

  @GET
  @Path("ping")
  public Response ping(@HeaderParam("Authorization") String auth) {
    return SandboxResponses.of(wb.ping(auth, WbHost.STATISTICS));
  }
}
