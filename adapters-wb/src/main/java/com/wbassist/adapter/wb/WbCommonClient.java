package com.wbassist.adapter.wb;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code common-api}: whose token this is, and whether WB takes it at all. Onboarding only: both
 * are tightly limited.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface WbCommonClient {

  @GET
  @Path("ping")
  Response ping(@HeaderParam(HttpHeaders.AUTHORIZATION) String token);

  @GET
  @Path("api/v1/seller-info")
  Response sellerInfo(@HeaderParam(HttpHeaders.AUTHORIZATION) String token);
}
