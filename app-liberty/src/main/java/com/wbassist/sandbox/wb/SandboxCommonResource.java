package com.wbassist.sandbox.wb;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** {@code common-api.wildberries.ru} in the sandbox: ping and seller-info. */
@Path("sandbox/wb/common")
public class SandboxCommonResource {
  @Inject WbSandbox wb;

  @GET
  @Path("ping")
  public Response ping(@HeaderParam("Authorization") String auth) {
    return SandboxResponses.of(wb.ping(auth, WbHost.COMMON));
  }

  @GET
  @Path("api/v1/seller-info")
  public Response sellerInfo(@HeaderParam("Authorization") String auth) {
    return SandboxResponses.of(wb.sellerInfo(auth));
  }
}
