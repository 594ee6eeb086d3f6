package com.wbassist.sandbox.wb;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** {@code common-api.wildberries.ru} in the sandbox: ping and seller-info. */
@Path("sandbox/wb/common")
public class SandboxCommonResource {
  // Instance, looked up when called: outside sandbox mode these beans do not exist (vetoed), and
  // Liberty still validates the injection points of every JAX-RS class in the WAR.
  @Inject Instance<WbSandbox> wb;

  @GET
  @Path("ping")
  public Response ping(@HeaderParam("Authorization") String auth) {
    return SandboxResponses.of(wb.get().ping(auth, WbHost.COMMON));
  }

  @GET
  @Path("api/v1/seller-info")
  public Response sellerInfo(@HeaderParam("Authorization") String auth) {
    return SandboxResponses.of(wb.get().sellerInfo(auth));
  }
}
