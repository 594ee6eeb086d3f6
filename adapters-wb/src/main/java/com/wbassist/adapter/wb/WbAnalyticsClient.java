package com.wbassist.adapter.wb;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code seller-analytics-api}: the stocks report on WB warehouses, paged by offset and limit. */
@Path("/api/analytics/v1/stocks-report/wb-warehouses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface WbAnalyticsClient {

  @POST
  Response stocksReport(@HeaderParam(HttpHeaders.AUTHORIZATION) String token, String body);
}
