package com.wbassist.sandbox.wb;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** {@code feedbacks-api.wildberries.ru} in the sandbox. */
@Path("sandbox/wb/feedbacks")
public class SandboxFeedbacksResource {
  // Instance, looked up when called: outside sandbox mode these beans do not exist (vetoed), and
  // Liberty still validates the injection points of every JAX-RS class in the WAR.
  @Inject Instance<WbSandbox> wb;

  @GET
  @Path("api/v1/feedbacks")
  public Response feedbacks(
      @HeaderParam("Authorization") String auth,
      @QueryParam("isAnswered") String isAnswered,
      @QueryParam("take") String take,
      @QueryParam("skip") String skip,
      @QueryParam("order") String order) {
    return SandboxResponses.of(wb.get().feedbacks(auth, isAnswered, take, skip, order));
  }

  @GET
  @Path("api/v1/feedbacks/archive")
  public Response archive(
      @HeaderParam("Authorization") String auth,
      @QueryParam("take") String take,
      @QueryParam("skip") String skip,
      @QueryParam("order") String order) {
    return SandboxResponses.of(wb.get().archive(auth, take, skip, order));
  }

  @GET
  @Path("ping")
  public Response ping(@HeaderParam("Authorization") String auth) {
    return SandboxResponses.of(wb.get().ping(auth, WbHost.FEEDBACKS));
  }
}
